package vn.congkhai.household;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.kind.Fields;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a schema-valid {@code ho-ngheo} file and checks what the schema cannot: unique {@code stt}, no household listed
 * twice (same head, hamlet, category, members and note under two numbers), and declared counts per category
 * ({@code tong_hop}) equal to the rows.
 */
public final class HouseholdListReader {

    private HouseholdListReader() {
    }

    public static HouseholdList read(Checks checks) {
        JsonNode root = checks.doc().metadata();
        List<Household> households = new ArrayList<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        JsonNode rows = root.path("ho");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            int number = row.path("stt").asInt();
            Integer first = numbers.putIfAbsent(number, i);
            if (first != null) {
                checks.add("/ho/" + i + "/stt", "ho[" + i + "].stt", "số thứ tự " + number + " bị trùng với "
                        + checks.shown("ho[" + first + "]") + ". Cách sửa: đánh lại số thứ tự, mỗi hộ một số.");
            }
            Integer same = seen.putIfAbsent(sameHousehold(row), i);
            if (same != null) {
                checks.add("/ho/" + i, "ho[" + i + "]", "hộ \"" + row.path("chu_ho").asText().strip() + "\" được ghi "
                        + "hai lần: giống hệt " + checks.shown("ho[" + same + "]") + ", cùng chủ hộ, xóm, phân loại, số "
                        + "nhân khẩu và ghi chú, nên hộ bị đếm hai lần. Cách sửa: xoá dòng lặp; "
                        + "nếu đúng là hai hộ khác nhau có chủ hộ trùng tên, ghi vào ghi_chu điều phân biệt hai hộ, ví dụ "
                        + "\"con ông Nguyễn Văn Ba\" (không ghi ngày sinh hay số định danh).");
            }
            HouseholdCategory category = HouseholdCategory.ofCode(row.path("phan_loai").asText()).orElseThrow();
            Integer members = row.has("so_nhan_khau") ? row.path("so_nhan_khau").asInt() : null;
            households.add(new Household(number, row.path("chu_ho").asText().strip(),
                    Fields.hamlet(checks, "/ho/" + i + "/xom", "ho[" + i + "].xom"),
                    category, members, text(row.get("ghi_chu"))));
        }
        Map<HouseholdCategory, Integer> declared = new EnumMap<>(HouseholdCategory.class);
        JsonNode totals = root.get("tong_hop");
        if (totals != null) {
            HouseholdSummary summary = HouseholdSummary.of(households);
            Iterator<Map.Entry<String, JsonNode>> fields = totals.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getKey().equals("tong")) {
                    if (f.getValue().asInt() != households.size()) {
                        checks.add("/tong_hop/tong", "tong_hop.tong", "tổng số hộ ghi " + f.getValue().asInt()
                                + " nhưng danh sách có " + households.size() + " hộ. Cách sửa: sửa số trong tong_hop "
                                + "hoặc kiểm tra lại danh sách.");
                    }
                    continue;
                }
                HouseholdCategory category = HouseholdCategory.ofCode(f.getKey()).orElseThrow();
                int counted = summary.total(category).households();
                declared.put(category, f.getValue().asInt());
                if (f.getValue().asInt() != counted) {
                    checks.add("/tong_hop/" + f.getKey(), "tong_hop." + f.getKey(), "tổng hợp ghi "
                            + f.getValue().asInt() + " " + category.label().toLowerCase() + " nhưng danh sách có "
                            + counted + " hộ loại này. Cách sửa: sửa số trong tong_hop hoặc kiểm tra lại cột phan_loai.");
                }
            }
        }
        if (checks.failed()) {
            return null;
        }
        return new HouseholdList(root.path("nam").asInt(), vn.congkhai.text.Coded.ofCode(HouseholdRound.class, root.path("dot").asText()).orElseThrow(), text(root.get("quyet_dinh")),
                List.copyOf(households), declared);
    }

    /** What makes two rows the same household, compared as typed: NFC, any case, runs of spaces as one. */
    private static List<String> sameHousehold(JsonNode row) {
        return List.of(comparable(row.path("chu_ho")), comparable(row.path("xom")), comparable(row.path("phan_loai")),
                comparable(row.path("so_nhan_khau")), comparable(row.path("ghi_chu")));
    }

    private static String comparable(JsonNode value) {
        String text = value.isMissingNode() || value.isNull() ? "" : value.asText();
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
