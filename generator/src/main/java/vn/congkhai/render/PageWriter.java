package vn.congkhai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the site's files into the output folder, and counts the pages it writes; pages may be written in parallel. A
 * page the last bake made from the same model and templates is taken from it ({@link PageMemory}).
 */
public final class PageWriter {

    private final Templates templates;
    private final Path out;
    private final PageMemory memory;
    private final java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();

    public PageWriter(Templates templates, Path out, PageMemory memory) {
        this.templates = templates;
        this.out = out;
        this.memory = memory;
    }

    /** Renders {@code template} with {@code model} into the page at {@code uri}. */
    public void page(String uri, String template, Map<String, Object> model) {
        if (!memory.reuse(uri, template, model, out.resolve(uri))) {
            text(uri, templates.render(template, model));
        }
        pages.incrementAndGet();
    }

    /**
     * Makes the file at {@code path} with {@code write}, or takes the last bake's when it was made by the same
     * {@code maker} from an equal {@code model} (everything the file is made from besides the generator).
     */
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

    public Templates templates() {
        return templates;
    }

    public Path folder() {
        return out;
    }

    /** How many pages were written. */
    public int pages() {
        return pages.get();
    }
}
