package vn.congkhai.print;

/** A "biên bản niêm yết" (start of posting) or "kết thúc niêm yết" (end) for signature, pre-filled. */
public record PostingRecord(boolean ending, String day, String place, String document, String period, String places) {
}
