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

/** Land price tables and compensation plans from officers' spreadsheets, imported into the "participation" fixture. */
class ParticipationImportIT {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 20);

    private Importer.Outcome run(FixtureSite site, String fixture, DisclosureType type, String output) {
        return new Importer(site.dir(), TODAY).run(new Importer.Request(FixtureSite.resource("import/" + fixture), type,
                site.dir().resolve(output), null, null, false, false));
    }

    private static void publish(Path file) throws Exception {
        Files.writeString(file, Files.readString(file).replace("\"status\" : \"draft\"", "\"status\" : \"published\""));
    }

    @Test
    void aPriceTableWithThePositionsSideBySideBecomesOnePricePerPosition() throws Exception {
        FixtureSite site = FixtureSite.of("participation", tmp);
        Importer.Outcome outcome = run(site, "gia-dat-2025.csv", DisclosureType.GIA_DAT, "content/gia-dat/2025.json");
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
        Importer.Outcome outcome = run(site, "gia-dat-theo-dong.csv", DisclosureType.GIA_DAT, "content/gia-dat/2025.json");
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
                "content/boi-thuong/2025.json");
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
