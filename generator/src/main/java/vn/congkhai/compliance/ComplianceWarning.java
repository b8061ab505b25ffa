package vn.congkhai.compliance;

/**
 * Something the law expects that the content does not show, or shows late: a warning for officers, not an error.
 *
 * @param rule    the legal rule, briefly, e.g. "Công khai thực hiện ngân sách trong 15 ngày sau kỳ"
 * @param subject the disclosure's title or the missing thing
 * @param uri     the disclosure's page, or null when something is missing
 * @param item    the Art. 11 item the warning makes late when it names no disclosure (a budget period not
 *                disclosed by its deadline: item 2), or null; a warning with a {@code uri} counts for its
 *                disclosure's item; {@link #NO_ITEM} for a warning that concerns no item (Decree 42's duties)
 */
public record ComplianceWarning(String rule, String subject, String uri, String message, Integer item) {

    /** The {@code item} of a warning that makes no Art. 11 item late, even when it names a disclosure. */
    public static final int NO_ITEM = 0;

    /** A warning that counts for no Art. 11 item of its own. */
    public ComplianceWarning(String rule, String subject, String uri, String message) {
        this(rule, subject, uri, message, null);
    }

    public String format() {
        return "Cảnh báo: " + subject + ": " + message;
    }
}
