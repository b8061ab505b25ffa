package vn.congkhai.print;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a printout's lines may break, and the outline and lists a tagged printout gets (no PDF made). */
class TypesettingTest {

    private static List<String> pieces(String text) {
        NumberKeepingBreaker breaker = new NumberKeepingBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
            pieces.add(text.substring(from, at));
            from = at;
        }
        return pieces;
    }

    @Test
    void datesAndNumbersAreNeverBrokenButWordsAndAddressesAre() {
        assertThat(pieces("ngày 20/12/2024 của UBND")).containsExactly("ngày ", "20/12/2024 ", "của ", "UBND");
        assertThat(pieces("1.250.000 đ, 85,5%")).contains("1.250.000 ", "85,5%");
        assertThat(pieces("https://lucba.thainguyen.gov.vn/ho-ngheo/2024.html")).hasSizeGreaterThan(1);
        assertThat(NumberKeepingBreaker.insideNumber("215/QĐ-UBND", 4)).isFalse();
    }

    @Test
    void headingsFormAnOutlineUnderTheTitleWithoutSkippingALevel() {
        Document html = Jsoup.parse("<h1>Tiêu đề</h1><h3>1. Mục đích</h3><h4>a) Một</h4><h2>II. Nhiệm vụ</h2>"
                + "<h3>1. Việc</h3><h2>III. Tổ chức</h2>");
        ArchivalPdf.outline(html);
        assertThat(html.select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.tagName() + " " + h.text()).toList())
                .containsExactly("h1 Tiêu đề", "h2 1. Mục đích", "h3 a) Một", "h2 II. Nhiệm vụ", "h3 1. Việc",
                        "h2 III. Tổ chức");
    }

    @Test
    void bulletedItemsGetTheirDashAsText() {
        Document html = Jsoup.parse("<ul><li>Một</li></ul><ol><li>Hai</li></ol>");
        ArchivalPdf.prepare(html);
        assertThat(html.select("li").eachText()).containsExactly("- Một", "Hai");
    }
}
