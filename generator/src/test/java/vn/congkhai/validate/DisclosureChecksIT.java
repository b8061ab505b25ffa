package vn.congkhai.validate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each check of the content contract, proved on a bad file: a good file with one line written wrong. The check
 * fails with exactly the error an officer reads, and nothing else. The budget, household list and table are written
 * whole in {@link GoodFiles}, where the line a message names can be counted; the checks across files use the
 * {@code types} fixture.
 */
class DisclosureChecksIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            budget total off by 1 đ | 19 | `"tong_thu": {"du_toan": 1200000001, "thuc_hien": 650000000},` | `content/ngan-sach/2024-6-thang.json:19: tong_thu.du_toan: tổng thu dự toán ghi 1.200.000.001 đ nhưng tổng các dòng là 1.200.000.000 đ (chênh 1 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            budget line not equal to its sub-lines | 11 | `{"ma": "1", "noi_dung": "Phí, lệ phí", "du_toan": 50000001, "thuc_hien": 25000000},` | `content/ngan-sach/2024-6-thang.json:10: dòng thu thứ 1 (Thu ngân sách xã hưởng 100%), du_toan: dòng "Thu ngân sách xã hưởng 100%" có dự toán 200.000.000 đ nhưng tổng các dòng con là 200.000.001 đ (chênh -1 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            budget actual total | 20 | `"tong_chi": {"du_toan": 1200000000, "thuc_hien": 610000500},` | `content/ngan-sach/2024-6-thang.json:20: tong_chi.thuc_hien: tổng chi thực hiện ghi 610.000.500 đ nhưng tổng thực hiện các dòng là 610.000.000 đ (chênh 500 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            """)
    void aBudgetLineWrittenWrongFailsWithExactlyItsError(String check, int line, String written, String expected) {
        FixtureSite site = FixtureSite.inline(tmp, GoodFiles.BUDGET).withLine("content/ngan-sach/2024-6-thang.json", line, written);
        assertThat(site.problems()).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            household declared counts | 18 | `"tong_hop": {"ngheo": 3, "can-ngheo": 1, "thoat-ngheo": 1}` | `content/ho-ngheo/2024.json:18: tong_hop.ngheo: tổng hợp ghi 3 hộ nghèo nhưng danh sách có 2 hộ loại này. Cách sửa: sửa số trong tong_hop hoặc kiểm tra lại cột phan_loai.`
            household duplicate stt | 14 | `{"stt": 1, "chu_ho": "Trần Thị Bình", "xom": "Kết Thành", "phan_loai": "can-ngheo", "so_nhan_khau": 3},` | `content/ho-ngheo/2024.json:14: hộ thứ 2 (Trần Thị Bình), stt: số thứ tự 1 bị trùng với hộ thứ 1 (Nguyễn Văn An). Cách sửa: đánh lại số thứ tự, mỗi hộ một số.`
            household unknown category | 16 | `{"stt": 4, "chu_ho": "Phạm Thị Dung", "xom": "Đồng Kè", "phan_loai": "kha-gia"}` | `content/ho-ngheo/2024.json:16: hộ thứ 4 (Phạm Thị Dung), phan_loai: giá trị "kha-gia" không có (Phân loại). Cách sửa: dùng một trong: ngheo, can-ngheo, thoat-ngheo, thoat-can-ngheo.`
            household category typed as its label | 16 | `{"stt": 4, "chu_ho": "Phạm Thị Dung", "xom": "Đồng Kè", "phan_loai": "Hộ thoát nghèo"}` | `content/ho-ngheo/2024.json:16: hộ thứ 4 (Phạm Thị Dung), phan_loai: giá trị "Hộ thoát nghèo" là tên, ở đây cần ghi mã (Phân loại). Cách sửa: viết "thoat-ngheo" (mã của "hộ thoát nghèo"); các mã: ngheo, can-ngheo, thoat-ngheo, thoat-can-ngheo.`
            household 12-digit number | 15 | `{"stt": 3, "chu_ho": "Lê Văn Cường", "xom": "Đồng Kè", "phan_loai": "ngheo", "so_nhan_khau": 5, "ghi_chu": "012345678901"},` | `content/ho-ngheo/2024.json:15: hộ thứ 3 (Lê Văn Cường), ghi_chu: có giá trị "012345678901" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            household 9-digit number | 15 | `{"stt": 3, "chu_ho": "Lê Văn Cường 123456789", "xom": "Đồng Kè", "phan_loai": "ngheo", "so_nhan_khau": 5, "ghi_chu": "Hộ có người khuyết tật"},` | `content/ho-ngheo/2024.json:15: hộ thứ 3, chu_ho: có giá trị "123456789" giống số chứng minh nhân dân hoặc căn cước công dân (9 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            household field cccd | 14 | `{"stt": 2, "chu_ho": "Trần Thị Bình", "xom": "Kết Thành", "phan_loai": "can-ngheo", "so_nhan_khau": 3, "cccd": "x"},` | `content/ho-ngheo/2024.json:14: hộ thứ 2 (Trần Thị Bình), cccd: trường "cccd" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này khỏi tệp, kể cả khi để trống.`
            household field ngay_sinh | 14 | `{"stt": 2, "chu_ho": "Trần Thị Bình", "xom": "Kết Thành", "phan_loai": "can-ngheo", "so_nhan_khau": 3, "ngay_sinh": "x"},` | `content/ho-ngheo/2024.json:14: hộ thứ 2 (Trần Thị Bình), ngay_sinh: trường "ngay_sinh" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này khỏi tệp, kể cả khi để trống.`
            household phone number | 16 | `{"stt": 4, "chu_ho": "Phạm Thị Dung 0912 345 678", "xom": "Đồng Kè", "phan_loai": "thoat-ngheo"}` | `content/ho-ngheo/2024.json:16: hộ thứ 4, chu_ho: có giá trị "0912 345 678" giống số điện thoại. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số điện thoại khỏi danh sách.`
            household birth date | 15 | `{"stt": 3, "chu_ho": "Lê Văn Cường", "xom": "Đồng Kè", "phan_loai": "ngheo", "so_nhan_khau": 5, "ghi_chu": "sinh ngày 12/05/1950"},` | `content/ho-ngheo/2024.json:15: hộ thứ 3 (Lê Văn Cường), ghi_chu: có giá trị "sinh ngày 12/05/1950" giống ngày sinh. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá ngày sinh; nếu đó không phải ngày sinh, ghi rõ bằng chữ, ví dụ "tách hộ tháng 3 năm 2024".`
            unknown field | 11 | `"dot": "chinh-thuc", "ghi_chu_chung": "x",` | `content/ho-ngheo/2024.json:11: ghi_chu_chung: trường "ghi_chu_chung" không có trong mẫu ho-ngheo. Cách sửa: xoá trường này hoặc sửa tên cho đúng; các trường được dùng ở đây: title, date, ngay_hieu_luc, type, status, so_hieu, co_quan, muc_cong_khai, niem_yet_tu, niem_yet_den, tep, du_lieu_mau, nam, dot, quyet_dinh, ho, tong_hop.`
            wrong type | 10 | `"nam": "2024",` | `content/ho-ngheo/2024.json:10: nam: giá trị "2024" sai kiểu (Năm): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng dẫn: Năm rà soát hộ nghèo, hộ cận nghèo mà danh sách áp dụng. Ví dụ: 2024.`
            missing required field | 11 | `` | `content/ho-ngheo/2024.json:1: dot: thiếu trường bắt buộc "dot" (Đợt). Cách sửa: thêm "dot": … Hướng dẫn: Đợt công bố danh sách. so-bo: danh sách sơ bộ, niêm yết để lấy ý kiến trước khi trình công nhận; chinh-thuc: danh sách chính thức đã được phê duyệt; bo-sung: danh sách bổ sung, điều chỉnh trong năm.`
            """)
    void aHouseholdLineWrittenWrongFailsWithExactlyItsError(String check, int line, String written, String expected) {
        FixtureSite site = FixtureSite.inline(tmp, GoodFiles.HOUSEHOLDS).withLine("content/ho-ngheo/2024.json", line,
                written == null ? "" : written);
        assertThat(site.problems()).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            table total | 16 | `"tong": {"so_ho": 201, "so_tien": 2150000}` | `content/bang/quy.json:16: tong.so_ho: tổng cột "Số hộ đóng góp" ghi 201 nhưng cộng các dòng được 200. Cách sửa: sửa tổng hoặc kiểm tra lại các dòng.`
            table unknown column in a row | 14 | `{"xom": "Đồng Kè", "ghi_chu": "x", "so_ho": 80, "so_tien": 900000, "ngay_nop": "2024-03-07"}` | `content/bang/quy.json:14: dòng thứ 2, ghi_chu: cột "ghi_chu" không có trong danh sách cột (cot). Cách sửa: sửa tên cho đúng một trong xom, so_ho, so_tien, ngay_nop, hoặc khai báo cột này trong cot.`
            table money written as text | 14 | `{"xom": "Đồng Kè", "so_ho": 80, "so_tien": "900.000", "ngay_nop": "2024-03-07"}` | `content/bang/quy.json:14: dòng thứ 2, so_tien: cột "Số tiền" là cột tiền (số đồng, số nguyên) nhưng giá trị là "900.000". Cách sửa: viết số liền, không dấu nháy, không dấu chấm ngăn cách, ví dụ 1250000.`
            table duplicate column | 6 | `"cot": [ {"ma": "xom", "ten": "Xóm 2", "kieu": "text"},` | `content/bang/quy.json:7: cột thứ 2 (Xóm), ma: mã cột "xom" bị trùng. Cách sửa: mỗi cột một mã riêng.`
            table column for ID numbers | 7 | `{"ma": "xom", "ten": "Xóm", "kieu": "text"}, {"ma": "so_cmnd", "ten": "Ghi chú", "kieu": "text"},` | `content/bang/quy.json:7: cột thứ 2 (Ghi chú), ma: trường "so_cmnd" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này khỏi tệp, kể cả khi để trống.`
            posting period order in JSON | 5 | `"muc_cong_khai": 5, "niem_yet_tu": "2024-07-10", "niem_yet_den": "2024-07-01",` | `content/bang/quy.json:5: niem_yet_den: thời gian niêm yết kết thúc (01/07/2024) trước khi bắt đầu (10/07/2024). Cách sửa: niem_yet_den phải cùng ngày hoặc sau niem_yet_tu.`
            """)
    void aTableLineWrittenWrongFailsWithExactlyItsError(String check, int line, String written, String expected) {
        FixtureSite site = FixtureSite.inline(tmp, GoodFiles.TABLE).withLine("content/bang/quy.json", line, written);
        assertThat(site.problems()).containsExactly(expected);
    }

    /** Checks of reception times, plans and links, each on a good file (with what it refers to) and one line wrong. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            reception ends before it starts | content/lich-tiep-dan/quy-3.json | 10 | `{"ngay": "2024-07-18", "tu": "13:30", "den": "11:30", "nguoi_tiep": "Bà Lê Thị Mẫu - Phó Chủ tịch UBND xã", "dia_diem": "Phòng tiếp công dân"}` | `content/lich-tiep-dan/quy-3.json:10: buổi tiếp thứ 3 (2024-07-18), den: buổi tiếp kết thúc lúc 11:30 không sau giờ bắt đầu 13:30. Cách sửa: "den" phải muộn hơn "tu", ví dụ "tu": "07:30", "den": "11:00".`
            plan unknown status | content/ke-hoach/kh.json | 13 | `"bao_cao": [{"ky": "2024-Q2", "trang_thai": "dang-lam", "tien_do": 50, "minh_chung": ["/ngan-sach/2024-6-thang.html"]}]}` | `content/ke-hoach/kh.json:13: nhiệm vụ thứ 1 (1), nhiệm vụ thứ 2 (1.2), báo cáo thứ 1 (2024-Q2), trang_thai: giá trị "dang-lam" không có (Trạng thái). Cách sửa: dùng một trong: chua-thuc-hien, dang-thuc-hien, hoan-thanh, cham-tien-do.`
            plan evidence to a missing page | content/ke-hoach/kh.json | 11 | `"bao_cao": [{"ky": "2024-Q2", "trang_thai": "hoan-thanh", "tien_do": 100, "ket_qua": "Đã niêm yết.", "minh_chung": ["ho-ngheo/2022.html"]}]},` | `content/ke-hoach/kh.json:11: nhiệm vụ thứ 1 (1), nhiệm vụ thứ 1 (1.1), báo cáo thứ 1 (2024-Q2), minh chứng thứ 1: minh chứng "ho-ngheo/2022.html" không phải trang có trên trang web. Cách sửa: ghi địa chỉ trang của văn bản đã đăng, ví dụ "ho-ngheo/2024-chinh-thuc.html".`
            plan parent progress typed by hand | content/ke-hoach/kh.json | 9 | `{"ma": "1", "noi_dung": "Nhiệm vụ cha", "chi_so_papi": 2, "don_vi_chu_tri": "Văn phòng - thống kê", "thoi_han": "thuong-xuyen", "tien_do": 40, "nhiem_vu": [` | `content/ke-hoach/kh.json:9: nhiệm vụ thứ 1 (1), tien_do: không được ghi trường này (Tiến độ (không ghi ở nhiệm vụ)). Hướng dẫn: Không ghi tiến độ ở nhiệm vụ. Tiến độ ghi trong báo cáo từng kỳ (bao_cao) của nhiệm vụ không có nhiệm vụ con; tiến độ của nhiệm vụ có nhiệm vụ con được tính tự động từ các nhiệm vụ con.`
            markdown link to a missing page | content/chinh-sach/bhyt.md | 9 | `Xem [danh sách hộ nghèo năm 2024](../ho-ngheo/2021.html).` | `content/chinh-sach/bhyt.md:9: (liên kết): liên kết "../ho-ngheo/2021.html" dẫn tới trang không có trên trang web. Cách sửa: sửa địa chỉ cho đúng (ví dụ ../ho-ngheo/2024-chinh-thuc.html) hoặc bỏ liên kết.`
            """)
    void aLineWrittenWrongAmongGoodFilesFailsWithExactlyItsError(String check, String file, int line, String written,
                                                                 String expected) {
        assertThat(GoodFiles.withLine(tmp, file, line, written).problems()).containsExactly(expected);
    }

    /** Checks across procedures (a code used twice, a form that is not there) on the whole fixture. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            procedure duplicate code | thu-tuc/khai-sinh.json | `"ma_thu_tuc": "1.001193"` | `"ma_thu_tuc": "2.000815"` | `content/thu-tuc/khai-sinh.json:6: ma_thu_tuc: mã thủ tục "2.000815" đã dùng ở content/thu-tuc/chung-thuc.json. Cách sửa: mỗi thủ tục một mã; nếu là cùng thủ tục, giữ một tệp.`
            procedure missing form | thu-tuc/chung-thuc.json | `"duong_dan": "mau-de-nghi.pdf"}` | `"duong_dan": "mau-de-nghi.pdf"}, {"ten": "Mẫu khác", "duong_dan": "mau-khong-co.txt"}` | `content/thu-tuc/chung-thuc.json:18: mẫu đơn thứ 2 (Mẫu khác), duong_dan: không tìm thấy tệp mẫu đơn "mau-khong-co.txt". Cách sửa: đặt tệp cạnh content/thu-tuc/chung-thuc.json hoặc trong assets/, và viết đúng tên.`
            """)
    void aBadFileAmongOthersFailsWithExactlyItsError(String check, String file, String from, String to,
                                                     String expected) {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.replace("content/" + file, from.strip(), to == null ? "" : to.strip());
        assertThat(site.problems()).containsExactly(expected.strip());
    }
}
