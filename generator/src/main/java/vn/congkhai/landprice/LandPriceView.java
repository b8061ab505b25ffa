package vn.congkhai.landprice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A land price table's page as price tables are read: one table per land type (in Vietnamese order), a row per road
 * and stretch (roads in Vietnamese order, stretches as given), the prices of positions 1 to 4 side by side.
 */
public record LandPriceView(LandPriceTable table, List<LandType> landTypes) {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
    public static final int POSITIONS = 4;

    /** The roads of one land type. */
    public record LandType(String name, String anchor, List<Row> rows) {
    }

    /**
     * A road (or stretch of it) and its price per position, in đồng per m²; null where the table gives none.
     *
     * @param prices four prices, positions 1 to 4
     */
    public record Row(String road, String segment, List<Long> prices) {
    }

    public static LandPriceView of(LandPriceTable table) {
        Map<String, Map<List<String>, Long[]>> byType = new TreeMap<>(VIETNAMESE::compare);
        for (LandPrice p : table.prices()) {
            Map<List<String>, Long[]> roads = byType.computeIfAbsent(p.landType(), k -> new LinkedHashMap<>());
            List<String> key = Arrays.asList(p.road(), p.segment() == null ? "" : p.segment());
            roads.computeIfAbsent(key, k -> new Long[POSITIONS])[p.position() - 1] = p.price();
        }
        List<LandType> types = new ArrayList<>();
        for (Map.Entry<String, Map<List<String>, Long[]>> t : byType.entrySet()) {
            List<Row> rows = t.getValue().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<List<String>, Long[]> e) -> e.getKey().get(0),
                            VIETNAMESE::compare))
                    .map(e -> new Row(e.getKey().get(0), e.getKey().get(1).isEmpty() ? null : e.getKey().get(1),
                            Arrays.asList(e.getValue())))
                    .toList();
            types.add(new LandType(t.getKey(), "loai-dat-" + (types.size() + 1), rows));
        }
        return new LandPriceView(table, List.copyOf(types));
    }
}
