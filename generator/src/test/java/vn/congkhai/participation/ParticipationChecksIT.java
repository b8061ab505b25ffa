package vn.congkhai.participation;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of consultations, answers, land prices and compensation plans, each proved on a bad file: a good
 * fixture file with one mistake put in fails the bake with exactly the officer's message, and nothing else.
 */
class ParticipationChecksIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            consultation ends before it starts | lay-y-kien/duong-xom.json | `"den": "2024-08-01"` | `"den": "2024-07-01"` | `content/lay-y-kien/duong-xom.json:9: den: thời gian lấy ý kiến kết thúc (01/07/2024) trước khi bắt đầu (10/07/2024). Cách sửa: "den" phải cùng ngày hoặc sau "tu".`
            consultation impossible date | lay-y-kien/duong-xom.json | `"den": "2024-08-01"` | `"den": "2024-02-30"` | `content/lay-y-kien/duong-xom.json:9: den: ngày "2024-02-30" không có thật (ngày kết thúc lấy ý kiến). Cách sửa: viết dạng năm-tháng-ngày và kiểm tra lại ngày, tháng, ví dụ 2024-03-25.`
            consultation meeting impossible date | lay-y-kien/duong-xom.json | `{"ngay": "2024-07-16"` | `{"ngay": "2024-07-32"` | `content/lay-y-kien/duong-xom.json:17: cach_gop_y.hop[1].ngay: ngày "2024-07-32" không có thật (ngày họp). Cách sửa: viết dạng năm-tháng-ngày và kiểm tra lại ngày, tháng, ví dụ 2024-03-25.`
            Markdown consultation count in words | lay-y-kien/nha-van-hoa.md | `so_y_kien=0` | `so_y_kien=mười` | `content/lay-y-kien/nha-van-hoa.md:10: so_y_kien: giá trị "mười" sai kiểu (Số ý kiến): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng dẫn: Tổng số ý kiến nhận được, ghi khi kết thúc lấy ý kiến. Ví dụ: 42.`
            Markdown consultation ends before it starts | lay-y-kien/nha-van-hoa.md | `den=2024-07-20` | `den=2024-07-10` | `content/lay-y-kien/nha-van-hoa.md:8: den: thời gian lấy ý kiến kết thúc (10/07/2024) trước khi bắt đầu (16/07/2024). Cách sửa: "den" phải cùng ngày hoặc sau "tu".`
            Markdown consultation unknown header key | lay-y-kien/nha-van-hoa.md | `so_y_kien=0` | `so_y_kien=0\nket_luan=Đồng ý` | `content/lay-y-kien/nha-van-hoa.md:11: ket_luan: trường "ket_luan" không có trong phần đầu văn bản loại lay-y-kien. Cách sửa: có phải là "ket_qua"? Sửa thành ket_qua=….`
            opinion raised more than all opinions | lay-y-kien/quy-che.json | `"so_luot": 30` | `"so_luot": 50` | `content/lay-y-kien/quy-che.json:13: y_kien[1].so_luot: ý kiến được nêu 50 lượt nhưng tổng số ý kiến nhận được (so_y_kien) là 42. Cách sửa: sửa so_luot hoặc so_y_kien; một ý kiến không thể được nêu nhiều lượt hơn tổng số ý kiến.`
            consultation without period | lay-y-kien/cho.json | `"tu": "2024-05-02", ` | `` | `content/lay-y-kien/cho.json:1: tu: thiếu trường bắt buộc "tu" (Lấy ý kiến từ ngày). Cách sửa: thêm "tu": … Hướng dẫn: Ngày bắt đầu lấy ý kiến, dạng yyyy-MM-dd. Ví dụ: "2024-10-08".`
            consultation citizen ID in an opinion | lay-y-kien/quy-che.json | `"Đề nghị họp xóm vào buổi tối"` | `"Ông Tám CCCD 012345678901 đề nghị họp buổi tối"` | `content/lay-y-kien/quy-che.json:13: y_kien[1].noi_dung: Dòng thứ 2 có giá trị "012345678901" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            citizen's phone in an opinion | lay-y-kien/quy-che.json | `"Đề nghị họp xóm vào buổi tối"` | `"Anh Tư (0912 345 678) đề nghị họp buổi tối"` | `content/lay-y-kien/quy-che.json:13: y_kien[1].noi_dung: Dòng thứ 2 có giá trị "0912 345 678" giống số điện thoại. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số điện thoại khỏi danh sách.`
            answer unknown status | tra-loi/ky-hop-thu-7.json | `"trang_thai": "dang-giai-quyet"` | `"trang_thai": "da-xong"` | `content/tra-loi/ky-hop-thu-7.json:9: muc[1].trang_thai: giá trị "da-xong" không có (Trạng thái). Cách sửa: dùng một trong: da-tra-loi, dang-giai-quyet, chuyen-co-quan-khac.`
            answer before the question | tra-loi/ky-hop-thu-7.json | `"ngay_tra_loi": "2024-06-20"` | `"ngay_tra_loi": "2024-06-01"` | `content/tra-loi/ky-hop-thu-7.json:10: muc[2].ngay_tra_loi: ngày trả lời (01/06/2024) trước ngày nhận (12/06/2024). Cách sửa: kiểm tra lại hai ngày; ngày trả lời phải cùng ngày hoặc sau ngày nhận.`
            asker's phone in a question | tra-loi/ky-hop-thu-7.json | `"Cử tri đề nghị sửa đoạn đường bị sạt lở"` | `"Ông Lê Văn Tám (0912 345 678) đề nghị sửa đoạn đường bị sạt lở"` | `content/tra-loi/ky-hop-thu-7.json:8: muc[0].noi_dung: Dòng thứ 1 có giá trị "0912 345 678" giống số điện thoại. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số điện thoại khỏi danh sách.`
            asker's birth date in a question | tra-loi/ky-hop-thu-7.json | `"Cử tri đề nghị lắp đèn đường"` | `"Bà Hoa, sinh ngày 12/05/1950, đề nghị lắp đèn đường"` | `content/tra-loi/ky-hop-thu-7.json:10: muc[2].noi_dung: Dòng thứ 3 có giá trị "Bà Hoa, sinh ngày 12/05/1950, đề nghị lắp đèn đường" giống ngày sinh. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá ngày sinh; nếu đó không phải ngày sinh, ghi rõ bằng chữ, ví dụ "tách hộ tháng 3 năm 2024".`
            asker's phone as a field | tra-loi/ky-hop-thu-7.json | `"linh_vuc": "Đất đai",` | `"linh_vuc": "Đất đai", "dien_thoai": "x",` | `content/tra-loi/ky-hop-thu-7.json:9: muc[1].dien_thoai: trường "dien_thoai" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này khỏi tệp, kể cả khi để trống.`
            answer without topic | tra-loi/ky-hop-thu-7.json | `"linh_vuc": "Đất đai", ` | `` | `content/tra-loi/ky-hop-thu-7.json:9: muc[1].linh_vuc: thiếu trường bắt buộc "linh_vuc" (Lĩnh vực). Cách sửa: thêm "linh_vuc": … Hướng dẫn: Lĩnh vực để lọc và nhóm các câu trả lời. Ví dụ: "Đất đai", "Giao thông", "Chính sách xã hội".`
            land price position 5 | gia-dat/2024.json | `"vi_tri": 2,` | `"vi_tri": 5,` | `content/gia-dat/2024.json:10: dong[1].vi_tri: giá trị 5 quá lớn (Vị trí): không được lớn hơn 4.`
            land price given twice | gia-dat/2024.json | `"vi_tri": 2,` | `"vi_tri": 1,` | `content/gia-dat/2024.json:10: dong[1]: giá đất của "Đường Kết Thành", đoạn "Từ ngã ba chợ đến cầu Đồng Kè", vị trí 1, Đất ở tại nông thôn được ghi hai lần (trùng với dòng dong[0]). Cách sửa: xoá dòng lặp, hoặc sửa tuyến đường, đoạn, vị trí hay loại đất cho đúng.`
            land price period reversed | gia-dat/2024.json | `"ap_dung_den": "2024-12-31"` | `"ap_dung_den": "2023-12-31"` | `content/gia-dat/2024.json:7: ap_dung_den: bảng giá hết áp dụng (31/12/2023) trước khi bắt đầu áp dụng (01/01/2024). Cách sửa: "ap_dung_den" phải sau "ap_dung_tu"; nếu bảng giá chưa có ngày hết hiệu lực, bỏ trường này.`
            land price as text | gia-dat/2024.json | `"gia_vnd_m2": 60000` | `"gia_vnd_m2": "60.000"` | `content/gia-dat/2024.json:12: dong[3].gia_vnd_m2: giá trị "60.000" sai kiểu (Giá đất (đồng/m²)): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng dẫn: Giá đất, đồng trên một mét vuông, số nguyên. Ví dụ: 3500000.`
            household total off by 1 đ | boi-thuong/duong-ket-thanh.json | `"tong": 16922500` | `"tong": 16922501` | `content/boi-thuong/duong-ket-thanh.json:10: ho[0].tong: tổng của hộ "Nguyễn Văn An" ghi 16.922.501 đ nhưng bồi thường đất, bồi thường tài sản và hỗ trợ cộng lại là 16.922.500 đ (chênh 1 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            plan total off by 1 đ | boi-thuong/duong-ket-thanh.json | `"tong_cong": 241422500` | `"tong_cong": 241422499` | `content/boi-thuong/duong-ket-thanh.json:13: tong_cong: tổng cộng của phương án ghi 241.422.499 đ nhưng tổng của các hộ là 241.422.500 đ (chênh -1 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            assets not adding up | boi-thuong/duong-ket-thanh.json | `"thanh_tien": 4500000` | `"thanh_tien": 4500001` | `content/boi-thuong/duong-ket-thanh.json:11: ho[1].boi_thuong_tai_san: bồi thường tài sản của hộ "Trần Thị Bình" ghi 14.500.000 đ nhưng thành tiền các tài sản (tai_san) cộng lại là 14.500.001 đ (chênh -1 đ). Cách sửa: kiểm tra lại các số, tổng phải bằng đúng từng đồng.`
            compensation duplicate stt | boi-thuong/duong-ket-thanh.json | `{"stt": 2,` | `{"stt": 1,` | `content/boi-thuong/duong-ket-thanh.json:11: ho[1].stt: số thứ tự 1 bị trùng với dòng ho[0] (Nguyễn Văn An). Cách sửa: đánh lại số thứ tự, mỗi hộ một số.`
            compensation ID number | boi-thuong/duong-ket-thanh.json | `"chu_ho": "Trần Thị Bình"` | `"chu_ho": "Trần Thị Bình 034185000123"` | `content/boi-thuong/duong-ket-thanh.json:11: ho[1].chu_ho: Dòng số thứ tự 2 có giá trị "034185000123" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            compensation birth date field | boi-thuong/duong-ket-thanh.json | `"chu_ho": "Nguyễn Văn An",` | `"chu_ho": "Nguyễn Văn An", "ngay_sinh": "x",` | `content/boi-thuong/duong-ket-thanh.json:10: ho[0].ngay_sinh: trường "ngay_sinh" chứa dữ liệu cá nhân (số định danh, điện thoại, ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá trường này khỏi tệp, kể cả khi để trống.`
            compensation phone | boi-thuong/duong-ket-thanh.json | `"loai_dat": "Đất trồng lúa",` | `"loai_dat": "Đất trồng lúa", "ghi_chu": "Liên hệ 0987 654 321",` | `content/boi-thuong/duong-ket-thanh.json:10: ho[0].ghi_chu: Dòng số thứ tự 1 có giá trị "0987 654 321" giống số điện thoại. Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số điện thoại khỏi danh sách.`
            compensation amount as text | boi-thuong/duong-ket-thanh.json | `"ho_tro": 5000000` | `"ho_tro": "5.000.000"` | `content/boi-thuong/duong-ket-thanh.json:10: ho[0].ho_tro: giá trị "5.000.000" sai kiểu (Hỗ trợ): phải là số nguyên (không có dấu chấm, dấu phẩy, không đặt trong dấu nháy). Hướng dẫn: Tiền hỗ trợ (ổn định đời sống, chuyển đổi nghề…), đồng. Ví dụ: 5000000.`
            """)
    void aBadFileFailsWithExactlyItsError(String check, String file, String from, String to, String expected) {
        FixtureSite site = FixtureSite.of("participation", tmp);
        site.replace("content/" + file, from.strip(), to == null ? "" : to.strip());
        assertThat(site.problems()).containsExactly(expected.strip());
    }
}
