package vn.congkhai.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers' spreadsheets (fixtures in src/test/resources/import) imported into a fixture project ("types", or
 * "participation" for land prices and compensation plans), then baked.
 */
class ImporterIT {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 20);

    private Importer.Outcome run(FixtureSite site, String fixture, DisclosureType type, String output, boolean skip) {
        Path out = site.dir().resolve(output);
        return new Importer(site.dir(), TODAY).run(new Importer.Request(FixtureSite.resource("import/" + fixture), type,
                out, null, null, false, skip));
    }

    /** Publishes an imported draft so that its page is baked too. */
    private static void publish(Path file) throws Exception {
        Files.writeString(file, Files.readString(file).replace("\"status\": \"draft\"", "\"status\": \"published\""));
    }

    @Test
    void anXlsxWithTitleRowsMergedHeadingsAndMarkColumnsBecomesAHouseholdListThatBakes() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Importer.Outcome outcome = run(site, "ho-ngheo-2025.xlsx", DisclosureType.HO_NGHEO, "content/ho-ngheo/2025.json", false);
        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        JsonNode doc = JSON.readTree(outcome.written().toFile());
        assertThat(doc.path("$schema").asText()).isEqualTo("../../target/schemas/ho-ngheo.schema.json");
        assertThat(doc.path("title").asText()).isEqualTo("Danh sách hộ nghèo, hộ cận nghèo năm 2025 của xã lục ba");
        assertThat(doc.path("status").asText()).isEqualTo("draft");
        assertThat(doc.path("date").asText()).isEqualTo("2024-07-20");
        assertThat(doc.path("nam").asInt()).isEqualTo(2025);
        assertThat(doc.path("dot").asText()).isEqualTo("chinh-thuc");
        assertThat(doc.path("ho")).hasSize(4);
        assertThat(doc.path("ho").get(1).toString()).isEqualTo("{\"stt\":2,\"chu_ho\":\"Lưu Thị Mai\","
                + "\"xom\":\"Xóm Đồng Mạc\",\"phan_loai\":\"can-ngheo\",\"so_nhan_khau\":3,\"ghi_chu\":\"Hộ mới tách\"}");
        assertThat(doc.path("ho").get(2).path("phan_loai").asText()).isEqualTo("ngheo");
        publish(outcome.written());
        site.bake();
        assertThat(Jsoup.parse(site.page("ho-ngheo/2025.html")).select("table.households tbody tr")).hasSize(4);
    }

    @Test
    void textFormattedAmountsAndTheTotalsRowBecomeATypedTable() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Importer.Outcome outcome = new Importer(site.dir(), TODAY).run(new Importer.Request(
                FixtureSite.resource("import/quy-thien-tai-2025.xlsx"), DisclosureType.BANG,
                site.dir().resolve("content/bang/quy-thien-tai.json"), null, 5, false, false));
        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        JsonNode doc = JSON.readTree(outcome.written().toFile());
        assertThat(doc.path("title").asText()).isEqualTo("Công khai kết quả đóng góp quỹ phòng, chống thiên tai năm 2025");
        assertThat(doc.path("muc_cong_khai").asInt()).isEqualTo(5);
        assertThat(doc.path("cot").findValuesAsText("kieu")).containsExactly("so", "text", "so", "tien", "ngay");
        assertThat(doc.path("cot").findValuesAsText("ten")).containsExactly("STT", "Xóm", "Số hộ", "Số tiền (đồng)", "Ngày nộp");
        assertThat(doc.path("dong").get(0).path("so_tien_dong").asLong()).isEqualTo(1_250_000);
        assertThat(doc.path("dong").get(1).path("ngay_nop").asText()).isEqualTo("2025-03-07");
        assertThat(doc.path("tong").path("so_tien_dong").asLong()).isEqualTo(2_230_000);
        publish(outcome.written());
        site.bake();
        assertThat(Jsoup.parse(site.page("bang/quy-thien-tai.html")).select("table.sheet tfoot").text())
                .contains("2.230.000 đ");
    }

    @Test
    void aBudgetCsvNestsLinesByTheirCodesAndKeepsTheDeclaredTotals() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Importer.Outcome outcome = run(site, "ngan-sach-6-thang-2025.csv", DisclosureType.NGAN_SACH,
                "content/ngan-sach/2025-6-thang.json", false);
        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        JsonNode doc = JSON.readTree(outcome.written().toFile());
        assertThat(doc.path("giai_doan").asText()).isEqualTo("thuc-hien-6-thang");
        assertThat(doc.path("thu")).hasSize(2);
        assertThat(doc.path("thu").get(0).path("dong")).hasSize(2);
        assertThat(doc.path("chi")).hasSize(1);
        assertThat(doc.path("tong_thu").path("thuc_hien").asLong()).isEqualTo(4_148_350_000L);
        publish(outcome.written());
        site.bake();
        assertThat(site.site().resolve("ngan-sach/2025-6-thang.html")).exists();
    }

    @Test
    void unreadableRowsAreReportedByRowNumberAndNothingIsWritten() {
        FixtureSite site = FixtureSite.of("types", tmp);
        Importer.Outcome outcome = run(site, "ho-ngheo-co-dong-loi.csv", DisclosureType.HO_NGHEO,
                "content/ho-ngheo/bo-sung.json", false);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.messages()).contains("  Dòng 4: thiếu tên chủ hộ.",
                "  Dòng 5 (Triệu Thị Nga): số nhân khẩu \"bốn\" không phải số.");
        assertThat(site.dir().resolve("content/ho-ngheo/bo-sung.json")).doesNotExist();
    }

    @Test
    void whenAskedTheReadableRowsAreImportedAndTheOthersListed() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Importer.Outcome outcome = run(site, "ho-ngheo-co-dong-loi.csv", DisclosureType.HO_NGHEO,
                "content/ho-ngheo/bo-sung.json", true);
        assertThat(outcome.ok()).isTrue();
        JsonNode doc = JSON.readTree(outcome.written().toFile());
        assertThat(doc.path("ho").findValuesAsText("chu_ho")).containsExactly("Nông Văn Tám", "Hà Văn Lợi");
        assertThat(doc.path("ho").get(0).path("phan_loai").asText()).isEqualTo("can-ngheo");
        assertThat(doc.path("dot").asText()).isEqualTo("bo-sung");
        assertThat(outcome.messages()).anyMatch(m -> m.contains("Bỏ qua: Dòng 4"));
        site.bake();
    }

    @Test
    void theDecisionNumberASubtitleNamesBecomesTheDocumentNumber() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path sheet = site.write("danh-sach.csv", "DANH SÁCH HỘ CẬN NGHÈO BỔ SUNG NĂM 2025\n"
                + "(Kèm theo Quyết định số 37/QĐ-UBND ngày 20/3/2025 của Ủy ban nhân dân xã)\n"
                + "STT,Họ và tên chủ hộ,Xóm,Phân loại,Số nhân khẩu\n1,Nông Văn Tám,Xóm Khuôn Lân,Hộ cận nghèo,3\n");
        Importer.Outcome outcome = new Importer(site.dir(), TODAY).run(new Importer.Request(sheet,
                DisclosureType.HO_NGHEO, site.dir().resolve("content/ho-ngheo/bo-sung.json"), null, null, false, false));

        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        assertThat(JSON.readTree(outcome.written().toFile()).path("so_hieu").asText()).isEqualTo("37/QĐ-UBND");
    }

    @Test
    void anExistingFileIsNeverOverwrittenWithoutTheFlag() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path existing = site.write("content/ho-ngheo/2025.json", "{}");
        Importer.Outcome outcome = run(site, "ho-ngheo-2025.xlsx", DisclosureType.HO_NGHEO, "content/ho-ngheo/2025.json", false);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.messages().get(0)).contains("đã có, không ghi đè").contains("-Dghi-de");
        assertThat(Files.readString(existing)).isEqualTo("{}");
    }

    @Test
    void aPriceTableWithThePositionsSideBySideBecomesOnePricePerPosition() throws Exception {
        FixtureSite site = FixtureSite.of("participation", tmp);
        Importer.Outcome outcome = run(site, "gia-dat-2025.csv", DisclosureType.GIA_DAT, "content/gia-dat/2025.json", false);
        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        assertThat(outcome.messages()).contains("  Lưu ý: Loại đất lấy từ tiêu đề: \"Đất ở tại nông thôn\".");
        JsonNode doc = JSON.readTree(outcome.written().toFile());
        assertThat(doc.path("title").asText()).isEqualTo("Bảng giá đất ở tại nông thôn năm 2025");
        assertThat(doc.path("muc_cong_khai").asInt()).isEqualTo(3);
        assertThat(doc.path("ap_dung_tu").asText()).isEqualTo("2025-01-01");
        assertThat(doc.path("dong")).hasSize(6);
        assertThat(doc.path("dong").get(1).toString()).isEqualTo("{\"tuyen_duong\":\"Đường Kết Thành\",\"doan\":"
                + "\"Ngã ba chợ - cầu Đồng Kè\",\"vi_tri\":2,\"loai_dat\":\"Đất ở tại nông thôn\",\"gia_vnd_m2\":2100000}");
        publish(outcome.written());
        site.bake();
        assertThat(Jsoup.parse(site.page("gia-dat/2025.html")).select("table.land-prices tbody tr")).hasSize(3);
    }

    @Test
    void aPriceTableRowThatCannotBeReadIsNamedAndNothingIsWritten() {
        FixtureSite site = FixtureSite.of("participation", tmp);
        Importer.Outcome outcome = run(site, "gia-dat-theo-dong.csv", DisclosureType.GIA_DAT, "content/gia-dat/2025.json", false);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.messages()).containsExactly("Bảng tính có 1 chỗ không đọc được, chưa nhập gì:",
                "  Dòng 5 (Đường Ấp Chè): vị trí \"5\" không phải số từ 1 đến 4.",
                "Sửa các dòng trên trong bảng tính rồi chạy lại, hoặc thêm -Dbo-qua-dong-loi để chỉ nhập các dòng đọc được.");
        assertThat(site.dir().resolve("content/gia-dat/2025.json")).doesNotExist();
    }

    @Test
    void aCompensationPlanLeavesIdNumbersOutAndKeepsTheTotalsRow() throws Exception {
        FixtureSite site = FixtureSite.of("participation", tmp);
        Importer.Outcome outcome = run(site, "boi-thuong-duong-ket-thanh.csv", DisclosureType.BOI_THUONG,
                "content/boi-thuong/2025.json", false);
        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        assertThat(outcome.messages()).contains("  Lưu ý: Bỏ qua cột \"Số CCCD\": dữ liệu cá nhân không được công khai.");
        JsonNode doc = JSON.readTree(outcome.written().toFile());
        assertThat(doc.path("du_an").asText()).isEqualTo("Mở rộng đường kết thành");
        assertThat(doc.path("tong_cong").asLong()).isEqualTo(226_922_500L);
        assertThat(doc.path("ho").get(0).toString()).isEqualTo("{\"stt\":1,\"chu_ho\":\"Nguyễn Văn An\",\"xom\":"
                + "\"Kết Thành\",\"to_ban_do\":\"12\",\"so_thua\":\"245\",\"dien_tich_m2\":125.5,\"loai_dat\":"
                + "\"Đất trồng lúa\",\"don_gia_dat\":95000,\"boi_thuong_dat\":11922500,\"ho_tro\":5000000,"
                + "\"tong\":16922500}");
        assertThat(outcome.written().toFile()).content().doesNotContain("034185000123");
        publish(outcome.written());
        site.bake();
        assertThat(Jsoup.parse(site.page("boi-thuong/2025.html")).select("table.compensation tfoot").text())
                .endsWith("226.922.500 đ");
    }
}
