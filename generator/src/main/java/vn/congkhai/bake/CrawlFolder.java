package vn.congkhai.bake;

import vn.congkhai.config.EngineSettings;
import vn.congkhai.content.Format;
import vn.congkhai.content.MarkdownHeader;
import vn.congkhai.model.Disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What JBake crawls: a folder the bake writes itself, holding the generator's engine settings and one file per
 * published disclosure with the header JBake files it by (its address, date, type and status). JBake never reads the
 * commune's folders, so a link, a stray file or an engine setting there cannot reach the site through it. The body is
 * left out: the pages are rendered from the validated model with the generator's own Markdown dialect, so JBake's
 * rendering of it was thrown away (and was most of the crawl's time: 14% of a 5,000-page bake's CPU). A Markdown
 * disclosure is crawled as an HTML file: JBake builds a new Markdown parser for every Markdown file, even an empty one.
 */
final class CrawlFolder {

    private CrawlFolder() {
    }

    /** Empties the folder at {@code dir} and gives it the generator's engine settings; returns it. */
    static Path settings(Path dir) {
        SiteSwap.deleteTree(dir);
        try {
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
     * Writes a file for each of {@code published} into the folder at {@code dir} (given its {@link #settings}), each
     * sub-folder made once.
     *
     * @return no address: nothing was filed before
     */
    static List<String> fill(Path dir, List<Disclosure> published) {
        Path content = dir.resolve("content");
        Set<Path> made = new HashSet<>();
        try {
            for (Disclosure d : published) {
                Path file = content.resolve(crawledPath(d));
                if (made.add(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                Files.write(file, text(d).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of();
    }

    /**
     * Brings the folder at {@code dir}, written by {@link #write} for an earlier bake, up to date: writes the files whose
     * text changed, deletes those of documents no longer published, leaves the others untouched.
     *
     * @return the addresses JBake filed the deleted files under
     */
    static List<String> update(Path dir, List<Disclosure> published) {
        if (!Files.isDirectory(dir.resolve("content"))) {
            return fill(dir, published);
        }
        Map<String, String> wanted = new HashMap<>();
        published.forEach(d -> wanted.put(crawledPath(d), text(d)));
        List<String> removed = new ArrayList<>();
        Path content = dir.resolve("content");
        try {
            try (Stream<Path> files = Files.walk(content)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String path = content.relativize(file).toString().replace('\\', '/');
                    if (!wanted.containsKey(path)) {
                        Files.delete(file);
                        removed.add(path.substring(0, path.lastIndexOf('.')) + ".html");
                    }
                }
            }
            for (Map.Entry<String, String> e : wanted.entrySet()) {
                Path file = content.resolve(e.getKey());
                if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** Where the copy of {@code d} goes: its own path, a Markdown file's ending {@code .html}. */
    private static String crawledPath(Disclosure d) {
        String path = d.source().contentPath();
        return d.source().format() == Format.MARKDOWN ? path.substring(0, path.lastIndexOf('.')) + ".html" : path;
    }

    /** The crawled copy: only what JBake needs to file the document. */
    private static String text(Disclosure d) {
        String date = d.date().toString();
        if (d.source().format() == Format.JSON) {
            return "{\"title\": \"\", \"date\": \"" + date + "\", \"type\": \"" + d.type().code()
                    + "\", \"status\": \"published\"}\n";
        }
        return "title=" + d.uri() + "\ndate=" + date + "\ntype=" + d.type().code() + "\nstatus=published\n"
                + MarkdownHeader.SEPARATOR + "\n";
    }
}
