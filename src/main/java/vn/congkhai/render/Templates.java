package vn.congkhai.render;

import vn.congkhai.text.Markdown;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;

/**
 * The site's Pebble templates, with auto-escaping on: whatever an officer wrote is printed as text unless a template
 * marks it {@code | raw}, which only rendered Markdown is.
 */
public final class Templates {

    public static final String EXTENSION = ".pebble";

    private final PebbleEngine engine;
    private final Path folder;

    public Templates(Path folder) {
        this.folder = folder;
        FileLoader loader = new FileLoader();
        loader.setPrefix(folder.toAbsolutePath().toString());
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .cacheActive(true)
                .extension(new VietnameseFilters())
                .build();
    }

    public boolean exists(String name) {
        return Files.isRegularFile(folder.resolve(name + EXTENSION));
    }

    /** Renders a template to text in Unicode NFC. */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(name + EXTENSION).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }
}
