package vn.congkhai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import vn.congkhai.text.IsoDate;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.text.VietnameseText;
import vn.congkhai.theme.Theme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/** The Pebble templates, auto-escaped (only Markdown is {@code | raw}); a commune's {@code templates/} win by name. */
public final class Templates {

    private static final String EXTENSION = ".pebble";
    /** The templates' Vietnamese formats ({@link VietnameseFormat}). */
    private static final Map<String, Filter> FILTERS = Map.of(
            "tien", new Format(List.of(), (v, args) -> VietnameseFormat.money(asLong(v))),
            "so", new Format(List.of(), (v, args) -> v instanceof BigDecimal d ? VietnameseFormat.decimal(d)
                    : VietnameseFormat.number(asLong(v))),
            "ngay", new Format(List.of(), (v, args) -> VietnameseFormat.date(asDate(v))),
            "phan_tram", new Format(List.of(), (v, args) -> VietnameseFormat.percent(new BigDecimal(v.toString()))),
            "ngay_van_ban", new Format(List.of("place"), (v, args) ->
                    VietnameseFormat.documentDate(String.valueOf(args.get("place")), asDate(v))));

    private final Loader<?> loader;
    private final PebbleEngine engine;
    /** Which templates exist, asked once per bake, not once per disclosure. */
    private final Map<String, Boolean> exists = new ConcurrentHashMap<>();

    /** The commune's overrides in {@code folder} (maybe missing), then the theme. */
    public Templates(Path folder) {
        FileLoader commune = new FileLoader();
        commune.setPrefix(folder.toAbsolutePath().toString());
        ClasspathLoader theme = new ClasspathLoader(Theme.loader());
        theme.setPrefix(Theme.TEMPLATES);
        loader = new DelegatingLoader(List.of(commune, theme));
        loader.setCharset("UTF-8");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .strictVariables(true).cacheActive(true).extension(new AbstractExtension() {
                    @Override
                    public Map<String, Filter> getFilters() {
                        return FILTERS;
                    }
                }).build();
    }

    public boolean exists(String name) {
        return exists.computeIfAbsent(name, n -> loader.resourceExists(n + EXTENSION));
    }

    /** Renders a template to text in Unicode NFC. */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            // a copy: Pebble's {% set %} writes into the map it is given
            engine.getTemplate(name + EXTENSION).evaluate(out, new HashMap<>(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VietnameseText.nfc(out.toString());
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
