package vn.congkhai.bench;

import vn.congkhai.preview.Preview;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PreviewEdit <work folder>}: the preview's re-bake after a one-file edit, as an officer sees it on reload:
 * a copy of the sample site, baked once as {@code mvn jetty:run} does, then a notice edited and the preview asked
 * to refresh, ten times; prints each time and the median.
 */
public final class PreviewEdit {

    private PreviewEdit() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        FixtureSite site = FixtureSite.ofProject(work);
        Preview preview = new Preview(site.dir(), site.site());
        long first = System.nanoTime();
        preview.refresh();
        System.out.printf("first bake in the preview: %d ms%n", (System.nanoTime() - first) / 1_000_000);
        Path file = site.dir().resolve("content/trang/lien-he.md");
        String original = Files.readString(file);
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Files.writeString(file, original.replaceFirst("(?m)^title=(.*)$", "title=$1 (sửa lần " + i + ")"));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(i)));
            long start = System.nanoTime();
            preview.refresh().ifPresent(p -> {
                throw new IllegalStateException(p);
            });
            long ms = (System.nanoTime() - start) / 1_000_000;
            times.add(ms);
        }
        System.out.println("re-bake after a one-file edit, ms: " + times);
        System.out.println("median: " + times.stream().sorted().toList().get(times.size() / 2) + " ms");
        System.exit(0);
    }
}
