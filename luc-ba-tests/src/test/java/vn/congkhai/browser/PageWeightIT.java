package vn.congkhai.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congkhai.testing.FixtureSite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages arrive in the first round trip on a slow rural connection: HTML plus render-blocking CSS, gzipped, at most
 * 14 KiB; no blocking scripts; nothing fetched from another site.
 */
class PageWeightIT {

    static final int BUDGET = 14 * 1024;
    /** {@code <link rel>} values that make the browser fetch something (canonical, alternate, … do not). */
    static final Set<String> FETCHING_RELS = Set.of("stylesheet", "icon", "shortcut", "apple-touch-icon", "mask-icon",
            "preload", "prefetch", "modulepreload", "manifest", "preconnect", "dns-prefetch", "prerender");
    static final Pattern REMOTE = Pattern.compile("^\\s*(?i:https?:)?//.*");

    static FixtureSite project;

    @BeforeAll
    static void bake() throws Exception {
        project = FixtureSite.bakedProject();
    }

    record Weight(PageType page, int html, int css, List<String> stylesheets) {
        int total() {
            return html + css;
        }
    }

    @Test
    void pagesFitTheFirstRoundTrip() {
        Path site = project.site();
        List<Weight> weights = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PageType page : PageType.all(site)) {
            Path file = site.resolve(page.path());
            if (!Files.isRegularFile(file)) {
                missing.add(page.path());
                continue;
            }
            Document doc = parse(site, file);
            int css = 0;
            List<String> sheets = new ArrayList<>();
            for (Element link : doc.select("link[rel~=(?i)^stylesheet$]")) {
                String media = link.attr("media").trim().toLowerCase(Locale.ROOT);
                if (media.contains("print") && !media.contains("screen") && !media.contains("all")) {
                    continue;
                }
                Path sheet = local(site, link.absUrl("href"));
                sheets.add(site.relativize(sheet).toString());
                css += gzipped(sheet);
            }
            weights.add(new Weight(page, gzipped(file), css, sheets));
        }

        System.out.println("Page weight (gzip, default level): HTML + stylesheets for screen; budget "
                + BUDGET + " bytes");
        System.out.printf("%-30s %-48s %8s %8s %8s  %s%n", "page type", "path", "HTML gz", "CSS gz", "total", "");
        List<String> over = new ArrayList<>();
        for (Weight w : weights) {
            String verdict = w.total() <= BUDGET ? "ok" : w.page().budgeted() ? "OVER BUDGET" : "over (report only)";
            if (!w.page().budgeted() && w.total() <= BUDGET) {
                verdict = "ok (report only)";
            }
            System.out.printf("%-30s %-48s %8d %8d %8d  %s  %s%n", w.page().name(), w.page().path(), w.html(), w.css(),
                    w.total(), verdict, w.stylesheets());
            if (w.page().budgeted() && w.total() > BUDGET) {
                over.add(String.format("%s (%s): %d + %d = %d bytes gz > %d", w.page().name(), w.page().path(),
                        w.html(), w.css(), w.total(), BUDGET));
            }
        }
        assertThat(missing).as("pages the weight budget names that the bake did not write").isEmpty();
        assertThat(over).as("pages over the 14 KiB budget").isEmpty();
    }

    @Test
    void noPageBlocksRenderingWithAScriptOrLoadsAnythingFromAnotherSite() {
        Path site = project.site();
        List<String> problems = new ArrayList<>();
        List<Path> pages = htmlPages(site);
        assertThat(pages).isNotEmpty();
        for (Path file : pages) {
            String path = site.relativize(file).toString();
            Document doc = parse(site, file);
            for (Element script : doc.head().select("script")) {
                // type=module is deferred by default; JSON-LD and other data blocks never run
                boolean classic = script.attr("type").isBlank()
                        || script.attr("type").toLowerCase(Locale.ROOT).matches("(text|application)/(java|ecma)script");
                if (classic && !script.hasAttr("defer") && !script.hasAttr("async")) {
                    problems.add(path + ": <script" + (script.hasAttr("src") ? " src=\"" + script.attr("src") + "\"" : "")
                            + "> in <head> without defer or async");
                }
            }
            for (Element e : doc.select("script[src], img[src], link[href], img[srcset]")) {
                if (e.tagName().equals("link")) {
                    boolean fetches = Stream.of(e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                            .anyMatch(FETCHING_RELS::contains);
                    if (!fetches) {
                        continue;
                    }
                }
                for (String attr : List.of("src", "href", "srcset")) {
                    String value = e.attr(attr);
                    if (!value.isEmpty() && (REMOTE.matcher(value).matches()
                            || (attr.equals("srcset") && value.matches("(?s).*(https?:)?//.*")))) {
                        problems.add(path + ": <" + e.tagName() + " " + attr + "=\"" + value + "\"> loads from another site");
                    }
                }
            }
        }
        assertThat(problems).as("blocking scripts and remote resources in %d pages", pages.size()).isEmpty();
    }

    static List<Path> htmlPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path site, Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "http://site.invalid/" + site.relativize(file).toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of the site a same-site absolute URL (as resolved against http://site.invalid/) points to. */
    static Path local(Path site, String url) {
        URI uri = URI.create(url);
        assertThat(uri.getHost()).as("stylesheet %s is on the site", url).isEqualTo("site.invalid");
        Path file = site.resolve(uri.getPath().substring(1));
        assertThat(file).as("stylesheet %s", url).isRegularFile();
        return file;
    }

    static int gzipped(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
