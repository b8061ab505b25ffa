package vn.congkhai.validate;

import vn.congkhai.attachment.FileKind;
import vn.congkhai.bake.Bakery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site publishes generated files and the attachments a published disclosure names, checked; nothing else that
 * sits in content/ reaches it.
 */
class PublishedFilesIT {

    /** The smallest PDF a reader opens (attachments are read with PDFBox, so a bare header is refused). */
    private static final String PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]"
            + "/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    private static final String STRAY_SOURCE = "tệp không được văn bản nào nêu nên không được đăng. Cách sửa: đây là "
            + "tệp nguồn (bảng tính, văn bản Word): đặt vào thư mục nguồn ngoài content/ (ví dụ nguon/); nếu cần "
            + "đăng, nêu tệp trong trường tep của văn bản.";

    @TempDir
    Path tmp;

    private static void assertFailsWith(FixtureSite site, String... expected) {
        assertThat(site.problems()).containsExactly(expected);
    }

    private FixtureSite site() {
        return FixtureSite.of("basic", tmp);
    }

    @Test
    void everyPublishedFileIsReadableByTheWebServersUserAndEveryFolderOpenToIt() throws Exception {
        FixtureSite site = site();
        Path attachment = site.dir().resolve("content/thong-bao/giay-moi.pdf");
        Files.setPosixFilePermissions(attachment, PosixFilePermissions.fromString("rw-------"));
        site.bakeWithOwnPdfCache();
        Map<String, String> modes = new TreeMap<>();
        for (Path root : List.of(site.site(), Bakery.pdfCacheFor(site.site()))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.forEach(p -> modes.put(root.relativize(p).toString() + (Files.isDirectory(p) ? "/" : ""),
                        PosixFilePermissions.toString(permissions(p))));
            }
        }
        assertThat(modes).containsEntry("thong-bao/giay-moi.pdf", "rw-r--r--")
                .containsEntry("thong-bao/hop-dan-xom.pdf", "rw-r--r--").containsEntry("/", "rwxr-xr-x");
        assertThat(modes).allSatisfy((path, mode) -> assertThat(mode).as(path)
                .isEqualTo(path.endsWith("/") ? "rwxr-xr-x" : "rw-r--r--"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(attachment))).isEqualTo("rw-------");
    }

    private static java.util.Set<PosixFilePermission> permissions(Path p) {
        try {
            return Files.getPosixFilePermissions(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void filesThatNoDisclosureNamesAreErrorsWithTheirFix() {
        FixtureSite site = site();
        site.write("content/bang/quy-khuyen-hoc.xlsx", "PK\u0003\u0004 cccd ngay_sinh dien_thoai");
        site.write("content/thong-bao/bien-ban-hop.docx", "PK\u0003\u0004");
        site.write("content/thong-bao/ban-scan.pdf", PDF);
        assertFailsWith(site,
                "content/bang/quy-khuyen-hoc.xlsx:1: (tệp): " + STRAY_SOURCE,
                "content/thong-bao/ban-scan.pdf:1: (tệp): tệp không được văn bản nào nêu nên không được đăng. Cách "
                        + "sửa: nếu cần đăng, nêu tệp trong trường tep của văn bản; nếu không, xoá tệp này hoặc đặt "
                        + "vào thư mục nguồn ngoài content/ (ví dụ nguon/).",
                "content/thong-bao/bien-ban-hop.docx:1: (tệp): " + STRAY_SOURCE);
    }

    @Test
    void aSpreadsheetNamedAsAnAttachmentIsNeverPublished() {
        FixtureSite site = site();
        site.write("content/thong-bao/danh-sach.xlsx", "PK\u0003\u0004");
        attach(site, "danh-sach.xlsx");
        assertFailsWith(site, "content/thong-bao/hop-dan-xom.md:9: tệp thứ 1 (Giấy mời họp), duong_dan: tệp \"danh-sach.xlsx\" là bảng "
                + "tính, không được đăng vì bảng tính thường chứa dữ liệu cá nhân (số định danh, ngày sinh, điện "
                + "thoại). Cách sửa: chuyển danh sách thành tệp JSON bằng lệnh nhap, rồi đặt bảng tính vào thư mục "
                + "nguồn ngoài content/ (ví dụ nguon/).");
    }

    @Test
    void anSvgAttachmentIsRefusedBecauseItCanCarryScript() {
        FixtureSite site = site();
        site.write("content/thong-bao/so-do.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<script>alert(document.cookie)</script></svg>");
        attach(site, "so-do.svg");
        assertFailsWith(site, "content/thong-bao/hop-dan-xom.md:9: tệp thứ 1 (Giấy mời họp), duong_dan: tệp \"so-do.svg\" là ảnh SVG, "
                + "có thể chứa mã chạy trên trang nên không được đăng. Cách sửa: xuất ảnh sang PNG hoặc JPG.");
    }

    @Test
    void aFileWhoseBytesAreNotOfItsKindIsRefused() {
        FixtureSite site = site();
        site.write("content/thong-bao/giay-moi.pdf", "<html><script>alert(1)</script></html>");
        assertFailsWith(site, "content/thong-bao/hop-dan-xom.md:9: tệp thứ 1 (Giấy mời họp), duong_dan: nội dung tệp \"giay-moi.pdf\" "
                + "không phải PDF (tệp bị đổi đuôi hoặc bị hỏng). Cách sửa: xuất lại tệp đúng định dạng từ phần mềm "
                + "đã tạo ra nó.");
    }

    @Test
    void anAttachmentOverTheSizeLimitIsRefused() throws Exception {
        FixtureSite site = site();
        try (RandomAccessFile big = new RandomAccessFile(site.dir().resolve("content/thong-bao/giay-moi.pdf").toFile(), "rw")) {
            big.setLength(FileKind.MAX_BYTES + 1);
        }
        assertFailsWith(site, "content/thong-bao/hop-dan-xom.md:9: tệp thứ 1 (Giấy mời họp), duong_dan: tệp \"giay-moi.pdf\" nặng 21 MB, "
                + "quá giới hạn 20 MB. Cách sửa: nén tệp hoặc quét lại với độ phân giải thấp hơn (150 dpi là đủ để "
                + "đọc).");
    }

    @Test
    void anAttachmentCannotTakeTheNameOfAPrintoutOrOfOpenData() {
        FixtureSite site = site();
        site.write("content/thong-bao/hop-dan-xom.pdf", PDF);
        attach(site, "hop-dan-xom.pdf");
        site.write("content/bang/quy-khuyen-hoc.csv", "xom,so_tien\n=HYPERLINK(\"http://x\"),1\n");
        site.write("content/trang/ghi-chu.md", "title=Ghi chú\ndate=2024-06-01\ntype=trang\n"
                + "tep=[{\"ten\": \"Bản quét\", \"duong_dan\": \"/bang/quy-khuyen-hoc.pdf\"}]\n~~~~~~\nx\n");
        site.write("content/bang/quy-khuyen-hoc.pdf", PDF);
        assertFailsWith(site,
                "content/bang/quy-khuyen-hoc.csv:1: (tệp): " + STRAY_SOURCE,
                "content/thong-bao/hop-dan-xom.md:9: tệp thứ 1 (Giấy mời họp), duong_dan: tệp \"hop-dan-xom.pdf\" trùng tên với bản in "
                        + "(PDF) của content/thong-bao/hop-dan-xom.md, tệp do hệ thống tạo ra. Cách sửa: đổi tên tệp "
                        + "đính kèm, ví dụ \"hop-dan-xom-dinh-kem.pdf\".",
                "content/trang/ghi-chu.md:4: tệp thứ 1 (Bản quét), duong_dan: tệp \"quy-khuyen-hoc.pdf\" trùng tên với bản in "
                        + "(PDF) của content/bang/quy-khuyen-hoc.json, tệp do hệ thống tạo ra. Cách sửa: đổi tên tệp "
                        + "đính kèm, ví dụ \"quy-khuyen-hoc-dinh-kem.pdf\".");
    }

    /**
     * A plan's period report gets a printout ({@code ke-hoach/kh-bao-cao-2024-q2.pdf}) only once the plan's data is
     * read, after the files were named: an attachment and a form at that address passed the check, and only the bake,
     * which copies attachments after the printouts, refused the file, on the PDF's line 1 without naming who names it.
     */
    @Test
    void anAttachmentCannotTakeTheNameOfAKindsExtraPrintout() {
        String form = "\"phi_le_phi\": [{\"ten\": \"Lệ phí đăng ký khai sinh\", \"muc_vnd\": 0}]";
        FixtureSite site = FixtureSite.inline(tmp, GoodFiles.PLAN + GoodFiles.PROCEDURE.replace(form, form + ",\n"
                + "  \"mau_don\": [{\"ten\": \"Mẫu tờ khai\", \"duong_dan\": \"../ke-hoach/kh-bao-cao-2024-q2.pdf\"}]") + """
                -- content/thong-bao/hop.md --
                title=Họp dân
                date=2024-06-01
                type=thong-bao
                muc_cong_khai=14
                tep=[{"ten": "Báo cáo quý", "duong_dan": "/ke-hoach/kh-bao-cao-2024-q2.pdf"}]
                ~~~~~~
                Nội dung.
                """);
        site.write("content/ke-hoach/kh-bao-cao-2024-q2.pdf", PDF);
        String refusal = "tệp \"kh-bao-cao-2024-q2.pdf\" trùng tên với bản in (PDF) của trang "
                + "ke-hoach/kh-bao-cao-2024-q2.html (lập từ content/ke-hoach/kh.json), tệp do hệ thống tạo ra. Cách sửa: "
                + "đổi tên tệp đính kèm, ví dụ \"kh-bao-cao-2024-q2-dinh-kem.pdf\".";
        assertFailsWith(site,
                "content/thong-bao/hop.md:5: tệp thứ 1 (Báo cáo quý), duong_dan: " + refusal,
                "content/thu-tuc/khai-sinh.json:16: mẫu đơn thứ 1 (Mẫu tờ khai), duong_dan: " + refusal);
    }

    @Test
    void onlyNamedAttachmentsOfPublishedDisclosuresAndTheThemeAreCopied() throws Exception {
        FixtureSite site = site();
        site.write("content/thong-bao/du-thao.pdf", PDF);
        site.write("content/thong-bao/ban-nhap.md", "title=Bản nháp chưa đăng\ndate=2024-05-01\ntype=thong-bao\n"
                + "status=draft\nmuc_cong_khai=14\ntep=[{\"ten\": \"Dự thảo\", \"duong_dan\": \"du-thao.pdf\"}]\n"
                + "~~~~~~\nNội dung chưa duyệt.\n");
        site.bake();
        assertThat(site.site().resolve("thong-bao/giay-moi.pdf")).exists();
        assertThat(site.site().resolve("thong-bao/du-thao.pdf")).doesNotExist();
        assertThat(site.site().resolve("css/site.css")).exists();
        try (var walk = Files.walk(site.site())) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".md") || n.endsWith(".xlsx") || n.endsWith(".txt") && !n.equals("robots.txt"));
        }
    }

    @Test
    void aThemeFileOfAForbiddenKindIsRefused() {
        FixtureSite site = site();
        site.write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertFailsWith(site, "assets/logo.svg:1: (tệp): tệp \"logo.svg\" là ảnh SVG, có thể chứa mã chạy trên trang "
                + "nên không được đăng. Cách sửa: xoá tệp khỏi assets/, hoặc xuất ảnh sang PNG hoặc JPG.");
    }

    private static void attach(FixtureSite site, String file) {
        try {
            Path md = site.dir().resolve("content/thong-bao/hop-dan-xom.md");
            Files.writeString(md, Files.readString(md).replace("giay-moi.pdf", file));
            Files.delete(site.dir().resolve("content/thong-bao/giay-moi.pdf"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
