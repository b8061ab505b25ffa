package vn.congkhai.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bench.SyntheticCommune;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The bake's JVM as the plugin starts it, from a JVM standing in for Maven's. */
class BakeJvmIT {

    @TempDir
    Path tmp;

    /** Maven's stand-in: bakes {@code args[0]} into {@code args[1]} as the plugin's bake goal does. */
    public static void main(String[] args) throws Exception {
        System.exit(BakeJvm.run(System.getProperty("java.class.path"), Path.of(args[0]), Path.of(args[1]), false,
                new SystemStreamLog()));
    }

    @Test
    void mavenStoppedMidBakeStopsTheBakeItStartedAndTheSiteStaysByteForByte() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> before = site.siteHashes();
        SyntheticCommune.generate(site.dir(), 300); // a bake of many seconds
        Process maven = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), BakeJvmIT.class.getName(), site.dir().toString(),
                site.site().toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile())
                .start();
        List<ProcessHandle> bakes = List.of();
        try {
            site.awaitStagedPage(maven);
            bakes = maven.descendants().toList();
            assertThat(bakes).as("the bake's JVM, started by Maven's").isNotEmpty();
            maven.destroy(); // SIGTERM to Maven alone, as a CI runner cancelling a job sends it
            assertThat(maven.waitFor(30, TimeUnit.SECONDS)).as("Maven's JVM ended within 30 s").isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BakeJvm.STOP_SECONDS + 5);
            while (bakes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(bakes).as("no bake JVM left running").noneMatch(ProcessHandle::isAlive);
        } finally {
            bakes.forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
        }
        assertThat(site.siteHashes()).isEqualTo(before);
    }
}
