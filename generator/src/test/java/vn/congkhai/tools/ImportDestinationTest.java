package vn.congkhai.tools;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.word.WordSamples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cong-khai:nhap -Dra=…} writes only a file of the type's extension inside {@code content/<type>/}: every other
 * place (the commune's own files, the baked site, another section, outside the commune, through a link) is refused
 * with the place and the right one, and nothing is written or replaced, with {@code -Dghi-de} or without.
 */
class ImportDestinationTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 7, 20);
    private static final String LIST = """
            DANH SÁCH HỘ NGHÈO NĂM 2025
            STT,Họ và tên chủ hộ,Xóm,Phân loại
            1,Nông Văn Tám,Xóm Khuôn Lân,Hộ nghèo
            """;

    @TempDir
    Path tmp;

    private Path project;

    record Run(int status, String out, String err) {
    }

    @BeforeEach
    void commune() throws Exception {
        project = tmp.resolve("phu-thinh");
        Files.createDirectories(project.resolve("content/ho-ngheo"));
        Files.createDirectories(project.resolve("target/site"));
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.writeString(project.resolve("jbake.properties"), "xa.ten=Phú Thịnh\n");
        Files.writeString(project.resolve("target/site/index.html"), "<html></html>\n");
        Files.writeString(project.resolve("danh-sach.csv"), LIST);
    }

    private Run nhap(String file, String type, String ra, boolean overwrite) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CongKhai.importFile(project, TODAY, new CongKhai.ImportOptions(file, type, ra, null, null,
                overwrite, false, false), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Map<String, String> files() {
        return FixtureSite.hashes(tmp);
    }

    @ParameterizedTest(name = "-Dra={0}")
    @CsvSource(delimiter = '|', textBlock = """
            pom.xml                             | content/ho-ngheo/danh-sach-ho-ngheo-nam-2025.json
            jbake.properties                    | content/ho-ngheo/danh-sach-ho-ngheo-nam-2025.json
            target/site/index.html              | content/ho-ngheo/danh-sach-ho-ngheo-nam-2025.json
            ../ngoai.json                       | content/ho-ngheo/danh-sach-ho-ngheo-nam-2025.json
            content/ho-ngheo/../../pom.xml      | content/ho-ngheo/danh-sach-ho-ngheo-nam-2025.json
            content/ho-ngheo/../ho-ngheo/a.json | content/ho-ngheo/a.json
            content/thong-bao/ho-ngheo.json     | content/ho-ngheo/ho-ngheo.json
            content/ho-ngheo/2025.md            | content/ho-ngheo/2025.json
            content/ho-ngheo                    | content/ho-ngheo/ho-ngheo.json
            content/ho-ngheo.json               | content/ho-ngheo/ho-ngheo.json
            """)
    void aPlaceOutsideTheTypesFolderIsRefusedWithTheRightOneAndNothingIsWritten(String ra, String right) {
        Map<String, String> before = files();
        for (boolean overwrite : new boolean[] {false, true}) {
            Run run = nhap("danh-sach.csv", "ho-ngheo", ra, overwrite);
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("Không ghi được vào \"" + ra + "\": tệp ho-ngheo chỉ được ghi trong thư "
                    + "mục content/ho-ngheo/ (hoặc thư mục con của nó), đuôi .json. Cách sửa: viết -Dra=" + right
                    + ", hoặc bỏ -Dra để dùng tên tự đặt.\n");
            assertThat(files()).isEqualTo(before);
        }
    }

    @Test
    void anAbsolutePathIsRefusedEvenInsideTheCommune() {
        Map<String, String> before = files();
        String ra = project.resolve("content/ho-ngheo/2025.json").toString();
        Run run = nhap("danh-sach.csv", "ho-ngheo", ra, true);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Lỗi: Không ghi được vào \"" + ra + "\": -Dra là đường dẫn tính từ thư mục "
                + "của xã, không phải đường dẫn tuyệt đối. Cách sửa: viết -Dra=content/ho-ngheo/2025.json, hoặc bỏ -Dra "
                + "để dùng tên tự đặt.\n");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aNameNoFileSystemTakesIsRefusedInVietnamese() {
        Run run = nhap("danh-sach.csv", "ho-ngheo", "content/ho-ngheo/a\u0000b.json", false);
        assertThat(run.err()).isEqualTo("Lỗi: Không ghi được vào \"content/ho-ngheo/a\u0000b.json\": tên có ký tự "
                + "không dùng được trong tên tệp. Cách sửa: viết -Dra=content/ho-ngheo/ab.json, hoặc bỏ -Dra để dùng tên "
                + "tự đặt.\n");
    }

    @Test
    void aLinkLeadingOutOfTheTypesFolderIsRefusedWithOrWithoutOverwrite() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("ngoai"));
        Files.createSymbolicLink(project.resolve("content/ho-ngheo/lien-ket"), outside);
        Files.writeString(outside.resolve("a.json"), "{}");
        Files.createSymbolicLink(project.resolve("content/ho-ngheo/b.json"), project.resolve("pom.xml"));
        Map<String, String> before = files();
        for (String ra : new String[] {"content/ho-ngheo/lien-ket/a.json", "content/ho-ngheo/lien-ket/moi.json",
                "content/ho-ngheo/b.json"}) {
            Run run = nhap("danh-sach.csv", "ho-ngheo", ra, true);
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).startsWith("Không ghi được vào \"" + ra + "\": đường dẫn đi qua một liên kết "
                    + "(symlink) ra ngoài thư mục content/ho-ngheo/. Cách sửa: viết -Dra=content/ho-ngheo/");
        }
        assertThat(files()).isEqualTo(before);
        assertThat(project.resolve("pom.xml")).hasContent("<project/>");
    }

    @Test
    void aWindowsReservedOrUnsafeNameIsRefusedWithASafeOne() {
        Run reserved = nhap("danh-sach.csv", "ho-ngheo", "content/ho-ngheo/con.json", false);
        assertThat(reserved.err()).isEqualTo("Không ghi được vào \"content/ho-ngheo/con.json\": tên \"con.json\" là "
                + "tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, với đuôi nào cũng vậy): máy "
                + "Windows không tạo, mở hay tải về được tệp này. Cách sửa: viết -Dra=content/ho-ngheo/con-1.json, hoặc "
                + "bỏ -Dra để dùng tên tự đặt.\n");
        Run unsafe = nhap("danh-sach.csv", "ho-ngheo", "content/ho-ngheo/Danh sách 2025.json", false);
        assertThat(unsafe.err()).isEqualTo("Không ghi được vào \"content/ho-ngheo/Danh sách 2025.json\": tên \"Danh "
                + "sách 2025.json\" sẽ thành địa chỉ trang nên chỉ được dùng chữ thường không dấu, số và dấu gạch nối. "
                + "Cách sửa: viết -Dra=content/ho-ngheo/danh-sach-2025.json, hoặc bỏ -Dra để dùng tên tự đặt.\n");
        assertThat(project.resolve("content/ho-ngheo")).isEmptyDirectory();
    }

    @Test
    void insideTheTypesFolderAndItsSubFoldersAnImportWritesAndOverwritesOnlyWhenAsked() throws Exception {
        Run first = nhap("danh-sach.csv", "ho-ngheo", "content/ho-ngheo/2025/chinh-thuc.json", false);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(project.resolve("content/ho-ngheo/2025/chinh-thuc.json")).content().contains("Nông Văn Tám");
        assertThat(nhap("danh-sach.csv", "ho-ngheo", "content/ho-ngheo/2025/chinh-thuc.json", false).status())
                .isEqualTo(1);
        assertThat(nhap("danh-sach.csv", "ho-ngheo", "content/ho-ngheo/2025/chinh-thuc.json", true).status())
                .isZero();
        Run named = nhap("danh-sach.csv", "ho-ngheo", null, false);
        assertThat(named.out()).startsWith("Đã nhập 1 dòng vào content/ho-ngheo/danh-sach-ho-ngheo-nam-2025.json");
    }

    @Test
    void aWordDocumentIsWrittenOnlyAsMarkdownInItsTypesFolder() throws Exception {
        WordSamples.notice(project);
        Map<String, String> before = files();
        Run run = nhap("thong-bao.docx", null, "content/ho-ngheo/thong-bao.md", true);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Không ghi được vào \"content/ho-ngheo/thong-bao.md\": tệp thong-bao chỉ "
                + "được ghi trong thư mục content/thong-bao/ (hoặc thư mục con của nó), đuôi .md. Cách sửa: viết "
                + "-Dra=content/thong-bao/thong-bao.md, hoặc bỏ -Dra để dùng tên tự đặt.\n");
        Run pom = nhap("thong-bao.docx", "thong-bao", "pom.xml", true);
        assertThat(pom.err()).contains("Cách sửa: viết -Dra=content/thong-bao/2024-06-to-chuc-tiep-cong-dan-dinh-ky-"
                + "quy-iii-nam-2024.md");
        assertThat(files()).isEqualTo(before);
        assertThat(nhap("thong-bao.docx", null, "content/thong-bao/tiep-dan.md", false).status()).isZero();
    }
}
