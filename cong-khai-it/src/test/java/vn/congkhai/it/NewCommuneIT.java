package vn.congkhai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cong-khai:tao-xa}, through a real Maven: the set-up asks in Vietnamese, derives the folder from the commune's
 * name, asks again on a wrong answer, and refuses wrong answers given as options with the archetype's own lines
 * ({@link WrongAnswers}) before anything is written.
 */
class NewCommuneIT {

    static final String GOAL = "vn.congkhai:cong-khai-maven-plugin:" + Mvn.VERSION + ":tao-xa";

    @TempDir
    Path tmp;

    @Test
    void questionsInVietnameseAskAgainOnAWrongAnswerAndTheFolderComesFromTheName() throws Exception {
        Mvn.Run run = Mvn.answering(tmp, "Xã Phú Thịnh\ntỉnh Thái Nguyên\nhttp://phuthinh.thainguyen.gov.vn\n"
                + "phuthinh.thainguyen.gov.vn\n\n", "-q", GOAL);
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains(
                "Tạo trang công khai cho một xã mới. Trả lời 4 câu hỏi; nhấn Enter để nhận giá trị trong ngoặc vuông.\n"
                        + "Tên xã (ví dụ: Phú Thịnh): Đã bỏ chữ \"Xã\" ở đầu tenXa: tenXa=Phú Thịnh (trang tự viết "
                        + "\"xã Phú Thịnh\").\n"
                        + "Tên tỉnh (ví dụ: Thái Nguyên): Đã bỏ chữ \"tỉnh\" ở đầu tinh: tinh=Thái Nguyên (trang tự "
                        + "viết \"tỉnh Thái Nguyên\").\n"
                        + "Địa chỉ trang web (ví dụ: https://phuthinh.thainguyen.gov.vn):   Địa chỉ trang web "
                        + "(diaChiWeb) \"http://phuthinh.thainguyen.gov.vn\" phải là địa chỉ https:// (trang công khai "
                        + "dùng kết nối bảo mật). Ví dụ: https://phuthinh.thainguyen.gov.vn. Hãy nhập lại.\n"
                        + "Địa chỉ trang web (ví dụ: https://phuthinh.thainguyen.gov.vn): Đã thêm https:// vào địa chỉ "
                        + "trang: diaChiWeb=https://phuthinh.thainguyen.gov.vn.\n"
                        + "Tên thư mục [phu-thinh]: Đã tạo trang công khai của xã Phú Thịnh ở thư mục "
                        + tmp.resolve("phu-thinh") + ". Bước tiếp theo: mở thư mục đó và đọc HUONG-DAN.md; xem thử "
                        + "trang bằng lệnh mvnw jetty:run (Windows: mvnw.cmd jetty:run).")
                .doesNotContain("Define value", "[WARNING]");

        Path commune = tmp.resolve("phu-thinh");
        Properties config = new Properties();
        config.load(new StringReader(Files.readString(commune.resolve("jbake.properties"), StandardCharsets.UTF_8)));
        assertThat(config.getProperty("xa.ten")).isEqualTo("Phú Thịnh");
        assertThat(config.getProperty("xa.tinh")).isEqualTo("Thái Nguyên");
        assertThat(config.getProperty("site.host")).isEqualTo("https://phuthinh.thainguyen.gov.vn");
        assertThat(Files.readString(commune.resolve("pom.xml"))).contains("<version>" + Mvn.VERSION + "</version>");
        assertThat(Files.isExecutable(commune.resolve("mvnw"))).isTrue();
        assertThat(commune.resolve(".git/HEAD")).hasContent("ref: refs/heads/main");
        assertThat(Files.readString(commune.resolve("HUONG-DAN.md"))).contains("Phú Thịnh").doesNotContain("Lục Ba");
    }

    @Test
    void wrongAnswersGivenAsOptionsAreRefusedWithTheArchetypesOwnLinesAndNothingIsWritten() throws Exception {
        for (WrongAnswers.Case c : WrongAnswers.ALL) {
            Mvn.Run run = Mvn.run(tmp, "-B", "-q", GOAL, "-DartifactId=" + c.folder(), "-DtenXa=" + c.commune(),
                    "-Dtinh=" + c.province(), "-DdiaChiWeb=" + c.address());
            assertThat(run.status()).as(run.output()).isNotZero();
            assertThat(run.lines()).as(run.output()).contains("[ERROR] Chưa tạo được trang của xã: " + c.reason());
            try (var left = Files.list(tmp)) {
                assertThat(left.toList()).as(c.folder() + " left behind").isEmpty();
            }
        }
    }

    @Test
    void aFolderThatIsThereAndAKeyboardThatClosesAreRefusedWithTheirFix() throws Exception {
        Files.createDirectories(tmp.resolve("phu-thinh/content"));
        Mvn.Run there = Mvn.run(tmp, "-B", "-q", GOAL, "-DtenXa=Phú Thịnh", "-Dtinh=Thái Nguyên",
                "-DdiaChiWeb=https://phuthinh.thainguyen.gov.vn");
        assertThat(there.status()).as(there.output()).isNotZero();
        assertThat(there.lines()).as(there.output()).contains("[ERROR] Chưa tạo được trang của xã: Thư mục "
                + "\"phu-thinh\" đã có ở " + tmp + " (có thể là xã đã tạo trước đây). Cách sửa: chạy lại với "
                + "-DartifactId=phu-thinh-moi.");
        assertThat(tmp.resolve("phu-thinh/content")).isEmptyDirectory();

        Mvn.Run closed = Mvn.answering(tmp, "Phú Thịnh\n", "-q", GOAL);
        assertThat(closed.status()).as(closed.output()).isNotZero();
        assertThat(closed.lines()).as(closed.output()).anyMatch(line -> line.endsWith("[ERROR] Chưa tạo được trang "
                + "của xã: chưa có câu trả lời cho \"Tên tỉnh\". Cách sửa: chạy lại và trả lời, hoặc cho sẵn bằng "
                + "-Dtinh=\"Thái Nguyên\"."));
    }
}
