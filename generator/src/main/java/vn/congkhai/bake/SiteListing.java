package vn.congkhai.bake;

import vn.congkhai.content.SourceFiles;
import vn.congkhai.text.Sha256;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A site folder as a bake left it, told without reading a file: each file's size and time, and a digest of every
 * entry. A site changed since by hand or by another program is then baked again, and never published.
 *
 * @param digest of every entry's path, size and time; {@code -} when there is no folder, {@code ?} when unreadable
 */
public record SiteListing(String digest, SortedMap<String, Stamp> files) {

    public record Stamp(long size, long modified) {
    }

    public SiteListing {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static SiteListing of(Path site) {
        if (!Files.isDirectory(site)) {
            return new SiteListing("-", new TreeMap<>());
        }
        List<String> entries = new ArrayList<>();
        SortedMap<String, Stamp> files = new TreeMap<>();
        try {
            Files.walkFileTree(site, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    return add(dir, a);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    files.put(SourceFiles.slashes(site.relativize(file)), new Stamp(a.size(),
                            a.lastModifiedTime().toMillis()));
                    return add(file, a);
                }

                private FileVisitResult add(Path p, BasicFileAttributes a) {
                    entries.add(site.relativize(p) + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return new SiteListing("?", files);
        }
        Collections.sort(entries);
        return new SiteListing(Sha256.hex(String.join("\n", entries) + "\n"), files);
    }

    /** How {@code now} differs from this listing, in the officer's words: {@code most} lines and a count of the rest. */
    public List<String> differences(SiteListing now, int most) {
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, Stamp> e : files.entrySet()) {
            Stamp then = now.files.get(e.getKey());
            if (then == null) {
                all.add("thiếu " + e.getKey());
            } else if (!then.equals(e.getValue())) {
                all.add(e.getKey() + " đã bị sửa");
            }
        }
        now.files.keySet().stream().filter(f -> !files.containsKey(f)).forEach(f -> all.add("có thêm " + f));
        if (all.size() <= most) {
            return all;
        }
        List<String> shown = new ArrayList<>(all.subList(0, most));
        shown.add("và " + (all.size() - most) + " chỗ khác");
        return shown;
    }
}
