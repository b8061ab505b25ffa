package vn.congkhai.print;

/**
 * A "biên bản niêm yết" (start of posting) or "biên bản kết thúc niêm yết" (end of posting) for signature,
 * pre-filled with the document, the places and the dates.
 */
public record PostingRecord(boolean ending, String day, String place, String document, String period, String places) {
}
