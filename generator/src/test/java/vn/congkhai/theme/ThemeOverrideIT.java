package vn.congkhai.theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A commune's template or asset wins over the theme's file of the same name; everything else is the theme's. */
class ThemeOverrideIT {

    private static final String NOTE = "<p class=\"ghi-chu-xa\">Ghi chú riêng của xã</p>\n";

    @TempDir
    Path tmp;

    @Test
    void overridingOnePartialChangesThatPartialOnly() throws Exception {
        FixtureSite plain = FixtureSite.of("basic", tmp.resolve("theme"));
        plain.bake();
        FixtureSite custom = FixtureSite.of("basic", tmp.resolve("override"));
        custom.write("templates/_doc-foot.pebble", theme("theme/templates/_doc-foot.pebble") + NOTE);
        custom.bake();

        Map<String, String> before = plain.siteHashes();
        Map<String, String> after = custom.siteHashes();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        List<String> changed = before.keySet().stream().filter(f -> !before.get(f).equals(after.get(f))).toList();
        assertThat(changed).isNotEmpty().allMatch(f -> f.endsWith(".html")).contains("thong-bao/hop-dan-xom.html")
                .doesNotContain("index.html");
        for (String page : changed) {
            String text = custom.page(page);
            assertThat(text).as(page).containsOnlyOnce(NOTE);
            assertThat(text.replace(NOTE, "")).as(page).isEqualTo(plain.page(page));
        }
    }

    @Test
    void aCommuneStyleSheetReplacesTheThemesOneAndNoOtherAsset() throws Exception {
        FixtureSite custom = FixtureSite.of("basic", tmp);
        custom.write("assets/css/site.css", "body { font-size: 1.25rem; }\n");
        custom.bake();
        assertThat(custom.page("css/site.css")).isEqualTo("body { font-size: 1.25rem; }\n");
        assertThat(custom.page("css/print.css")).isEqualTo(theme("theme/assets/css/print.css"));
        assertThat(custom.page("js/tim-kiem.js")).isEqualTo(theme("theme/assets/js/tim-kiem.js"));
    }

    @Test
    void theThemeIsReadFromTheGeneratorsJarAsFromItsClasses() {
        // Under failsafe the generator is its jar: the theme's files are then paths in the jar's file system.
        Map<String, Path> assets = Theme.files(Theme.ASSETS);
        assertThat(assets).containsKeys("css/site.css", "css/print.css", "js/tim-kiem.js");
        assertThat(assets.values()).allMatch(Files::isRegularFile);
    }

    private static String theme(String resource) throws Exception {
        try (InputStream in = Theme.loader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
