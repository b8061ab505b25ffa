package vn.congkhai.word;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.HostileFiles;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congkhai.word.WordImportIT.nhap;

/**
 * What Word does not show never leaves the officer's Word file (hidden text, comments, deleted revisions), and a
 * Word file that is not what its name says (a password, a zip bomb, a spreadsheet, macros) is named as such with its
 * fix, before anything is written.
 */
class WordImportSafetyIT {

    private static final String PAGE = "thong-bao/2024-07-hop-dan-xom-dong-ke.html";
    private static final String FILE = "content/thong-bao/2024-07-hop-dan-xom-dong-ke.md";
    /** Every passage the officer cannot see, each of a different way Word hides text. */
    private static final List<String> HIDDEN = List.of("GHI CHÚ NỘI BỘ", "phòng họp số 2", "0123456789",
            "Mục lục ẩn trên web", "danh sách hộ nợ đọng", "bỏ tên ông Ẩn", "3 hộ nợ đọng");
    private static final String VISIBLE = "nhà văn hóa xóm Đồng Kè";

    @TempDir
    Path tmp;

    /**
     * A notice with text hidden the ways Word knows (in a paragraph, a run, a style, a table cell, on the web, a
     * deleted revision) and a comment; the visible text says where to meet.
     */
    private static Path hiddenNotice(Path dir) throws Exception {
        Docx docx = new Docx().header(List.of("ỦY BAN NHÂN DÂN", "XÃ PHÚ THỊNH"), "60/TB-UBND",
                        "Phú Thịnh, ngày 01 tháng 7 năm 2024")
                .title("THÔNG BÁO", "Về việc họp dân xóm Đồng Kè")
                .p("Ủy ban nhân dân xã mời các hộ dự họp tại " + VISIBLE + ".");
        XWPFParagraph secret = docx.doc.createParagraph();
        XWPFRun vanish = secret.createRun();
        vanish.setText("GHI CHÚ NỘI BỘ (ẩn): hộ ông Nguyễn Văn Ẩn nợ thuế, không công khai.");
        vanish.setVanish(true);

        XWPFParagraph time = docx.doc.createParagraph();
        time.createRun().setText("Thời gian: 8 giờ ngày 05/7/2024 ");
        XWPFRun special = time.createRun();
        special.setText("(mật: phòng họp số 2)");
        special.getCTR().addNewRPr().addNewSpecVanish();
        time.createRun().setText("tại hội trường.");

        HostileFiles.hiddenStyle(docx.doc, "NoiBo");
        XWPFParagraph fund = docx.doc.createParagraph();
        fund.createRun().setText("Kinh phí do ngân sách xã chi trả.");
        XWPFRun styled = fund.createRun();
        styled.setText(" Số tài khoản thủ quỹ 0123456789.");
        styled.setStyle("NoiBo");

        docx.table(new String[]{"Xóm", "Số hộ mời"}, new String[]{"Đồng Kè", "45"});
        XWPFRun cell = docx.doc.getTables().get(docx.doc.getTables().size() - 1).getRow(1).getCell(1)
                .getParagraphs().get(0).createRun();
        cell.setText(" (3 hộ nợ đọng)");
        cell.setVanish(true);

        XWPFRun web = docx.doc.createParagraph().createRun();
        web.setText("Mục lục ẩn trên web");
        web.getCTR().addNewRPr().addNewWebHidden();

        XWPFParagraph revised = docx.doc.createParagraph();
        revised.createRun().setText("Đề nghị các hộ tham dự đầy đủ./.");
        CTRunTrackChange deletion = revised.getCTP().addNewDel();
        deletion.setId(BigInteger.ONE);
        deletion.setAuthor("Văn phòng");
        deletion.setDate(Calendar.getInstance());
        deletion.addNewR().addNewDelText().setStringValue(" Kèm danh sách hộ nợ đọng.");

        var comment = docx.doc.createComments().createComment(BigInteger.TWO);
        comment.setAuthor("Văn phòng");
        comment.createParagraph().createRun().setText("Chưa duyệt: bỏ tên ông Ẩn");
        time.getRuns().get(0).getCTR().addNewCommentReference().setId(BigInteger.TWO);
        return docx.save(dir.resolve("hop-dan.docx"));
    }

    @Test
    void hiddenTextCommentsAndDeletedRevisionsAreNeverImportedAndSaidInOneLine() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        hiddenNotice(site.dir());
        WordImportIT.Run run = nhap(site, "hop-dan.docx", null, false);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().toList().get(2)).isEqualTo("  Đã bỏ những gì Word không hiện trên trang: 5 đoạn "
                + "chữ ẩn (Hidden), 1 đoạn chữ đã xoá còn lưu khi theo dõi thay đổi (Track Changes), 1 ghi chú "
                + "(Comment); các phần này không được nhập nên không lên trang web, bản in hay ô tìm kiếm.");
        assertThat(site.dir().resolve(FILE)).content(StandardCharsets.UTF_8).endsWith("""
                ~~~~~~
                Ủy ban nhân dân xã mời các hộ dự họp tại nhà văn hóa xóm Đồng Kè.

                Thời gian: 8 giờ ngày 05/7/2024 tại hội trường.

                Kinh phí do ngân sách xã chi trả.

                | Xóm | Số hộ mời |
                | --- | --- |
                | Đồng Kè | 45 |

                Đề nghị các hộ tham dự đầy đủ./.
                """);

        WordImportIT.publishAndBake(site, site.dir().resolve(FILE), PAGE);
        Map<String, String> texts = siteTexts(site.site());
        assertThat(texts.get(PAGE)).contains(VISIBLE);
        assertThat(texts.get(PAGE.replace(".html", ".pdf"))).contains("xóm Đồng Kè");
        assertThat(texts.get("tim-kiem/chi-muc.json")).contains(VISIBLE);
        texts.forEach((path, text) -> assertThat(text).as(path).doesNotContain(HIDDEN));
    }

    @Test
    void aWordFileWithHiddenTextIsNotAttachedAsTheOriginal() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        hiddenNotice(site.dir());
        assertThat(nhap(site, "hop-dan.docx", null, true)).isEqualTo(new WordImportIT.Run(1, "", "Không đính kèm "
                + "được hop-dan.docx: tệp \"2024-07-hop-dan-xom-dong-ke.docx\" còn giữ những gì Word không hiện trên "
                + "trang: chữ ẩn (Hidden), chữ đã xoá còn lưu khi theo dõi thay đổi (Track Changes), ghi chú "
                + "(Comment); người tải tệp về vẫn đọc được. Cách sửa: trong Word, vào Tệp (File) → Thông tin (Info) → "
                + "Kiểm tra vấn đề (Check for Issues) → Kiểm tra tài liệu (Inspect Document), bấm Loại bỏ tất cả "
                + "(Remove All) ở mục ghi chú, theo dõi thay đổi và chữ ẩn, lưu lại rồi đính kèm lại.\n"));
        assertThat(site.dir().resolve("content/thong-bao")).doesNotExist();
    }

    @Test
    void aPasswordProtectedDocxIsNamedAsSuchNotAsAnOldDoc() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        HostileFiles.encrypted(WordImportIT.notice(tmp), site.dir().resolve("mat-khau.docx"), "matkhau");
        assertThat(nhap(site, "mat-khau.docx", null, false)).isEqualTo(new WordImportIT.Run(1, "", "Tệp mat-khau.docx "
                + "có đặt mật khẩu (đã mã hóa) nên không đọc được. Cách sửa: mở tệp bằng Word, vào Tệp (File) → Thông "
                + "tin (Info) → Bảo vệ Tài liệu (Protect Document) → Mã hóa bằng Mật khẩu (Encrypt with Password), "
                + "xoá mật khẩu, bấm OK rồi lưu, rồi chạy lại.\n"));
        assertThat(site.dir().resolve("content/thong-bao")).doesNotExist();
    }

    @Test
    void aZipBombIsNamedAsSuchAndNotUnpacked() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        HostileFiles.zipBomb(WordImportIT.notice(tmp), site.dir().resolve("bom.docx"), 30);
        long start = System.nanoTime();
        assertThat(nhap(site, "bom.docx", null, false)).isEqualTo(new WordImportIT.Run(1, "", "Tệp bom.docx là tệp nén "
                + "bất thường (zip bomb): phần word/media/padding.bin giải nén ra 30,0 MB, gấp hơn 200 lần cỡ nén, nên "
                + "không mở để máy không bị treo. Cách sửa: mở tệp bằng Word, chọn Lưu thành (Save As) một tệp .docx "
                + "mới rồi chạy lại với tệp đó; nếu Word không mở được, xin lại bản gốc từ nơi gửi.\n"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
        HostileFiles.manyParts(WordImportIT.notice(tmp), site.dir().resolve("nhieu-phan.docx"), 6_000);
        assertThat(nhap(site, "nhieu-phan.docx", null, false)).isEqualTo(new WordImportIT.Run(1, "", "Tệp "
                + "nhieu-phan.docx là tệp nén bất thường (zip bomb): có 6.007 phần bên trong (tài liệu thật có dưới "
                + "5.000), nên không mở để máy không bị treo. Cách sửa: mở tệp bằng Word, chọn Lưu thành (Save As) một "
                + "tệp .docx mới rồi chạy lại với tệp đó; nếu Word không mở được, xin lại bản gốc từ nơi gửi.\n"));
        assertThat(site.dir().resolve("content/thong-bao")).doesNotExist();
    }

    @Test
    void aZipBombThatLiesAboutItsSizeIsCaughtByCountingWhatIsRead() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        HostileFiles.lyingZipBomb(WordImportIT.notice(tmp), site.dir().resolve("bom.docx"), 150);
        long start = System.nanoTime();
        assertThat(nhap(site, "bom.docx", null, false)).isEqualTo(new WordImportIT.Run(1, "", "Tệp bom.docx là tệp nén "
                + "bất thường (zip bomb): phần chính giải nén ra hơn 100,0 MB, nên không mở để máy không bị treo. Cách "
                + "sửa: mở tệp bằng Word, chọn Lưu thành (Save As) một tệp .docx mới rồi chạy lại với tệp đó; nếu Word "
                + "không mở được, xin lại bản gốc từ nơi gửi.\n"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
        assertThat(site.dir().resolve("content/thong-bao")).doesNotExist();
    }

    @Test
    void tablesNestedDeeperThanPoiRecursesAreRefusedBeforePoiReadsThem() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        HostileFiles.nestedTables(WordImportIT.notice(tmp), site.dir().resolve("long-nhau.docx"), 2_000);
        assertThat(nhap(site, "long-nhau.docx", null, false)).isEqualTo(new WordImportIT.Run(1, "", "Tệp long-nhau.docx "
                + "là tệp nén bất thường (zip bomb): nội dung lồng nhau hơn 256 tầng (bảng trong bảng), nên không mở để "
                + "máy không bị treo. Cách sửa: mở tệp bằng Word, chọn Lưu thành (Save As) một tệp .docx mới rồi chạy "
                + "lại với tệp đó; nếu Word không mở được, xin lại bản gốc từ nơi gửi.\n"));
        WordImportIT.notice(site.dir());
        assertThat(nhap(site, "thong-bao.docx", null, false).status()).as("the next import in this JVM").isZero();
    }

    @Test
    void aSpreadsheetRenamedDocxIsNamedAsTheSpreadsheetItIs() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        HostileFiles.spreadsheet(site.dir().resolve("danh-sach.docx"));
        assertThat(nhap(site, "danh-sach.docx", null, false)).isEqualTo(new WordImportIT.Run(1, "", "Tệp danh-sach.docx "
                + "thật ra là bảng tính Excel, không phải văn bản Word. Cách sửa: nhập bảng tính với đúng đuôi của nó, "
                + "ví dụ -Dtep=danh-sach.xlsx -Dloai=bang.\n"));
    }

    @Test
    void aMacroDocumentRenamedDocxIsImportedWithoutItsMacrosAndNeverAttached() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        HostileFiles.withMacros(WordImportIT.notice(tmp), site.dir().resolve("macro.docx"));
        WordImportIT.Run attached = nhap(site, "macro.docx", null, true);
        assertThat(attached).isEqualTo(new WordImportIT.Run(1, "", "Không đính kèm được macro.docx: tệp "
                + "\"2024-06-to-chuc-tiep-cong-dan-dinh-ky-quy-iii-nam-2024.docx\" có macro hoặc điều khiển ActiveX "
                + "(word/vbaProject.bin), không được đăng vì đó là mã chạy trên máy người mở. Cách sửa: mở tệp, chọn "
                + "Lưu thành (Save As) kiểu Word Document (.docx), kiểu không giữ macro, rồi đính kèm tệp mới.\n"));
        assertThat(site.dir().resolve("content/thong-bao")).doesNotExist();

        WordImportIT.Run run = nhap(site, "macro.docx", null, false);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().toList().get(2)).isEqualTo("  Lưu ý: tệp có macro (word/vbaProject.bin); chỉ "
                + "nhập chữ của văn bản, macro bị bỏ và tệp gốc không được đính kèm.");
        Path file = site.dir().resolve("content/thong-bao/2024-06-to-chuc-tiep-cong-dan-dinh-ky-quy-iii-nam-2024.md");
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo(WordImportIT.NOTICE);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(file.getFileName().toString());
        }
    }

    @Test
    void aDraftThatCannotBeWrittenIsSaidInVietnameseWithWhereToLook() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        WordImportIT.notice(site.dir());
        Files.writeString(site.dir().resolve("content/thong-bao"), "một tệp, không phải thư mục");
        assertThat(nhap(site, "thong-bao.docx", null, false)).isEqualTo(new WordImportIT.Run(1, "", "Không ghi được "
                + "content/thong-bao/2024-06-to-chuc-tiep-cong-dan-dinh-ky-quy-iii-nam-2024.md. Cách sửa: kiểm tra "
                + "thư mục content/thong-bao (có đúng là thư mục, có quyền ghi, ổ đĩa còn chỗ trống), rồi chạy lại.\n"));
    }

    /** Every file of the site as text: printouts through PDFBox's text extraction, the rest as UTF-8. */
    private static Map<String, String> siteTexts(Path site) throws Exception {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = site.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                        texts.put(path, new PDFTextStripper().getText(pdf));
                    }
                } else {
                    texts.put(path, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }
}
