package vn.congkhai;

import org.junit.jupiter.api.Test;
import vn.congkhai.types.ContentTypes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The types' own packages, one per JSON type of the content contract: those of the kinds registered in
     * {@code types.ContentTypes}, so that a new type's package is placed by its registration alone.
     */
    static final List<String> TYPE_PACKAGES = ContentTypes.all().stream()
            .map(kind -> kind.getClass().getPackageName().substring("vn.congkhai.".length())).distinct().sorted()
            .toList();

    /** Packages by layer, from the bottom; a package may import only packages of lower layers. */
    static final List<List<String>> LAYERS = List.of(
            List.of("text", "problem", "theme"),
            List.of("code"),
            List.of("config", "content", "spreadsheet"),
            List.of("model"),
            List.of("attachment", "history", "feed"),
            List.of("kind"),
            TYPE_PACKAGES,
            List.of("types"),
            List.of("validate", "compliance", "opendata", "search"),
            List.of("metadata"),
            List.of("render"),
            List.of("print"),
            List.of("bake", "importer", "word"),
            List.of("preview", "tools", "publish", "province"),
            List.of("editor"));

    /**
     * The stages that know the types only through their kinds ({@code types.ContentTypes}): a new type or a type's
     * new page is then added in the type's package alone, not in every stage's list.
     */
    static final Set<String> TYPE_BLIND = Set.of("validate", "render", "print", "bake");

    private static final Pattern PACKAGE = Pattern.compile("^package vn\\.congkhai\\.(\\w+);", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\bvn\\.congkhai\\.(\\w+)\\.[A-Z]");

    /** Each registered kind has a package of its own, which no other layer claims. */
    @Test
    void eachTypeHasAPackageOfItsOwn() {
        assertThat(TYPE_PACKAGES).hasSize(ContentTypes.all().size()).doesNotContain("kind", "types", "model");
    }

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
        for (Uses file : uses()) {
            if (!layer.containsKey(file.from())) {
                unplaced.add(file.from());
                continue;
            }
            for (String to : file.targets()) {
                if (!to.equals(file.from()) && layer.getOrDefault(to, Integer.MAX_VALUE) >= layer.get(file.from())) {
                    upward.add(file.name() + ": " + file.from() + " -> " + to);
                }
            }
        }
        assertThat(unplaced).as("packages in no layer").isEmpty();
        assertThat(upward).as("imports that do not point to a lower layer").isEmpty();
    }

    @Test
    void theStagesReachTheTypesOnlyThroughTheirKinds() throws IOException {
        assertThat(typeUses(uses())).as("stages that import a type's package instead of asking its kind").isEmpty();
    }

    @Test
    void theCheckerFindsAStageUsingATypePackage() {
        Uses render = Uses.of(Path.of("SiteRenderer.java"), """
                package vn.congkhai.render;

                import vn.congkhai.model.Disclosure;
                class SiteRenderer { Object o = vn.congkhai.answer.AnswerIndex.of(null); }
                """);
        Uses plan = Uses.of(Path.of("PlanKind.java"), """
                package vn.congkhai.plan;

                import vn.congkhai.kind.DisclosureKind;
                import vn.congkhai.answer.AnswerIndex;
                """);
        assertThat(typeUses(List.of(render, plan))).containsExactly("SiteRenderer.java: render -> answer");
    }

    private static List<String> typeUses(List<Uses> files) {
        List<String> found = new ArrayList<>();
        for (Uses file : files) {
            if (TYPE_BLIND.contains(file.from())) {
                file.targets().stream().filter(TYPE_PACKAGES::contains)
                        .forEach(to -> found.add(file.name() + ": " + file.from() + " -> " + to));
            }
        }
        return found;
    }

    /** A main source file: its package and the generator's packages it names. */
    private record Uses(String name, String from, TreeSet<String> targets) {

        static Uses of(Path file, String source) {
            Matcher pkg = PACKAGE.matcher(source);
            assertThat(pkg.find()).as(file.toString()).isTrue();
            Matcher use = USE.matcher(source);
            TreeSet<String> targets = new TreeSet<>();
            while (use.find()) {
                targets.add(use.group(1));
            }
            return new Uses(file.getFileName().toString(), pkg.group(1), targets);
        }
    }

    private static List<Uses> uses() throws IOException {
        List<Uses> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/congkhai"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.add(Uses.of(file, Files.readString(file)));
            }
        }
        return all;
    }

    @Test
    void theCheckerFindsAnUpwardImport() {
        Matcher use = USE.matcher("import vn.congkhai.render.Templates;");
        assertThat(use.find()).isTrue();
        assertThat(use.group(1)).isEqualTo("render");
    }
}
