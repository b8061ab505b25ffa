package vn.congkhai.landprice;

/**
 * One price of a land price table: a road or area ({@code tuyen_duong}), the stretch of it ({@code doan}, or null),
 * the position (vị trí 1–4, 1 along the road), the land type and the price in đồng per m².
 */
public record LandPrice(String road, String segment, int position, String landType, long price) {
}
