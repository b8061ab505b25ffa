package vn.congkhai.compliance;

/**
 * Something the law expects that the content does not show, or shows late: a warning for officers, not an error.
 *
 * @param rule    the legal rule, briefly, e.g. "Công khai thực hiện ngân sách trong 15 ngày sau kỳ"
 * @param subject the disclosure's title or the missing thing
 * @param uri     the disclosure's page, or null when something is missing
 */
public record ComplianceWarning(String rule, String subject, String uri, String message) {

    public String format() {
        return "Cảnh báo: " + subject + ": " + message;
    }
}
