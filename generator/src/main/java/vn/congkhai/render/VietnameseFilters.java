package vn.congkhai.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import vn.congkhai.text.IsoDate;
import vn.congkhai.text.VietnameseFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The templates' Vietnamese formats: {@code tien so ngay ngay_van_ban(place) phan_tram}. */
public final class VietnameseFilters extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "tien", new Format(List.of(), (v, args) -> VietnameseFormat.money(asLong(v))),
                "so", new Format(List.of(), (v, args) -> v instanceof BigDecimal d ? VietnameseFormat.decimal(d)
                        : VietnameseFormat.number(asLong(v))),
                "ngay", new Format(List.of(), (v, args) -> VietnameseFormat.date(asDate(v))),
                "phan_tram", new Format(List.of(), (v, args) -> VietnameseFormat.percent(new BigDecimal(v.toString()))),
                "ngay_van_ban", new Format(List.of("place"), (v, args) ->
                        VietnameseFormat.documentDate(String.valueOf(args.get("place")), asDate(v))));
    }

    /** A filter that formats a value (null stays null), given the arguments it names. */
    private record Format(List<String> getArgumentNames, BiFunction<Object, Map<String, Object>, String> format)
            implements Filter {

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            return input == null ? null : format.apply(input, args);
        }
    }

    private static long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().strip());
    }

    private static LocalDate asDate(Object value) {
        return value instanceof LocalDate d ? d : IsoDate.parse(value.toString())
                .orElseThrow(() -> new IllegalArgumentException("Not a yyyy-MM-dd date: " + value));
    }
}
