package vn.congkhai.landprice;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.Checks;
import vn.congkhai.kind.Fields;
import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code gia-dat} disclosure whose schema passed and checks what the schema cannot: real dates, a period
 * that ends after it starts, and no price given twice for the same road, stretch, position and land type.
 */
public final class LandPriceReader {

    private LandPriceReader() {
    }

    public static LandPriceTable read(Checks checks) {
        JsonNode root = checks.doc().metadata();
        LocalDate from = Fields.date(checks, "/ap_dung_tu", "ap_dung_tu", "ngày bắt đầu áp dụng");
        LocalDate until = Fields.date(checks, "/ap_dung_den", "ap_dung_den", "ngày hết hiệu lực");
        if (from != null && until != null && until.isBefore(from)) {
            checks.add("/ap_dung_den", "ap_dung_den", "bảng giá hết áp dụng (" + VietnameseFormat.date(until)
                    + ") trước khi bắt đầu áp dụng (" + VietnameseFormat.date(from) + "). Cách sửa: \"ap_dung_den\" "
                    + "phải sau \"ap_dung_tu\"; nếu bảng giá chưa có ngày hết hiệu lực, bỏ trường này.");
        }
        JsonNode rows = root.path("dong");
        List<LandPrice> prices = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            LandPrice p = new LandPrice(Fields.text(r.get("tuyen_duong")), Fields.text(r.get("doan")),
                    r.path("vi_tri").asInt(), Fields.text(r.get("loai_dat")), r.path("gia_vnd_m2").asLong());
            Integer first = seen.putIfAbsent(List.of(same(p.road()), same(p.segment()), String.valueOf(p.position()),
                    same(p.landType())), i);
            if (first != null) {
                checks.add("/dong/" + i, "dong[" + i + "]", "giá đất của \"" + p.road() + "\"" + (p.segment() == null
                        ? "" : ", đoạn \"" + p.segment() + "\"") + ", vị trí " + p.position() + ", " + p.landType()
                        + " được ghi hai lần (trùng với " + checks.shown("dong[" + first + "]") + "). Cách sửa: xoá dòng lặp, hoặc sửa "
                        + "tuyến đường, đoạn, vị trí hay loại đất cho đúng.");
            }
            prices.add(p);
        }
        return checks.failed() ? null
                : new LandPriceTable(Fields.text(root.get("quyet_dinh")), from, until, List.copyOf(prices));
    }

    /** A value compared as officers mean it: NFC, any case, runs of spaces as one. */
    private static String same(String text) {
        return text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
