package vn.congkhai.bake;

import vn.congkhai.config.EngineSettings;
import vn.congkhai.content.Format;
import vn.congkhai.content.MarkdownHeader;
import vn.congkhai.content.SourceFiles;
import vn.congkhai.model.Disclosure;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What JBake crawls: a folder the bake writes itself, holding the generator's engine settings and one file per
 * published disclosure with the header JBake files it by: its type and status (its address is its path; JBake dates
 * a document whose header gives no date by its file's time, and nothing reads that date). The copies of one type
 * are thus alike, and are one file linked under each document's address where the file system allows: making
 * thousands of small files took seconds on a busy disk, linking them takes a tenth of that. JBake never reads the
 * commune's folders, so a link, a stray file or an engine setting there cannot reach the site through it. The body is
 * left out: the pages are rendered from the validated model with the generator's own Markdown dialect, so JBake's
 * rendering of it was thrown away (and was most of the crawl's time: 14% of a 5,000-page bake's CPU). A Markdown
 * disclosure is crawled as an HTML file: JBake builds a new Markdown parser for every Markdown file, even an empty one.
 */
final class CrawlFolder {

    private CrawlFolder() {
    }

    /**
     * Gives the folder at {@code dir} the generator's engine settings, and empties it but for the crawled copies of
     * the last bake ({@code content/}, which {@link #sync} brings up to date); returns it.
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

    /** The files JBake files {@code published} by: each crawled path with its text. */
    static Map<String, String> files(List<Disclosure> published) {
        Map<String, String> files = new HashMap<>();
        published.forEach(d -> files.put(crawledPath(d), text(d)));
        return files;
    }

    /**
     * Puts exactly {@code files} (crawled path, text) in the folder at {@code dir} (given its {@link #settings}): the
     * crawl of a store that already holds the other documents needs only the files that changed.
     */
    static void write(Path dir, Map<String, String> files) {
        SiteSwap.deleteTree(dir.resolve("content"));
        sync(dir, files);
    }

    /**
     * Makes the folder at {@code dir} (given its {@link #settings}) hold exactly {@code files} (crawled path, text),
     * for a store that holds nothing yet: the copies the last bake left that are still right are kept, the others
     * written again or deleted. A one-off bake after another writes only what changed: making thousands of small
     * files costs seconds on a busy disk.
     */
    static void sync(Path dir, Map<String, String> files) {
        Path content = dir.resolve("content");
        Set<Path> made = new HashSet<>();
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
                    continue;
                }
                file = content.resolve(e.getKey());
                if (made.add(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                put(file, e.getValue(), holders);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code file} hold {@code text}: a link to the file that already holds it ({@code holders}, by text), or,
     * where the file system cannot link it (FAT; NTFS past 1,023 links), a file of its own that the next ones link to.
     */
    private static void put(Path file, String text, Map<String, Path> holders) throws IOException {
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

    /** The address JBake files a crawled path under. */
    static String address(String crawledPath) {
        return crawledPath.substring(0, crawledPath.lastIndexOf('.')) + ".html";
    }

    /** Where the copy of {@code d} goes: its own path, a Markdown file's ending {@code .html}. */
    private static String crawledPath(Disclosure d) {
        String path = d.source().contentPath();
        return d.source().format() == Format.MARKDOWN ? path.substring(0, path.lastIndexOf('.')) + ".html" : path;
    }

    /** The crawled copy: only what JBake needs to file the document, its type and status. */
    private static String text(Disclosure d) {
        if (d.source().format() == Format.JSON) {
            return "{\"type\": \"" + d.type().code() + "\", \"status\": \"published\"}\n";
        }
        return "type=" + d.type().code() + "\nstatus=published\n" + MarkdownHeader.SEPARATOR + "\n";
    }
}
