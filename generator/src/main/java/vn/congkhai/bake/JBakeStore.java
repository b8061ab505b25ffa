package vn.congkhai.bake;

import com.orientechnologies.orient.core.Orient;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import vn.congkhai.config.EngineSettings;
import vn.congkhai.content.Format;
import vn.congkhai.content.MarkdownHeader;
import vn.congkhai.content.SourceFiles;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * JBake's content store, crawled from a folder the bake writes itself: the generator's engine settings and, per
 * published disclosure, a stub with the header JBake files it by (type, status). JBake never reads the commune's
 * folders, so nothing there reaches the site through it; the pages are rendered from the validated model. A store kept
 * between bakes (the preview's) is given only the stubs that changed, and what is no longer published is deleted.
 * Each store has a name of its own, so that two bakeries of one process never share one.
 */
final class JBakeStore implements AutoCloseable {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Path folder;
    private final ContentStore db;
    private final Crawler crawler;
    /** What the store holds: each crawled path with the text it was filed from. */
    private Map<String, String> filed = Map.of();

    /** An empty store crawling from {@code folder}; its database takes a while to start. */
    JBakeStore(Path folder, Path output) {
        leaveStoppingToTheJvm();
        this.folder = settings(folder);
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                folder.toFile(), output.toFile(), true);
        config.setDatabaseStore("memory");
        config.setDatabasePath("cong-khai-" + NAMES.incrementAndGet());
        this.db = new ContentStore(config.getDatabaseStore(), config.getDatabasePath());
        db.startup();
        registerDocumentTypes();
        db.updateSchema();
        this.crawler = new Crawler(db, config);
    }

    /** Crawls {@code published} into the store, which must then hold exactly them. */
    void crawl(List<Disclosure> published) {
        Map<String, String> wanted = new HashMap<>();
        published.forEach(d -> wanted.put(crawledPath(d), stub(d)));
        Map<String, String> changed = new HashMap<>(wanted);
        changed.entrySet().removeIf(e -> e.getValue().equals(filed.get(e.getKey())));
        List<String> removed = filed.keySet().stream().filter(path -> !wanted.containsKey(path)).sorted()
                .map(path -> path.substring(0, path.lastIndexOf('.')) + ".html").toList();
        sync(folder, filed.isEmpty() ? wanted : changed);
        filed = Map.of(); // in doubt until the crawl is done and checked
        registerDocumentTypes(); // JBake's registries are static: another bake may have changed them
        removed.forEach(db::deleteContent);
        crawler.crawl();
        long count = 0;
        for (DisclosureType type : DisclosureType.values()) {
            count += db.getDocumentCount(type.code());
        }
        if (count != published.size()) {
            throw new IllegalStateException("JBake crawled " + count + " of " + published.size() + " documents");
        }
        filed = wanted;
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            db.drop();
        } finally {
            db.close();
        }
    }

    /**
     * Gives the folder at {@code dir} the engine settings and empties it but for the last bake's stubs
     * ({@code content/}, which {@link #sync} brings up to date); returns it.
     */
    static Path settings(Path dir) {
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                SiteSwap.deleteTree(dir);
            }
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path entry : entries.toList()) {
                    if (!entry.getFileName().toString().equals("content")
                            || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        SiteSwap.deleteTree(entry);
                    }
                }
            }
            Files.createDirectories(dir.resolve("templates"));
            try (OutputStream out = Files.newOutputStream(dir.resolve("jbake.properties"))) {
                EngineSettings.engine().store(out, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /**
     * Makes {@code dir}'s {@code content/} hold exactly {@code files} (crawled path, text), writing only what differs:
     * thousands of small files cost seconds on a busy disk. Stubs alike are one file, hard-linked where possible.
     */
    static void sync(Path dir, Map<String, String> files) {
        Path content = dir.resolve("content");
        try {
            Files.createDirectories(content);
            Map<String, Path> present = new HashMap<>();
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String path = SourceFiles.slashes(content.relativize(file));
                    if (attrs.isRegularFile() && files.containsKey(path)) {
                        present.put(path, file);
                    } else {
                        Files.delete(file); // no longer published, or not a file this class wrote
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            Map<String, Path> holders = new HashMap<>();
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                Path file = present.get(e.getKey());
                if (file != null && Arrays.equals(Files.readAllBytes(file), e.getValue().getBytes(UTF_8))) {
                    holders.putIfAbsent(e.getValue(), file);
                } else {
                    put(content.resolve(e.getKey()), e.getValue(), holders);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A link to the file that holds {@code text} already or, where the file system cannot link, a file of its own. */
    private static void put(Path file, String text, Map<String, Path> holders) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file); // never written through: it may be a link the last bake made
        Path holder = holders.get(text);
        if (holder != null) {
            try {
                Files.createLink(file, holder);
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // written below, and linked to from now on
            }
        }
        Files.write(file, text.getBytes(UTF_8));
        holders.put(text, file);
    }

    /** A Markdown disclosure is crawled as HTML: JBake would build a Markdown parser for each file. */
    private static String crawledPath(Disclosure d) {
        String path = d.source().contentPath();
        return d.source().format() == Format.MARKDOWN ? path.substring(0, path.lastIndexOf('.')) + ".html" : path;
    }

    private static String stub(Disclosure d) {
        if (d.source().format() == Format.JSON) {
            return "{\"type\": \"" + d.type().code() + "\", \"status\": \"published\"}\n";
        }
        return "type=" + d.type().code() + "\nstatus=published\n" + MarkdownHeader.SEPARATOR + "\n";
    }

    /**
     * OrientDB answers Ctrl+C and SIGTERM itself, exiting with status 1 (read as content mistakes), and its shutdown
     * hook waits on a crawl's locks; its stores here are in memory, so the JVM's own handling ({@link Main}) is undone
     * from it, before the store is made.
     */
    private static void leaveStoppingToTheJvm() {
        Orient orient = Orient.instance();
        orient.removeSignalHandler();
        try {
            orient.removeShutdownHook();
        } catch (IllegalStateException e) {
            // the JVM is stopping already
        }
    }

    private static void registerDocumentTypes() {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (DisclosureType type : DisclosureType.values()) {
            DocumentTypes.addDocumentType(type.code());
        }
    }
}
