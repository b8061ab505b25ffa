package vn.congkhai.compensation;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.kind.Fields;
import vn.congkhai.kind.Totals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code boi-thuong} disclosure whose schema passed and checks its arithmetic like a budget's, to the đồng:
 * each household's total equals land + assets + support, its listed assets add up to its assets amount, and the
 * plan's declared total ({@code tong_cong}) equals the households' totals (once these add up); every {@code stt} is
 * used once.
 */
public final class CompensationReader {

    private CompensationReader() {
    }

    public static CompensationPlan read(Checks checks) {
        JsonNode root = checks.doc().metadata();
        JsonNode rows = root.path("ho");
        List<CompensatedHousehold> households = new ArrayList<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        boolean householdsAddUp = true;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = "/ho/" + i;
            String field = "ho[" + i + "]";
            String head = Fields.text(row.get("chu_ho"));
            int number = row.path("stt").asInt();
            Integer first = numbers.putIfAbsent(number, i);
            if (first != null) {
                checks.add(at + "/stt", field + ".stt", "số thứ tự " + number + " bị trùng với "
                        + checks.shown("ho[" + first + "]") + ". Cách sửa: đánh lại số thứ tự, mỗi hộ một số.");
            }
            long land = row.path("boi_thuong_dat").asLong();
            long assets = row.path("boi_thuong_tai_san").asLong();
            long support = row.path("ho_tro").asLong();
            long total = row.path("tong").asLong();
            if (land + assets + support != total) {
                householdsAddUp = false;
                checks.add(at + "/tong", field + ".tong", Totals.mismatch("tổng của hộ \"" + head + "\" ghi", total,
                        "bồi thường đất, bồi thường tài sản và hỗ trợ cộng lại", land + assets + support));
            }
            List<CompensatedHousehold.Asset> list = assets(row.path("tai_san"));
            boolean priced = !list.isEmpty() && list.stream().allMatch(a -> a.amount() != null);
            long listed = list.stream().mapToLong(a -> a.amount() == null ? 0 : a.amount()).sum();
            if (priced && row.has("boi_thuong_tai_san") && listed != assets) {
                checks.add(at + "/boi_thuong_tai_san", field + ".boi_thuong_tai_san", Totals.mismatch(
                        "bồi thường tài sản của hộ \"" + head + "\" ghi", assets, "thành tiền các tài sản (tai_san) "
                                + "cộng lại", listed));
            }
            households.add(new CompensatedHousehold(number, head, Fields.hamlet(checks, at + "/xom", field + ".xom"),
                    Fields.text(row.get("to_ban_do")), Fields.text(row.get("so_thua")),
                    row.path("dien_tich_m2").decimalValue(), Fields.text(row.get("loai_dat")), list,
                    row.path("tai_san").isTextual() ? Fields.text(row.get("tai_san")) : null,
                    row.hasNonNull("don_gia_dat") ? row.path("don_gia_dat").asLong() : null, land, assets, support,
                    total, Fields.text(row.get("ghi_chu"))));
        }
        Long declared = root.hasNonNull("tong_cong") ? root.path("tong_cong").asLong() : null;
        long sum = households.stream().mapToLong(CompensatedHousehold::total).sum();
        // A household's wrong total is reported once, there: the plan's total is checked against totals that add up.
        if (declared != null && declared != sum && householdsAddUp) {
            checks.add("/tong_cong", "tong_cong", Totals.mismatch("tổng cộng của phương án ghi", declared,
                    "tổng của các hộ", sum));
        }
        return checks.failed() ? null : new CompensationPlan(Fields.text(root.get("du_an")),
                Fields.text(root.get("quyet_dinh")), List.copyOf(households), declared);
    }

    private static List<CompensatedHousehold.Asset> assets(JsonNode nodes) {
        List<CompensatedHousehold.Asset> assets = new ArrayList<>();
        if (!nodes.isArray()) {
            return assets;
        }
        for (JsonNode a : nodes) {
            assets.add(new CompensatedHousehold.Asset(Fields.text(a.get("ten")),
                    a.hasNonNull("so_luong") ? a.path("so_luong").decimalValue() : null, Fields.text(a.get("don_vi")),
                    a.hasNonNull("don_gia") ? a.path("don_gia").asLong() : null,
                    a.hasNonNull("thanh_tien") ? a.path("thanh_tien").asLong() : null));
        }
        return List.copyOf(assets);
    }
}
