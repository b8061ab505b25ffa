package vn.congkhai.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The preview's pages reload themselves after a re-bake: the preview adds to every page it serves a script that asks
 * {@value #BAKES} whether the preview baked since the page was served (the question waits up to
 * {@link #WAIT_MILLIS} for a bake, re-baking if a source changed meanwhile), and reloads the page when it did. Only in
 * what the preview serves: the site's files stay without script, as they are published.
 */
public final class LiveReload {

    /** Where the script is served. */
    public static final String SCRIPT = "/__xem-truoc/tai-lai.js";
    /** Where the number of the last bake is served, once it is past the one asked ({@code ?sau=N}). */
    public static final String BAKES = "/__xem-truoc/lan-tao";
    /** How long a question waits for a bake before it is answered with the number unchanged (and asked again). */
    static final long WAIT_MILLIS = 25_000;

    private static final String JS = read();

    private LiveReload() {
    }

    /** The script, as served. */
    static String script() {
        return JS;
    }

    /** {@code html} with the script added before its body ends; {@code bakes} is the bake it shows. */
    static String into(String html, int bakes) {
        String tag = "<script src=\"" + SCRIPT + "\" data-lan=\"" + bakes + "\" data-hoi=\"" + BAKES + "\"></script>";
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    /** The number asked about: the bake a page showed ({@code -1} when it is not a number). */
    static int asked(String sau) {
        try {
            return sau == null ? -1 : Integer.parseInt(sau.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String read() {
        try (InputStream in = LiveReload.class.getResourceAsStream("tai-lai.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
