package vn.congkhai.participation;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of consultations, answers, land prices and compensation plans, each proved on a bad file: a good file
 * with one line written wrong fails the check with exactly the officer's message, and nothing else.
 */
class ParticipationChecksIT {

    @TempDir
    Path tmp;

    /**
     * The good site the cases start from, written whole: consultations (JSON and Markdown), answers to voters, a land
     * price table and a compensation plan. A case writes one line of one file wrong.
     */
    private static final String SITE = """
            -- content/lay-y-kien/duong-xom.json --
            {
              "title": "Lấy ý kiến Nhân dân về dự thảo phương án mở rộng đường xóm Kết Thành",
              "date": "2024-07-09",
              "type": "lay-y-kien",
              "so_hieu": "45/TB-UBND",
              "muc_cong_khai": 11,
              "niem_yet_tu": "2024-07-10",
              "doi_tuong": ["Kết Thành", "Đồng Kè"],
              "tu": "2024-07-10", "den": "2024-08-01",
              "du_thao": "## Nội dung\\n\\nMở rộng mặt đường xóm Kết Thành lên **5 m**, dài 1,2 km.",
              "cach_gop_y": {
                "dia_chi": "Bộ phận tiếp nhận và trả kết quả, UBND xã Phú Thịnh",
                "dien_thoai": "0208 3000 111",
                "email": "phuthinh@example.vn",
                "hop": [
                  {"ngay": "2024-07-15", "gio": "19:30", "dia_diem": "Nhà văn hóa xóm Kết Thành"},
                  {"ngay": "2024-07-16", "gio": "19:30", "dia_diem": "Nhà văn hóa xóm Đồng Kè"}
                ]
              }
            }
            -- content/lay-y-kien/nha-van-hoa.md --
            title=Lấy ý kiến Nhân dân về vị trí xây dựng nhà văn hóa xóm Đồng Kè
            date=2024-07-15
            type=lay-y-kien
            status=published
            muc_cong_khai=11
            doi_tuong=["Đồng Kè"]
            tu=2024-07-16
            den=2024-07-20
            cach_gop_y={"dia_chi": "Trưởng xóm Đồng Kè", "hop": [{"ngay": "2024-07-18", "gio": "19:30", "dia_diem": "Sân nhà văn hóa cũ"}]}
            so_y_kien=0
            ~~~~~~
            UBND xã dự kiến xây dựng **nhà văn hóa xóm Đồng Kè** trên thửa đất công ích cạnh trường mầm non.
            -- content/lay-y-kien/quy-che.json --
            {
              "title": "Lấy ý kiến Nhân dân về dự thảo Quy chế thực hiện dân chủ ở cơ sở",
              "date": "2024-04-01",
              "type": "lay-y-kien",
              "muc_cong_khai": 11,
              "niem_yet_tu": "2024-04-02",
              "doi_tuong": "Nhân dân toàn xã",
              "tu": "2024-04-02", "den": "2024-05-02",
              "cach_gop_y": "Góp ý tại các buổi họp xóm hoặc gửi trưởng xóm.",
              "so_y_kien": 42,
              "y_kien": [
                {"noi_dung": "Đề nghị công khai thêm trên loa truyền thanh", "so_luot": 12, "tra_loi": "Tiếp thu, bổ sung vào Điều 5"},
                {"noi_dung": "Đề nghị họp xóm vào buổi tối", "so_luot": 30, "tra_loi": "Tiếp thu"}
              ],
              "ket_qua": {"noi_dung": "Ban hành Quy chế có điều chỉnh theo ý kiến Nhân dân", "so_hieu": "12/QĐ-UBND", "ngay": "2024-05-20"}
            }
            -- content/lay-y-kien/cho.json --
            {
              "title": "Lấy ý kiến Nhân dân về việc di chuyển chợ xã",
              "date": "2024-05-01",
              "type": "lay-y-kien",
              "muc_cong_khai": 11,
              "doi_tuong": "Nhân dân toàn xã",
              "tu": "2024-05-02", "den": "2024-06-01"
            }
            -- content/tra-loi/ky-hop-thu-7.json --
            {
              "title": "Trả lời kiến nghị cử tri trước kỳ họp thứ 7",
              "date": "2024-07-05",
              "type": "tra-loi",
              "muc_cong_khai": 14,
              "niem_yet_tu": "2024-07-05",
              "muc": [
                {"ngay_nhan": "2024-06-10", "xom": "Kết Thành", "linh_vuc": "Giao thông", "noi_dung": "Cử tri đề nghị sửa đoạn đường bị sạt lở", "tra_loi": "Đã bố trí kinh phí, sửa xong trước ngày 30/09/2024", "nguoi_tra_loi": "Chủ tịch UBND xã", "ngay_tra_loi": "2024-07-01", "trang_thai": "da-tra-loi"},
                {"ngay_nhan": "2024-06-12", "linh_vuc": "Đất đai", "noi_dung": "Cử tri hỏi về thời gian cấp giấy chứng nhận", "tra_loi": "Đang phối hợp với Văn phòng đăng ký đất đai", "nguoi_tra_loi": "Công chức Địa chính", "trang_thai": "dang-giai-quyet"},
                {"ngay_nhan": "2024-06-12", "xom": "Đồng Kè", "linh_vuc": "Giao thông", "noi_dung": "Cử tri đề nghị lắp đèn đường", "tra_loi": "Đã chuyển UBND tỉnh xem xét", "nguoi_tra_loi": "Chủ tịch UBND xã", "ngay_tra_loi": "2024-06-20", "trang_thai": "chuyen-co-quan-khac"}
              ]
            }
            -- content/gia-dat/2024.json --
            {
              "title": "Bảng giá đất trên địa bàn xã Phú Thịnh năm 2024",
              "date": "2024-01-05",
              "type": "gia-dat",
              "muc_cong_khai": 3,
              "quyet_dinh": "Quyết định số 46/2019/QĐ-UBND của UBND tỉnh Thái Nguyên",
              "ap_dung_tu": "2024-01-01", "ap_dung_den": "2024-12-31",
              "dong": [
                {"tuyen_duong": "Đường Kết Thành", "doan": "Từ ngã ba chợ đến cầu Đồng Kè", "vi_tri": 1, "loai_dat": "Đất ở tại nông thôn", "gia_vnd_m2": 3500000},
                {"tuyen_duong": "Đường Kết Thành", "doan": "Từ ngã ba chợ đến cầu Đồng Kè", "vi_tri": 2, "loai_dat": "Đất ở tại nông thôn", "gia_vnd_m2": 2100000},
                {"tuyen_duong": "Đường Ấp Chè", "vi_tri": 1, "loai_dat": "Đất ở tại nông thôn", "gia_vnd_m2": 1800000},
                {"tuyen_duong": "Khu vực còn lại", "vi_tri": 1, "loai_dat": "Đất trồng lúa", "gia_vnd_m2": 60000}
              ]
            }
            -- content/boi-thuong/duong-ket-thanh.json --
            {
              "title": "Phương án bồi thường, hỗ trợ dự án mở rộng đường Kết Thành",
              "date": "2024-06-20",
              "type": "boi-thuong",
              "muc_cong_khai": 3,
              "niem_yet_tu": "2024-06-21",
              "du_an": "Mở rộng đường Kết Thành",
              "quyet_dinh": "Quyết định số 120/QĐ-UBND ngày 15/6/2024 của UBND xã Phú Thịnh",
              "ho": [
                {"stt": 1, "chu_ho": "Nguyễn Văn An", "xom": "Kết Thành", "to_ban_do": 12, "so_thua": 245, "dien_tich_m2": 125.5, "loai_dat": "Đất trồng lúa", "don_gia_dat": 95000, "boi_thuong_dat": 11922500, "ho_tro": 5000000, "tong": 16922500},
                {"stt": 2, "chu_ho": "Trần Thị Bình", "xom": "Đồng Kè", "to_ban_do": "12a", "so_thua": 246, "dien_tich_m2": 60, "loai_dat": "Đất ở tại nông thôn", "tai_san": [{"ten": "Tường rào", "so_luong": 20, "don_vi": "m", "don_gia": 500000, "thanh_tien": 10000000}, {"ten": "Cây nhãn", "so_luong": 3, "don_vi": "cây", "don_gia": 1500000, "thanh_tien": 4500000}], "boi_thuong_dat": 210000000, "boi_thuong_tai_san": 14500000, "tong": 224500000}
              ],
              "tong_cong": 241422500
            }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            consultation ends before it starts | content/lay-y-kien/duong-xom.json | 9 | `"tu": "2024-07-10", "den": "2024-07-01",` | `content/lay-y-kien/duong-xom.json:9: den: thời gian lấy ý kiến kết thúc (01/07/2024) trước khi bắt đầu (10/07/2024). Cách sửa: "den" phải cùng ngày hoặc sau "tu".`
            consultation impossible date | content/lay-y-kien/duong-xom.json | 9 | `"tu": "2024-07-10", "den": "2024-02-30",` | `content/lay-y-kien/duong-xom.json:9: den: ngày "2024-02-30" không có thật (ngày kết thúc lấy ý kiến). Cách sửa: viết dạng năm-tháng-ngày và kiểm tra lại ngày, tháng, ví dụ 2024-03-25.`
            consultation meeting impossible date | content/lay-y-kien/duong-xom.json | 17 | `{"ngay": "2024-07-32", "gio": "19:30", "dia_diem": "Nhà văn hóa xóm Đồng Kè"}` | `content/lay-y-kien/duong-xom.json:17: cach_gop_y, buổi họp thứ 2 (Nhà văn hóa xóm Đồng Kè), ngay: ngày "2024-07-32" không có thật (ngày họp). Cách sửa: viết dạng năm-tháng-ngày và kiểm tra lại ngày, tháng, ví dụ 2024-03-25.`
            Markdown consultation count in words | content/lay-y-kien/nha-van-hoa.md | 10 | `so_y_kien=mười` | `content/lay-y-kien/nha-van-hoa.md:10: so_y_kien: giá trị "mười" sai kiểu (Số ý kiến): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng dẫn: Tổng số ý kiến nhận được, ghi khi kết thúc lấy ý kiến. Ví dụ: 42.`
            Markdown consultation ends before it starts | content/lay-y-kien/nha-van-hoa.md | 8 | `den=2024-07-10` | `content/lay-y-kien/nha-van-hoa.md:8: den: thời gian lấy ý kiến kết thúc (10/07/2024) trước khi bắt đầu (16/07/2024). Cách sửa: "den" phải cùng ngày hoặc sau "tu".`
            Markdown consultation unknown header key | content/lay-y-kien/nha-van-hoa.md | 10 | `so_y_kien=0\nket_luan=Đồng ý` | `content/lay-y-kien/nha-van-hoa.md:11: ket_luan: trường "ket_luan" không có trong phần đầu văn bản loại lay-y-kien. Cách sửa: có phải là "ket_qua"? Sửa thành ket_qua=….`
            opinion raised more than all opinions | content/lay-y-kien/quy-che.json | 13 | `{"noi_dung": "Đề nghị họp xóm vào buổi tối", "so_luot": 50, "tra_loi": "Tiếp thu"}` | `content/lay-y-kien/quy-che.json:13: ý kiến thứ 2 (Đề nghị họp xóm vào buổi tối), so_luot: ý kiến được nêu 50 lượt nhưng tổng số ý kiến nhận được (so_y_kien) là 42. Cách sửa: sửa so_luot hoặc so_y_kien; một ý kiến không thể được nêu nhiều lượt hơn tổng số ý kiến.`
            consultation without period | content/lay-y-kien/cho.json | 7 | `"den": "2024-06-01"` | `content/lay-y-kien/cho.json:1: tu: thiếu trường bắt buộc "tu" (Lấy ý kiến từ ngày). Cách sửa: thêm "tu": … Hướng dẫn: Ngày bắt đầu lấy ý kiến, dạng yyyy-MM-dd. Ví dụ: "2024-10-08".`
            consultation citizen ID in an opinion | content/lay-y-kien/quy-che.json | 13 | `{"noi_dung": "Ông Tám CCCD 012345678901 đề nghị họp buổi tối", "so_luot": 30, "tra_loi": "Tiếp thu"}` | `content/lay-y-kien/quy-che.json:13: ý kiến thứ 2, noi_dung: có giá trị "012345678901" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            citizen's phone in an opinion | content/lay-y-kien/quy-che.json | 13 | `{"noi_dung": "Anh Tư (0912 345 678) đề nghị họp buổi tối", "so_luot": 30, "tra_loi": "Tiếp thu"}` | `content/lay-y-kien/quy-che.json:13: ý kiến thứ 2, noi_dung: có giá trị "0912 345 678" giống số điện thoại. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số điện thoại khỏi danh sách.`
            answer unknown status | content/tra-loi/ky-hop-thu-7.json | 9 | `{"ngay_nhan": "2024-06-12", "linh_vuc": "Đất đai", "noi_dung": "Cử tri hỏi về thời gian cấp giấy chứng nhận", "tra_loi": "Đang phối hợp với Văn phòng đăng ký đất đai", "nguoi_tra_loi": "Công chức Địa chính", "trang_thai": "da-xong"},` | `content/tra-loi/ky-hop-thu-7.json:9: câu hỏi thứ 2 (Cử tri hỏi về thời gian cấp giấy chứng…), trang_thai: giá trị "da-xong" không có (Trạng thái). Cách sửa: dùng một trong: da-tra-loi, dang-giai-quyet, chuyen-co-quan-khac.`
            answer before the question | content/tra-loi/ky-hop-thu-7.json | 10 | `{"ngay_nhan": "2024-06-12", "xom": "Đồng Kè", "linh_vuc": "Giao thông", "noi_dung": "Cử tri đề nghị lắp đèn đường", "tra_loi": "Đã chuyển UBND tỉnh xem xét", "nguoi_tra_loi": "Chủ tịch UBND xã", "ngay_tra_loi": "2024-06-01", "trang_thai": "chuyen-co-quan-khac"}` | `content/tra-loi/ky-hop-thu-7.json:10: câu hỏi thứ 3 (Cử tri đề nghị lắp đèn đường), ngay_tra_loi: ngày trả lời (01/06/2024) trước ngày nhận (12/06/2024). Cách sửa: kiểm tra lại hai ngày; ngày trả lời phải cùng ngày hoặc sau ngày nhận.`
            asker's phone in a question | content/tra-loi/ky-hop-thu-7.json | 8 | `{"ngay_nhan": "2024-06-10", "xom": "Kết Thành", "linh_vuc": "Giao thông", "noi_dung": "Ông Lê Văn Tám (0912 345 678) đề nghị sửa đoạn đường bị sạt lở", "tra_loi": "Đã bố trí kinh phí, sửa xong trước ngày 30/09/2024", "nguoi_tra_loi": "Chủ tịch UBND xã", "ngay_tra_loi": "2024-07-01", "trang_thai": "da-tra-loi"},` | `content/tra-loi/ky-hop-thu-7.json:8: câu hỏi thứ 1, noi_dung: có giá trị "0912 345 678" giống số điện thoại. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số điện thoại khỏi danh sách.`
            asker's birth date in a question | content/tra-loi/ky-hop-thu-7.json | 10 | `{"ngay_nhan": "2024-06-12", "xom": "Đồng Kè", "linh_vuc": "Giao thông", "noi_dung": "Bà Hoa, sinh ngày 12/05/1950, đề nghị lắp đèn đường", "tra_loi": "Đã chuyển UBND tỉnh xem xét", "nguoi_tra_loi": "Chủ tịch UBND xã", "ngay_tra_loi": "2024-06-20", "trang_thai": "chuyen-co-quan-khac"}` | `content/tra-loi/ky-hop-thu-7.json:10: câu hỏi thứ 3, noi_dung: có giá trị "Bà Hoa, sinh ngày 12/05/1950, đề nghị lắp đèn đường" giống ngày sinh. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá ngày sinh; nếu đó không phải ngày sinh, ghi rõ bằng chữ, ví dụ "tách hộ tháng 3 năm 2024".`
            asker's phone as a field | content/tra-loi/ky-hop-thu-7.json | 9 | `{"ngay_nhan": "2024-06-12", "linh_vuc": "Đất đai", "dien_thoai": "x", "noi_dung": "Cử tri hỏi về thời gian cấp giấy chứng nhận", "tra_loi": "Đang phối hợp với Văn phòng đăng ký đất đai", "nguoi_tra_loi": "Công chức Địa chính", "trang_thai": "dang-giai-quyet"},` | `content/tra-loi/ky-hop-thu-7.json:9: câu hỏi thứ 2 (Cử tri hỏi về thời gian cấp giấy chứng…), dien_thoai: trường "dien_thoai" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này khỏi tệp, kể cả khi để trống.`
            answer without topic | content/tra-loi/ky-hop-thu-7.json | 9 | `{"ngay_nhan": "2024-06-12",  "noi_dung": "Cử tri hỏi về thời gian cấp giấy chứng nhận", "tra_loi": "Đang phối hợp với Văn phòng đăng ký đất đai", "nguoi_tra_loi": "Công chức Địa chính", "trang_thai": "dang-giai-quyet"},` | `content/tra-loi/ky-hop-thu-7.json:9: câu hỏi thứ 2 (Cử tri hỏi về thời gian cấp giấy chứng…), linh_vuc: thiếu trường bắt buộc "linh_vuc" (Lĩnh vực). Cách sửa: thêm "linh_vuc": … Hướng dẫn: Lĩnh vực để lọc và nhóm các câu trả lời. Ví dụ: "Đất đai", "Giao thông", "Chính sách xã hội".`
            land price position 5 | content/gia-dat/2024.json | 10 | `{"tuyen_duong": "Đường Kết Thành", "doan": "Từ ngã ba chợ đến cầu Đồng Kè", "vi_tri": 5, "loai_dat": "Đất ở tại nông thôn", "gia_vnd_m2": 2100000},` | `content/gia-dat/2024.json:10: mức giá thứ 2 (Đường Kết Thành), vi_tri: giá trị 5 quá lớn (Vị trí): không được lớn hơn 4.`
            land price given twice | content/gia-dat/2024.json | 10 | `{"tuyen_duong": "Đường Kết Thành", "doan": "Từ ngã ba chợ đến cầu Đồng Kè", "vi_tri": 1, "loai_dat": "Đất ở tại nông thôn", "gia_vnd_m2": 2100000},` | `content/gia-dat/2024.json:10: mức giá thứ 2 (Đường Kết Thành): giá đất của "Đường Kết Thành", đoạn "Từ ngã ba chợ đến cầu Đồng Kè", vị trí 1, Đất ở tại nông thôn được ghi hai lần (trùng với mức giá thứ 1 (Đường Kết Thành)). Cách sửa: xoá dòng lặp, hoặc sửa tuyến đường, đoạn, vị trí hay loại đất cho đúng.`
            land price period reversed | content/gia-dat/2024.json | 7 | `"ap_dung_tu": "2024-01-01", "ap_dung_den": "2023-12-31",` | `content/gia-dat/2024.json:7: ap_dung_den: bảng giá hết áp dụng (31/12/2023) trước khi bắt đầu áp dụng (01/01/2024). Cách sửa: "ap_dung_den" phải sau "ap_dung_tu"; nếu bảng giá chưa có ngày hết hiệu lực, bỏ trường này.`
            land price as text | content/gia-dat/2024.json | 12 | `{"tuyen_duong": "Khu vực còn lại", "vi_tri": 1, "loai_dat": "Đất trồng lúa", "gia_vnd_m2": "60.000"}` | `content/gia-dat/2024.json:12: mức giá thứ 4 (Khu vực còn lại), gia_vnd_m2: giá trị "60.000" sai kiểu (Giá đất (đồng/m²)): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng dẫn: Giá đất, đồng trên một mét vuông, số nguyên. Ví dụ: 3500000.`
            household total off by 1 đ | content/boi-thuong/duong-ket-thanh.json | 10 | `{"stt": 1, "chu_ho": "Nguyễn Văn An", "xom": "Kết Thành", "to_ban_do": 12, "so_thua": 245, "dien_tich_m2": 125.5, "loai_dat": "Đất trồng lúa", "don_gia_dat": 95000, "boi_thuong_dat": 11922500, "ho_tro": 5000000, "tong": 16922501},` | `content/boi-thuong/duong-ket-thanh.json:10: hộ thứ 1 (Nguyễn Văn An), tong: tổng của hộ "Nguyễn Văn An" ghi 16.922.501 đ nhưng bồi thường đất, bồi thường tài sản và hỗ trợ cộng lại là 16.922.500 đ (chênh 1 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            plan total off by 1 đ | content/boi-thuong/duong-ket-thanh.json | 13 | `"tong_cong": 241422499` | `content/boi-thuong/duong-ket-thanh.json:13: tong_cong: tổng cộng của phương án ghi 241.422.499 đ nhưng tổng của các hộ là 241.422.500 đ (chênh -1 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            assets not adding up | content/boi-thuong/duong-ket-thanh.json | 11 | `{"stt": 2, "chu_ho": "Trần Thị Bình", "xom": "Đồng Kè", "to_ban_do": "12a", "so_thua": 246, "dien_tich_m2": 60, "loai_dat": "Đất ở tại nông thôn", "tai_san": [{"ten": "Tường rào", "so_luong": 20, "don_vi": "m", "don_gia": 500000, "thanh_tien": 10000000}, {"ten": "Cây nhãn", "so_luong": 3, "don_vi": "cây", "don_gia": 1500000, "thanh_tien": 4500001}], "boi_thuong_dat": 210000000, "boi_thuong_tai_san": 14500000, "tong": 224500000}` | `content/boi-thuong/duong-ket-thanh.json:11: hộ thứ 2 (Trần Thị Bình), boi_thuong_tai_san: bồi thường tài sản của hộ "Trần Thị Bình" ghi 14.500.000 đ nhưng thành tiền các tài sản (tai_san) cộng lại là 14.500.001 đ (chênh -1 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            compensation duplicate stt | content/boi-thuong/duong-ket-thanh.json | 11 | `{"stt": 1, "chu_ho": "Trần Thị Bình", "xom": "Đồng Kè", "to_ban_do": "12a", "so_thua": 246, "dien_tich_m2": 60, "loai_dat": "Đất ở tại nông thôn", "tai_san": [{"ten": "Tường rào", "so_luong": 20, "don_vi": "m", "don_gia": 500000, "thanh_tien": 10000000}, {"ten": "Cây nhãn", "so_luong": 3, "don_vi": "cây", "don_gia": 1500000, "thanh_tien": 4500000}], "boi_thuong_dat": 210000000, "boi_thuong_tai_san": 14500000, "tong": 224500000}` | `content/boi-thuong/duong-ket-thanh.json:11: hộ thứ 2 (Trần Thị Bình), stt: số thứ tự 1 bị trùng với hộ thứ 1 (Nguyễn Văn An). Cách sửa: đánh lại số thứ tự, mỗi hộ một số.`
            compensation ID number | content/boi-thuong/duong-ket-thanh.json | 11 | `{"stt": 2, "chu_ho": "Trần Thị Bình 034185000123", "xom": "Đồng Kè", "to_ban_do": "12a", "so_thua": 246, "dien_tich_m2": 60, "loai_dat": "Đất ở tại nông thôn", "tai_san": [{"ten": "Tường rào", "so_luong": 20, "don_vi": "m", "don_gia": 500000, "thanh_tien": 10000000}, {"ten": "Cây nhãn", "so_luong": 3, "don_vi": "cây", "don_gia": 1500000, "thanh_tien": 4500000}], "boi_thuong_dat": 210000000, "boi_thuong_tai_san": 14500000, "tong": 224500000}` | `content/boi-thuong/duong-ket-thanh.json:11: hộ thứ 2, chu_ho: có giá trị "034185000123" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            compensation birth date field | content/boi-thuong/duong-ket-thanh.json | 10 | `{"stt": 1, "chu_ho": "Nguyễn Văn An", "ngay_sinh": "x", "xom": "Kết Thành", "to_ban_do": 12, "so_thua": 245, "dien_tich_m2": 125.5, "loai_dat": "Đất trồng lúa", "don_gia_dat": 95000, "boi_thuong_dat": 11922500, "ho_tro": 5000000, "tong": 16922500},` | `content/boi-thuong/duong-ket-thanh.json:10: hộ thứ 1 (Nguyễn Văn An), ngay_sinh: trường "ngay_sinh" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này khỏi tệp, kể cả khi để trống.`
            compensation phone | content/boi-thuong/duong-ket-thanh.json | 10 | `{"stt": 1, "chu_ho": "Nguyễn Văn An", "xom": "Kết Thành", "to_ban_do": 12, "so_thua": 245, "dien_tich_m2": 125.5, "loai_dat": "Đất trồng lúa", "ghi_chu": "Liên hệ 0987 654 321", "don_gia_dat": 95000, "boi_thuong_dat": 11922500, "ho_tro": 5000000, "tong": 16922500},` | `content/boi-thuong/duong-ket-thanh.json:10: hộ thứ 1 (Nguyễn Văn An), ghi_chu: có giá trị "0987 654 321" giống số điện thoại. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số điện thoại khỏi danh sách.`
            compensation amount as text | content/boi-thuong/duong-ket-thanh.json | 10 | `{"stt": 1, "chu_ho": "Nguyễn Văn An", "xom": "Kết Thành", "to_ban_do": 12, "so_thua": 245, "dien_tich_m2": 125.5, "loai_dat": "Đất trồng lúa", "don_gia_dat": 95000, "boi_thuong_dat": 11922500, "ho_tro": "5.000.000", "tong": 16922500},` | `content/boi-thuong/duong-ket-thanh.json:10: hộ thứ 1 (Nguyễn Văn An), ho_tro: giá trị "5.000.000" sai kiểu (Hỗ trợ): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng dẫn: Tiền hỗ trợ (ổn định đời sống, chuyển đổi nghề…), đồng. Ví dụ: 5000000.`
            """)
    void aLineWrittenWrongFailsWithExactlyItsError(String check, String file, int line, String written,
                                                   String expected) {
        FixtureSite site = FixtureSite.inline(tmp, SITE).withLine(file, line, written == null ? "" : written);
        assertThat(site.problems()).containsExactly(expected);
    }
}
