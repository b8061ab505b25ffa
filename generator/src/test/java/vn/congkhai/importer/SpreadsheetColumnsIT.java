package vn.congkhai.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A type's spreadsheet columns come from its JSON Schema (the Vietnamese titles are headings it knows, the required
 * fields the columns it needs) and a short description of the rest. Small sheets written here are imported into the
 * "participation" fixture.
 */
class SpreadsheetColumnsIT {

    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 20);

    private Importer.Outcome run(FixtureSite site, String csv, DisclosureType type) {
        Path sheet = site.write("bang-tinh.csv", csv);
        return new Importer(site.dir(), TODAY).run(new Importer.Request(sheet, type,
                site.dir().resolve("content/" + type.code() + "/nhap.json"), null, null, false, false));
    }

    @Test
    void aPlanHeadedWithTheSchemasTitlesImportsEveryFieldTheSchemaHas() throws Exception {
        FixtureSite site = FixtureSite.of("participation", tmp);
        Importer.Outcome outcome = run(site, """
                PHƯƠNG ÁN BỒI THƯỜNG HỖ TRỢ DỰ ÁN: MỞ RỘNG ĐƯỜNG KẾT THÀNH
                STT,Chủ hộ,Xóm,Tờ bản đồ,Số thửa,Diện tích (m²),Loại đất,Tài sản,Đơn giá đất (đồng/m²),Bồi thường đất,\
                Bồi thường tài sản,Hỗ trợ,Tổng,Ghi chú
                1,Nguyễn Văn An,Kết Thành,12,245,"125,5",Đất trồng lúa,Cây keo (40 cây),95.000,11.922.500,2.000.000,\
                5.000.000,18.922.500,Đã nhận tiền
                """, DisclosureType.BOI_THUONG);

        assertThat(outcome.ok()).as(String.join("\n", outcome.messages())).isTrue();
        assertThat(JSON.readTree(outcome.written().toFile()).path("ho").get(0).toString()).isEqualTo("{\"stt\":1,"
                + "\"chu_ho\":\"Nguyễn Văn An\",\"xom\":\"Kết Thành\",\"to_ban_do\":\"12\",\"so_thua\":\"245\","
                + "\"dien_tich_m2\":125.5,\"loai_dat\":\"Đất trồng lúa\",\"tai_san\":\"Cây keo (40 cây)\","
                + "\"don_gia_dat\":95000,\"boi_thuong_dat\":11922500,\"boi_thuong_tai_san\":2000000,"
                + "\"ho_tro\":5000000,\"tong\":18922500,\"ghi_chu\":\"Đã nhận tiền\"}");
    }

    @Test
    void aSheetWithoutAColumnTheSchemaRequiresNamesItAndTheHeadingToGiveIt() {
        FixtureSite site = FixtureSite.of("participation", tmp);
        Importer.Outcome refused = run(site, """
                DANH SÁCH HỘ NGHÈO NĂM 2025
                STT,Họ và tên chủ hộ,Phân loại,Số nhân khẩu
                1,Nông Văn Tám,Hộ nghèo,4
                """, DisclosureType.HO_NGHEO);

        assertThat(refused.messages()).containsExactly("Bảng tính có 1 chỗ không đọc được, chưa nhập gì:",
                "  Không thấy cột tên xóm. Cách sửa: đặt tên cột là \"Xóm\".",
                "Sửa các dòng trên trong bảng tính rồi chạy lại, hoặc thêm -Dbo-qua-dong-loi để chỉ nhập các dòng "
                        + "đọc được.");
    }

    @Test
    void aBlankRequiredCellIsNamedAsMissingInEveryList() {
        FixtureSite site = FixtureSite.of("participation", tmp);
        Importer.Outcome households = run(site, """
                DANH SÁCH HỘ NGHÈO NĂM 2025
                STT,Họ và tên chủ hộ,Xóm,Phân loại,Số nhân khẩu
                ,Nông Văn Tám,Xóm Khuôn Lân,Hộ nghèo,4
                """, DisclosureType.HO_NGHEO);
        Importer.Outcome plan = run(site, """
                PHƯƠNG ÁN BỒI THƯỜNG HỖ TRỢ DỰ ÁN: MỞ RỘNG ĐƯỜNG KẾT THÀNH
                STT,Họ và tên chủ hộ,Tờ bản đồ,Số thửa,Diện tích (m2),Loại đất,Bồi thường đất,Tổng cộng
                ,Nông Văn Tám,12,245,,Đất trồng lúa,1.000.000,-
                """, DisclosureType.BOI_THUONG);

        assertThat(households.messages()).contains("  Dòng 3 (Nông Văn Tám): thiếu số thứ tự.");
        assertThat(plan.messages()).contains("  Dòng 3 (Nông Văn Tám): thiếu số thứ tự; thiếu diện tích; thiếu tổng.");
    }
}
