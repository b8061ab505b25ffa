package vn.congkhai.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class JBakeStoreTest {

    @TempDir
    Path tmp;

    private static Map<String, String> contents(Path dir) throws Exception {
        Map<String, String> found = new TreeMap<>();
        Path content = dir.resolve("content");
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                found.put(content.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return found;
    }

    @Test
    void theFolderALastBakeLeftIsBroughtToExactlyTheCopiesOfWhatIsPublished() throws Exception {
        Path dir = JBakeStore.settings(tmp.resolve("site.crawl"));
        JBakeStore.sync(dir, Map.of("thong-bao/a.html", "A", "thong-bao/b.html", "B", "bang/c.json", "C"));
        Files.writeString(dir.resolve("content/thong-bao/b.html"), "sửa tay"); // touched by hand
        Files.writeString(dir.resolve("content/thong-bao/la.html"), "lạ"); // not the bake's
        Path kept = dir.resolve("content/thong-bao/a.html");
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(kept, hourAgo);

        dir = JBakeStore.settings(dir); // the next bake's store
        assertThat(contents(dir)).as("the copies stay for the next crawl").containsKeys("thong-bao/a.html");
        Map<String, String> wanted = Map.of("thong-bao/a.html", "A", "thong-bao/b.html", "B",
                "thong-bao/d.html", "D");
        JBakeStore.sync(dir, wanted);

        assertThat(contents(dir)).isEqualTo(wanted);
        assertThat(Files.getLastModifiedTime(kept)).as("a copy still right is not written again").isEqualTo(hourAgo);
        assertThat(dir.resolve("jbake.properties")).isRegularFile();
    }

    @Test
    void copiesAlikeAreOneFileAndOneOfThemChangedLeavesTheOthersAsTheyWere() throws Exception {
        Path dir = JBakeStore.settings(tmp.resolve("site.crawl"));
        JBakeStore.sync(dir, Map.of("thong-bao/a.html", "X", "thong-bao/b.html", "X", "bang/c.json", "Y"));
        Object a = Files.readAttributes(dir.resolve("content/thong-bao/a.html"), BasicFileAttributes.class).fileKey();
        Object b = Files.readAttributes(dir.resolve("content/thong-bao/b.html"), BasicFileAttributes.class).fileKey();
        Object c = Files.readAttributes(dir.resolve("content/bang/c.json"), BasicFileAttributes.class).fileKey();
        if (a != null) { // a file system that tells files apart (every one the bake runs on but FAT)
            assertThat(b).as("two copies alike are one file").isEqualTo(a);
            assertThat(c).isNotEqualTo(a);
        }

        Map<String, String> wanted = Map.of("thong-bao/a.html", "X", "thong-bao/b.html", "Z", "bang/c.json", "X");
        JBakeStore.sync(JBakeStore.settings(dir), wanted);
        assertThat(contents(dir)).isEqualTo(wanted);
    }
}
