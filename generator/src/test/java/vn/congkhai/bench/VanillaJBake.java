package vn.congkhai.bench;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import vn.congkhai.bake.LibraryLogs;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.testing.FixtureSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stock JBake 2.7.0 on the same content, for comparison: its own {@code Oven.bake()} and stock
 * {@code DocumentsRenderer}, with a trivial template ({@link TrivialTemplateEngine}) so that only the engine's own
 * cost is measured. Usage: {@code VanillaJBake <synthetic project> <work folder>}.
 */
public final class VanillaJBake {

    private VanillaJBake() {
    }

    public static void main(String[] args) throws Exception {
        LibraryLogs.quiet();
        Path source = Path.of(args[0]);
        Path work = Path.of(args[1]);
        FixtureSite.copyTree(source.resolve("content"), work.resolve("content"));
        Files.createDirectories(work.resolve("templates"));
        Files.writeString(work.resolve("templates/page.trivial"), "", StandardCharsets.UTF_8);
        StringBuilder properties = new StringBuilder("""
                render.index=false
                render.archive=false
                render.feed=false
                render.tags=false
                render.sitemap=false
                default.status=published
                db.store=memory
                """);
        for (DisclosureType type : DisclosureType.values()) {
            properties.append("template.").append(type.code()).append(".file=page.trivial\n");
        }
        Files.writeString(work.resolve("jbake.properties"), properties, StandardCharsets.UTF_8);
        Oven oven = new Oven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(work.toFile(), work.resolve("output").toFile(), true));
        oven.bake();
        System.out.println("vanilla errors: " + oven.getErrors().size());
        System.exit(0);
    }
}
