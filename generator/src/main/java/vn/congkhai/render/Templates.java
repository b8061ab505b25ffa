package vn.congkhai.render;

import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseText;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import vn.congkhai.theme.Theme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The site's Pebble templates, with auto-escaping on: whatever an officer wrote is printed as text unless a template
 * marks it {@code | raw}, which only rendered Markdown is. A template in the commune's {@code templates/} folder wins
 * over the default theme's template of the same name (includes too: overriding one partial changes that partial).
 */
public final class Templates {

    public static final String EXTENSION = ".pebble";

    private final PebbleEngine engine;
    private final Path folder;
    /** Which templates exist, looked up once per bake (every disclosure page asks for its type's). */
    private final java.util.Map<String, Boolean> exists = new java.util.concurrent.ConcurrentHashMap<>();

    /** The commune's overrides in {@code folder} (which may be missing or empty), then the theme. */
    public Templates(Path folder) {
        this.folder = folder;
        FileLoader commune = new FileLoader();
        commune.setPrefix(folder.toAbsolutePath().toString());
        commune.setCharset("UTF-8");
        ClasspathLoader theme = new ClasspathLoader(Theme.loader());
        theme.setPrefix(Theme.TEMPLATES);
        theme.setCharset("UTF-8");
        List<Loader<?>> loaders = List.of(commune, theme);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .cacheActive(true)
                .extension(new VietnameseFilters())
                .build();
    }

    public boolean exists(String name) {
        return exists.computeIfAbsent(name, n -> Files.isRegularFile(folder.resolve(n + EXTENSION))
                || Theme.has(Theme.TEMPLATES, n + EXTENSION));
    }

    /** Renders a template to text in Unicode NFC. */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            // a copy: Pebble's {% set %} writes into the map it is given, and models are kept between bakes
            engine.getTemplate(name + EXTENSION).evaluate(out, new java.util.HashMap<>(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VietnameseText.nfc(out.toString());
    }
}
