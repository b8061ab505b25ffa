package vn.congkhai.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.LinkedData;

import java.nio.file.Path;
import java.util.List;
import vn.congkhai.content.Format;
import vn.congkhai.model.DisclosureType;
import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** The product's own content (the seed plan 171/KH-UBND of Lục Ba and the sample disclosures) bakes as promised. */
class ProjectContentIT {

    static FixtureSite site;

    @BeforeAll
    static void bake() throws Exception {
        site = FixtureSite.bakedProject();
    }

    @Test
    void homePageNamesTheCommune() {
        Document home = Jsoup.parse(site.page("index.html"));
        assertThat(home.select("header").text()).contains("Ủy ban nhân dân xã Lục Ba");
        assertThat(Jsoup.parse(site.page("ke-hoach/index.html")).select(".doc-list a").eachText())
                .anyMatch(t -> t.contains("(PAPI) xã Lục Ba năm 2024"));
    }

    @Test
    void everyZaloAndSmsMessageOfLucBaIsReadyToSend() {
        List<vn.congkhai.feed.Messages.Message> messages = ReleaseMessages.of(site.site()).orElseThrow().messages();
        assertThat(messages).hasSizeGreaterThan(25);
        for (vn.congkhai.feed.Messages.Message m : messages) {
            assertThat(m.sms()).as(m.page()).hasSizeLessThanOrEqualTo(160).matches("[ -~]+")
                    .doesNotContainPattern("[\\[\\]{}\\\\^~|`]").endsWith(" " + m.link());
            assertThat(m.link()).isEqualTo("https://lucba.thainguyen.gov.vn/" + m.page());
            assertThat(site.site().resolve(m.page())).as(m.page()).exists();
            assertThat(m.zalo()).startsWith("Ủy ban nhân dân xã Lục Ba công khai: " + m.title() + "\n")
                    .endsWith("\nXem chi tiết: " + m.link())
                    .isEqualTo(Normalizer.normalize(m.zalo(), Normalizer.Form.NFC));
        }
    }

    @Test
    void everyHamletLucBaNamesHasItsPageAndFeed() {
        Document index = Jsoup.parse(site.page("xom/index.html"));
        assertThat(index.select(".doc-list li > a").eachText()).containsExactly("Xóm Bãi Chè", "Xóm Đồng Bông",
                "Xóm Đồng Mạc", "Xóm Gốc Vải", "Xóm Hợp Thành", "Xóm Khuôn Lân", "Xóm Lục Liêu", "Xóm Thậm Thình");
        for (String href : index.select(".doc-list li > a").eachAttr("href")) {
            String page = href.substring("../".length());
            assertThat(page).matches("xom/[a-z0-9-]+\\.html");
            assertThat(site.site().resolve(page.replace(".html", ".xml"))).exists();
        }
        assertThat(Jsoup.parse(site.page("xom/goc-vai.html")).select(".doc-list a").eachText())
                .contains("Lấy ý kiến Nhân dân về dự thảo phương án quy hoạch khu dân cư nông thôn mới xóm Gốc Vải");
    }

    @Test
    void planPageShowsItsNumberDateAndTheSectionsOfItsFullText() {
        Document plan = Jsoup.parse(site.page("ke-hoach/papi-2024.html"));
        assertThat(plan.select(".doc-facts").text()).contains("171/KH-UBND").contains("25/03/2024");
        assertThat(plan.select(".official .doc-number").text()).isEqualTo("Số: 171/KH-UBND");
        assertThat(plan.select(".official .doc-date").text()).isEqualTo("Lục Ba, ngày 25 tháng 3 năm 2024");
        assertThat(plan.select(".official h3").eachText()).containsExactly("I. MỤC ĐÍCH, YÊU CẦU",
                "II. NHIỆM VỤ VÀ GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN");
        assertThat(plan.select(".official h4").eachText()).contains("1. Mục đích", "3. Công khai, minh bạch",
                "7. Cung ứng dịch vụ công");
        assertThat(plan.select(".official").text()).contains("Nơi nhận:").contains("Lưu: VP.")
                .contains("CHỦ TỊCH").contains("Trần Đức Tuấn");
    }

    @Test
    void headingsDescendOneLevelAtATime() {
        for (String uri : new String[]{"index.html", "ke-hoach/papi-2024.html", "ke-hoach/index.html"}) {
            int previous = 0;
            for (Element h : Jsoup.parse(site.page(uri)).select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = Integer.parseInt(h.tagName().substring(1));
                assertThat(level).as(uri + ": " + h.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
    }

    @Test
    void planTasksAreDataWithCodeDimensionAndLeadUnit() {
        Document plan = Jsoup.parse(site.page("ke-hoach/papi-2024.html"));
        Element row = plan.select("table.tasks tbody tr").stream()
                .filter(r -> r.select("th").text().equals("II.3.2")).findFirst().orElseThrow();
        assertThat(row.select("td").get(0).text()).startsWith("Công khai, minh bạch danh sách hộ nghèo");
        assertThat(row.select("td").get(1).text()).isEqualTo("2. Công khai, minh bạch trong việc ra quyết định ở địa phương");
        assertThat(row.select("td").get(2).text()).isNotBlank();
        assertThat(plan.select("table.tasks tbody tr")).hasSizeGreaterThan(40);
    }

    @Test
    void everyTypeHasSampleContentWithItsPageListEntryAndOpenData() {
        for (DisclosureType type : DisclosureType.values()) {
            Document section = Jsoup.parse(site.page(type.code() + "/index.html"));
            List<String> links = section.select(".doc-list a").eachAttr("href");
            assertThat(links).as(type.code()).isNotEmpty();
            for (String link : links) {
                String uri = link.substring("../".length());
                assertThat(site.site().resolve(uri)).as(uri).exists();
                if (type.format() == Format.JSON) {
                    String stem = uri.substring(0, uri.length() - ".html".length());
                    assertThat(site.site().resolve(stem + ".json")).exists();
                    assertThat(site.site().resolve(stem + ".csv")).exists();
                }
            }
        }
    }

    @Test
    void samplePagesSayTheyAreSampleData() {
        Document page = Jsoup.parse(site.page("ho-ngheo/2024-chinh-thuc.html"));
        assertThat(page.select(".sample-note").text()).startsWith("Dữ liệu mẫu:");
    }

    @Test
    void everyPageIsInUnicodeNfc() throws Exception {
        for (String file : FixtureSite.hashes(site.site()).keySet()) {
            if (file.endsWith(".html")) {
                String html = site.page(file);
                assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).as(file).isTrue();
            }
        }
    }

    /** Lục Ba's pages and catalogue, read as a portal would: each type used has the properties it requires. */
    @Test
    void everyPageAndTheCatalogueCarryTheMetadataTheirTypesRequire() throws Exception {
        List<String> problems = new java.util.ArrayList<>();
        int disclosures = 0;
        try (var files = java.nio.file.Files.walk(site.site())) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String uri = site.site().relativize(page).toString();
                for (var block : LinkedData.ofPage(site.page(uri))) {
                    LinkedData.missing(block).forEach(m -> problems.add(uri + ": " + m));
                    disclosures += block.has("datePublished") || block.has("subjectOf") ? 1 : 0;
                }
            }
        }
        var catalog = LinkedData.parse(site.page("dcat.jsonld"));
        LinkedData.missing(catalog).forEach(m -> problems.add("dcat.jsonld: " + m));
        assertThat(problems).isEmpty();
        assertThat(disclosures).as("disclosures described").isGreaterThan(10);
        assertThat(catalog.path("dcat:dataset").size())
                .isEqualTo(LinkedData.parse(site.page("datapackage.json")).path("resources").size());
        assertThat(LinkedData.ofPage(site.page("index.html"))).singleElement()
                .satisfies(org -> assertThat(org.path("name").asText()).isEqualTo("Ủy ban nhân dân xã Lục Ba"));
    }
}
