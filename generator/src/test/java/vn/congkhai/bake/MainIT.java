package vn.congkhai.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/** The command {@code mvn package} runs, in a JVM of its own as there. */
class MainIT {

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
                .contains("content/bang/hong.json:2: (cú pháp JSON): cột 18: dấu phẩy thừa sau mục cuối cùng")
                .contains("content/thong-bao/thieu.md:1: date: thiếu trường bắt buộc");
        assertThat(run.err() + run.out()).doesNotContain("Exception").doesNotContainPattern("\\bat [a-z]+\\.");
        assertThat(site.site()).doesNotExist();
    }

    @Test
    void aBrokenTemplateIsOneLineNamingItWithTheTraceInTheLogAndStatusTwo() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> before = site.siteHashes();
        site.write("templates/index.pebble", "{% extends \"base.pebble\" %}\n{% block main %}\n{{ khong_co_bien }}\n"
                + "{% endblock %}\n");
        Run run = main(site);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang, ở tệp "
                + "templates/index.pebble:3: mẫu trang (thư mục templates/) có lỗi. Trang web đã đăng vẫn giữ nguyên. "
                + "Chi tiết lỗi ghi ở target/cong-khai-loi.log, hãy gửi tệp này cho người phụ trách kỹ thuật.");
        assertThat(run.out()).isEmpty();
        assertThat(site.siteHashes()).isEqualTo(before);
        assertThat(Files.readString(site.dir().resolve(ProgramFault.LOG)))
                .contains("khong_co_bien").contains("\tat io.pebbletemplates.");
    }

    @Test
    void aStackOverflowIsOneLineWithTheTraceInTheLog() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("templates/index.pebble", """
                {% macro sau(n) %}{{ sau(n + 1) }}{% endmacro %}
                {{ sau(1) }}
                """);
        Run run = main(site);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().toList()).singleElement(as(STRING)).startsWith(
                "Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang").contains("tràn ngăn xếp")
                .endsWith("Chi tiết lỗi ghi ở target/cong-khai-loi.log, hãy gửi tệp này cho người phụ trách kỹ thuật.");
        assertThat(Files.readString(site.dir().resolve(ProgramFault.LOG))).contains("java.lang.StackOverflowError");
        assertThat(site.site()).doesNotExist();
    }

    /** At 256 MiB the JVM throws first; at 512 MiB (every bake's) the heap fills slowly and HeapWatch tells. */
    @ParameterizedTest
    @ValueSource(strings = {"-Xmx256m", "-Xmx512m"})
    void runningOutOfMemoryStopsWithinSecondsInOneLineWithTheTraceInTheLogAndTheSiteWhole(String heap)
            throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> before = site.siteHashes();
        site.write("templates/index.pebble", """
                {% for i in range(1, 2000000000) %}hết bộ nhớ hết bộ nhớ hết bộ nhớ hết bộ nhớ {% endfor %}
                """);
        long start = System.nanoTime();
        Run run = main(site, heap);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertThat(run.status()).isEqualTo(2);
        // the second when the heap was so full that the fault could not be logged within 5 s
        assertThat(run.err().strip()).isIn("Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang: hết bộ nhớ. "
                + "Trang web đã đăng vẫn giữ nguyên. Chi tiết lỗi ghi ở target/cong-khai-loi.log, hãy gửi tệp này cho "
                + "người phụ trách kỹ thuật.", "Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang: hết bộ nhớ. "
                + "Trang web đã đăng vẫn giữ nguyên. Không ghi được chi tiết lỗi vào target/cong-khai-loi.log, hãy báo "
                + "cho người phụ trách kỹ thuật.");
        // it took 8 minutes of back-to-back full collections here, 15 in CI; now 3 to 9 s
        assertThat(seconds).as("seconds to fail").isLessThan(60);
        if (run.err().contains("Chi tiết lỗi ghi ở")) {
            assertThat(Files.readString(site.dir().resolve(ProgramFault.LOG))).contains("java.lang.OutOfMemoryError");
        }
        assertThat(site.siteHashes()).isEqualTo(before);
    }

    @Test
    void sigtermStopsABakeWithinSecondsSayingSoAndLeavesTheSiteByteForByte() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> before = site.siteHashes();
        // enough new disclosures, each with its printout, for a bake of many seconds
        vn.congkhai.bench.SyntheticCommune.generate(site.dir(), 300);
        Process bake = site.startBake(tmp.resolve("out.txt"), tmp.resolve("err.txt"), "-Xmx256m");
        try {
            site.awaitStagedPage(bake);
            long start = System.nanoTime();
            bake.destroy(); // SIGTERM
            boolean ended = bake.waitFor(20, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(ended).as("the bake ended within 20 s of SIGTERM").isTrue();
            assertThat(millis).as("milliseconds from SIGTERM to exit").isLessThan(10_000);
        } finally {
            bake.destroyForcibly();
        }
        assertThat(bake.exitValue()).as("status after SIGTERM").isEqualTo(143);
        assertThat(Files.readString(tmp.resolve("err.txt")).strip()).isEqualTo(
                "Đã dừng tạo trang giữa chừng (Ctrl+C hoặc lệnh dừng). Trang web đã đăng vẫn giữ nguyên.");
        assertThat(site.siteHashes()).isEqualTo(before);
    }

    /** Runs the bake as mvn package does; fails the test, the JVM stopped, if it takes over 5 minutes. */
    private Run main(FixtureSite site) throws IOException, InterruptedException {
        return main(site, "-Xmx256m");
    }

    private Run main(FixtureSite site, String heap) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = site.startBake(out, err, heap);
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("the bake did not end in 5 minutes");
            }
        } finally {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
