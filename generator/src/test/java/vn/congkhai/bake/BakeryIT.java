package vn.congkhai.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.problem.ContentProblemsException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BakeryIT {

    @TempDir
    Path tmp;

    @Test
    void homePageNamesTheCommuneOfTheConfiguration() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Document home = Jsoup.parse(site.page("index.html"));
        assertThat(home.select("header").text()).contains("Ủy ban nhân dân xã Phú Thịnh").contains("Thái Nguyên");
        assertThat(home.select("footer").text()).contains("Xóm Kết Thành, xã Phú Thịnh").contains("0208 3000 111")
                .contains("0208 3000 222");
        assertThat(home.title()).contains("Xã Phú Thịnh");
        assertThat(site.page("index.html")).doesNotContain("Lục Ba");
    }

    @Test
    void everySectionOfTheContractHasAListPageInTheNavigation() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Document home = Jsoup.parse(site.page("index.html"));
        assertThat(home.select("nav.site-nav a").eachAttr("href")).contains("thong-bao/index.html",
                "chinh-sach/index.html", "ho-ngheo/index.html", "thu-tuc/index.html", "ngan-sach/index.html",
                "ke-hoach/index.html", "bang/index.html", "lich-tiep-dan/index.html", "lay-y-kien/index.html",
                "tra-loi/index.html", "gia-dat/index.html", "boi-thuong/index.html", "thanh-tra/index.html",
                "trang/index.html");
        for (String href : home.select("nav.site-nav a").eachAttr("href")) {
            if (!href.startsWith("#")) { // the phone menu's "Các mục" and "Thu gọn" stay on the page
                assertThat(site.site().resolve(href)).exists();
            }
        }
    }

    @Test
    void listsAreNewestFirstWithoutDraftsOrContentDatedAfterTheBakeDate() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        BakeReport report = site.bake();
        Document list = Jsoup.parse(site.page("thong-bao/index.html"));
        assertThat(list.select(".doc-list a").eachText()).containsExactly(
                "Thông báo họp dân xóm Kết Thành", "Thông báo lịch trực dịp nghỉ lễ 30/4 và 1/5");
        assertThat(site.site().resolve("thong-bao/ban-nhap.html")).doesNotExist();
        assertThat(site.site().resolve("thong-bao/ban-nhap-draft.html")).doesNotExist();
        assertThat(site.site().resolve("thong-bao/hen-ngay.html")).doesNotExist();
        assertThat(report.drafts()).isEqualTo(1);
        assertThat(report.scheduled()).isEqualTo(1);
        assertThat(report.bakeDate()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aDisclosurePageShowsItsFactsInVietnameseFormats() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Document page = Jsoup.parse(site.page("thong-bao/hop-dan-xom.html"));
        assertThat(page.select("h1").text()).isEqualTo("Thông báo họp dân xóm Kết Thành");
        assertThat(page.select(".doc-facts").text()).contains("12/TB-UBND").contains("10/05/2024")
                .contains("Niêm yết từ ngày 11/05/2024 đến ngày 20/05/2024")
                .contains("Mục 11, Điều 11 Luật 10/2022/QH15");
        assertThat(page.select(".doc-body strong").text()).isEqualTo("đường bê tông");
        assertThat(page.select(".attachments a").attr("href")).isEqualTo("../thong-bao/giay-moi.pdf");
        assertThat(site.site().resolve("thong-bao/giay-moi.pdf")).exists();
        assertThat(page.select(".address").text()).contains("https://phuthinh.example.vn/thong-bao/hop-dan-xom.html");
    }

    @Test
    void postingPeriodDefaultsToThirtyDays() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        assertThat(Jsoup.parse(site.page("bang/quy-khuyen-hoc.html")).select(".doc-facts").text())
                .contains("Niêm yết từ ngày 03/06/2024 đến ngày 03/07/2024");
    }

    @Test
    void bakingTwiceGivesIdenticalTrees() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> first = site.siteHashes();
        site.bake();
        assertThat(site.siteHashes()).isEqualTo(first);
    }

    @Test
    void printoutsMadeFromScratchTwiceAreByteIdentical() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bakeWithOwnPdfCache();
        Map<String, String> first = site.siteHashes();
        vn.congkhai.bake.SiteSwap.deleteTree(site.site().resolveSibling("pdf-cache"));
        vn.congkhai.bake.SiteSwap.deleteTree(site.site());
        site.bakeWithOwnPdfCache();
        assertThat(first.keySet()).anyMatch(f -> f.endsWith(".pdf"));
        assertThat(site.siteHashes()).isEqualTo(first);
    }

    @Test
    void aMalformedJsonFileFailsTheBakeAndLeavesThePreviousSiteByteForByte() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> good = site.siteHashes();
        site.write("content/bang/hong.json", "{\n  \"title\": \"Hỏng\",\n  \"date\": \"2024-06-01\"\n  \"type\": \"bang\"\n}\n");
        assertThatThrownBy(site::bake).isInstanceOfSatisfying(ContentProblemsException.class, e ->
                assertThat(e.problems().list()).extracting(p -> p.path() + ":" + p.line())
                        .containsExactly("content/bang/hong.json:4"));
        assertThat(site.siteHashes()).isEqualTo(good);
        assertThat(site.site().resolveSibling("site.staging")).doesNotExist();
    }

    @Test
    void aBakeThatFailsWhileRenderingAlsoLeavesThePreviousSite() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.bake();
        Map<String, String> good = site.siteHashes();
        site.write("templates/section.pebble", "{% if %}broken");
        assertThatThrownBy(site::bake).isInstanceOf(io.pebbletemplates.pebble.error.PebbleException.class)
                .hasMessageContaining("section.pebble");
        assertThat(site.siteHashes()).isEqualTo(good);
    }

    @Test
    void theFirstBakeCreatesTheSiteFolder() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        assertThat(site.site()).doesNotExist();
        site.bake();
        assertThat(Files.list(site.site()).map(p -> p.getFileName().toString()))
                .contains("index.html", "404.html", "css", "thong-bao", "bang");
    }
}
