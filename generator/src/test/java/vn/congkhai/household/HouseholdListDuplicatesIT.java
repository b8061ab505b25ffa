package vn.congkhai.household;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A household written twice under two numbers would be counted twice: the second row is an error. */
class HouseholdListDuplicatesIT {

    /** The four households of {@link GoodFiles#HOUSEHOLDS}: the last is on line 16, the counts on line 18. */
    private static final String FILE = "content/ho-ngheo/2024.json";
    private static final String TOTALS = "\"tong_hop\": {\"ngheo\": 2, \"can-ngheo\": 2}";

    @TempDir
    Path tmp;

    @Test
    void theSameHouseholdUnderAnotherNumberIsAnErrorOnTheSecondRow() {
        // Row 2 again, typed with other capitals and spaces; the declared counts agree with the rows.
        FixtureSite site = GoodFiles.withLine(tmp, FILE, 16, "{\"stt\": 4, \"chu_ho\": \"trần  thị Bình \", "
                + "\"xom\": \"Kết thành\", \"phan_loai\": \"can-ngheo\", \"so_nhan_khau\": 3}").withLine(FILE, 18, TOTALS);
        assertThat(site.problems()).containsExactly("content/ho-ngheo/2024.json:16: hộ thứ 4 (trần thị Bình): hộ \"trần  thị Bình\" "
                + "được ghi hai lần: giống hệt hộ thứ 2 (Trần Thị Bình), cùng chủ hộ, xóm, phân loại, số nhân khẩu và "
                + "ghi chú, nên hộ bị đếm hai lần. Cách sửa: xoá dòng lặp; nếu đúng là hai hộ khác nhau có chủ hộ trùng "
                + "tên, ghi vào ghi_chu điều phân biệt hai hộ, ví dụ \"con ông Nguyễn Văn Ba\" (không ghi ngày sinh hay "
                + "số định danh).");
    }

    @Test
    void twoHouseholdsWithTheSameHeadToldApartInTheNoteAreBothCounted() throws Exception {
        FixtureSite site = GoodFiles.withLine(tmp, FILE, 16, "{\"stt\": 4, \"chu_ho\": \"Trần Thị Bình\", "
                + "\"xom\": \"Kết Thành\", \"phan_loai\": \"can-ngheo\", \"so_nhan_khau\": 3, "
                + "\"ghi_chu\": \"con ông Trần Văn Ba\"}").withLine(FILE, 18, TOTALS);
        site.bake();
        assertThat(Jsoup.parse(site.page("ho-ngheo/2024.html")).select("table.households tbody tr")).hasSize(4);
    }
}
