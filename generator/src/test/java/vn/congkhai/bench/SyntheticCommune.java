package vn.congkhai.bench;

import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A synthetic commune for the benchmark: {@code n} disclosures, four in five Markdown documents of about 2 kB of
 * Vietnamese text spread over the Markdown sections, one in five a JSON table of 25 rows.
 */
public final class SyntheticCommune {

    private static final String[] MARKDOWN_TYPES = {"thong-bao", "chinh-sach", "thanh-tra"};
    private static final String PARAGRAPH = "Ủy ban nhân dân xã thông báo đến toàn thể Nhân dân trên địa bàn xã về việc "
            + "triển khai thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo, công khai danh sách đối tượng được "
            + "hưởng, mức hỗ trợ và thời gian chi trả. Mọi ý kiến phản ánh, kiến nghị xin gửi về Bộ phận tiếp nhận "
            + "và trả kết quả của xã trong giờ hành chính. ";

    private SyntheticCommune() {
    }

    public static Path generate(Path dir, int n) throws IOException {
        project(dir);
        String body = (PARAGRAPH.repeat(3) + "\n\n").repeat(2) + "- Thời gian: từ ngày ban hành.\n- Địa điểm: trụ sở UBND xã.\n";
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate date = start.plusDays(i % 1000);
            if (i % 5 == 4) {
                write(dir.resolve("content/bang/" + date.getYear() + "/bang-" + i + ".json"), table(i, date));
            } else {
                String type = MARKDOWN_TYPES[i % MARKDOWN_TYPES.length];
                write(dir.resolve("content/" + type + "/" + date.getYear() + "/van-ban-" + i + ".md"),
                        "title=Văn bản số " + i + " về việc công khai thông tin\ndate=" + date + "\ntype=" + type
                                + "\nstatus=published\nso_hieu=" + i + "/TB-UBND\nmuc_cong_khai=" + (1 + i % 14)
                                + "\nniem_yet_tu=" + date + "\n~~~~~~\n" + body);
            }
        }
        return dir;
    }

    /** An empty commune folder: the settings of the basic fixture, the default theme, baked as of 31/12/2025. */
    static void project(Path dir) throws IOException {
        String properties = Files.readString(FixtureSite.resource("sites/basic/jbake.properties"),
                StandardCharsets.UTF_8).replace("ngay_bake=2024-06-30\n", "ngay_bake=2025-12-31\n");
        Files.writeString(dir.resolve("jbake.properties"), properties, StandardCharsets.UTF_8);
    }

    private static String table(int i, LocalDate date) {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 25; r++) {
            rows.append(r > 1 ? ",\n" : "").append("    {\"stt\": ").append(r)
                    .append(", \"noi_dung\": \"Khoản đóng góp xây dựng đường giao thông nông thôn xóm ").append(r)
                    .append("\", \"so_tien\": ").append(r * 150_000).append("}");
        }
        return "{\n  \"title\": \"Bảng công khai số " + i + "\",\n  \"date\": \"" + date + "\",\n  \"type\": \"bang\",\n"
                + "  \"status\": \"published\",\n  \"muc_cong_khai\": 5,\n"
                + "  \"cot\": [{\"ma\": \"stt\", \"ten\": \"STT\", \"kieu\": \"so\"}, "
                + "{\"ma\": \"noi_dung\", \"ten\": \"Nội dung\", \"kieu\": \"text\"}, "
                + "{\"ma\": \"so_tien\", \"ten\": \"Số tiền\", \"kieu\": \"tien\"}],\n"
                + "  \"dong\": [\n" + rows + "\n  ]\n}\n";
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
