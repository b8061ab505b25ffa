package vn.congkhai.bake;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.congkhai.code.CodeVersion;
import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.history.GitHistory;
import vn.congkhai.print.PdfMaker;
import vn.congkhai.print.Printouts;
import vn.congkhai.problem.Problem;
import vn.congkhai.content.Sources;
import vn.congkhai.render.ModelFingerprint;
import vn.congkhai.render.PageMemory;
import vn.congkhai.text.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * What the last bake into a site folder was made from ({@code target/bake-cache/state.json}): when nothing it
 * depends on changed (the sources byte for byte, the bake date, the git commit whose history the pages show, the
 * generator's own code and theme, the flags that change the output) and the site folder is as that bake left it, the
 * bake keeps the site as it is and reports what it reported then. A cache that cannot be read, whose seal does not
 * match its content, or that was written for another folder or by another generator is discarded, never trusted.
 */
final class BakeCache {

    /** Bumped whenever what the state records, or how, changes. */
    static final int FORMAT = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The report of the bake the state describes, to repeat it. */
    record Report(int published, int drafts, int scheduled, int pages, String bakeDate,
                  List<ComplianceWarning> warnings, List<Problem> notices) {
    }

    /** The state, sealed with the SHA-256 of the rest; {@code pages} the fingerprint of each page ({@link PageMemory}). */
    record State(int format, String project, String generator, String key, String siteFiles, Report report,
                 Map<String, String> pages, String seal) {

        String computeSeal() {
            return Sha256.hex(format + "\n" + project + "\n" + generator + "\n" + key + "\n" + siteFiles + "\n"
                    + write(report) + "\n" + write(pages == null ? null : new TreeMap<>(pages)));
        }
    }

    private final Path file;
    private final Path projectDir;
    private final Path siteDir;
    private SiteListing listing;

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
     * out ({@code head}, for the history on the pages: {@link GitHistory#head}), and the flags that change what is
     * written.
     */
    static String key(String sourcesDigest, SiteConfig config, Optional<String> head) {
        LocalDate bakeDate = config.bakeDate();
        return Sha256.hex(sourcesDigest + "\n" + bakeDate + "\n" + head.orElse("-") + "\n" + outputFlags()
                + config.draftsShown());
    }

    /** Drops the last bake's state: the next bake makes its site afresh. */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a last bake's state is kept, whatever it holds. */
    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The last bake's state, if it is whole, of this generator and commune, and the site is as that bake left it. */
    Optional<State> previous() {
        Optional<State> state = read();
        if (state.isEmpty()) {
            return state;
        }
        listing = SiteListing.of(siteDir);
        return state.filter(s -> s.siteFiles().equals(listing.digest()));
    }

    /** The site folder as this cache last looked at it (checking or saving a state); null before. */
    SiteListing listing() {
        return listing;
    }

    /** The report of the previous bake, if it can be reused for {@code key}: the site is then left as it is. */
    static Optional<BakeReport> reuse(Optional<State> previous, String key, long started) {
        if (previous.isEmpty() || !previous.get().key().equals(key)) {
            return Optional.empty();
        }
        Report r = previous.get().report();
        return Optional.of(new BakeReport(true, r.published(), r.drafts(), r.scheduled(), r.pages(),
                LocalDate.parse(r.bakeDate()), (System.nanoTime() - started) / 1_000_000, r.warnings(), r.notices(),
                true, new java.util.TreeSet<>()));
    }

    /** What the last bake's outputs can give this one: those whose hash is unchanged, from its site. */
    PageMemory pages(Optional<State> previous) {
        String environment = pageEnvironment(projectDir);
        return previous.filter(state -> state.pages() != null)
                .map(state -> new PageMemory(state.pages(), siteDir, environment, new ModelFingerprint()))
                .orElseGet(() -> PageMemory.fresh(environment, new ModelFingerprint()));
    }

    /**
     * What every page depends on besides its model: the generator with its theme, the commune's templates and
     * settings, and the flags that change the output.
     */
    static String pageEnvironment(Path projectDir) {
        return Sha256.hex(generator() + "\n" + Sources.digest(projectDir, List.of("templates", "jbake.properties"))
                + "\n" + outputFlags());
    }

    /**
     * The system properties that change what a bake writes, each read here only: printouts left out, printouts plain
     * (not archival). The bake date ({@code congkhai.ngay}) is in the key through the settings.
     */
    static final List<String> OUTPUT_FLAGS = List.of(Printouts.SKIP_PROPERTY, PdfMaker.PLAIN_PROPERTY);

    private static String outputFlags() {
        return OUTPUT_FLAGS.stream().map(flag -> flag + "=" + Boolean.getBoolean(flag))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** Records a bake that wrote the site for {@code key}, with its pages' fingerprints. */
    void save(String key, BakeReport report, Map<String, String> pages) {
        Report r = new Report(report.published(), report.drafts(), report.scheduled(), report.pages(),
                report.bakeDate().toString(), report.warnings(), report.notices());
        listing = SiteListing.of(siteDir);
        State unsealed = new State(FORMAT, projectDir.toString(), generator(), key, listing.digest(), r, pages, null);
        State state = new State(unsealed.format(), unsealed.project(), unsealed.generator(), unsealed.key(),
                unsealed.siteFiles(), r, pages, unsealed.computeSeal());
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

    /** The generator's own code and theme, and the libraries it runs with ({@link CodeVersion}). */
    static String generator() {
        return CodeVersion.current();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
