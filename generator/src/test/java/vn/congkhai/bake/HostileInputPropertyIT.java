package vn.congkhai.bake;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.LinkedData;
import vn.congkhai.problem.ContentProblemsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded property test: hostile text (markup, event handlers, link schemes in every spelling, formula cells,
 * control and bidi characters, random Unicode) is fed through every field an officer writes. Each bake either
 * fails with officer messages and leaves the previous site byte for byte, or publishes a site in which nothing is
 * executable: no script but the site's own (and JSON-LD, data that is whole JSON), no event handler, no unsafe address on any page or in the feed, no
 * formula in any CSV cell, no JavaScript or launch action in any PDF.
 */
class HostileInputPropertyIT {

    private static final int SEEDS = 12;
    private static final String[] HOSTILE = {
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "<iframe src=javascript:alert(1)>", "</title><script>alert(1)</script>", "{{ site }}", "{% raw %}",
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)",
            "&#x6A;avascript:alert(1)", "<a href=\"javascript:alert(1)\">x</a>", "\u202Egnp.exe", "\u0007\u001B[31m",
            "\u200B\uFEFF", "Hộ cận nghèo", "Đồng Mạc", "𝒳𝓎", "'; DROP TABLE x; --", "<style>*{}</style>",
            "<object data=x>", "<base href=//evil>", "<meta http-equiv=refresh content=0;url=//evil>"};
    private static final String[] LINKS = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "file:///etc/passwd", "https://example.vn",
            "mailto:a@b.vn", "tel:0208", "../trang/lien-he.html", "//evil.example/x"};
    private static final Pattern UNSAFE_URL = Pattern.compile("(?i)^(?!https?:|mailto:|tel:)[a-z][a-z0-9+.-]*:.*");

    @TempDir
    Path tmp;

    @Test
    void nothingExecutableReachesAnyOutputWhateverTheInput() throws Exception {
        int baked = 0;
        int refused = 0;
        FixtureSite good = FixtureSite.of("basic", Files.createDirectories(tmp.resolve("good")));
        good.bake();
        for (int seed = 1; seed <= SEEDS; seed++) {
            // Odd seeds keep to what validation accepts (markup as text, safe links), so that they bake and their
            // output can be checked; even seeds mix in everything.
            Random random = new Random(seed);
            boolean valid = seed % 2 == 1;
            FixtureSite site = good.copyTo(Files.createDirectories(tmp.resolve("s" + seed)));
            Map<String, String> before = site.siteHashes();
            site.write("content/thong-bao/thu.md", markdown(random, valid));
            site.write("content/bang/thu.json", json(random, valid));
            try {
                site.bake();
                baked++;
                assertNothingExecutable(site.site());
            } catch (ContentProblemsException e) {
                refused++;
                assertThat(e.problems().report()).startsWith("Nội dung có ");
                assertThat(site.siteHashes()).isEqualTo(before);
            }
        }
        System.out.println("Hostile inputs: " + baked + " baked, " + refused + " refused");
        assertThat(baked).as("some hostile inputs are valid content and must bake safely").isPositive();
        assertThat(refused).as("some hostile inputs must be refused").isPositive();
    }

    private static String markdown(Random r, boolean valid) {
        String title = "Thông báo " + pick(r, HOSTILE, valid);
        return "title=" + title.replace("\n", " ") + "\ndate=2024-06-01\ntype=thong-bao\nso_hieu="
                + pick(r, HOSTILE, valid) + "\nmuc_cong_khai=14\nco_quan=" + pick(r, HOSTILE, valid) + "\n~~~~~~\n"
                + pick(r, HOSTILE, valid) + " " + randomText(r, valid) + "\n\n[liên kết](<" + link(r, valid)
                + ">) và <" + link(r, valid) + ">\n\n" + "> " + pick(r, HOSTILE, valid) + "\n\n| a | b |\n|---|---|\n| "
                + pick(r, HOSTILE, valid) + " | " + randomText(r, valid) + " |\n";
    }

    private static String json(Random r, boolean valid) {
        return "{\"title\": " + quote("Bảng " + pick(r, HOSTILE, valid)) + ", \"date\": \"2024-06-01\", "
                + "\"type\": \"bang\", \"muc_cong_khai\": 5, \"cot\": [{\"ma\": \"xom\", \"ten\": "
                + quote(pick(r, HOSTILE, valid)) + ", \"kieu\": \"text\"}, {\"ma\": \"ghi_chu\", \"ten\": \"Ghi chú\", "
                + "\"kieu\": \"text\"}], \"dong\": [{\"xom\": " + quote(pick(r, HOSTILE, valid)) + ", \"ghi_chu\": "
                + quote(pick(r, HOSTILE, valid) + randomText(r, valid)) + "}, {\"xom\": " + quote(pick(r, HOSTILE, valid))
                + ", \"ghi_chu\": " + quote(link(r, false)) + "}]}";
    }

    /**
     * Random code points from the whole of Unicode, controls included (as JSON escapes allow); for {@code valid},
     * only characters that are not controls or formatting marks.
     */
    private static String randomText(Random r, boolean valid) {
        StringBuilder s = new StringBuilder();
        while (s.length() < 12) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x40) : r.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != '\n' && cp != '\r'
                    && (!valid || visible(cp))) {
                s.appendCodePoint(cp);
            }
        }
        return s.toString();
    }

    private static boolean visible(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.MATH_SYMBOL || type == Character.OTHER_PUNCTUATION
                || type == Character.OTHER_SYMBOL;
    }

    private static String pick(Random r, String[] values, boolean valid) {
        String value;
        do {
            value = values[r.nextInt(values.length)];
        } while (valid && !value.codePoints().allMatch(c -> c >= 0x20 && visible(c) || " <>\"'=/;:()|!.&#{}%*-@+_,".indexOf(c) >= 0));
        return value;
    }

    private static String link(Random r, boolean valid) {
        String value;
        do {
            value = LINKS[r.nextInt(LINKS.length)];
        } while (valid && !value.matches("https://.*|mailto:.*|tel:.*|\\.\\./.*"));
        return value;
    }

    private static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    private static void assertNothingExecutable(Path site) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                assertSafeHtml(file, Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)));
            } else if (name.endsWith(".xml")) {
                assertSafeHtml(file, Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser()));
            } else if (name.endsWith(".csv")) {
                for (String cell : cells(Files.readString(file, StandardCharsets.UTF_8))) {
                    assertThat(cell).as(file + " cell").doesNotMatch("(?s)^[=+\\-@\t\r].*");
                }
            } else if (name.endsWith(".pdf")) {
                assertSafePdf(file);
            }
        }
    }

    private static void assertSafeHtml(Path file, Document doc) {
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && LinkedData.isJsonLd(e)) {
                // data no browser runs: it must be JSON whole, with no "</" that could end the block early
                assertThat(e.attr("src")).as(file + ": JSON-LD from elsewhere").isEmpty();
                assertThat(e.data()).as(file + ": JSON-LD").doesNotContain("</").doesNotContain("<!--");
                LinkedData.parse(e.data());
            } else if (tag.equals("script")) {
                assertThat(e.attr("src")).as(file + ": script").endsWith("js/tim-kiem.js");
                assertThat(e.data()).as(file + ": inline script").isBlank();
            }
            assertThat(tag).as(file + ": element").isNotIn("iframe", "object", "embed", "base", "frame", "svg");
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as(file + ": attribute of <" + tag + ">").doesNotStartWith("on");
                if (key.equals("href") || key.equals("src") || key.endsWith(":href") || key.equals("action")) {
                    String url = Parser.unescapeEntities(a.getValue(), true).replaceAll("[\\x00-\\x20\\x7F]", "");
                    assertThat(url).as(file + ": " + key).doesNotMatch(UNSAFE_URL);
                }
                if (tag.equals("meta")) {
                    assertThat(e.attr("http-equiv")).as(file + ": meta").isNotEqualToIgnoringCase("refresh");
                }
            }
        }
    }

    private static List<String> cells(String csv) {
        List<String> cells = new ArrayList<>();
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY);
        try (var it = mapper.readerFor(String[].class).<String[]>readValues(csv.replace("\uFEFF", ""))) {
            it.forEachRemaining(row -> cells.addAll(List.of(row)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cells;
    }

    private static void assertSafePdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getDocumentCatalog().getOpenAction()).as(file + ": open action").isNull();
            assertThat(pdf.getDocumentCatalog().getNames() == null
                    || pdf.getDocumentCatalog().getNames().getJavaScript() == null).as(file + ": JavaScript").isTrue();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action != null) {
                            assertThat(action).as(file + ": link action").isInstanceOf(PDActionURI.class);
                            assertThat(((PDActionURI) action).getURI()).as(file + ": link").doesNotMatch(UNSAFE_URL);
                        }
                    }
                }
            }
        }
    }
}
