package vn.congkhai.participation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.BakeReport;
import vn.congkhai.testing.FixtureSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultations, answers to citizens, land prices and compensation plans bake to their pages, printouts, open data,
 * search entries and compliance warnings. Fixture "participation", bake date 2024-07-20.
 */
class ParticipationTypesIT {

    @TempDir
    static Path tmp;
    static FixtureSite site;
    static BakeReport report;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void bake() throws Exception {
        site = FixtureSite.of("participation", tmp);
        report = site.bake();
    }

    /** Texts of the elements, empty ones included. */
    static List<String> texts(org.jsoup.select.Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    static Document page(String uri) {
        return Jsoup.parse(site.page(uri));
    }

    @Test
    void anOpenConsultationSaysHowManyDaysAreLeftOnTheBakeDate() {
        Document p = page("lay-y-kien/duong-xom.html");
        assertThat(p.select(".consultation-state").text()).isEqualTo("Đang lấy ý kiến — còn 12 ngày");
        assertThat(p.select(".consultation-state").hasClass("state-dang-lay-y-kien")).isTrue();
        assertThat(p.select(".doc-facts").text()).contains("Nhân dân các xóm Kết Thành, Đồng Kè")
                .contains("Từ ngày 10/07/2024 đến hết ngày 01/08/2024");
        assertThat(p.select("#du-thao ~ p strong").text()).isEqualTo("5 m");
        assertThat(p.select("#cach-gop-y ~ ul.how-to li").eachText()).containsExactly(
                "Gửi góp ý tại: Bộ phận tiếp nhận và trả kết quả, UBND xã Phú Thịnh", "Điện thoại: 0208 3000 111",
                "Thư điện tử: phuthinh@example.vn");
        assertThat(p.select("#cach-gop-y ~ ul.sessions li").eachText()).containsExactly(
                "15/07/2024, 19:30 Nhà văn hóa xóm Kết Thành", "16/07/2024, 19:30 Nhà văn hóa xóm Đồng Kè");
        assertThat(p.select("#ket-qua")).isEmpty();
    }

    @Test
    void aClosedConsultationShowsItsOpinionsWithTheAnswersAndTheDecision() {
        Document p = page("lay-y-kien/quy-che.html");
        assertThat(p.select(".consultation-state").text()).isEqualTo("Đã kết thúc lấy ý kiến ngày 02/05/2024");
        assertThat(p.select("#ket-qua ~ p").first().text()).isEqualTo("Tổng số ý kiến nhận được: 42.");
        List<String> rows = p.select("table.opinions tbody tr").eachText();
        assertThat(rows).containsExactly("1 Đề nghị công khai thêm trên loa truyền thanh 12 Tiếp thu, bổ sung vào Điều 5",
                "2 Đề nghị họp xóm vào buổi tối 30 Tiếp thu");
        assertThat(p.select(".outcome").text()).isEqualTo("Quyết định: Ban hành Quy chế có điều chỉnh theo ý kiến Nhân "
                + "dân (văn bản số 12/QĐ-UBND ngày 20/05/2024)");
        assertThat(p.select("#cach-gop-y")).as("no way to respond once closed").isEmpty();
        assertThat(page("lay-y-kien/cho.html").select(".consultation-state").text())
                .isEqualTo("Đã kết thúc lấy ý kiến ngày 01/06/2024 — đang tổng hợp kết quả");
    }

    @Test
    void aConsultationWrittenInMarkdownHasItsFieldsInTheHeaderAndTheDraftAsItsBody() throws Exception {
        Document p = page("lay-y-kien/nha-van-hoa.html");
        assertThat(p.select(".consultation-state").text()).isEqualTo("Đang lấy ý kiến — hôm nay là ngày cuối");
        assertThat(p.select(".doc-facts").text()).contains("Nhân dân xóm Đồng Kè");
        assertThat(p.select(".doc-body strong").text()).isEqualTo("nhà văn hóa xóm Đồng Kè");
        assertThat(p.select("#cach-gop-y ~ ul.sessions li").eachText()).containsExactly("18/07/2024, 19:30 Sân nhà văn hóa cũ");
        assertThat(p.select("#ket-qua ~ p").first().text()).isEqualTo("Tổng số ý kiến nhận được: 0.");
        assertThat(site.site().resolve("lay-y-kien/nha-van-hoa.csv")).exists();
        JsonNode json = JSON.readTree(site.site().resolve("lay-y-kien/nha-van-hoa.json").toFile());
        assertThat(json.path("so_y_kien").isInt()).as("so_y_kien published as a number").isTrue();
        assertThat(json.path("doi_tuong").get(0).asText()).isEqualTo("Đồng Kè");
        String index = Files.readString(site.site().resolve("tim-kiem/chi-muc.json"), StandardCharsets.UTF_8);
        assertThat(index).contains("trên thửa đất công ích cạnh trường mầm non");
    }

    @Test
    void theHomePageListsOpenConsultationsFirst() {
        Document home = page("index.html");
        Element first = home.selectFirst("main h2");
        assertThat(first.text()).isEqualTo("Đang lấy ý kiến Nhân dân");
        assertThat(home.select(".open-consultations li").eachText()).containsExactly(
                "Lấy ý kiến Nhân dân về vị trí xây dựng nhà văn hóa xóm Đồng Kè Đang lấy ý kiến — hôm nay là ngày cuối",
                "Lấy ý kiến Nhân dân về dự thảo phương án mở rộng đường xóm Kết Thành Đang lấy ý kiến — còn 12 ngày");
    }

    @Test
    void aClosedConsultationWithoutResultAfterThirtyDaysIsAComplianceWarning() {
        // Decree 42's about what a document gives (a number) are checked in Decree42ComplianceIT
        assertThat(report.warnings()).filteredOn(w -> w.uri() != null && w.uri().startsWith("lay-y-kien/")
                        && !w.rule().contains("Nghị định 42/2022"))
                .extracting(w -> w.format()).containsExactly("Cảnh báo: Lấy ý kiến Nhân dân về việc di chuyển chợ xã: "
                        + "đã kết thúc lấy ý kiến ngày 01/06/2024, 49 ngày trước, nhưng chưa công khai kết quả. Cách "
                        + "làm: thêm số ý kiến (so_y_kien), tổng hợp ý kiến và giải trình (y_kien), quyết định (ket_qua) "
                        + "vào tệp.");
    }

    @Test
    void answersAreGroupedByTopicWithAnIndexByHamlet() {
        Document p = page("tra-loi/ky-hop-thu-7.html");
        assertThat(p.select("nav.filters ul.chips a").eachText()).containsExactly("Đất đai (1)", "Giao thông (2)");
        assertThat(p.select("nav.filters ul.chips a").eachAttr("href")).containsExactly("#linh-vuc-1", "#linh-vuc-2");
        assertThat(p.select("ul.by-hamlet li").eachText()).containsExactly("Đồng Kè: câu 3", "Kết Thành: câu 1");
        assertThat(p.select("#linh-vuc-2 ~ .answer h3").eachText()).containsExactly("Câu 1 — xóm Kết Thành",
                "Câu 3 — xóm Đồng Kè");
        assertThat(p.select("#cau-2 .answer-meta").text()).isEqualTo("Công chức Địa chính · Đang giải quyết");
        assertThat(p.select(".answer-counts").text())
                .isEqualTo("Đã trả lời: 1 · Đang giải quyết: 1 · Chuyển cơ quan khác: 1");
    }

    @Test
    void answersAcrossAllListsHaveAStaticPageForEachTopicAndHamlet() {
        Document list = page("tra-loi/index.html");
        assertThat(list.select("main a[href$=tra-loi/tra-cuu.html]").eachText())
                .containsExactly("Tra cứu câu trả lời theo lĩnh vực, theo xóm");
        Document index = page("tra-loi/tra-cuu.html");
        assertThat(index.select("#theo-linh-vuc ~ ul li").eachText()).containsExactly("Đất đai (1)", "Giao thông (2)");
        assertThat(index.select("#theo-linh-vuc ~ ul a").eachAttr("href"))
                .containsExactly("../tra-loi/linh-vuc-dat-dai.html", "../tra-loi/linh-vuc-giao-thong.html");
        assertThat(index.select("#theo-xom ~ ul li").eachText()).containsExactly("Xóm Đồng Kè (1)", "Xóm Kết Thành (1)");
        Document topic = page("tra-loi/linh-vuc-giao-thong.html");
        assertThat(topic.select("h1").text()).isEqualTo("Trả lời, giải trình: lĩnh vực Giao thông");
        assertThat(topic.select(".answer h2").eachText()).containsExactly("Giao thông — xóm Đồng Kè",
                "Giao thông — xóm Kết Thành");
        assertThat(topic.select(".answer-meta a").eachAttr("href")).containsExactly(
                "../tra-loi/ky-hop-thu-7.html#cau-3", "../tra-loi/ky-hop-thu-7.html#cau-1");
        assertThat(site.site().resolve("tra-loi/xom-dong-ke.html")).exists();
        assertThat(site.page("sitemap.xml")).contains("tra-loi/linh-vuc-dat-dai.html");
    }

    @Test
    void landPricesAreGroupedByLandTypeWithThePositionsSideBySide() {
        Document p = page("gia-dat/2024.html");
        assertThat(p.select("main h2").eachText()).contains("Đất ở tại nông thôn", "Đất trồng lúa");
        org.jsoup.select.Elements rows = p.select("#loai-dat-1 ~ .table-wrap tbody tr");
        assertThat(texts(rows.get(0).children())).containsExactly("Đường Ấp Chè", "", "1.800.000 đ", "", "", "");
        assertThat(texts(rows.get(1).children())).containsExactly("Đường Kết Thành",
                "Từ ngã ba chợ đến cầu Đồng Kè", "3.500.000 đ", "2.100.000 đ", "", "");
    }

    @Test
    void aRoadIsFoundWithoutDiacritics() throws Exception {
        String index = Files.readString(site.site().resolve("tim-kiem/chi-muc.json"), StandardCharsets.UTF_8);
        assertThat(index).contains("Đường Ấp Chè");
        assertThat(vn.congkhai.text.VietnameseText.fold("Đường Ấp Chè")).isEqualTo("duong ap che");
    }

    @Test
    void aCompensationPlanListsEveryHouseholdWithItsAmountsAndTheTotals() {
        Document p = page("boi-thuong/duong-ket-thanh.html");
        assertThat(p.select(".doc-facts").text()).contains("Dự án Mở rộng đường Kết Thành")
                .contains("Tổng kinh phí 241.422.500 đ");
        List<String> first = texts(p.select("table.compensation tbody tr").get(0).children());
        assertThat(first).containsExactly("1", "Nguyễn Văn An Xóm Kết Thành", "Tờ 12, thửa 245",
                "125,5 m², Đất trồng lúa Đơn giá 95.000 đ/m²", "", "11.922.500 đ", "0 đ", "5.000.000 đ", "16.922.500 đ");
        assertThat(p.select("table.compensation tbody tr").get(1).child(4).text())
                .isEqualTo("Tường rào 20 m × 500.000 đ; Cây nhãn 3 cây × 1.500.000 đ");
        assertThat(p.select("table.compensation tfoot").text())
                .isEqualTo("Tổng cộng 221.922.500 đ 14.500.000 đ 5.000.000 đ 241.422.500 đ");
        assertThat(p.select("#theo-xom ~ ul li").eachText()).containsExactly("Đồng Kè: 1 hộ, 224.500.000 đ",
                "Kết Thành: 1 hộ, 16.922.500 đ");
    }

    @Test
    void eachTypeIsPublishedAsOpenDataAndAsAPrintout() throws Exception {
        for (String stem : List.of("lay-y-kien/quy-che", "tra-loi/ky-hop-thu-7", "gia-dat/2024",
                "boi-thuong/duong-ket-thanh")) {
            assertThat(site.site().resolve(stem + ".json")).as(stem).exists();
            assertThat(site.site().resolve(stem + ".csv")).as(stem).exists();
            assertThat(site.site().resolve(stem + ".pdf")).as(stem).exists();
        }
        String csv = Files.readString(site.site().resolve("boi-thuong/duong-ket-thanh.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFSTT,\"Chủ hộ\",Xóm,\"Tờ bản đồ\",\"Số thửa\",\"Diện tích (m²)\",\"Loại đất\",\"Tài sản\","
                        + "\"Đơn giá đất (đồng/m²)\",\"Bồi thường đất (đồng)\",\"Bồi thường tài sản (đồng)\","
                        + "\"Hỗ trợ (đồng)\",\"Tổng (đồng)\"",
                "1,\"Nguyễn Văn An\",\"Kết Thành\",12,245,125.5,\"Đất trồng lúa\",,95000,11922500,0,5000000,16922500",
                "2,\"Trần Thị Bình\",\"Đồng Kè\",12a,246,60,\"Đất ở tại nông thôn\",\"Tường rào (20 m); Cây nhãn (3 cây)\","
                        + ",210000000,14500000,0,224500000");
        assertThat(Files.readString(site.site().resolve("gia-dat/2024.csv"), StandardCharsets.UTF_8).lines())
                .first().isEqualTo("\uFEFF\"Tuyến đường, khu vực\",\"Đoạn (từ – đến)\",\"Vị trí\",\"Loại đất\","
                        + "\"Giá đất (đồng/m²)\"");
        JsonNode json = JSON.readTree(site.site().resolve("lay-y-kien/duong-xom.json").toFile());
        assertThat(json.path("cach_gop_y").path("dien_thoai").asText()).isEqualTo("0208 3000 111");
        assertThat(json.has("status")).isFalse();
        String answers = Files.readString(site.site().resolve("tra-loi/ky-hop-thu-7.csv"), StandardCharsets.UTF_8);
        assertThat(answers.lines().skip(1).findFirst().orElseThrow()).startsWith("1,2024-06-10,\"Kết Thành\",\"Giao thông\",");
    }

    @Test
    void theArticle11PageNamesTheSectionsOfItems3And11() {
        Document p = page("cong-khai-theo-dieu-11/index.html");
        assertThat(p.select("#muc-3 + p a").eachText()).containsExactly("Bồi thường, hỗ trợ, tái định cư",
                "Bảng giá đất");
        assertThat(p.select("#muc-11 + p a").eachText()).containsExactly("Lấy ý kiến Nhân dân", "Trả lời, giải trình");
        assertThat(p.select("#muc-3 ~ ul").first().select("a").eachText()).contains(
                "Phương án bồi thường, hỗ trợ dự án mở rộng đường Kết Thành", "Bảng giá đất trên địa bàn xã Phú Thịnh năm 2024");
    }
}
