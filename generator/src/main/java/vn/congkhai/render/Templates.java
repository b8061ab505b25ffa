package vn.congkhai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import vn.congkhai.text.VietnameseText;
import vn.congkhai.theme.Theme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's Pebble templates, auto-escaped (only rendered Markdown is {@code | raw}); one in the commune's
 * {@code templates/} folder wins over the theme's of the same name.
 */
public final class Templates {

    private static final String EXTENSION = ".pebble";

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
                .strictVariables(true).cacheActive(true).extension(new VietnameseFilters()).build();
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
}
