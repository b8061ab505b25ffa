package vn.congkhai.attachment;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The officer's messages for an attachment refused for what it holds: what was found in it, and how to make a
 * clean copy (print the PDF again, save the Word file again without macros, remove the password).
 */
final class Contents {

    /** The fix for a PDF that holds more than its pages: a printed copy holds only them. */
    private static final String REPRINT = "Cách sửa: mở tệp rồi in lại ra PDF (In → Microsoft Print to PDF) hoặc "
            + "quét lại bản giấy, rồi đính kèm bản mới";

    private Contents() {
    }

    static Optional<String> pdf(String name, PdfContent.Findings findings) {
        if (findings.bomb() != null) {
            return Optional.of("tệp PDF \"" + name + "\" là tệp nén bất thường (bom giải nén): " + findings.bomb()
                    + ", nên không được mở để kiểm tra. " + REPRINT + ".");
        }
        if (findings.passworded()) {
            return Optional.of("tệp \"" + name + "\" có đặt mật khẩu nên người dân không mở được. Cách sửa: mở tệp "
                    + "bằng mật khẩu rồi in lại ra PDF (In → Microsoft Print to PDF), rồi đính kèm bản mới.");
        }
        if (findings.unreadable()) {
            return FileKind.notOfKind(name, FileKind.PDF);
        }
        if (!findings.found().isEmpty()) {
            return Optional.of("tệp PDF \"" + name + "\" có " + findings.found().stream()
                    .map(PdfContent.Finding::label).collect(Collectors.joining(", ")) + ", không được đăng vì có thể "
                    + "chạy mã hoặc mở tệp khác trên máy người đọc. " + REPRINT + "; tệp cần công khai kèm theo thì "
                    + "đính kèm riêng.");
        }
        return Optional.empty();
    }

    static Optional<String> office(String name, OfficeDocument doc, OfficeDocument.Kind expected, FileKind kind) {
        String ext = name.substring(name.lastIndexOf('.'));
        boolean word = expected == OfficeDocument.Kind.WORD;
        if (doc.bomb() != null) {
            return Optional.of("tệp \"" + name + "\" là tệp nén bất thường (zip bomb): " + doc.bomb() + ", nên không "
                    + "được mở để kiểm tra. Cách sửa: mở tệp bằng phần mềm đã tạo ra nó rồi lưu thành tệp mới; nếu "
                    + "không mở được, xin lại bản gốc từ nơi gửi.");
        }
        if (doc.encrypted()) {
            return Optional.of("tệp \"" + name + "\" có đặt mật khẩu nên người dân không mở được. Cách sửa: "
                    + (word ? OfficeDocument.PASSWORD_FIX : "mở tệp, chọn Lưu thành (Save As), bỏ chọn Lưu với mật "
                    + "khẩu (Save with password), rồi lưu") + ", rồi đính kèm lại.");
        }
        if (!doc.active().isEmpty()) {
            return Optional.of("tệp \"" + name + "\" có macro hoặc điều khiển ActiveX (" + String.join(", ",
                    doc.active()) + "), không được đăng vì đó là mã chạy trên máy người mở. Cách sửa: " + (word
                    ? "mở tệp, chọn Lưu thành (Save As) kiểu Word Document (.docx), kiểu không giữ macro, rồi đính "
                    + "kèm tệp mới." : "xuất tệp sang PDF (Tệp → Xuất ra PDF) rồi đính kèm tệp PDF."));
        }
        if (doc.kind() == null) {
            return FileKind.notOfKind(name, kind);
        }
        if (doc.kind() != expected) {
            return Optional.of("tệp \"" + name + "\" thật ra là " + doc.kind().label() + " (bị đổi đuôi thành " + ext
                    + "), " + (doc.kind().spreadsheet() ? FileKind.SPREADSHEET_REFUSAL
                    : "không được đăng. Cách sửa: xuất tệp sang PDF rồi đính kèm tệp PDF."));
        }
        if (!doc.remote().isEmpty()) {
            return Optional.of("tệp \"" + name + "\" tải nội dung từ mạng mỗi khi mở (" + String.join(", ",
                    doc.remote()) + "): nơi đó biết ai đọc tệp và có thể gửi mã độc. Cách sửa: xuất tệp sang PDF rồi "
                    + "đính kèm tệp PDF, hoặc trong Word bỏ liên kết (Tệp → Thông tin → Sửa liên kết tới tệp – Edit "
                    + "Links to Files → Ngắt liên kết – Break Link) rồi lưu lại.");
        }
        if (!doc.embedded().isEmpty()) {
            return Optional.of("tệp \"" + name + "\" có tệp nhúng bên trong (" + String.join(", ", doc.embedded())
                    + "): người tải về nhận cả tệp đó, dù trang chỉ hiện hình của nó (bảng tính nhúng có thể chứa số "
                    + "định danh, ngày sinh). Cách sửa: xuất tệp sang PDF rồi đính kèm tệp PDF, hoặc thay đối tượng "
                    + "nhúng bằng bảng hay ảnh dán thường (Dán đặc biệt – Paste Special) rồi lưu lại.");
        }
        if (!doc.concealed().isEmpty()) {
            return Optional.of("tệp \"" + name + "\" còn giữ những gì Word không hiện trên trang: " + String.join(", ",
                    doc.concealed()) + "; người tải tệp về vẫn đọc được. Cách sửa: trong Word, vào Tệp (File) → "
                    + "Thông tin (Info) → Kiểm tra vấn đề (Check for Issues) → Kiểm tra tài liệu (Inspect Document), "
                    + "bấm Loại bỏ tất cả (Remove All) ở mục ghi chú, theo dõi thay đổi và chữ ẩn, lưu lại rồi đính "
                    + "kèm lại.");
        }
        return Optional.empty();
    }
}
