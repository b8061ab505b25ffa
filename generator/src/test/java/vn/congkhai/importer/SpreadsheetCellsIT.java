package vn.congkhai.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same cell means the same value in every type's import: numbers, amounts and dates as officers type them go
 * through one parser. Each test imports small spreadsheets written here into the "participation" fixture (which
 * publishes poor-household lists, compensation plans, land prices, budgets and tables).
 */
class SpreadsheetCellsIT {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 20);

    private static final String HOUSEHOLDS = """
            DANH SÁCH HỘ NGHÈO NĂM 2025
            STT,Họ và tên chủ hộ,Xóm,Phân loại,Số nhân khẩu
            %s,Nông Văn Tám,Xóm Khuôn Lân,Hộ nghèo,"4,0"
            %s,Hà Văn Lợi,Xóm Thậm Thình,Hộ nghèo,3
            """;
    private static final String PLAN = """
            PHƯƠNG ÁN BỒI THƯỜNG HỖ TRỢ DỰ ÁN: MỞ RỘNG ĐƯỜNG KẾT THÀNH
            STT,Họ và tên chủ hộ,Xóm,Tờ bản đồ,Số thửa,Diện tích (m2),Loại đất,Bồi thường đất,Hỗ trợ,Tổng cộng
            %s,Nông Văn Tám,Kết Thành,12,245,"125,5",Đất trồng lúa,1.000.000 đ,"1.000.000,0","2.000.000 đồng"
            %s,Hà Văn Lợi,Đồng Kè,12,246,60,Đất trồng lúa,1.000.000,0,1.000.000
            """;

    private Importer.Outcome run(FixtureSite site, String csv, DisclosureType type) {
        Path sheet = site.write("bang-tinh.csv", csv);
        return new Importer(site.dir(), TODAY).run(new Importer.Request(sheet, type,
                site.dir().resolve("content/" + type.code() + "/nhap.json"), null, null, false, false));
    }

    private JsonNode imported(FixtureSite site, String csv, DisclosureType type) throws Exception {
        Importer.Outcome outcome = run(site, csv, type);
        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        return JSON.readTree(outcome.written().toFile());
    }

    @Test
    void aRowNumberTypedWithADecimalCommaOrAThousandsDotIsTheSameInEveryList() throws Exception {
        FixtureSite site = FixtureSite.of("participation", tmp);
        JsonNode households = imported(site, HOUSEHOLDS.formatted("\"1,0\"", "1.000"), DisclosureType.HO_NGHEO);
        JsonNode plan = imported(site, PLAN.formatted("\"1,0\"", "1.000"), DisclosureType.BOI_THUONG);

        assertThat(households.path("ho").findValuesAsText("stt")).containsExactly("1", "1000");
        assertThat(plan.path("ho").findValuesAsText("stt")).containsExactly("1", "1000");
        assertThat(households.path("ho").get(0).path("so_nhan_khau").asInt()).isEqualTo(4);
    }

    @Test
    void anAmountWithThousandsDotsAndDongIsTheSameInEveryList() throws Exception {
        FixtureSite site = FixtureSite.of("participation", tmp);
        JsonNode plan = imported(site, PLAN.formatted("1", "2"), DisclosureType.BOI_THUONG);
        JsonNode prices = imported(site, """
                Bảng giá đất ở tại nông thôn năm 2025
                Tuyến đường,Vị trí,Giá đất (đồng/m²)
                Đường Kết Thành,1,1.000.000 đ
                Đường Kết Thành,2,"1.000.000,0"
                """, DisclosureType.GIA_DAT);
        JsonNode budget = imported(site, """
                CÔNG KHAI DỰ TOÁN NGÂN SÁCH XÃ NĂM 2025
                STT;Nội dung;Dự toán năm
                A;THU NGÂN SÁCH XÃ;
                1;Phí, lệ phí;1.000.000 đ
                2;Thu khác;"1.000.000,0"
                """, DisclosureType.NGAN_SACH);

        assertThat(plan.path("ho").get(0).toString()).contains("\"boi_thuong_dat\":1000000,\"ho_tro\":1000000,"
                + "\"tong\":2000000");
        assertThat(prices.path("dong").findValuesAsText("gia_vnd_m2")).containsExactly("1000000", "1000000");
        assertThat(budget.path("thu").findValuesAsText("du_toan")).containsExactly("1000000", "1000000");
    }

    @Test
    void aFractionalRowNumberIsRefusedInTheSameWordsInEveryList() {
        FixtureSite site = FixtureSite.of("participation", tmp);
        for (DisclosureType type : List.of(DisclosureType.HO_NGHEO, DisclosureType.BOI_THUONG)) {
            String csv = (type == DisclosureType.HO_NGHEO ? HOUSEHOLDS : PLAN).formatted("\"1,5\"", "2");
            Importer.Outcome refused = run(site, csv, type);

            assertThat(refused.messages()).as(type.code()).containsExactly(
                    "Bảng tính có 1 chỗ không đọc được, chưa nhập gì:",
                    "  Dòng 3 (Nông Văn Tám): số thứ tự \"1,5\" không phải số.",
                    "Sửa các dòng trên trong bảng tính rồi chạy lại, hoặc thêm -Dbo-qua-dong-loi để chỉ nhập các "
                            + "dòng đọc được.");
            assertThat(site.dir().resolve("content/" + type.code() + "/nhap.json")).doesNotExist();
        }
    }

    @Test
    void aDateTypedDayFirstAndExcelsDayCountAreTheSameDate() throws Exception {
        FixtureSite site = FixtureSite.of("participation", tmp);
        JsonNode table = imported(site, """
                CÔNG KHAI KẾT QUẢ ĐÓNG GÓP QUỸ NĂM 2024
                STT,Xóm,Số tiền (đồng),Ngày nộp
                1,Xóm Kết Thành,1.000.000 đ,12/3/2024
                2,Xóm Đồng Mạc,"1.000.000,0",45363
                3,Xóm Ấp Chè,1000000,2024-03-12
                """, DisclosureType.BANG);

        assertThat(table.path("cot").findValuesAsText("kieu")).containsExactly("so", "text", "tien", "ngay");
        assertThat(table.path("dong").findValuesAsText("ngay_nop"))
                .containsExactly("2024-03-12", "2024-03-12", "2024-03-12");
        assertThat(table.path("dong").findValuesAsText("so_tien_dong")).containsOnly("1000000");
    }

    @Test
    void aDayCountOutsideTheYearsOfAnyDisclosureIsNamedAsNoDate() {
        FixtureSite site = FixtureSite.of("participation", tmp);
        Importer.Outcome refused = run(site, """
                CÔNG KHAI KẾT QUẢ ĐÓNG GÓP QUỸ NĂM 2024
                STT,Xóm,Ngày nộp
                1,Xóm Kết Thành,12/3/2024
                2,Xóm Đồng Mạc,45363
                3,Xóm Ấp Chè,12345
                """, DisclosureType.BANG);

        assertThat(refused.messages()).containsExactly("Bảng tính có 1 chỗ không đọc được, chưa nhập gì:",
                "  Dòng 5: cột \"Ngày nộp\" có \"12345\" không phải ngày (cần dạng ngày/tháng/năm, ví dụ 07/03/2025).",
                "Sửa các dòng trên trong bảng tính rồi chạy lại, hoặc thêm -Dbo-qua-dong-loi để chỉ nhập các dòng "
                        + "đọc được.");
    }
}
