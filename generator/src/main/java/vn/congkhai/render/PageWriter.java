package vn.congkhai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the site's files into the output folder, possibly from several threads, and counts the pages; a file whose
 * hash is the last bake's is taken from it ({@link PageMemory}).
 */
public final class PageWriter {

    private final Templates templates;
    private final Path out;
    private final PageMemory memory;
    private final AtomicInteger pages = new AtomicInteger();

    public PageWriter(Templates templates, Path out, PageMemory memory) {
        this.templates = templates;
        this.out = out;
        this.memory = memory;
    }

    /** Renders {@code template} with {@code model} into the page at {@code uri}. */
    public void page(String uri, String template, Map<String, Object> model) {
        file(uri, template, model, () -> text(uri, templates.render(template, model)));
        pages.incrementAndGet();
    }

    /** Makes the file at {@code path} with {@code write}, unless the last bake made it alike ({@code maker, model}). */
    public void file(String path, String maker, Object model, Runnable write) {
        if (!memory.reuse(path, maker, model, out.resolve(path))) {
            write.run();
        }
    }

    /** Writes a file that is not a page (search index, feed, sitemap, robots.txt). */
    public void text(String path, String text) {
        Path file = out.resolve(path);
        try {
            memory.folders().forFile(file);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return out;
    }

    public int pages() {
        return pages.get();
    }
}
