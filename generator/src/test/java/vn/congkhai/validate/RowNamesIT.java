package vn.congkhai.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A mistake in a row of a list names the row as an officer counts it: from 1, by the person's name. */
class RowNamesIT {

    @TempDir
    Path tmp;

    /** Issue 27's own example: the label of a category typed for its code, on the second household. */
    @Test
    void aLabelTypedForACodeOnTheSecondHouseholdNamesHerAndSuggestsTheCode() {
        FixtureSite site = FixtureSite.inline(tmp, """
                -- content/ho-ngheo/ds-2024.json --
                {
                  "title": "Danh sách hộ nghèo, hộ cận nghèo năm 2024",
                  "date": "2024-12-20",
                  "type": "ho-ngheo",
                  "so_hieu": "215/QĐ-UBND",
                  "muc_cong_khai": 7,
                  "niem_yet_tu": "2024-12-21",
                  "niem_yet_den": "2025-01-20",
                  "nam": 2024,
                  "dot": "chinh-thuc",
                  "quyet_dinh": "Quyết định số 215/QĐ-UBND ngày 20/12/2024 của UBND xã",
                  "ho": [
                    {"stt": 1, "chu_ho": "Nguyễn Văn An", "xom": "Đồng Tâm", "phan_loai": "ngheo", "so_nhan_khau": 4},
                    {"stt": 2, "chu_ho": "Triệu Thị Hoa", "xom": "Khuôn Câm", "phan_loai": "Hộ nghèo", "so_nhan_khau": 3},
                    {"stt": 3, "chu_ho": "Hoàng Văn Sơn", "xom": "Khuôn Câm", "phan_loai": "can-ngheo"}
                  ]
                }
                """);
        assertThat(site.problems()).containsExactly("content/ho-ngheo/ds-2024.json:14: hộ thứ 2 (Triệu Thị Hoa), "
                + "phan_loai: giá trị \"Hộ nghèo\" là tên, ở đây cần ghi mã (Phân loại). Cách sửa: viết \"ngheo\" (mã "
                + "của \"hộ nghèo\"); các mã: ngheo, can-ngheo, thoat-ngheo, thoat-can-ngheo.");
    }

    /** A line within a line of a budget: each row by its own noun and name, outermost first. */
    @Test
    void aSubLineOfABudgetIsNamedWithinItsLine() {
        FixtureSite site = GoodFiles.withLine(tmp, "content/ngan-sach/2024-6-thang.json", 12,
                "{\"ma\": \"2\", \"noi_dung\": \"Thu khác\", \"du_toan\": \"150.000.000\", \"thuc_hien\": 125000000}");
        assertThat(site.problems()).containsExactly("content/ngan-sach/2024-6-thang.json:12: dòng thu thứ 1 (Thu ngân "
                + "sách xã hưởng 100%), dòng con thứ 2 (Thu khác), du_toan: giá trị \"150.000.000\" sai kiểu (Dự toán "
                + "(đồng)): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng dẫn: Số dự "
                + "toán, bằng đồng, số nguyên, không có dấu phân cách. Ví dụ: 120000000.");
    }
}
