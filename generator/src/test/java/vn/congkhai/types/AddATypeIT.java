package vn.congkhai.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.content.Format;
import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.text.Markdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A type added in a test: what adding a type takes, and what a citizen then gets. The type is this file's kind and
 * record, its schema ({@code src/test/resources/schemas/tram-cap-nuoc.schema.json}) and its page and printout
 * templates (written in the test site, as a commune's own); it is known only while its scope is open.
 */
class AddATypeIT {

    /** The type: its code, the section's name, its format, an Art. 11 disclosure, its printouts' document line. */
    static final DisclosureType WATER = new DisclosureType("tram-cap-nuoc", "Trạm cấp nước sạch", Format.JSON, true,
            "THÔNG BÁO");

    record Station(String name, int households) implements DisclosureData {
    }

    static final class WaterKind implements DisclosureKind<Station> {
        @Override
        public DisclosureType type() {
            return WATER;
        }

        @Override
        public Class<Station> dataClass() {
            return Station.class;
        }

        @Override
        public Station read(ReadInput in) {
            JsonNode m = in.doc().metadata();
            return new Station(m.path("tram").asText(), m.path("so_ho").asInt());
        }

        @Override
        public Object view(Station station, PageInput in) {
            return station;
        }

        @Override
        public Table table(Station s) {
            return new Table(List.of(Table.field("tram", "Tên trạm", "string"),
                    Table.field("so_ho", "Số hộ dùng nước", "integer")), List.of(Table.row(s.name(), s.households())));
        }

        @Override
        public String summary(Station s) {
            return s.name() + " cấp nước cho " + s.households() + " hộ";
        }

        @Override
        public String searchText(Station s, Markdown markdown) {
            return s.name();
        }
    }

    static final String TEMPLATES = """
            -- templates/tram-cap-nuoc.pebble --
            {% extends "base.pebble" %}
            {% block main %}
            <article>
            {% include "_doc-head.pebble" %}
            <p class="station">{{ page.view.name }}: {{ page.view.households }} hộ dùng nước.</p>
            {% include "_doc-foot.pebble" %}
            </article>
            {% endblock %}
            -- templates/in/tram-cap-nuoc.pebble --
            {% extends "in/_base.pebble" %}
            {% block body %}
            <p>{{ page.view.name }}: {{ page.view.households }} hộ dùng nước.</p>
            {% endblock %}
            """;

    static final String STATION = """
            -- content/tram-cap-nuoc/ket-thanh.json --
            {
              "title": "Trạm cấp nước sạch xóm Kết Thành",
              "date": "2024-07-01",
              "type": "tram-cap-nuoc",
              "muc_cong_khai": 14,
              "tram": "Trạm Kết Thành",
              "so_ho": 312
            }
            """;

    @TempDir
    static Path tmp;
    static FixtureSite site;

    @BeforeAll
    static void bake() throws Exception {
        site = FixtureSite.inline(tmp.resolve("good"), TEMPLATES + STATION);
        try (DisclosureType.Scope added = ContentTypes.add(new WaterKind())) {
            site.bake();
        }
    }

    static Document page(String uri) {
        return Jsoup.parse(site.page(uri));
    }

    @Test
    void itsFileBecomesAPageInItsOwnSection() {
        Document p = page("tram-cap-nuoc/ket-thanh.html");
        assertThat(p.select("h1").text()).isEqualTo("Trạm cấp nước sạch xóm Kết Thành");
        assertThat(p.select("p.station").text()).isEqualTo("Trạm Kết Thành: 312 hộ dùng nước.");
        assertThat(p.select(".breadcrumb a").text()).isEqualTo("Trạm cấp nước sạch");
        assertThat(page("tram-cap-nuoc/index.html").select("main a[href$=ket-thanh.html]").eachText())
                .contains("Trạm cấp nước sạch xóm Kết Thành");
    }

    @Test
    void itsSectionIsInTheNavigationAfterTheBuiltInOnes() {
        List<String> sections = page("index.html").select("nav.site-nav a[href$=/index.html]").eachText();
        assertThat(sections).hasSize(16).endsWith("Thông tin chung", "Trạm cấp nước sạch");
    }

    @Test
    void itsOpenDataTableIsPublishedAndListed() throws Exception {
        String csv = Files.readString(site.site().resolve("tram-cap-nuoc/ket-thanh.csv"), StandardCharsets.UTF_8);
        assertThat(csv.substring(1).lines().toList()).containsExactly("\"Tên trạm\",\"Số hộ dùng nước\"",
                "\"Trạm Kết Thành\",312");
        JsonNode json = new ObjectMapper().readTree(site.site().resolve("tram-cap-nuoc/ket-thanh.json").toFile());
        assertThat(json.path("so_ho").asInt()).isEqualTo(312);
        assertThat(page("du-lieu-mo/index.html").select("table.datasets a").eachAttr("href"))
                .contains("../tram-cap-nuoc/ket-thanh.csv");
    }

    @Test
    void itIsFoundBySearchUnderItsSection() throws Exception {
        JsonNode index = new ObjectMapper().readTree(site.site().resolve("tim-kiem/chi-muc.json").toFile());
        List<String> sections = new ArrayList<>();
        index.path("s").forEach(s -> sections.add(s.asText()));
        JsonNode entry = null;
        for (JsonNode d : index.path("d")) {
            entry = d.get(1).asText().equals("tram-cap-nuoc/ket-thanh.html") ? d : entry;
        }
        assertThat(entry).as("its search entry").isNotNull();
        assertThat(entry.get(0).asText()).isEqualTo("Trạm cấp nước sạch xóm Kết Thành");
        assertThat(sections.get(entry.get(2).asInt())).isEqualTo("Trạm cấp nước sạch");
        assertThat(entry.get(4).asText()).startsWith("Trạm Kết Thành cấp nước cho 312 hộ");
    }

    @Test
    void itsPrintoutIsItsTemplateUnderTheDocumentLine() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.site().resolve("tram-cap-nuoc/ket-thanh.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("THÔNG BÁO").contains("Trạm Kết Thành: 312 hộ dùng nước.");
        }
    }

    @Test
    void aWrongFieldOfItIsToldToTheOfficerExactly() {
        FixtureSite bad = FixtureSite.inline(tmp.resolve("bad"), TEMPLATES + STATION.replace("312", "\"ba trăm\""));
        try (DisclosureType.Scope added = ContentTypes.add(new WaterKind())) {
            assertThat(bad.problems()).containsExactly("content/tram-cap-nuoc/ket-thanh.json:7: so_ho: giá trị \"ba "
                    + "trăm\" sai kiểu (Số hộ dùng nước): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt "
                    + "trong dấu nháy).");
        }
    }

    @Test
    void outsideItsScopeTheTypeIsUnknown() {
        FixtureSite after = FixtureSite.inline(tmp.resolve("after"), STATION);
        assertThat(DisclosureType.ofCode("tram-cap-nuoc")).isEmpty();
        assertThat(after.problems()).containsExactly("content/tram-cap-nuoc/ket-thanh.json:1: (thư mục): thư mục "
                + "\"tram-cap-nuoc\" không phải mục nào của trang; mỗi văn bản nằm trong thư mục của mục mình. Cách "
                + "sửa: chuyển tệp vào thư mục của mục, ví dụ content/thong-bao/ket-thanh.json.",
                "content/tram-cap-nuoc/ket-thanh.json:4: type: loại \"tram-cap-nuoc\" không có. Cách sửa: dùng một "
                + "trong thong-bao, chinh-sach, ho-ngheo, thu-tuc, ngan-sach, ke-hoach, bang, lich-tiep-dan, "
                + "lay-y-kien, tra-loi, gia-dat, boi-thuong, thanh-tra, co-cau-to-chuc, trang.");
    }
}
