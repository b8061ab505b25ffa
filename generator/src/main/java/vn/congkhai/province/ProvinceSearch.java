package vn.congkhai.province;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import vn.congkhai.compliance.ComplianceData;
import vn.congkhai.text.VietnameseText;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One search across the communes, in pieces so that a phone fetches only what a query needs. The communes' own
 * indexes ({@code search.SearchIndex}: each page's words as written) are turned around: for each word, the pages that
 * have it, in a file per the first two letters of the word without diacritics ({@code tim-kiem/tu-du.json} holds
 * "đường", "dương" and "duong"); the pages themselves, newest first, in files of {@value #CHUNK}
 * ({@code tim-kiem/trang-0.json}). A query reads the word file of each word typed, then only the page files of the
 * pages it shows. The script matches without diacritics and ranks the tones as typed first, as a commune's does.
 */
public final class ProvinceSearch {

    /** Pages per page file: a result list of 20 reads at most 20 small files, most often one or two. */
    static final int CHUNK = 100;
    static final String FOLDER = "tim-kiem/";
    static final String COMMUNES = FOLDER + "xa.json";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final JsonFactory JSON = new JsonFactory();

    private ProvinceSearch() {
    }

    /** A page of a commune, with where it is. */
    private record Page(int commune, int order, ReadCommune.SearchPage page, String href, LocalDate date) {
    }

    /** The index's files by path under the site: the communes, the word files, the page files. */
    public static Map<String, String> files(List<ReadCommune> communes) {
        List<String> names = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (ReadCommune c : communes) {
            int index = names.size();
            ComplianceData d = c.data();
            names.add(d.commune().committee() == null ? d.commune().name() : d.commune().committee());
            for (int i = 0; i < c.pages().size(); i++) {
                ReadCommune.SearchPage p = c.pages().get(i);
                pages.add(new Page(index, i, p, ProvinceBoard.link(d, p.uri()), date(p.date())));
            }
        }
        // newest first across communes; then as the communes list them
        pages.sort(Comparator.comparing(Page::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingInt(Page::commune).thenComparingInt(Page::order));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(COMMUNES, json(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("xa");
            for (String n : names) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeNumberField("so_trang", pages.size());
            g.writeNumberField("khoi", CHUNK);
            g.writeEndObject();
        }));
        for (int start = 0; start < pages.size(); start += CHUNK) {
            List<Page> chunk = pages.subList(start, Math.min(pages.size(), start + CHUNK));
            files.put(FOLDER + "trang-" + start / CHUNK + ".json", json(g -> {
                g.writeStartArray();
                for (Page p : chunk) {
                    g.writeStartArray();
                    g.writeString(p.page().title());
                    g.writeString(p.href());
                    g.writeNumber(p.commune());
                    g.writeString(p.page().section());
                    g.writeString(p.page().date());
                    g.writeString(p.page().snippet());
                    g.writeEndArray();
                }
                g.writeEndArray();
            }));
        }
        words(pages).forEach((key, words) -> files.put(FOLDER + "tu-" + key + ".json", json(g -> {
            g.writeStartArray();
            for (Map.Entry<String, Postings> w : words.entrySet()) {
                g.writeStartArray();
                g.writeString(w.getKey());
                w.getValue().write(g);
                g.writeEndArray();
            }
            g.writeEndArray();
        })));
        return files;
    }

    /** The words of every page by the file they go in, each with the pages that have it, in order. */
    private static Map<String, TreeMap<String, Postings>> words(List<Page> pages) {
        Map<String, TreeMap<String, Postings>> byKey = new TreeMap<>();
        Map<String, String> keys = new java.util.HashMap<>();
        for (int id = 0; id < pages.size(); id++) {
            String words = pages.get(id).page().words();
            int start = 0;
            while (start < words.length()) {
                int end = words.indexOf(' ', start);
                end = end < 0 ? words.length() : end;
                if (end > start) {
                    String word = words.substring(start, end);
                    String key = keys.computeIfAbsent(word, ProvinceSearch::key);
                    if (!key.isEmpty()) {
                        byKey.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(word, w -> new Postings())
                                .add(id);
                    }
                }
                start = end + 1;
            }
        }
        return byKey;
    }

    /**
     * The file a word goes in: its first two letters or digits without diacritics, as the script works it out;
     * empty for a word shorter than that.
     */
    static String key(String word) {
        String folded = VietnameseText.fold(word).replace(" ", "");
        return folded.length() < 2 ? "" : folded.substring(0, 2);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isEmpty() ? null : LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The pages of a word, growing in order; written as the gaps between them, which are small numbers. */
    private static final class Postings {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        void write(JsonGenerator g) throws IOException {
            g.writeStartArray();
            int last = 0;
            for (int i = 0; i < size; i++) {
                g.writeNumber(ids[i] - last);
                last = ids[i];
            }
            g.writeEndArray();
        }
    }

    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writing.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
