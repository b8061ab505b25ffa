package vn.congkhai.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.problem.Problem;
import vn.congkhai.problem.Problems;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** {@code jbake.properties} as officers may leave it: another encoding, unreadable, a wrong site address. */
class SiteConfigTest {

    private static final String ENCODING = "jbake.properties:2: (mã hoá): tệp không được lưu bằng mã hoá UTF-8: từ dòng "
            + "này có chữ viết theo bảng mã khác (như Windows-1258, Windows-1252 hay TCVN3). Cách sửa: mở "
            + "jbake.properties trong trình soạn thảo, lưu lại với mã hoá UTF-8 (\"Save with encoding: UTF-8\"), rồi "
            + "kiểm tra chữ có dấu ở dòng này và các dòng sau.";

    @TempDir
    Path tmp;

    private String fixture() throws IOException {
        return Files.readString(FixtureSite.resource("sites/basic/jbake.properties"), StandardCharsets.UTF_8);
    }

    private List<String> problems(String text, Charset charset) throws IOException {
        Files.write(tmp.resolve(SiteConfig.FILE), text.getBytes(charset));
        return problems();
    }

    private List<String> problems() {
        Problems problems = new Problems();
        SiteConfig config = SiteConfig.load(tmp, problems);
        assertThat(config == null).isEqualTo(!problems.isEmpty());
        return problems.list().stream().map(Problem::format).toList();
    }

    @Test
    void theFixtureLoads() throws IOException {
        assertThat(problems(fixture(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(SiteConfig.load(tmp, new Problems()).commune().siteAddress()).isEqualTo("https://phuthinh.example.vn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1258", "windows-1252"})
    void aFileSavedInAWindowsCodePageNamesItsFirstLineWithVietnamese(String codePage) throws IOException {
        assertThat(problems(fixture(), Charset.forName(codePage))).containsExactly(ENCODING);
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        assertThat(problems("\uFEFF" + fixture(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMalformedUnicodeEscapeIsAProblemOnItsLine() throws IOException {
        assertThat(problems(fixture().replace("xa.tinh=Thái Nguyên", "xa.tinh=Th\\u00E1i Nguy\\uZZn"),
                StandardCharsets.UTF_8)).containsExactly("jbake.properties:4: (cấu hình): dòng này có \\u không theo "
                + "sau bởi 4 chữ số hex (mã Unicode viết sai). Cách sửa: gõ thẳng chữ có dấu thay cho mã \\uXXXX.");
    }

    @Test
    void aMissingFileIsAProblemWithItsFix() {
        assertThat(problems()).containsExactly("jbake.properties:1: (cấu hình): không tìm thấy tệp cấu hình "
                + "jbake.properties ở thư mục dự án. Cách sửa: chép lại tệp jbake.properties của dự án mẫu vào thư mục "
                + "dự án rồi sửa thông tin của xã.");
    }

    @Test
    void aFileThatCannotBeReadIsAProblemNotAStackTrace() throws IOException {
        Files.createDirectories(tmp.resolve(SiteConfig.FILE));
        assertThat(problems()).singleElement().asString()
                .startsWith("jbake.properties:1: (cấu hình): không đọc được tệp jbake.properties (")
                .endsWith("). Cách sửa: kiểm tra jbake.properties là một tệp văn bản thường, không phải thư mục, và "
                        + "không bị chương trình khác khoá.");
    }

    @Test
    void aFileWithoutReadPermissionIsAProblemWithItsFix() throws IOException {
        Path file = Files.writeString(tmp.resolve(SiteConfig.FILE), fixture());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(file), "the superuser reads every file");
        assertThat(problems()).containsExactly("jbake.properties:1: (cấu hình): không có quyền đọc tệp "
                + "jbake.properties. Cách sửa: cho tài khoản đang chạy lệnh quyền đọc tệp (chuột phải > Properties > "
                + "Security, hoặc chmod a+r jbake.properties).");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            http://phuthinh.example.vn       | "http://phuthinh.example.vn" phải là địa chỉ https:// (trang công khai dùng kết nối bảo mật). Cách sửa: viết site.host=https://phuthinh.example.vn.
            phuthinh.example.vn/xa           | "phuthinh.example.vn/xa" thiếu https:// ở đầu. Cách sửa: viết site.host=https://phuthinh.example.vn/xa.
            https://can-bo:matkhau@phuthinh.example.vn | địa chỉ không được chứa tên đăng nhập hoặc mật khẩu (phần trước dấu @). Cách sửa: xoá phần đó, chỉ giữ https://tên-miền.
            https://phuthinh.example.vn/?lang=vi | "https://phuthinh.example.vn/?lang=vi" không được có phần ?… hoặc #…. Cách sửa: viết site.host=https://phuthinh.example.vn/.
            https://phuthinh.example.vn/#dau | "https://phuthinh.example.vn/#dau" không được có phần ?… hoặc #…. Cách sửa: viết site.host=https://phuthinh.example.vn/.
            https://phuthinh                 | "https://phuthinh" không có tên miền hợp lệ. Cách sửa: viết dạng https://tên-miền hoặc https://tên-miền/thư-mục, ví dụ site.host=https://lucba.thainguyen.gov.vn.
            https://phu_thinh.vn             | "https://phu_thinh.vn" không có tên miền hợp lệ. Cách sửa: viết dạng https://tên-miền hoặc https://tên-miền/thư-mục, ví dụ site.host=https://lucba.thainguyen.gov.vn.
            https://phú thịnh.vn             | "https://phú thịnh.vn" không phải địa chỉ web hợp lệ (có dấu cách hoặc ký tự không được dùng). Cách sửa: viết dạng https://tên-miền hoặc https://tên-miền/thư-mục, ví dụ site.host=https://lucba.thainguyen.gov.vn.
            ftp://phuthinh.example.vn        | "ftp://phuthinh.example.vn" phải là địa chỉ https:// (trang công khai dùng kết nối bảo mật). Cách sửa: viết site.host=https://phuthinh.example.vn.
            localhost:8080                   | "localhost:8080" thiếu https:// ở đầu. Cách sửa: viết dạng https://tên-miền hoặc https://tên-miền/thư-mục, ví dụ site.host=https://lucba.thainguyen.gov.vn.
            """)
    void aSiteAddressThatIsNotAnAbsoluteHttpsAddressIsAProblemOnItsLine(String host, String message) throws IOException {
        String text = fixture().replace("site.host=https://phuthinh.example.vn/", "site.host=" + host);
        assertThat(problems(text, StandardCharsets.UTF_8)).containsExactly("jbake.properties:11: site.host: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://phuthinh.example.vn", "https://phuthinh.example.vn/", "HTTPS://phuthinh.example.vn",
            "https://thainguyen.gov.vn/phu-thinh", "https://phuthinh.example.vn:8443", "https://10.0.0.7"})
    void anAbsoluteHttpsAddressIsAccepted(String host) {
        assertThat(SiteConfig.hostProblem(host)).isEmpty();
    }
}
