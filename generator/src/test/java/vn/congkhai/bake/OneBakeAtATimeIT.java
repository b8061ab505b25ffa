package vn.congkhai.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bake at a time per commune, whatever runs it: two {@code mvn package} at once (each bake in a JVM of its own,
 * as the plugin starts it) both end, one bakes and the other keeps its site, which is whole; a bake that finds the
 * commune busy for its whole wait stops with the officer's message; a site damaged since the last bake is baked
 * again, not kept because the sources did not change.
 */
class OneBakeAtATimeIT {

    private static final String HEADLINE_BAKED = "INFO Đã tạo trang web: ";
    private static final String HEADLINE_KEPT = "INFO Không có gì thay đổi từ lần tạo trước, giữ nguyên trang web: ";

    @TempDir
    Path tmp;

    @Test
    void twoBakesStartedAtOnceBothEndOnlyOneBakesAndTheSiteIsWhole() throws Exception {
        FixtureSite clean = FixtureSite.of("basic", tmp.resolve("sach"));
        clean.bakeWithOwnPdfCache();
        FixtureSite site = FixtureSite.of("basic", tmp.resolve("hai-lenh"));
        Path target = site.site().getParent();
        List<Process> bakes = new ArrayList<>();
        List<Path> outputs = List.of(tmp.resolve("lenh-1.txt"), tmp.resolve("lenh-2.txt"));
        String waitLine;
        // The commune held while both start, so that both are under way at once, whichever JVM starts faster.
        try (SiteLock held = SiteLock.take(site.site(), SiteLock.Task.PUBLISH, line -> { })) {
            for (Path output : outputs) {
                bakes.add(start(site, output));
            }
            waitLine = "WARN Đang chờ " + held.description() + " chạy xong trên " + target + " (mỗi lúc chỉ một "
                    + "lệnh tạo trang hay đăng chạy trên một xã; chờ tối đa 10 phút).";
            for (Path output : outputs) {
                awaitLine(output, waitLine, bakes);
            }
        }
        for (Process bake : bakes) {
            if (!bake.waitFor(3, TimeUnit.MINUTES)) {
                bakes.forEach(Process::destroyForcibly);
                throw new AssertionError("a bake did not end in 3 minutes");
            }
        }

        List<String> headlines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> lines = Files.readAllLines(outputs.get(i), StandardCharsets.UTF_8);
            assertThat(bakes.get(i).exitValue()).as(String.join("\n", lines)).isZero();
            assertThat(lines).contains(waitLine);
            lines.stream().filter(l -> l.startsWith(HEADLINE_BAKED) || l.startsWith(HEADLINE_KEPT))
                    .forEach(headlines::add);
        }
        assertThat(headlines).hasSize(2).anyMatch(l -> l.startsWith(HEADLINE_BAKED))
                .anyMatch(l -> l.startsWith(HEADLINE_KEPT));
        assertThat(site.site().resolve("index.html")).isRegularFile();
        assertThat(site.siteHashes()).isEqualTo(clean.siteHashes());
    }

    @Test
    void aBakeThatFindsTheCommuneBusyForItsWholeWaitStopsAndSaysWhatRuns() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> before = site.siteHashes();
        site.replace("content/thong-bao/nghi-le.md", "bố trí cán bộ trực", "bố trí hai cán bộ trực");
        Path target = site.site().getParent();

        try (SiteLock held = SiteLock.take(site.site(), SiteLock.Task.PREVIEW, line -> { })) {
            Path output = tmp.resolve("lenh.txt");
            Process bake = start(site, output, "-D" + SiteLock.WAIT_PROPERTY + "=1");
            assertThat(bake.waitFor(2, TimeUnit.MINUTES)).isTrue();

            assertThat(bake.exitValue()).isEqualTo(Main.BUSY);
            assertThat(Files.readAllLines(output, StandardCharsets.UTF_8)).containsExactly(
                    "WARN Đang chờ " + held.description() + " chạy xong trên " + target + " (mỗi lúc chỉ một lệnh tạo "
                            + "trang hay đăng chạy trên một xã; chờ tối đa 1 giây).",
                    "ERROR Không tạo trang được: " + held.description() + " vẫn đang chạy trên " + target + " sau 1 "
                            + "giây chờ. Mỗi lúc chỉ một lệnh tạo trang hay đăng chạy trên một xã. Cách sửa: đợi lệnh "
                            + "đó chạy xong (hoặc dừng nó bằng Ctrl+C trong cửa sổ của nó) rồi chạy lại lệnh này.");
            assertThat(held.description()).startsWith("việc xem trước (mvnw jetty:run) của tiến trình "
                    + ProcessHandle.current().pid() + ", bắt đầu lúc ");
        }
        assertThat(site.siteHashes()).isEqualTo(before);
    }

    @Test
    void theLockOfABakeThatWasKilledIsNoObstacle() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        Path output = tmp.resolve("giu-khoa.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), HoldsTheLock.class.getName(),
                site.site().toString()));
        Process holder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        awaitLine(output, "giữ khoá", List.of(holder));
        holder.destroyForcibly(); // as a bake killed half way (the window closed, the computer's power cut)
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(SiteLock.fileFor(site.site())).isRegularFile();

        assertThat(site.bake().baked()).isTrue();
        assertThat(site.site().resolve("index.html")).isRegularFile();
    }

    /** A process that takes a commune's lock and holds it until it is killed. */
    static final class HoldsTheLock {

        public static void main(String[] args) throws InterruptedException {
            SiteLock.take(Path.of(args[0]), SiteLock.Task.BAKE, line -> { });
            System.out.println("giữ khoá");
            System.out.flush();
            Thread.sleep(600_000); // killed long before
        }
    }

    @Test
    void aSiteDamagedSinceTheLastBakeIsBakedAgainThoughTheSourcesDidNotChange() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> whole = site.siteHashes();
        // What two bakes at once left before the lock: pages missing, among them the home page.
        Files.delete(site.site().resolve("index.html"));
        try (Stream<Path> pages = Files.list(site.site().resolve("thong-bao"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                Files.delete(page);
            }
        }

        BakeReport repaired = site.bake();

        assertThat(repaired.reused()).isFalse();
        assertThat(site.siteHashes()).isEqualTo(whole);
        assertThat(site.bake().reused()).isTrue(); // and now, whole again, it is kept
        Files.writeString(site.site().resolve("index.html"), "<p>sửa tay</p>");
        assertThat(site.bake().reused()).isFalse();
        assertThat(site.siteHashes()).isEqualTo(whole);
    }

    /** The JVM flags of mvn package's bake (bake.jvm.args in the pom, passed by Maven). */
    private static List<String> jvmArgs() {
        return Stream.of(System.getProperty("congkhai.bake.jvm.args", "").split("\\s+")).filter(a -> !a.isEmpty())
                .toList();
    }

    /** {@code Main --maven} on {@code site}, as the plugin starts it, its output (tagged lines) to {@code output}. */
    private static Process start(FixtureSite site, Path output, String... flags) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmArgs());
        command.addAll(List.of(flags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--maven",
                site.dir().toString(), site.site().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        p.getOutputStream().close();
        return p;
    }

    /** Waits until {@code output} has {@code line} (bounded); the processes are killed if it never comes. */
    private static void awaitLine(Path output, String line, List<Process> processes) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines().anyMatch(line::equals)) {
                return;
            }
            Thread.sleep(100);
        }
        processes.forEach(Process::destroyForcibly);
        throw new AssertionError("no \"" + line + "\" in a minute: " + Files.readString(output));
    }
}
