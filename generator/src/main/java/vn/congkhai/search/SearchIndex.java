package vn.congkhai.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.Markdown;
import vn.congkhai.types.ContentTypes;
import vn.congkhai.text.VietnameseFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search index of the site, built at bake time for a small script on the search page (no server): per page its
 * title, address, section, date, a snippet, and the distinct words of its text. The script matches with or without
 * diacritics; the index keeps the words as written so that exact tones can rank first.
 */
public final class SearchIndex {

    /** Words kept per page: enough to find a page by what it is about, small enough for slow networks. */
    static final int MAX_WORDS = 500;
    static final int SNIPPET = 160;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private SearchIndex() {
    }

    /** A page to index: what it is and its text. */
    public record Entry(String title, String uri, String section, String date, String text) {
    }

    /** @param bodyHtml the rendered Markdown of a Markdown disclosure (ignored for JSON ones) */
    public static Entry of(Disclosure d, DisclosureData data, String bodyHtml, Markdown markdown) {
        String text = switch (d.source().format()) {
            case MARKDOWN -> (Jsoup.parse(bodyHtml).text() + " " + ContentTypes.searchText(d, data, markdown)).strip();
            case JSON -> ContentTypes.searchText(d, data, markdown);
        };
        String summary = ContentTypes.summary(d, data);
        return new Entry(d.title(), d.uri(), d.type().sectionName(), VietnameseFormat.date(d.date()),
                summary == null ? text : summary + ". " + text);
    }

    /** The index as compact JSON: sections once, then one array per page. */
    public static String json(List<Entry> entries) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode sections = root.putArray("s");
        List<String> sectionNames = new ArrayList<>();
        for (DisclosureType t : DisclosureType.values()) {
            sectionNames.add(t.sectionName());
            sections.add(t.sectionName());
        }
        ArrayNode pages = root.putArray("d");
        // The words and snippet of each page, the costly part, on every core; the index keeps the entries' order.
        List<String[]> texts = entries.parallelStream()
                .map(e -> new String[] {snippet(e.text()), words(e.title() + " " + e.text())}).toList();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            ArrayNode page = pages.addArray();
            page.add(e.title()).add(e.uri());
            int section = sectionNames.indexOf(e.section());
            if (section < 0) {
                page.addNull(); // a page of no section (the Art. 11 list) shows no section name
            } else {
                page.add(section);
            }
            page.add(e.date()).add(texts.get(i)[0]).add(texts.get(i)[1]);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String snippet(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= SNIPPET) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SNIPPET);
        return t.substring(0, cut > 0 ? cut : SNIPPET) + "…";
    }

    /** The distinct words of a text, lowercase, in order of first appearance, at most {@link #MAX_WORDS}. */
    static String words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(VI).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !w.chars().allMatch(Character::isDigit)) {
                words.add(w);
                if (words.size() == MAX_WORDS) {
                    break;
                }
            }
        }
        return String.join(" ", words);
    }
}
