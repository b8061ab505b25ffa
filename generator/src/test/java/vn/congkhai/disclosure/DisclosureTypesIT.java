package vn.congkhai.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every type of the contract bakes to its page, its list entry and (JSON types) its open data. Bake date 2024-07-20. */
class DisclosureTypesIT {

    @TempDir
    static Path tmp;
    static FixtureSite site;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void bake() throws Exception {
        site = FixtureSite.of("types", tmp);
        site.bake();
    }

    /** Texts of the elements, empty ones included. */
    static List<String> texts(org.jsoup.select.Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    static Document page(String uri) {
        return Jsoup.parse(site.page(uri));
    }

    @Test
    void householdListShowsASummaryPerHamletAndCategoryThenEveryHousehold() {
        Document p = page("ho-ngheo/2024.html");
        Element summary = p.selectFirst("table.summary");
        assertThat(summary.select("thead th").eachText())
                .containsExactly("Xóm", "Hộ nghèo", "Hộ cận nghèo", "Hộ thoát nghèo", "Cộng");
        assertThat(summary.select("tbody tr").get(0).children().eachText())
                .containsExactly("Kết Thành", "1 hộ (4 khẩu)", "1 hộ (3 khẩu)", "–", "2 hộ (7 khẩu)");
        assertThat(summary.select("tfoot td").eachText())
                .containsExactly("2 hộ (9 khẩu)", "1 hộ (3 khẩu)", "1 hộ", "4 hộ (12 khẩu)");
        assertThat(p.select("table.households tbody tr")).hasSize(4);
        assertThat(p.select("table.households tbody tr").get(2).text()).contains("Lê Văn Cường").contains("Hộ có người khuyết tật");
        assertThat(p.select("#cac-nam ~ ul a").eachAttr("href")).containsExactly("../ho-ngheo/2023.html");
    }

    @Test
    void householdListsAreGroupedByYearInTheirSection() {
        Document list = page("ho-ngheo/index.html");
        assertThat(list.select("main h2").eachText()).containsExactly("Năm 2024", "Năm 2023");
    }

    @Test
    void budgetShowsEstimateActualAndRatioWithNestedLinesAndTotals() {
        Document p = page("ngan-sach/2024-6-thang.html");
        Element revenue = p.selectFirst("table.budget");
        assertThat(revenue.select("tbody tr").get(0).children().eachText())
                .containsExactly("I", "Thu ngân sách xã hưởng 100%", "200.000.000 đ", "150.000.000 đ", "75%");
        assertThat(revenue.select("tbody tr").get(1).className()).isEqualTo("depth-1");
        assertThat(texts(revenue.select("tfoot th, tfoot td")))
                .containsExactly("", "Tổng thu", "1.200.000.000 đ", "650.000.000 đ", "54,2%");
        assertThat(p.text()).doesNotContain("1.850.000.000");
        assertThat(p.select("#thuyet-minh ~ p strong").text()).isEqualTo("54,2%");
    }

    @Test
    void procedurePageHasEveryDecree63FieldAndFormsToDownload() {
        Document p = page("thu-tuc/chung-thuc.html");
        assertThat(p.select("main h2").eachText()).contains("Trình tự thực hiện", "Cách thức thực hiện",
                "Thành phần, số lượng hồ sơ", "Mẫu đơn, tờ khai", "Đối tượng thực hiện", "Cơ quan thực hiện", "Phí, lệ phí");
        assertThat(p.select("ol.steps li")).hasSize(2);
        assertThat(p.select(".documents").text()).contains("Bản chính giấy tờ: 1 bộ");
        assertThat(p.select(".attachments a").attr("href")).isEqualTo("../thu-tuc/mau-de-nghi.pdf");
        assertThat(site.site().resolve("thu-tuc/mau-de-nghi.pdf")).exists();
        assertThat(p.select(".doc-facts").text()).contains("Trong ngày làm việc (1 ngày làm việc)")
                .contains("Phí chứng thực bản sao: 2.000 đ");
    }

    @Test
    void feesPageGathersEveryFeeOfEveryProcedure() {
        Document p = page("thu-tuc/phi-le-phi.html");
        List<String> rows = p.select("table.fees tbody tr").eachText();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("Chứng thực bản sao từ bản chính").contains("2.000 đ").contains("mỗi trang");
        assertThat(rows.get(1)).contains("Đăng ký khai sinh").contains("Miễn phí");
    }

    @Test
    void proceduresAreGroupedByFieldWithALinkToTheFees() {
        Document list = page("thu-tuc/index.html");
        assertThat(list.select("main h2").eachText()).containsExactly("Chứng thực", "Hộ tịch");
        assertThat(list.select("main a[href$=phi-le-phi.html]")).isNotEmpty();
    }

    @Test
    void receptionScheduleShowsTheComingSessionsFirst() {
        Document p = page("lich-tiep-dan/quy-3.html");
        assertThat(p.select("#sap-toi ~ ul li").eachText()).hasSize(1)
                .first().asString().startsWith("Thứ Năm, 25/07/2024, 07:30 – 11:00");
        assertThat(p.select("#da-qua ~ ul li").eachText()).hasSize(2)
                .first().asString().startsWith("Thứ Năm, 18/07/2024, 13:30 – 16:30");
    }

    @Test
    void genericTableFormatsEachColumnByItsKind() {
        Document p = page("bang/quy.html");
        assertThat(p.select("table.sheet tbody tr").get(0).children().eachText())
                .containsExactly("Kết Thành", "120", "1.250.000 đ", "05/03/2024");
        assertThat(texts(p.select("table.sheet tfoot td"))).containsExactly("Tổng cộng", "200", "2.150.000 đ", "");
    }

    @Test
    void policyPageShowsItsEffectiveDateAudienceAndField() {
        assertThat(page("chinh-sach/bhyt.html").select(".doc-facts").text()).contains("Ngày có hiệu lực 01/02/2024")
                .contains("Đối tượng Người thuộc hộ cận nghèo").contains("Lĩnh vực Y tế");
    }

    @Test
    void article11PageGroupsDisclosuresByItem() {
        Document p = page("cong-khai-theo-dieu-11/index.html");
        assertThat(p.select("main h2")).hasSize(14);
        assertThat(p.select("#muc-7 ~ ul").first().select("a").eachText())
                .containsExactly("Danh sách hộ nghèo, hộ cận nghèo năm 2024", "Hỗ trợ bảo hiểm y tế cho người thuộc hộ cận nghèo",
                        "Danh sách hộ nghèo năm 2023");
        assertThat(p.select("#muc-6 + p").text()).isEqualTo("Chưa có văn bản được đăng.");
    }

    @Test
    void homePageShowsWhatIsPostedOnTheBakeDate() {
        Document home = page("index.html");
        List<String> posted = home.select("#niem-yet ~ ul").first().select("a").eachAttr("href");
        assertThat(posted).contains("ho-ngheo/2024.html", "ngan-sach/2024-6-thang.html", "lich-tiep-dan/quy-3.html",
                "thu-tuc/chung-thuc.html").doesNotContain("ho-ngheo/2023.html", "bang/quy.html");
        assertThat(home.select("#niem-yet ~ p").text()).contains("20/07/2024");
    }

    @Test
    void procedurePagesSayTheyArePostedPermanently() {
        assertThat(page("thu-tuc/chung-thuc.html").select(".doc-facts").text())
                .contains("Niêm yết thường xuyên từ ngày 02/01/2024");
    }

    @Test
    void quarterlyListHasEveryDisclosureOfTheQuarterWithItemFormAndDates() {
        Document q3 = page("danh-muc-cong-khai/2024-q3.html");
        assertThat(q3.select("h1").text()).isEqualTo("Danh mục thông tin công khai quý III năm 2024");
        List<String> rows = q3.select("table.quarter tbody tr").eachText();
        assertThat(rows).hasSize(4);
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Danh sách hộ nghèo, hộ cận nghèo năm 2024")
                .contains("7. Chính sách an sinh xã hội").contains("Niêm yết tại trụ sở UBND xã")
                .contains("Niêm yết từ ngày 02/07/2024 đến ngày 30/07/2024"));
        assertThat(page("danh-muc-cong-khai/index.html").select("main li a").eachAttr("href"))
                .containsExactly("../danh-muc-cong-khai/2024-q3.html", "../danh-muc-cong-khai/2024-q1.html",
                        "../danh-muc-cong-khai/2023-q4.html");
    }

    @Test
    void jsonDisclosuresArePublishedAsJsonWithOnlyPublishedFieldsAndCsvWithBom() throws Exception {
        JsonNode json = JSON.readTree(site.site().resolve("ho-ngheo/2024.json").toFile());
        assertThat(json.has("$schema")).isFalse();
        assertThat(json.has("status")).isFalse();
        assertThat(json.path("ho")).hasSize(4);
        byte[] csv = Files.readAllBytes(site.site().resolve("ho-ngheo/2024.csv"));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().toList()).hasSize(5);
        assertThat(text.lines().findFirst().orElseThrow()).contains("Chủ hộ").contains("Phân loại");
        assertThat(page("ho-ngheo/2024.html").select(".open-data a").eachAttr("href"))
                .containsExactly("../ho-ngheo/2024.csv", "../ho-ngheo/2024.json");
    }

    @Test
    void dataPackageDescribesEveryTableAndOpenDataPageListsThem() throws Exception {
        JsonNode pkg = JSON.readTree(site.site().resolve("datapackage.json").toFile());
        assertThat(pkg.path("resources").findValuesAsText("path")).contains("ho-ngheo/2024.csv",
                "ngan-sach/2024-6-thang.csv", "bang/quy.csv", "thu-tuc/chung-thuc.csv", "lich-tiep-dan/quy-3.csv",
                "ke-hoach/kh.csv");
        for (JsonNode resource : pkg.path("resources")) {
            assertThat(site.site().resolve(resource.path("path").asText())).exists();
            assertThat(resource.path("schema").path("fields")).isNotEmpty();
        }
        assertThat(page("du-lieu-mo/index.html").select("table.datasets tbody tr")).hasSize(pkg.path("resources").size());
        assertThat(site.site().resolve("schemas/ho-ngheo.schema.json")).exists();
    }

    @Test
    void noPageShowsADateOrAmountInMachineFormat() {
        Pattern iso = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
        Pattern rawMoney = Pattern.compile("\\b\\d{5,}\\b");
        for (String file : FixtureSite.hashes(site.site()).keySet()) {
            if (file.endsWith(".html")) {
                String text = Jsoup.parse(site.page(file)).select("main").text();
                assertThat(iso.matcher(text).find()).as(file).isFalse();
                assertThat(rawMoney.matcher(text.replace("2.000815", "").replace("1.001193", "")).find()).as(file).isFalse();
            }
        }
    }
}
