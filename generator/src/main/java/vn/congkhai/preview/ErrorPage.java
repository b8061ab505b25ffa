package vn.congkhai.preview;

import vn.congkhai.text.Markup;

/**
 * The page the preview shows instead of the site while the content has mistakes, or while the program fails (one
 * line, the details in the log, never a stack trace). Needs no template.
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    /** A problem line: {@code path:line: field: message}. */
    private static final java.util.regex.Pattern PROBLEM = java.util.regex.Pattern.compile("^\\S+:\\d+: ");

    public static String html(String report) {
        StringBuilder lines = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (String line : report.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (PROBLEM.matcher(line).find()) {
                lines.append("<li>").append(Markup.escape(line)).append("</li>\n");
            } else {
                other.append("<p>").append(Markup.escape(line)).append("</p>\n");
            }
        }
        boolean content = !lines.isEmpty();
        String title = content ? "Nội dung có lỗi" : "Chương trình gặp lỗi";
        String advice = content
                ? "Sửa các lỗi dưới đây (tệp:dòng: trường: lỗi và cách sửa), lưu tệp rồi tải lại trang này."
                : "Làm theo hướng dẫn dưới đây, rồi tải lại trang này.";
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>@TITLE@ - xem trước</title>
                <style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a}
                h1{color:#8a0000}li{margin:.5rem 0;overflow-wrap:anywhere}code{font-size:1rem}</style></head>
                <body><main><h1>@TITLE@, trang chưa được cập nhật</h1>
                <p>Đây là trang xem trước. @ADVICE@</p>
                """.replace("@TITLE@", title).replace("@ADVICE@", advice)
                + other + (content ? "<ul>\n" + lines + "</ul>" : "") + "</main></body></html>\n";
    }

}
