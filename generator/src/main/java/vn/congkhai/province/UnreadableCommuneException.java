package vn.congkhai.province;

/** A commune whose baked site the province cannot read, and why, with the fix: the board marks it. */
public final class UnreadableCommuneException extends Exception {

    private final String source;
    private final String reason;

    /**
     * @param source where the province looked, as it wrote it
     * @param reason what is wrong and the fix, in Vietnamese, a sentence after a colon
     */
    public UnreadableCommuneException(String source, String reason) {
        super("Không đọc được dữ liệu của xã ở \"" + source + "\": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** What is wrong and the fix, without the source. */
    public String reason() {
        return reason;
    }
}
