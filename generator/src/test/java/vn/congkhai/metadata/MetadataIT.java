package vn.congkhai.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.LinkedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metadata others harvest, read back from a baked site as a portal would: the DCAT-AP catalogue
 * ({@code dcat.jsonld}) and each page's schema.org JSON-LD, checked for the properties their types require.
 */
class MetadataIT {

    private static final String SITE = "https://phuthinh.example.vn/";

    @TempDir
    static Path tmp;
    static FixtureSite site;

    @BeforeAll
    static void bake() throws Exception {
        site = withNotice(tmp.resolve("a"));
        site.bake();
    }

    /** The fixture of every type, with a notice that has a number and a draft list. */
    private static FixtureSite withNotice(Path folder) {
        FixtureSite site = FixtureSite.of("types", folder);
        site.write("content/thong-bao/hop-dan.md", """
                title=Thông báo họp dân xóm Kết Thành
                date=2024-06-03
                type=thong-bao
                so_hieu=12/TB-UBND
                muc_cong_khai=14
                ~~~~~~
                Mời bà con dự họp.
                """);
        site.write("content/bang/du-thao.json", """
                {
                  "title": "Bảng dự thảo chưa đăng",
                  "date": "2024-07-05",
                  "type": "bang",
                  "status": "draft",
                  "muc_cong_khai": 5,
                  "cot": [{"ma": "xom", "ten": "Xóm", "kieu": "text"}],
                  "dong": [{"xom": "Kết Thành"}]
                }
                """);
        return site;
    }

    @Test
    void theCatalogueListsEveryDatasetWithDcatApsMandatoryProperties() throws IOException {
        JsonNode catalog = LinkedData.parse(site.page("dcat.jsonld"));
        assertThat(LinkedData.missing(catalog)).isEmpty();
        assertThat(catalog.path("@type").asText()).isEqualTo("dcat:Catalog");
        assertThat(catalog.at("/dct:title/@value").asText()).isEqualTo("Dữ liệu mở của Ủy ban nhân dân xã Phú Thịnh");
        assertThat(catalog.at("/dct:publisher/foaf:name/@value").asText()).isEqualTo("Ủy ban nhân dân xã Phú Thịnh");
        // the bake date of jbake.properties, not the clock's
        assertThat(catalog.at("/dct:modified/@value").asText()).isEqualTo("2024-07-20");

        // every table of the data package is a dataset, each with its CSV and JSON to download, and nothing else
        JsonNode pkg = LinkedData.parse(site.page("datapackage.json"));
        TreeSet<String> tables = new TreeSet<>();
        pkg.path("resources").forEach(r -> tables.add(SITE + r.path("path").asText()));
        TreeSet<String> downloads = new TreeSet<>();
        for (JsonNode dataset : catalog.path("dcat:dataset")) {
            assertThat(dataset.path("dcat:distribution")).hasSize(2);
            for (JsonNode file : dataset.path("dcat:distribution")) {
                String url = file.at("/dcat:downloadURL/@id").asText();
                downloads.add(url);
                assertThat(site.site().resolve(url.substring(SITE.length()))).as(url).isRegularFile();
                assertThat(file.at("/dcat:accessURL/@id").asText()).isEqualTo(dataset.path("@id").asText());
                assertThat(file.at("/dcat:mediaType/@id").asText()).isIn(
                        "http://www.iana.org/assignments/media-types/text/csv",
                        "http://www.iana.org/assignments/media-types/application/json");
            }
        }
        assertThat(downloads.stream().filter(u -> u.endsWith(".csv")).toList()).containsExactlyElementsOf(tables);
        assertThat(downloads).hasSize(2 * tables.size());
        // a draft is published nowhere, the catalogue included
        assertThat(site.page("dcat.jsonld")).doesNotContain("du-thao").doesNotContain("Bảng dự thảo chưa đăng");

        JsonNode poor = dataset(catalog, SITE + "ho-ngheo/2024.html");
        assertThat(poor.at("/dct:title/@value").asText()).isEqualTo("Danh sách hộ nghèo, hộ cận nghèo năm 2024");
        assertThat(poor.path("dct:identifier").asText()).isEqualTo("99/QĐ-UBND");
        assertThat(poor.at("/dct:issued/@value").asText()).isEqualTo("2024-07-01");
        assertThat(poor.at("/dcat:landingPage/@id").asText()).isEqualTo(SITE + "ho-ngheo/2024.html");
    }

    @Test
    void eachPageDescribesItselfInSchemaOrg() throws IOException {
        JsonNode home = single(site.page("index.html"));
        assertThat(home.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(home.path("@type").asText()).isEqualTo("GovernmentOrganization");
        assertThat(home.path("name").asText()).isEqualTo("Ủy ban nhân dân xã Phú Thịnh");
        assertThat(home.path("telephone").asText()).isEqualTo("0208 3000 111");
        assertThat(home.at("/address/streetAddress").asText()).isEqualTo("Xóm Kết Thành, xã Phú Thịnh");

        JsonNode procedure = single(site.page("thu-tuc/chung-thuc.html"));
        assertThat(procedure.path("@type").asText()).isEqualTo("GovernmentService");
        assertThat(procedure.path("identifier").asText()).isEqualTo("2.000815");
        assertThat(procedure.path("serviceType").asText()).isEqualTo("Chứng thực");
        assertThat(procedure.path("offers")).hasSize(1);
        assertThat(procedure.at("/offers/0/name").asText()).isEqualTo("Phí chứng thực bản sao");
        assertThat(procedure.at("/offers/0/price").asLong()).isEqualTo(2000);
        assertThat(procedure.at("/offers/0/priceCurrency").asText()).isEqualTo("VND");
        assertThat(procedure.at("/subjectOf/datePublished").asText()).isEqualTo("2024-01-02");
        assertThat(procedure.at("/subjectOf/publisher/@id").asText()).isEqualTo(procedure.at("/provider/@id").asText())
                .isEqualTo(SITE + "#uy-ban");
        assertThat(single(site.page("thu-tuc/khai-sinh.html")).at("/offers/0/price").asLong()).isZero();

        JsonNode list = single(site.page("ho-ngheo/2024.html"));
        assertThat(list.path("@type").asText()).isEqualTo("Dataset");
        assertThat(list.path("identifier").asText()).isEqualTo("99/QĐ-UBND");
        assertThat(list.path("datePublished").asText()).isEqualTo("2024-07-01");
        List<String> files = new ArrayList<>();
        list.path("distribution").forEach(d -> files.add(d.path("encodingFormat").asText() + " "
                + d.path("contentUrl").asText()));
        assertThat(files).containsExactly("text/csv " + SITE + "ho-ngheo/2024.csv",
                "application/json " + SITE + "ho-ngheo/2024.json");

        JsonNode notice = single(site.page("thong-bao/hop-dan.html"));
        assertThat(notice.path("@type").asText()).isEqualTo("DigitalDocument");
        assertThat(notice.path("identifier").asText()).isEqualTo("12/TB-UBND");
        assertThat(notice.path("datePublished").asText()).isEqualTo("2024-06-03");
        assertThat(notice.path("dateModified").asText()).isEqualTo("2024-06-03");
        assertThat(notice.at("/publisher/name").asText()).isEqualTo("Ủy ban nhân dân xã Phú Thịnh");
    }

    @Test
    void everyPageWithJsonLdHasWhatItsTypesRequire() throws IOException {
        List<String> problems = new ArrayList<>();
        int described = 0;
        for (Path page : pages()) {
            for (JsonNode block : LinkedData.ofPage(Files.readString(page))) {
                described++;
                LinkedData.missing(block).forEach(m -> problems.add(site.site().relativize(page) + ": " + m));
            }
        }
        assertThat(problems).isEmpty();
        // the home page and each of the fixture's ten disclosures
        assertThat(described).isEqualTo(11);
    }

    @Test
    void theCheckerFindsAMissingProperty() {
        ObjectNode catalog = (ObjectNode) LinkedData.parse(site.page("dcat.jsonld"));
        catalog.remove("dct:publisher");
        ObjectNode first = (ObjectNode) catalog.path("dcat:dataset").get(0);
        ((ObjectNode) first.path("dct:description")).put("@value", " ");
        ((ObjectNode) first.path("dcat:distribution").get(1)).remove("dcat:mediaType");
        assertThat(LinkedData.missing(catalog)).containsExactly(
                "dcat:Catalog at $: dct:publisher",
                "dcat:Dataset at $.dcat:dataset[0]: dct:description",
                "dcat:Distribution at $.dcat:dataset[0].dcat:distribution[1]: dcat:mediaType");

        ObjectNode procedure = (ObjectNode) single(site.page("thu-tuc/chung-thuc.html"));
        ((ObjectNode) procedure.path("offers").get(0)).remove("priceCurrency");
        ((ObjectNode) procedure.path("provider")).remove("telephone");
        procedure.putArray("y").addObject().put("@type", "Thing");
        assertThat(LinkedData.missing(procedure)).containsExactlyInAnyOrder(
                "GovernmentOrganization at $.provider: telephone",
                "Offer at $.offers[0]: priceCurrency",
                "Thing at $.y[0]: a type the checker does not know");
    }

    @Test
    void theSameSourcesBakeTheSameMetadataByteForByte() throws Exception {
        FixtureSite again = withNotice(tmp.resolve("b"));
        again.bake();
        Map<String, String> first = FixtureSite.hashes(site.site());
        Map<String, String> second = FixtureSite.hashes(again.site());
        assertThat(second.get("dcat.jsonld")).isNotNull().isEqualTo(first.get("dcat.jsonld"));
        for (String page : List.of("index.html", "thu-tuc/chung-thuc.html", "ho-ngheo/2024.html",
                "thong-bao/hop-dan.html")) {
            assertThat(second.get(page)).as(page).isEqualTo(first.get(page));
        }
    }

    private static JsonNode dataset(JsonNode catalog, String id) {
        for (JsonNode d : catalog.path("dcat:dataset")) {
            if (d.path("@id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no dataset " + id);
    }

    private static JsonNode single(String html) {
        List<JsonNode> blocks = LinkedData.ofPage(html);
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site.site())) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
