package vn.congkhai.config;

import vn.congkhai.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The generator's settings for JBake (folders, Markdown extensions, what JBake renders), kept in the generator and
 * never read from the commune's {@code jbake.properties}: a commune cannot turn raw HTML in Markdown back on.
 */
public final class EngineSettings {

    /** Key prefixes that belong to the engine; a commune file that sets them is ignored for them, with a warning. */
    private static final Set<String> PREFIXES = Set.of("content.", "template.", "asset.", "render.", "markdown.",
            "db.", "date.", "default.", "jvm.", "destination.", "asciidoctor.", "thymeleaf.", "freemarker.",
            "jade.", "example.", "archive.", "feed.", "sitemap.", "tag.", "index.", "paginate.", "uri.", "img.",
            "data.", "server.", "error404.", "post.", "page.", "draft.", "header.", "ignore.");

    private EngineSettings() {
    }

    /** JBake's configuration, as the generator sets it. */
    public static Properties engine() {
        Properties p = new Properties();
        try (InputStream in = EngineSettings.class.getResourceAsStream("engine.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static boolean isEngineKey(String key) {
        return PREFIXES.stream().anyMatch(key::startsWith);
    }

    /**
     * Warnings for the engine keys a commune's settings give a value the generator does not use (a key written
     * with the generator's own value, as older sites have, is accepted quietly).
     */
    public static List<Problem> ignoredKeys(Properties commune, java.util.function.ToIntFunction<String> lineOf) {
        Properties engine = engine();
        List<Problem> warnings = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(commune.stringPropertyNames())) {
            if (!isEngineKey(key) || commune.getProperty(key).strip().equals(engine.getProperty(key, "").strip())) {
                continue;
            }
            warnings.add(new Problem(SiteConfig.FILE, lineOf.applyAsInt(key), key, "đây là thiết lập của chương trình, "
                    + "không phải của xã: giá trị trong " + SiteConfig.FILE + " bị bỏ qua. Cách sửa: xoá dòng này."));
        }
        return warnings;
    }
}
