package vn.congkhai.bake;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.history.GitHistory;
import vn.congkhai.print.Printouts;
import vn.congkhai.problem.Problem;
import vn.congkhai.text.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the last bake into a site folder was made from ({@code target/bake-cache/state.json}): when nothing it
 * depends on changed (the sources byte for byte, the bake date, the git commit whose history the pages show, the
 * generator's own code and theme, the flags that change the output) and the site folder is as that bake left it, the
 * bake keeps the site as it is and reports what it reported then. A cache that cannot be read, whose seal does not
 * match its content, or that was written for another folder or by another generator is discarded, never trusted.
 */
final class BakeCache {

    /** Bumped whenever what the state records, or how, changes. */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile String generator;

    /** The report of the bake the state describes, to repeat it. */
    record Report(int published, int drafts, int scheduled, int pages, String bakeDate,
                  List<ComplianceWarning> warnings, List<Problem> notices) {
    }

    /** The state, sealed with the SHA-256 of the rest. */
    record State(int format, String project, String generator, String key, String siteFiles, Report report,
                 String seal) {

        String computeSeal() {
            return Sha256.hex(format + "\n" + project + "\n" + generator + "\n" + key + "\n" + siteFiles + "\n"
                    + write(report));
        }
    }

    private final Path file;
    private final Path projectDir;
    private final Path siteDir;

    BakeCache(Path projectDir, Path siteDir) {
        this.projectDir = projectDir;
        this.siteDir = siteDir;
        this.file = dirFor(siteDir).resolve("state.json");
    }

    /** {@code bake-cache} beside the site ({@code target/bake-cache}). */
    static Path dirFor(Path siteDir) {
        return siteDir.toAbsolutePath().normalize().resolveSibling("bake-cache");
    }

    /**
     * Everything the output depends on besides the generator: the sources' digest, the bake date, the commit checked
     * out (history pages), and the flags that change what is written.
     */
    static String key(String sourcesDigest, SiteConfig config, Path projectDir) {
        LocalDate bakeDate = config.bakeDate();
        return Sha256.hex(sourcesDigest + "\n" + bakeDate + "\n" + GitHistory.head(projectDir.resolve("content"))
                .orElse("-") + "\n" + Boolean.getBoolean(Printouts.SKIP_PROPERTY));
    }

    /** The report of the previous bake, if it can be reused for {@code key}: the site is then left as it is. */
    Optional<BakeReport> reuse(String key, long started) {
        State state = read().orElse(null);
        if (state == null || !state.key().equals(key) || !state.siteFiles().equals(siteFiles())) {
            return Optional.empty();
        }
        Report r = state.report();
        return Optional.of(new BakeReport(true, r.published(), r.drafts(), r.scheduled(), r.pages(),
                LocalDate.parse(r.bakeDate()), (System.nanoTime() - started) / 1_000_000, r.warnings(), r.notices(),
                true));
    }

    /** Records a bake that wrote the site for {@code key}. */
    void save(String key, BakeReport report) {
        Report r = new Report(report.published(), report.drafts(), report.scheduled(), report.pages(),
                report.bakeDate().toString(), report.warnings(), report.notices());
        State unsealed = new State(FORMAT, projectDir.toString(), generator(), key, siteFiles(), r, null);
        State state = new State(unsealed.format(), unsealed.project(), unsealed.generator(), unsealed.key(),
                unsealed.siteFiles(), r, unsealed.computeSeal());
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(part, write(state), StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state, if it is whole, sealed, of this generator and for this commune; otherwise it is deleted. */
    Optional<State> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            State state = JSON.readValue(file.toFile(), State.class);
            if (state.format() == FORMAT && projectDir.toString().equals(state.project())
                    && generator().equals(state.generator()) && state.report() != null
                    && state.computeSeal().equals(state.seal())) {
                return Optional.of(state);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: discarded below
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    /** The site folder as it is now: every file's path, size and modification time, hashed. */
    private String siteFiles() {
        if (!Files.isDirectory(siteDir)) {
            return "-";
        }
        StringBuilder s = new StringBuilder();
        try (Stream<Path> walk = Files.walk(siteDir)) {
            for (Path p : walk.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                s.append(siteDir.relativize(p)).append('\t').append(a.size()).append('\t')
                        .append(a.lastModifiedTime().toMillis()).append('\n');
            }
        } catch (IOException e) {
            return "?";
        }
        return Sha256.hex(s.toString());
    }

    /** The generator's own code and theme: the jar it runs from, or its classes folder. */
    static String generator() {
        String g = generator;
        if (g == null) {
            try {
                Path code = Path.of(BakeCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                MessageDigest sha = Sha256.digest();
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(code.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = Files.newInputStream(p)) {
                            sha.update(in.readAllBytes());
                        }
                    }
                }
                g = HexFormat.of().formatHex(sha.digest());
            } catch (Exception e) {
                g = "unknown-" + System.nanoTime(); // never equal: no reuse without knowing the generator
            }
            generator = g;
        }
        return g;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
