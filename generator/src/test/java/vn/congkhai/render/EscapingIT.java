package vn.congkhai.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.LinkedData;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an officer writes is printed as text: a title or a JSON value can never become a tag, nor end the page's
 * JSON-LD block (data that no browser runs, the only {@code <script>} a page may hold besides the search's).
 */
class EscapingIT {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path tmp;

    @Test
    void aScriptInATitleOrAJsonValueAppearsAsText() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/thong-bao/xss.md", """
                title=Thông báo <script>alert(1)</script>
                date=2024-06-01
                type=thong-bao
                so_hieu=<b>1</b>/TB
                muc_cong_khai=14
                ~~~~~~
                Nội dung có thẻ <script>alert(1)</script> và <img src=x onerror=alert(1)>.
                """);
        site.write("content/bang/xss.json", """
                {
                  "title": "Bảng <script>alert(1)</script>",
                  "date": "2024-06-01",
                  "type": "bang",
                  "muc_cong_khai": 5,
                  "cot": [{"ma": "xom", "ten": "Xóm <b>x</b>", "kieu": "text"}, {"ma": "ghi_chu", "ten": "Ghi chú", "kieu": "text"}],
                  "dong": [{"xom": "<script>alert(1)</script>", "ghi_chu": "\\"><img src=x onerror=alert(1)>"}]
                }
                """);
        site.bake();

        Document md = Jsoup.parse(site.page("thong-bao/xss.html"));
        assertThat(LinkedData.executableScripts(md)).isEmpty();
        assertThat(md.select("img")).isEmpty();
        assertThat(md.select("b")).isEmpty();
        assertThat(md.select("h1").text()).isEqualTo("Thông báo " + SCRIPT);
        assertThat(md.title()).startsWith("Thông báo " + SCRIPT);
        assertThat(md.select(".doc-facts").text()).contains("<b>1</b>/TB");

        Document json = Jsoup.parse(site.page("bang/xss.html"));
        assertThat(LinkedData.executableScripts(json)).isEmpty();
        assertThat(json.select("img")).isEmpty();
        assertThat(json.select("b")).isEmpty();
        assertThat(json.select("td").eachText()).contains(SCRIPT, "\"><img src=x onerror=alert(1)>");
        assertThat(json.select("th").eachText()).contains("Xóm <b>x</b>");

        Document list = Jsoup.parse(site.page("thong-bao/index.html"));
        assertThat(LinkedData.executableScripts(list)).isEmpty();
        assertThat(list.select(".doc-list a").eachText()).contains("Thông báo " + SCRIPT);
        assertThat(LinkedData.executableScripts(Jsoup.parse(site.page("index.html")))).isEmpty();

        // the page's JSON-LD holds the title as data: "</script>" in it cannot end the block and start a script
        assertThat(site.page("thong-bao/xss.html")).contains("Thông báo <script>alert(1)<\\/script>");
        assertThat(LinkedData.ofPage(site.page("thong-bao/xss.html"))).singleElement().satisfies(ld -> {
            assertThat(ld.path("name").asText()).isEqualTo("Thông báo " + SCRIPT);
            assertThat(ld.path("identifier").asText()).isEqualTo("<b>1</b>/TB");
        });
        assertThat(LinkedData.ofPage(site.page("bang/xss.html"))).singleElement()
                .satisfies(ld -> assertThat(ld.path("name").asText()).isEqualTo("Bảng " + SCRIPT));
    }
}
