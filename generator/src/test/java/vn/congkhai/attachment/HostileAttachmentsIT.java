package vn.congkhai.attachment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.HostileFiles;
import vn.congkhai.word.WordSamples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments are judged by what they hold, not by their name or first bytes: a bake whose published notice names a
 * PDF with a script, launch or submit action or an embedded file, a spreadsheet renamed {@code .docx}, a Word file
 * with macros, a password or a zip bomb, fails with the file, what was found and the fix, and the site baked before
 * stays as it was.
 */
class HostileAttachmentsIT {

    private static final String NOTICE = "content/thong-bao/hop-dan-xom.md";
    private static final String REPRINT = "Cách sửa: mở tệp rồi in lại ra PDF (In → Microsoft Print to PDF) hoặc quét "
            + "lại bản giấy, rồi đính kèm bản mới; tệp cần công khai kèm theo thì đính kèm riêng.";

    @TempDir
    Path tmp;

    private FixtureSite site;
    private Map<String, String> before;

    @BeforeEach
    void bakeTheNoticeWithItsCleanAttachment() throws Exception {
        site = FixtureSite.of("basic", tmp);
        site.bake();
        before = site.siteHashes();
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefused() throws Exception {
        HostileFiles.pdfWithOpenActionJavaScript(attached("giay-moi.pdf"));
        assertRefused("tệp PDF \"giay-moi.pdf\" có mã JavaScript (chạy khi mở tệp), không được đăng vì có thể chạy mã "
                + "hoặc mở tệp khác trên máy người đọc. " + REPRINT);
    }

    @Test
    void aPdfCarryingAnEmbeddedFileIsRefused() throws Exception {
        HostileFiles.pdfWithEmbeddedFile(attached("giay-moi.pdf"));
        assertRefused("tệp PDF \"giay-moi.pdf\" có tệp nhúng bên trong (EmbeddedFiles), không được đăng vì có thể "
                + "chạy mã hoặc mở tệp khác trên máy người đọc. " + REPRINT);
    }

    @Test
    void aPdfWhoseLinksLaunchAProgramAndSendAFormIsRefusedNamingBoth() throws Exception {
        HostileFiles.pdfWithLaunchAndSubmit(attached("giay-moi.pdf"));
        assertRefused("tệp PDF \"giay-moi.pdf\" có lệnh mở chương trình hoặc tệp khác (Launch), lệnh gửi dữ liệu "
                + "biểu mẫu đi nơi khác (SubmitForm), không được đăng vì có thể chạy mã hoặc mở tệp khác trên máy "
                + "người đọc. " + REPRINT);
    }

    @Test
    void aPdfWhoseObjectStreamUnpacksPastAnyRealPdfIsAZipBombNotReadByPdfBox() throws Exception {
        HostileFiles.pdfWithObjectStreamBomb(attached("giay-moi.pdf"), 100);
        assertThat(Files.size(site.dir().resolve("content/thong-bao/giay-moi.pdf"))).isLessThan(1024 * 1024);
        assertRefused("tệp PDF \"giay-moi.pdf\" là tệp nén bất thường (bom giải nén): một luồng dữ liệu giải nén ra "
                + "hơn 64,0 MB, nên không được mở để kiểm tra. Cách sửa: mở tệp rồi in lại ra PDF (In → "
                + "Microsoft Print to PDF) hoặc quét lại bản giấy, rồi đính kèm bản mới.");
    }

    @Test
    void aPdfWhosePageRunsJavaScriptAndWhoseLinkLoadsDataIsRefused() throws Exception {
        HostileFiles.pdfWithPageScriptAndImport(attached("giay-moi.pdf"));
        assertRefused("tệp PDF \"giay-moi.pdf\" có mã JavaScript (chạy khi mở tệp), lệnh nạp dữ liệu từ tệp khác "
                + "(ImportData), không được đăng vì có thể chạy mã hoặc mở tệp khác trên máy người đọc. " + REPRINT);
    }

    @Test
    void anXfaFormIsRefused() throws Exception {
        HostileFiles.pdfWithXfaForm(attached("giay-moi.pdf"));
        assertRefused("tệp PDF \"giay-moi.pdf\" có biểu mẫu XFA (có thể chứa mã, điện thoại không mở được), không được "
                + "đăng vì có thể chạy mã hoặc mở tệp khác trên máy người đọc. " + REPRINT);
    }

    @Test
    void aPdfNestedDeeperThanAnyParserRecursesIsRefusedAsDamaged() throws Exception {
        HostileFiles.pdfWithDeepNesting(attached("giay-moi.pdf"));
        assertRefused("nội dung tệp \"giay-moi.pdf\" không phải PDF (tệp bị đổi đuôi hoặc bị hỏng). Cách sửa: xuất lại "
                + "tệp đúng định dạng từ phần mềm đã tạo ra nó.");
    }

    @Test
    void aPdfThatOpensOnlyWithAPasswordIsRefused() throws Exception {
        HostileFiles.pdfWithPassword(attached("giay-moi.pdf"));
        assertRefused("tệp \"giay-moi.pdf\" có đặt mật khẩu nên người dân không mở được. Cách sửa: mở tệp bằng mật "
                + "khẩu rồi in lại ra PDF (In → Microsoft Print to PDF), rồi đính kèm bản mới.");
    }

    @Test
    void aSpreadsheetRenamedDocxIsRefusedAsTheSpreadsheetItIs() throws Exception {
        HostileFiles.spreadsheet(attached("bien-ban.docx"));
        assertRefused("tệp \"bien-ban.docx\" thật ra là bảng tính Excel (bị đổi đuôi thành .docx), không được đăng "
                + "vì bảng tính thường chứa dữ liệu cá nhân (số định danh, ngày sinh, điện thoại). Cách sửa: chuyển "
                + "danh sách thành tệp JSON bằng lệnh nhap, rồi đặt bảng tính vào thư mục nguồn ngoài content/ (ví dụ "
                + "nguon/).");
    }

    @Test
    void anOldWordFileIsCheckedInsideItsContainerToo() throws Exception {
        HostileFiles.oldSpreadsheet(attached("bien-ban.doc"));
        assertRefused("tệp \"bien-ban.doc\" thật ra là bảng tính Excel (bị đổi đuôi thành .doc), không được đăng vì "
                + "bảng tính thường chứa dữ liệu cá nhân (số định danh, ngày sinh, điện thoại). Cách sửa: chuyển danh "
                + "sách thành tệp JSON bằng lệnh nhap, rồi đặt bảng tính vào thư mục nguồn ngoài content/ (ví dụ "
                + "nguon/).");
        HostileFiles.oldWord(site.dir().resolve("content/thong-bao/bien-ban.doc"), true, false);
        assertRefused("tệp \"bien-ban.doc\" có macro hoặc điều khiển ActiveX (Macros), không được đăng vì đó là mã "
                + "chạy trên máy người mở. Cách sửa: mở tệp, chọn Lưu thành (Save As) kiểu Word Document (.docx), kiểu "
                + "không giữ macro, rồi đính kèm tệp mới.");
        HostileFiles.oldWord(site.dir().resolve("content/thong-bao/bien-ban.doc"), false, true);
        assertRefused("tệp \"bien-ban.doc\" có đặt mật khẩu nên người dân không mở được. Cách sửa: mở tệp bằng Word, "
                + "vào Tệp (File) → Thông tin (Info) → Bảo vệ Tài liệu (Protect Document) → Mã hóa bằng Mật khẩu "
                + "(Encrypt with Password), xoá mật khẩu, bấm OK rồi lưu, rồi đính kèm lại.");
        HostileFiles.oldWord(site.dir().resolve("content/thong-bao/bien-ban.doc"), false, false);
        site.bake();
        assertThat(site.site().resolve("thong-bao/bien-ban.doc")).exists();
    }

    @Test
    void anOpenDocumentFileIsCheckedByItsMimetypeAndMacros() throws Exception {
        Path odt = attached("bien-ban.odt");
        HostileFiles.openDocument(odt, "application/vnd.oasis.opendocument.spreadsheet", false);
        assertRefused("tệp \"bien-ban.odt\" thật ra là bảng tính OpenDocument (bị đổi đuôi thành .odt), không được "
                + "đăng vì bảng tính thường chứa dữ liệu cá nhân (số định danh, ngày sinh, điện thoại). Cách sửa: "
                + "chuyển danh sách thành tệp JSON bằng lệnh nhap, rồi đặt bảng tính vào thư mục nguồn ngoài content/ "
                + "(ví dụ nguon/).");
        HostileFiles.openDocument(odt, "application/vnd.oasis.opendocument.text", true);
        assertRefused("tệp \"bien-ban.odt\" có macro hoặc điều khiển ActiveX (Basic/Standard/Module1.xml), không được "
                + "đăng vì đó là mã chạy trên máy người mở. Cách sửa: xuất tệp sang PDF (Tệp → Xuất ra PDF) rồi đính "
                + "kèm tệp PDF.");
        HostileFiles.openDocument(odt, "application/vnd.oasis.opendocument.text", false);
        site.bake();
        assertThat(site.site().resolve("thong-bao/bien-ban.odt")).hasSameBinaryContentAs(odt);
    }

    @Test
    void aWordFileWithMacrosIsRefusedWithItsMacroPart() throws Exception {
        Path docx = WordSamples.notice(tmp.resolve("nguon"));
        HostileFiles.withMacros(docx, attached("bien-ban.docx"));
        assertRefused("tệp \"bien-ban.docx\" có macro hoặc điều khiển ActiveX (word/vbaProject.bin), không được đăng vì đó là mã chạy trên máy người mở. Cách sửa: mở tệp, chọn Lưu thành (Save "
                + "As) kiểu Word Document (.docx), kiểu không giữ macro, rồi đính kèm tệp mới.");
    }

    @Test
    void aWordFileStillHoldingTextItsStyleHidesIsRefused() throws Exception {
        HostileFiles.wordWithStyleHiddenNote(attached("bien-ban.docx"));
        assertRefused("tệp \"bien-ban.docx\" còn giữ những gì Word không hiện trên trang: chữ ẩn (Hidden); người tải "
                + "tệp về vẫn đọc được. Cách sửa: trong Word, vào Tệp (File) → Thông tin (Info) → Kiểm tra vấn đề "
                + "(Check for Issues) → Kiểm tra tài liệu (Inspect Document), bấm Loại bỏ tất cả (Remove All) ở mục ghi "
                + "chú, theo dõi thay đổi và chữ ẩn, lưu lại rồi đính kèm lại.");
    }

    @Test
    void aWordFileCarryingAnEmbeddedWorksheetIsRefused() throws Exception {
        Path docx = WordSamples.notice(tmp.resolve("nguon"));
        HostileFiles.withEmbeddedWorkbook(docx, attached("bien-ban.docx"));
        assertRefused("tệp \"bien-ban.docx\" có tệp nhúng bên trong (word/embeddings/Microsoft_Excel_Worksheet.xlsx): "
                + "người tải về nhận cả tệp đó, dù trang chỉ hiện hình của nó (bảng tính nhúng có thể chứa số định danh, "
                + "ngày sinh). Cách sửa: xuất tệp sang PDF rồi đính kèm tệp PDF, hoặc thay đối tượng nhúng bằng bảng "
                + "hay ảnh dán thường (Dán đặc biệt – Paste Special) rồi lưu lại.");
    }

    @Test
    void aWordFileThatFetchesATemplateFromTheNetworkIsRefused() throws Exception {
        Path docx = WordSamples.notice(tmp.resolve("nguon"));
        HostileFiles.withRemoteTemplate(docx, attached("bien-ban.docx"));
        assertRefused("tệp \"bien-ban.docx\" tải nội dung từ mạng mỗi khi mở (http://mau.invalid/mau.dotm): nơi đó "
                + "biết ai đọc tệp và có thể gửi mã độc. Cách sửa: xuất tệp sang PDF rồi đính kèm tệp PDF, hoặc trong "
                + "Word bỏ liên kết (Tệp → Thông tin → Sửa liên kết tới tệp – Edit Links to Files → Ngắt liên kết – "
                + "Break Link) rồi lưu lại.");
    }

    @Test
    void aPasswordProtectedWordFileIsNamedAsSuchWithItsFix() throws Exception {
        Path docx = WordSamples.notice(tmp.resolve("nguon"));
        HostileFiles.encrypted(docx, attached("bien-ban.docx"), "matkhau");
        assertRefused("tệp \"bien-ban.docx\" có đặt mật khẩu nên người dân không mở được. Cách sửa: mở tệp bằng Word, "
                + "vào Tệp (File) → Thông tin (Info) → Bảo vệ Tài liệu (Protect Document) → Mã hóa bằng Mật khẩu "
                + "(Encrypt with Password), xoá mật khẩu, bấm OK rồi lưu, rồi đính kèm lại.");
    }

    @Test
    void aZipBombIsNamedAsSuchWithoutUnpackingIt() throws Exception {
        Path docx = WordSamples.notice(tmp.resolve("nguon"));
        HostileFiles.zipBomb(docx, attached("bien-ban.docx"), 30);
        assertThat(Files.size(site.dir().resolve("content/thong-bao/bien-ban.docx"))).isLessThan(200_000);
        assertRefused("tệp \"bien-ban.docx\" là tệp nén bất thường (zip bomb): phần word/media/padding.bin giải nén "
                + "ra 30,0 MB, gấp hơn 200 lần cỡ nén, nên không được mở để kiểm tra. Cách sửa: mở tệp bằng phần mềm đã tạo ra nó "
                + "rồi lưu thành tệp mới; nếu không mở được, xin lại bản gốc từ nơi gửi.");
    }

    @Test
    void aZipWithMorePartsThanAnyDocumentIsAZipBomb() throws Exception {
        Path docx = WordSamples.notice(tmp.resolve("nguon"));
        HostileFiles.manyParts(docx, attached("bien-ban.docx"), OfficeDocument.MAX_ENTRIES);
        assertRefused("tệp \"bien-ban.docx\" là tệp nén bất thường (zip bomb): có 5.007 phần bên trong (tài liệu thật "
                + "có dưới 5.000), nên không được mở để kiểm tra. Cách sửa: mở tệp bằng phần mềm đã tạo ra nó rồi lưu "
                + "thành tệp mới; nếu không mở được, xin lại bản gốc từ nơi gửi.");
    }

    @Test
    void aCleanWordFileAndACleanPdfArePublishedAsTheyAre() throws Exception {
        Path docx = WordSamples.notice(tmp.resolve("nguon"));
        Files.copy(docx, attached("bien-ban.docx"));
        Files.writeString(site.dir().resolve(NOTICE), Files.readString(site.dir().resolve(NOTICE)).replace(
                "\"bien-ban.docx\"}]", "\"bien-ban.docx\"}, {\"ten\": \"Giấy mời\", \"duong_dan\": \"giay-moi.pdf\"}]"));
        Files.copy(FixtureSite.resource("sites/basic/content/thong-bao/giay-moi.pdf"),
                site.dir().resolve("content/thong-bao/giay-moi.pdf"));
        site.bake();
        assertThat(site.site().resolve("thong-bao/bien-ban.docx")).hasSameBinaryContentAs(docx);
        assertThat(site.site().resolve("thong-bao/giay-moi.pdf")).exists();
    }

    /** The notice names {@code name} instead of its clean PDF; returns where to write the file. */
    private Path attached(String name) throws Exception {
        Path md = site.dir().resolve(NOTICE);
        Files.writeString(md, Files.readString(md).replace("\"giay-moi.pdf\"", "\"" + name + "\""));
        Files.delete(site.dir().resolve("content/thong-bao/giay-moi.pdf"));
        return site.dir().resolve("content/thong-bao/" + name);
    }

    private void assertRefused(String message) {
        assertThatThrownBy(site::bake).isInstanceOfSatisfying(ContentProblemsException.class,
                e -> assertThat(e.problems().list()).extracting(Problem::format)
                        .containsExactly(NOTICE + ":9: tệp thứ 1 (Giấy mời họp), duong_dan: " + message));
        assertThat(site.siteHashes()).as("the site baked before is untouched").isEqualTo(before);
    }
}
