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
 * {@code PreviewEdit <work folder> [N]}: the preview's re-bake after a one-file edit, as an officer sees it on reload:
 * a copy of the sample site (or, with N, a synthetic commune of N disclosures), baked once as {@code mvn jetty:run}
 * does, then a page edited and the preview asked to refresh (once it has heard of the edit), ten times, two seconds
 * apart (as an officer reads the page before the next save); prints each time and the median.
 */
public final class PreviewEdit {

    /** How long the officer looks at the page between two saves (the preview tidies up meanwhile). */
    static final long READING_MS = 2000;

    private PreviewEdit() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path dir;
        Path file;
        if (args.length > 1) {
            dir = SyntheticCommune.generate(Files.createDirectories(work.resolve("xa")), Integer.parseInt(args[1]));
            try (var notices = Files.walk(dir.resolve("content/thong-bao"))) {
                file = notices.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            }
        } else {
            dir = FixtureSite.ofProject(work).dir();
            file = dir.resolve("content/trang/lien-he.md");
        }
        Preview preview = new Preview(dir, dir.resolve("target/xem-truoc/site"));
        long first = System.nanoTime();
        preview.refresh();
        System.out.printf("first bake in the preview: %d ms%n", (System.nanoTime() - first) / 1_000_000);
        String original = Files.readString(file);
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Thread.sleep(READING_MS); // the officer reads the page before the next save
            Files.writeString(file, original.replaceFirst("(?m)^title=(.*)$", "title=$1 (sửa lần " + i + ")"));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(i)));
            long start = System.nanoTime();
            int before = preview.bakes();
            while (preview.bakes() == before) { // as a browser reloading until the preview has heard of the edit
                preview.refresh().ifPresent(p -> {
                    throw new IllegalStateException(p);
                });
                if (preview.bakes() == before) {
                    Thread.sleep(5);
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            times.add(ms);
        }
        System.out.println("re-bake after a one-file edit (edits 2 s apart), ms: " + times);
        System.out.println("median: " + times.stream().sorted().toList().get(times.size() / 2) + " ms");
        System.exit(0);
    }
}
