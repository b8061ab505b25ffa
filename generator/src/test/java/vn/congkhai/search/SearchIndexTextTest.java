package vn.congkhai.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The index's words and snippets are cut by hand for speed; they must stay what the search script was written
 * against: the regular-expression definitions below, checked on tricky and on random texts.
 */
class SearchIndexTextTest {

    private static final List<String> TRICKY = List.of("", " ", "a", "Ủy ban nhân dân xã Lục Ba",
            "  Thông báo\t\tsố 52/TB-UBND\r\nngày 28/6/2024  ", "İstanbul İİ ıi", "Mục Ⅻ, 2², ½ và 𝟙𝟚 3 45 6a",
            "x".repeat(400), ("chữ " + "dài ").repeat(120), "hộ nghèo, hộ cận nghèo; HỘ NGHÈO! hộ\u00a0nghèo",
            "\ud800 lẻ \udc00 cặp", "a\u000bb\fc", "–—…“”", "Điều 1. Điều 2. điều 3");

    @Test
    void wordsAreTheDistinctRunsOfLettersAndNumbersAsTheRegexSplitsThem() {
        for (String text : texts()) {
            assertEquals(wordsByRegex(text), SearchIndex.words(text), text);
        }
    }

    @Test
    void theSnippetIsTheStartOfTheTextWithWhiteSpaceCollapsedAsTheRegexDoes() {
        for (String text : texts()) {
            assertEquals(snippetByRegex(text), SearchIndex.snippet(text), text);
        }
    }

    @Test
    void wordsStopAtTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SearchIndex.MAX_WORDS + 50; i++) {
            text.append("tu").append((char) ('a' + i / 26 / 26 % 26)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i % 26)).append(' ');
        }
        assertEquals(SearchIndex.MAX_WORDS, SearchIndex.words(text.toString()).split(" ").length);
        assertEquals(wordsByRegex(text.toString()), SearchIndex.words(text.toString()));
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(TRICKY);
        Random random = new Random(20241228);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠàáảãạỳýỷỹỵ0123456789 \t\n\r.,;:-/()İı½Ⅻ²";
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 3000 : 250);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String wordsByRegex(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.forLanguageTag("vi")).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !w.chars().allMatch(Character::isDigit)) {
                words.add(w);
                if (words.size() == SearchIndex.MAX_WORDS) {
                    break;
                }
            }
        }
        return String.join(" ", words);
    }

    private static String snippetByRegex(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= SearchIndex.SNIPPET) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SearchIndex.SNIPPET);
        return t.substring(0, cut > 0 ? cut : SearchIndex.SNIPPET) + "…";
    }
}
