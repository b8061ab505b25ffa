package vn.congkhai.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code BigHouseholdList <folder> <rows> [<files>]}: a project whose only disclosures are {@code ho-ngheo} lists
 * (one unless told) of the given number of households each, laid out as officers write them (one field per line),
 * for the big-input benchmark ({@code bench/big-list.sh}) and the size tests.
 */
public final class BigHouseholdList {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà",
            "Ngô", "Dương", "Lý", "Triệu", "Ma", "Nông"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Hữu", "Minh", "Thanh", "Ngọc", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hạnh", "Hương", "Lan", "Mai", "Nam",
            "Nhung", "Phúc", "Quý", "Sơn", "Tài", "Thắng", "Tuấn", "Uyên", "Vinh", "Xuân", "Yến", "Khánh", "Lộc", "Đạt"};
    private static final String[] CATEGORY = {"ngheo", "can-ngheo", "thoat-ngheo", "thoat-can-ngheo"};

    private BigHouseholdList() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[1]);
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path dir = Path.of(args[0]);
        SyntheticCommune.project(dir);
        for (int i = 1; i <= files; i++) {
            SyntheticCommune.write(dir.resolve("content/ho-ngheo/2025-rat-lon" + (i == 1 ? "" : "-" + i) + ".json"),
                    json(rows));
        }
    }

    /** The text of a household list of {@code rows} rows, in 40 hamlets. */
    public static String json(int rows) {
        StringBuilder out = new StringBuilder(rows * 160);
        out.append("{\n  \"title\": \"Danh sách hộ nghèo, hộ cận nghèo năm 2025 (").append(rows).append(" hộ)\",\n")
                .append("  \"date\": \"2025-12-20\",\n  \"type\": \"ho-ngheo\",\n  \"status\": \"published\",\n")
                .append("  \"so_hieu\": \"215/QĐ-UBND\",\n  \"muc_cong_khai\": 7,\n  \"niem_yet_tu\": \"2025-12-21\",\n")
                .append("  \"nam\": 2025,\n  \"dot\": \"chinh-thuc\",\n")
                .append("  \"quyet_dinh\": \"Quyết định số 215/QĐ-UBND ngày 20/12/2025 của UBND xã\",\n  \"ho\": [\n");
        for (int i = 1; i <= rows; i++) {
            out.append(i > 1 ? ",\n" : "").append("    {\n      \"stt\": ").append(i)
                    .append(",\n      \"chu_ho\": \"").append(FAMILY[i % FAMILY.length]).append(' ')
                    .append(MIDDLE[(i / 7) % MIDDLE.length]).append(' ').append(GIVEN[(i / 3) % GIVEN.length])
                    .append("\",\n      \"xom\": \"Xóm Đồng ").append(1 + i % 40)
                    .append("\",\n      \"phan_loai\": \"").append(CATEGORY[(i / 11) % CATEGORY.length])
                    .append("\",\n      \"so_nhan_khau\": ").append(1 + i % 7);
            if (i % 9 == 0) {
                out.append(",\n      \"ghi_chu\": \"Hộ có người khuyết tật\"");
            }
            out.append("\n    }");
        }
        return out.append("\n  ]\n}\n").toString();
    }
}
