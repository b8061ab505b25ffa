package vn.congkhai.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command {@code mvn package} runs, in a JVM of its own as there. */
class MainTest {

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    @Test
    void aGoodProjectBakesAndSaysWhatWasPublished() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        Run run = main(site);
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Đã tạo trang web: 4 văn bản được đăng");
        assertThat(site.site().resolve("index.html")).exists();
    }

    @Test
    void contentMistakesExitWithStatusOneAndAListForOfficersWithoutAStackTrace() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/bang/hong.json", "{\n  \"title\": \"Hỏng\",\n}\n");
        site.write("content/thong-bao/thieu.md", "title=Thiếu ngày\ntype=thong-bao\nmuc_cong_khai=14\n~~~~~~\nx\n");
        Run run = main(site);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("Nội dung có 2 lỗi.")
                .contains("content/bang/hong.json:3: (cú pháp JSON)")
                .contains("content/thong-bao/thieu.md:1: date: thiếu trường bắt buộc");
        assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContainPattern("\\bat [a-z]+\\.");
        assertThat(site.site()).doesNotExist();
    }

    private static Run main(FixtureSite site) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), site.dir().toString(), site.site().toString())).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }
}
