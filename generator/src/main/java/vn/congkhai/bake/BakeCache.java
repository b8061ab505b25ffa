package vn.congkhai.bake;

import vn.congkhai.code.CodeVersion;
import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.content.Sources;
import vn.congkhai.print.PdfMaker;
import vn.congkhai.print.Printouts;
import vn.congkhai.problem.Problem;
import vn.congkhai.render.PageMemory;
import vn.congkhai.text.Sha256;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The last bake into a site folder ({@code target/bake-cache/state.json}): its key, the site's listing as it left it,
 * its report and each output's hash ({@link PageMemory}). The same key and an untouched site keep the site and repeat
 * the report. A state that cannot be read is deleted, never trusted.
 */
record BakeCache(Path projectDir, Path siteDir) {

    /** The system properties that change what a bake writes: printouts left out, printouts plain. */
    private static final List<String> OUTPUT_FLAGS = List.of(Printouts.SKIP_PROPERTY, PdfMaker.PLAIN_PROPERTY);

    /** The report of the bake the state describes, to repeat it. */
    record Report(int published, int drafts, int scheduled, int pages, String bakeDate,
                  List<ComplianceWarning> warnings, List<Problem> notices) {
    }

    record State(String key, String siteFiles, Report report, Map<String, String> pages) {
    }

    /**
     * Everything the site depends on: the commune's folder and sources, the bake date, the commit checked out (the
     * history on the pages), the generator with its libraries, and the flags.
     */
    String key(String sourcesDigest, SiteConfig config, Optional<String> head) {
        return Sha256.hex(projectDir + "\n" + sourcesDigest + "\n" + config.bakeDate() + "\n" + head.orElse("-")
                + "\n" + CodeVersion.current() + "\n" + flags() + config.draftsShown());
    }

    /** What every output depends on besides its model: the generator, the commune's templates and settings, flags. */
    private String environment() {
        return Sha256.hex(CodeVersion.current() + "\n" + Sources.digest(projectDir, List.of("templates",
                "jbake.properties")) + "\n" + flags());
    }

    private static String flags() {
        return OUTPUT_FLAGS.stream().map(flag -> flag + "=" + Boolean.getBoolean(flag)).collect(Collectors.joining(" "));
    }

    /** The report of the previous bake, if it was for {@code key}: the site is then left as it is. */
    static Optional<BakeReport> reuse(Optional<State> previous, String key, long started) {
        return previous.filter(state -> state.key().equals(key)).map(State::report).map(r -> new BakeReport(true,
                r.published(), r.drafts(), r.scheduled(), r.pages(), LocalDate.parse(r.bakeDate()),
                (System.nanoTime() - started) / 1_000_000, r.warnings(), r.notices(), true, new TreeSet<>()));
    }

    /** What the last bake's outputs can give this one: those whose hash is unchanged, from its site. */
    PageMemory pages(Optional<State> previous, boolean inPlace) {
        return new PageMemory(environment(), previous.map(State::pages).orElse(Map.of()), siteDir, inPlace);
    }

    /** Records a bake that wrote the site for {@code key}, with its outputs' hashes; returns the site it left. */
    SiteListing save(String key, BakeReport r, Map<String, String> pages) {
        SiteListing listing = SiteListing.of(siteDir);
        BesideTheSite.write(file(), new State(key, listing.digest(), new Report(r.published(), r.drafts(),
                r.scheduled(), r.pages(), r.bakeDate().toString(), r.warnings(), r.notices()), pages));
        return listing;
    }

    /** The state, if it can be read whole; otherwise it is deleted. */
    Optional<State> read() {
        Optional<State> state = BesideTheSite.read(file(), State.class).filter(s -> s.key() != null
                && s.siteFiles() != null && s.report() != null && s.pages() != null);
        if (state.isEmpty()) {
            forget();
        }
        return state;
    }

    /** Drops the last bake's state: the next bake makes its site afresh. */
    void forget() {
        SiteSwap.deleteTree(file());
    }

    private Path file() {
        return Bakery.bakeCacheFor(siteDir).resolve("state.json");
    }
}
