package vn.congkhai.testing;

import vn.congkhai.bake.Bakery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Three small communes of one province, written here and baked by the real bake, for the province's view: Phú Thịnh
 * disclosed its first-quarter budget late, Vạn Phú has no administrative procedures (Art. 11 item 13), Yên Lãng left
 * a citizen's question unanswered past its deadline and has a consultation open. All bake on 20/07/2024, but Yên
 * Lãng, baked on 21/07/2024. Phú Thịnh's notice names the road "Thậm Thình".
 */
public final class ProvinceCommunes {

    /** The communes' folders under the province's, as an aggregator lists them. */
    public static final List<String> FOLDERS = List.of("phu-thinh", "van-phu", "yen-lang");

    private ProvinceCommunes() {
    }

    /** Writes the three communes into {@code province} and bakes each into its {@code target/site}. */
    public static Path bake(Path province) {
        write(province.resolve("phu-thinh"), "Phú Thịnh", "2024-07-20", Map.of(
                "content/ngan-sach/2024-q1.json", """
                        {
                          "title": "Công khai thực hiện ngân sách quý I năm 2024",
                          "date": "2024-04-20",
                          "type": "ngan-sach",
                          "muc_cong_khai": 2,
                          "nam": 2024,
                          "giai_doan": "thuc-hien-q1",
                          "thu": [{"noi_dung": "Thu ngân sách xã", "du_toan": 1200000000, "thuc_hien": 300000000}]
                        }
                        """,
                "content/thong-bao/duong-tham-thinh.md", notice("Thông báo tạm dừng lưu thông trên đường Thậm Thình",
                        "2024-07-01", 3, "Đường Thậm Thình tạm dừng lưu thông từ ngày 05/7/2024 để sửa mặt đường."),
                "content/thong-bao/thu-tuc.md", notice("Danh mục thủ tục hành chính cấp xã", "2024-06-01", 13,
                        "Các thủ tục hành chính thuộc thẩm quyền của xã.")));
        write(province.resolve("van-phu"), "Vạn Phú", "2024-07-20", Map.of(
                "content/thong-bao/hop-dan.md", notice("Thông báo họp dân xóm Đồng Kè", "2024-07-02", 14,
                        "Họp dân bàn việc làm đường bê tông xóm Đồng Kè.")));
        write(province.resolve("yen-lang"), "Yên Lãng", "2024-07-21", Map.of(
                "content/tra-loi/ky-hop-thu-8.json", """
                        {
                          "title": "Trả lời kiến nghị cử tri trước kỳ họp thứ 8",
                          "date": "2024-06-05",
                          "type": "tra-loi",
                          "muc_cong_khai": 14,
                          "muc": [
                            {"ngay_nhan": "2024-06-01", "linh_vuc": "Đất đai", "noi_dung": "Cử tri hỏi khi nào cấp giấy chứng nhận quyền sử dụng đất", "tra_loi": "Đang phối hợp với Văn phòng đăng ký đất đai", "nguoi_tra_loi": "Công chức Địa chính", "trang_thai": "dang-giai-quyet"}
                          ]
                        }
                        """,
                "content/lay-y-kien/cho.json", """
                        {
                          "title": "Lấy ý kiến Nhân dân về việc xây chợ xã",
                          "date": "2024-07-09",
                          "type": "lay-y-kien",
                          "muc_cong_khai": 11,
                          "doi_tuong": "Nhân dân toàn xã",
                          "tu": "2024-07-10", "den": "2024-08-10"
                        }
                        """,
                "content/thong-bao/thu-tuc.md", notice("Danh mục thủ tục hành chính cấp xã", "2024-06-01", 13,
                        "Các thủ tục hành chính thuộc thẩm quyền của xã.")));
        for (String folder : FOLDERS) {
            Path commune = province.resolve(folder);
            try {
                new Bakery(commune, commune.resolve("target/site")).bake();
            } catch (Exception e) {
                throw new IllegalStateException("the test commune " + folder + " does not bake", e);
            }
        }
        return province;
    }

    private static String notice(String title, String date, int item, String body) {
        return "title=" + title + "\ndate=" + date + "\ntype=thong-bao\nmuc_cong_khai=" + item + "\n~~~~~~\n" + body
                + "\n";
    }

    private static void write(Path dir, String name, String bakeDate, Map<String, String> files) {
        String host = vn.congkhai.text.VietnameseText.fold(name).replace(" ", "");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("jbake.properties"), """
                    xa.ten=%1$s
                    xa.co_quan=Ủy ban nhân dân xã %1$s
                    xa.tinh=Thái Nguyên
                    xa.huyen_cu=
                    xa.dia_chi=Trụ sở UBND xã %1$s, tỉnh Thái Nguyên
                    xa.dien_thoai=0208 3000 111
                    xa.email=ubnd@%2$s.example.vn
                    xa.duong_day_nong=0208 3000 222
                    xa.chu_tich=Nguyễn Văn Mẫu
                    site.host=https://%2$s.example.vn/
                    ngay_bake=%3$s
                    """.formatted(name, host, bakeDate));
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
