package vn.congkhai.preview;

import vn.congkhai.text.Markup;

/** The page the preview shows instead of the site while the content has mistakes. Needs no template. */
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
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Nội dung có lỗi - xem trước</title>
                <style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a}
                h1{color:#8a0000}li{margin:.5rem 0;overflow-wrap:anywhere}code{font-size:1rem}</style></head>
                <body><main><h1>Nội dung có lỗi, trang chưa được cập nhật</h1>
                <p>Đây là trang xem trước. Sửa các lỗi dưới đây (tệp:dòng: trường: lỗi và cách sửa), lưu tệp rồi tải lại trang này.</p>
                """ + other + "<ul>\n" + lines + "</ul></main></body></html>\n";
    }

}
