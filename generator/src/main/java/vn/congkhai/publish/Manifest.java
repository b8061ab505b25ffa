package vn.congkhai.publish;

import vn.congkhai.text.Sha256;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file of a baked site with its SHA-256 and size: what a release holds. Kept on the server beside each release
 * ({@code releases/<name>.json}), so that the next publish sends only the files whose hash changed.
 */
public record Manifest(SortedMap<String, Entry> files) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file: its hash and size. */
    public record Entry(String sha256, long size) {
    }

    public Manifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The manifest of the site in {@code site}: every regular file, by its path relative to the site. */
    public static Manifest of(Path site) throws IOException {
        SortedMap<String, Entry> files = new TreeMap<>();
        byte[] buffer = new byte[64 * 1024];
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = Sha256.digest();
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                    while (in.read(buffer) >= 0) {
                        // the digest reads along
                    }
                }
                files.put(site.relativize(file).toString().replace('\\', '/'),
                        new Entry(HexFormat.of().formatHex(sha.digest()), Files.size(file)));
            }
        }
        return new Manifest(files);
    }

    public static Manifest fromJson(byte[] json) throws IOException {
        return new Manifest(JSON.readValue(json, new TypeReference<TreeMap<String, Entry>>() {
        }));
    }

    public byte[] toJson() throws IOException {
        return JSON.writeValueAsBytes(files);
    }

    /** The paths whose content {@code live} does not already hold at the same path: what must be sent. */
    public List<String> changedFrom(Manifest live) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Entry> e : files.entrySet()) {
            if (!e.getValue().equals(live.files.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    public long bytes() {
        return files.values().stream().mapToLong(Entry::size).sum();
    }

    public long bytes(List<String> paths) {
        return paths.stream().mapToLong(p -> files.get(p).size()).sum();
    }
}
