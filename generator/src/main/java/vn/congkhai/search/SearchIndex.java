package vn.congkhai.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.Markdown;
import vn.congkhai.text.PureMemo;
import vn.congkhai.types.ContentTypes;
import vn.congkhai.text.VietnameseFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** A page's snippet and words: what the index makes of its entry's title and text. */
    record Indexed(String snippet, String words) {
    }

    /**
     * What the preview keeps of the index's costly, pure steps between bakes ({@link PureMemo}): the text of a body's
     * HTML, and an entry's snippet and words. A one-off bake keeps nothing ({@link #none()}).
     */
    public record Memo(PureMemo<String, String> htmlText, PureMemo<Entry, Indexed> indexed) {

        public static Memo none() {
            return new Memo(PureMemo.none(), PureMemo.none());
        }

        /** Keeps what a site of {@code pages} pages asks for, with room to spare. */
        public static Memo kept(int pages) {
            return new Memo(PureMemo.kept(pages), PureMemo.kept(pages));
        }

        /** A new bake begins. */
        public void nextRound() {
            htmlText.nextRound();
            indexed.nextRound();
        }
    }

    /**
     * @param bodyHtml the rendered Markdown of a Markdown disclosure (ignored for JSON ones)
     * @param memo     where the body's text may be taken from
     */
    public static Entry of(Disclosure d, DisclosureData data, String bodyHtml, Markdown markdown, Memo memo) {
        String text = switch (d.source().format()) {
            case MARKDOWN -> (memo.htmlText().apply(bodyHtml, html -> Jsoup.parse(html).text()) + " "
                    + ContentTypes.searchText(d, data, markdown)).strip();
            case JSON -> ContentTypes.searchText(d, data, markdown);
        };
        String summary = ContentTypes.summary(d, data);
        return new Entry(d.title(), d.uri(), d.type().sectionName(), VietnameseFormat.date(d.date()),
                summary == null ? text : summary + ". " + text);
    }

    /** The index as compact JSON: sections once, then one array per page. */
    public static String json(List<Entry> entries) {
        return json(entries, Memo.none());
    }

    /** As {@link #json(List)}, each entry's snippet and words taken from {@code memo}. */
    public static String json(List<Entry> entries, Memo memo) {
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
        List<Indexed> texts = entries.parallelStream().map(e -> memo.indexed().apply(e,
                k -> new Indexed(snippet(k.text()), words(k.title() + " " + k.text())))).toList();
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
            page.add(e.date()).add(texts.get(i).snippet()).add(texts.get(i).words());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The start of the text with its runs of white space made single spaces, cut at a word before
     * {@link #SNIPPET} characters. Only the start is looked at: the text may be long.
     */
    static String snippet(String text) {
        String t = collapsedStart(text.strip(), SNIPPET + 1);
        if (t.length() <= SNIPPET) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SNIPPET);
        return t.substring(0, cut > 0 ? cut : SNIPPET) + "…";
    }

    /** {@code text.replaceAll("\\s+", " ")}, stopped once it is {@code limit} characters long. */
    private static String collapsedStart(String text, int limit) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') { // regex \s
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                    if (out.length() == limit) {
                        break;
                    }
                }
                out.append(c);
            }
        }
        if (space && out.length() < limit) {
            out.append(' ');
        }
        return out.toString();
    }

    /** The distinct words of a text, lowercase, in order of first appearance, at most {@link #MAX_WORDS}. */
    static String words(String text) {
        String lower = text.toLowerCase(VI);
        StringBuilder words = new StringBuilder();
        Distinct seen = new Distinct(lower);
        int count = 0;
        int start = -1; // a word is a run of letters and numbers (regex [\p{L}\p{N}]), as the script splits
        boolean allDigits = true;
        for (int i = 0; i <= lower.length() && count < MAX_WORDS; ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean ascii = cp < 0x80; // most characters: told apart without Unicode's tables
            boolean digit = ascii ? cp >= '0' && cp <= '9' : Character.isDigit(cp) && cp < 0x10000;
            if (ascii ? digit || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp) || isNumber(cp)) {
                if (start < 0) {
                    start = i;
                    allDigits = true;
                }
                allDigits &= digit;
            } else if (start >= 0) {
                if (i - start > 1 && !allDigits && seen.add(start, i)) {
                    words.append(count++ == 0 ? "" : " ").append(lower, start, i);
                }
                start = -1;
            }
            i += Character.charCount(cp);
        }
        return words.toString();
    }

    /**
     * The words met so far in a text, each kept as where it is in the text: a word met again (most are) is told
     * apart without being copied out.
     */
    private static final class Distinct {
        private static final int SLOTS = Integer.highestOneBit(MAX_WORDS) * 4; // at most half full
        private final String text;
        private final int[] starts = new int[SLOTS];
        private final int[] ends = new int[SLOTS]; // 0: an empty slot (no word ends at 0)

        Distinct(String text) {
            this.text = text;
        }

        /** Whether the word from {@code start} to {@code end} is new, adding it. */
        boolean add(int start, int end) {
            int hash = 0;
            for (int k = start; k < end; k++) {
                hash = 31 * hash + text.charAt(k);
            }
            int length = end - start;
            for (int slot = (hash ^ hash >>> 16) & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
                if (ends[slot] == 0) {
                    starts[slot] = start;
                    ends[slot] = end;
                    return true;
                }
                if (ends[slot] - starts[slot] == length && text.regionMatches(starts[slot], text, start, length)) {
                    return false;
                }
            }
        }
    }

    /** Unicode's numbers ({@code \p{N}}): decimal digits, letter numbers, other numbers. */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
