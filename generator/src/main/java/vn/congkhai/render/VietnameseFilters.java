package vn.congkhai.render;

import vn.congkhai.text.VietnameseFormat;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import vn.congkhai.text.IsoDate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Pebble filters templates use for Vietnamese formatting, all backed by {@link VietnameseFormat}:
 * {@code {{ x | tien }}} money, {@code {{ x | so }}} number (with a decimal comma for a decimal), {@code {{ d | ngay }}} date,
 * {@code {{ d | ngay_van_ban(place) }}} document date line, {@code {{ r | phan_tram }}} percentage.
 */
public final class VietnameseFilters extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "tien", simple(v -> VietnameseFormat.money(asLong(v))),
                "so", simple(v -> v instanceof BigDecimal d ? VietnameseFormat.decimal(d) : VietnameseFormat.number(asLong(v))),
                "ngay", simple(v -> VietnameseFormat.date(asDate(v))),
                "phan_tram", simple(v -> VietnameseFormat.percent(new BigDecimal(v.toString()))),
                "ngay_van_ban", new DocumentDateFilter());
    }

    private static Filter simple(Function<Object, String> format) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int lineNumber) {
                return input == null ? null : format.apply(input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }

    private static final class DocumentDateFilter implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            return input == null ? null : VietnameseFormat.documentDate(String.valueOf(args.get("place")), asDate(input));
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of("place");
        }
    }

    static long asLong(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(value.toString().strip());
    }

    static LocalDate asDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return IsoDate.parse(value.toString())
                .orElseThrow(() -> new IllegalArgumentException("Not a yyyy-MM-dd date: " + value));
    }
}
