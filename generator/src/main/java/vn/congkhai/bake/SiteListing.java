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
 * A site folder as a bake left it, told cheaply (no file read): each file's size and modification time by its address,
 * and a digest of every entry, folders included. What the last bake's memory ({@link BakeCache}) and its receipt
 * ({@link BakeReceipt}, for the publish step) compare the folder with, so that a site damaged since (a file deleted,
 * edited or added by hand or by another program) is baked again, and never published.
 *
 * @param digest the SHA-256 of every entry's path, size and time; {@code -} when there is no folder, {@code ?} when
 *               it could not be read (equal to nothing then)
 */
public record SiteListing(String digest, SortedMap<String, Stamp> files) {

    /** A file's size and modification time (milliseconds). */
    public record Stamp(long size, long modified) {
    }

    public SiteListing {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The site folder as it is now. */
    public static SiteListing of(Path site) {
        if (!Files.isDirectory(site)) {
            return new SiteListing("-", new TreeMap<>());
        }
        List<String> entries = new ArrayList<>();
        SortedMap<String, Stamp> files = new TreeMap<>();
        try {
            // The walk hands over each file's attributes as it reads the folder: no second look per file.
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

    /**
     * How {@code now} differs from the files this listing names, in the officer's words, at most {@code most} of them
     * and a count of the rest; empty when every file is there as it was and no other was added.
     */
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
