package vn.congkhai.testing;

import vn.congkhai.bake.BakeReport;
import vn.congkhai.bake.Bakery;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A throw-away commune folder for a test: a fixture's {@code jbake.properties} and {@code content/} (and any
 * {@code templates/} or {@code assets/} overrides) from {@code src/test/resources/sites/<name>}, with the generator's
 * default theme, baked by the real pipeline into its own {@code target/site}.
 */
public final class FixtureSite {

    /** The module the tests run in: their work folders are under its {@code target/}. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    /**
     * The example commune's folder (Lục Ba) for the tests that read real content ({@code luc-ba-tests}): system
     * property {@code congkhai.example}. The generator's own tests never use it.
     */
    public static final String EXAMPLE_PROPERTY = "congkhai.example";

    private final Path dir;

    private FixtureSite(Path dir) {
        this.dir = dir;
    }

    /** Copies fixture {@code name} into {@code parent}. */
    public static FixtureSite of(String name, Path parent) {
        Path source = resource("sites/" + name);
        Path dir = parent.resolve(name);
        copyTree(source, dir);
        return new FixtureSite(dir);
    }

    /**
     * A site written whole in the test ({@link InlineFiles}: each file after a line {@code -- path --}), in
     * {@code parent/site}. Without a {@code jbake.properties} of its own it is the commune of the {@code types}
     * fixture (Phú Thịnh, bake date 2024-07-20), so that a test shows only the content it is about.
     */
    public static FixtureSite inline(Path parent, String files) {
        FixtureSite site = new FixtureSite(parent.resolve("site"));
        Map<String, String> written = InlineFiles.parse(files);
        if (!written.containsKey("jbake.properties")) {
            try {
                site.write("jbake.properties", Files.readString(resource("sites/types/jbake.properties")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site.with(files);
    }

    /** Writes (or replaces) the files written in {@code files} as {@link #inline} reads them; returns this site. */
    public FixtureSite with(String files) {
        InlineFiles.parse(files).forEach(this::write);
        return this;
    }

    /** The example commune's folder ({@value #EXAMPLE_PROPERTY}), which the tests of the generator never read. */
    public static Path example() {
        String folder = System.getProperty(EXAMPLE_PROPERTY);
        if (folder == null) {
            throw new IllegalStateException("No example commune: set -D" + EXAMPLE_PROPERTY + "=<its folder>");
        }
        return Path.of(folder).toAbsolutePath().normalize();
    }

    /** The example commune's folder, copied: its real content, jbake.properties and overrides. */
    public static FixtureSite ofProject(Path parent) {
        Path dir = parent.resolve("project");
        Path example = example();
        for (String part : new String[]{"content", "templates", "assets"}) {
            if (Files.isDirectory(example.resolve(part))) {
                copyTree(example.resolve(part), dir.resolve(part));
            }
        }
        try {
            Files.copy(example.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureSite(dir);
    }

    /**
     * Which of the test JVMs that Maven runs side by side this is ({@code surefire.forkNumber}, see the pom), so that
     * each writes its own folders under {@code target/}; {@code fork-0} outside Maven.
     */
    private static final String FORK = System.getProperty("congkhai.test.fork", "fork-0");

    private static FixtureSite bakedProject;

    /**
     * The example commune, copied and baked once per test JVM and shared by every test that only reads it
     * (under {@code target/test-baked-project/fork-N}); a test that changes files uses {@link #ofProject} instead.
     */
    public static synchronized FixtureSite bakedProject() {
        if (bakedProject == null) {
            Path parent = PROJECT.resolve("target/test-baked-project").resolve(FORK);
            vn.congkhai.bake.SiteSwap.deleteTree(parent);
            FixtureSite site = ofProject(parent);
            try {
                site.bake();
            } catch (ContentProblemsException e) {
                throw new AssertionError(e.problems().report(), e);
            }
            bakedProject = site;
        }
        return bakedProject;
    }

    /** A copy of this fixture in {@code parent}, its baked site included: as if a fresh copy had been baked. */
    public FixtureSite copyTo(Path parent) {
        Path copy = parent.resolve(dir.getFileName().toString());
        copyTree(dir, copy);
        return new FixtureSite(copy);
    }

    /** Deletes every folder of {@code content/} but {@code folders}: a smaller bake of the same site. */
    public void keepOnlyContent(String... folders) throws java.io.IOException {
        java.util.List<String> kept = java.util.List.of(folders);
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.list(dir().resolve("content"))) {
            for (Path folder : all.toList()) {
                if (!kept.contains(folder.getFileName().toString())) {
                    vn.congkhai.bake.SiteSwap.deleteTree(folder);
                }
            }
        }
    }

    public Path dir() {
        return dir;
    }

    public Path site() {
        return dir.resolve("target/site");
    }

    /**
     * One printout cache for every fixture bake of a test JVM: a PDF is laid out once, whichever test needs it. Per
     * fork ({@code target/test-pdf-cache/fork-N}, emptied at first use), as another JVM may be writing its own.
     * A bake drops the cache entries it did not use, so fixtures would evict one another's PDFs from a folder they
     * shared: each bake gets a folder of its own instead, holding links to every PDF of the pool, and the PDFs it
     * laid out are added to the pool after it. The cache is keyed by each PDF's input, and a PDF made again is the
     * same byte for byte ({@code BakeryIT}, which bakes with a cold cache of its own).
     */
    private static Path pdfPool;

    public BakeReport bake() throws ContentProblemsException {
        Path cache = lendPdfCache();
        try {
            return new Bakery(dir, site(), cache).bake();
        } finally {
            returnPdfCache(cache);
        }
    }

    private static synchronized Path lendPdfCache() {
        try {
            if (pdfPool == null) {
                Path pool = PROJECT.resolve("target/test-pdf-cache").resolve(FORK);
                vn.congkhai.bake.SiteSwap.deleteTree(pool);
                pdfPool = Files.createDirectories(pool.resolve("pool"));
            }
            Path cache = Files.createTempDirectory(pdfPool.getParent(), "bake-");
            for (Path pdf : pdfs(pdfPool)) {
                Files.createLink(cache.resolve(pdf.getFileName()), pdf);
            }
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void returnPdfCache(Path cache) {
        try {
            for (Path pdf : pdfs(cache)) {
                Path pooled = pdfPool.resolve(pdf.getFileName());
                if (!Files.exists(pooled)) {
                    Files.createLink(pooled, pdf);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            vn.congkhai.bake.SiteSwap.deleteTree(cache);
        }
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).toList();
        }
    }

    /** Bakes with a printout cache of this fixture's own (next to its site), to prove what a cold cache makes. */
    public BakeReport bakeWithOwnPdfCache() throws ContentProblemsException {
        return new Bakery(dir, site()).bake();
    }

    public String page(String uri) {
        try {
            return Files.readString(site().resolve(uri), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or replaces) a file of the fixture, e.g. {@code content/thong-bao/x.md}. */
    public Path write(String relative, String text) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Writes line {@code number} (from 1) of a file of the site anew, its indentation kept: one mistake put in a good
     * file, where the message about it will point.
     */
    public FixtureSite withLine(String relative, int number, String text) {
        List<String> lines;
        try {
            lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve(relative), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (number < 1 || number > lines.size()) {
            throw new IllegalArgumentException(relative + " has no line " + number);
        }
        String line = lines.get(number - 1);
        lines.set(number - 1, line.substring(0, line.length() - line.stripLeading().length()) + text.strip());
        write(relative, String.join("\n", lines) + "\n");
        return this;
    }

    /** Replaces {@code from} with {@code to} in a file of the fixture, which must contain it. */
    public Path replace(String relative, String from, String to) {
        String text;
        try {
            text = Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.contains(from)) {
            throw new IllegalArgumentException("fixture " + relative + " does not contain " + from);
        }
        return write(relative, text.replace(from, to));
    }

    /**
     * Checks content that must not bake, as {@code kiem-tra} does (read, validate, compliance; nothing written, no
     * page or printout made): every problem as an officer reads it, {@code path:line: field: message}. A bake reports
     * the same ({@code CheckerIT}); {@link #bakeProblems} is for what only writing the site can find.
     */
    public List<String> problems() {
        try {
            new Bakery(dir, site()).check();
        } catch (ContentProblemsException e) {
            return formatted(e);
        }
        throw new AssertionError("the check passed, problems were expected");
    }

    /** Bakes content that must not bake: every problem as an officer reads it, {@code path:line: field: message}. */
    public List<String> bakeProblems() {
        try {
            bake();
        } catch (ContentProblemsException e) {
            return formatted(e);
        }
        throw new AssertionError("the bake succeeded, problems were expected");
    }

    private static List<String> formatted(ContentProblemsException e) {
        return e.problems().list().stream().map(Problem::format).toList();
    }

    /** Every file of the baked site with the SHA-256 of its bytes, by path: equal maps mean identical trees. */
    public Map<String, String> siteHashes() {
        return hashes(site());
    }

    public static Map<String, String> hashes(Path root) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                hashes.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes;
    }

    /**
     * Starts the bake of this site as {@code mvn package} does, in a JVM of its own with the flags of every bake
     * ({@code bake.jvm.args}, passed by Maven as {@code congkhai.bake.jvm.args}) and {@code moreFlags} after them,
     * its output to files (no pipe to fill while the test waits).
     */
    public Process startBake(Path out, Path err, String... moreFlags) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Stream.of(System.getProperty("congkhai.bake.jvm.args", "").split("\\s+")).filter(a -> !a.isEmpty())
                .forEach(command::add);
        command.addAll(List.of(moreFlags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.congkhai.bake.Main", dir.toString(),
                site().toString()));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /**
     * Waits (at most two minutes) until the bake of this site that {@code bake} runs (or started) writes pages into
     * its staging folder: it is then half-way, its site not yet replaced.
     */
    public void awaitStagedPage(Process bake) throws InterruptedException {
        Path staging = site().resolveSibling(site().getFileName() + ".staging");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && bake.isAlive()) {
            if (Files.isDirectory(staging)) {
                try (Stream<Path> files = Files.walk(staging)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".html"))) {
                        return;
                    }
                } catch (IOException | UncheckedIOException e) {
                    // a folder made or removed as it was walked: look again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the bake wrote no page within 2 minutes (alive: " + bake.isAlive() + ")");
    }

    /** A test resource as a path: on disk, or inside the generator's test-jar when another module's tests use it. */
    public static Path resource(String name) {
        java.net.URL url = FixtureSite.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + name);
        }
        return vn.congkhai.theme.Theme.pathOf(url);
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
