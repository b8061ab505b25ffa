package vn.congkhai;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's layers only look down: shared leaves at the bottom, each stage importing only stages below it. A
 * new import that points up (or a package that is in no layer) fails here, with the file that makes it.
 */
class ArchitectureTest {

    /** Packages by layer, from the bottom; a package may import only packages of lower layers. */
    static final List<List<String>> LAYERS = List.of(
            List.of("text", "problem", "theme"),
            List.of("code"),
            List.of("config", "content", "spreadsheet"),
            List.of("model"),
            List.of("attachment", "history", "feed"),
            List.of("kind"),
            List.of("household", "budget", "procedure", "sheet", "reception", "plan",
                    "consultation", "answer", "landprice", "compensation"),
            List.of("types"),
            List.of("validate", "compliance", "opendata", "search"),
            List.of("render"),
            List.of("print"),
            List.of("bake", "importer", "word"),
            List.of("preview", "tools", "publish"));

    private static final Pattern PACKAGE = Pattern.compile("^package vn\\.congkhai\\.(\\w+);", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\bvn\\.congkhai\\.(\\w+)\\.[A-Z]");

    @Test
    void everyImportPointsToALowerLayer() throws IOException {
        Map<String, Integer> layer = new TreeMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                layer.put(p, i);
            }
        }
        List<String> upward = new ArrayList<>();
        TreeSet<String> unplaced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/congkhai"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                assertThat(pkg.find()).as(file.toString()).isTrue();
                String from = pkg.group(1);
                if (!layer.containsKey(from)) {
                    unplaced.add(from);
                    continue;
                }
                Matcher use = USE.matcher(source);
                TreeSet<String> targets = new TreeSet<>();
                while (use.find()) {
                    targets.add(use.group(1));
                }
                for (String to : targets) {
                    if (!to.equals(from) && layer.getOrDefault(to, Integer.MAX_VALUE) >= layer.get(from)) {
                        upward.add(file.getFileName() + ": " + from + " -> " + to);
                    }
                }
            }
        }
        assertThat(unplaced).as("packages in no layer").isEmpty();
        assertThat(upward).as("imports that do not point to a lower layer").isEmpty();
    }

    @Test
    void theCheckerFindsAnUpwardImport() {
        Matcher use = USE.matcher("import vn.congkhai.render.Templates;");
        assertThat(use.find()).isTrue();
        assertThat(use.group(1)).isEqualTo("render");
    }
}
