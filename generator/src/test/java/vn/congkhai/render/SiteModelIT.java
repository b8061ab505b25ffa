package vn.congkhai.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.Bakery;
import vn.congkhai.history.GitHistory;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SiteModelIT {

    @TempDir
    Path tmp;

    /** Every file of the site last changed an hour ago, as between edits: what was read of it is kept. */
    private static void settle(FixtureSite site) throws Exception {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(site.dir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }

    private static Map<String, BuiltPage> byAddress(SiteModel model) {
        return model.pages().stream().collect(Collectors.toMap(p -> p.disclosure().uri(), Function.identity()));
    }

    @Test
    void aPageEqualToTheLastBakesIsThatVeryPageAndOnlyThePagesShowingAnEditAreNew() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        settle(site);
        try (Bakery preview = new Bakery(site.dir(), site.site()).remembering()) {
            check(site, preview);
        }
    }

    private static void check(FixtureSite site, Bakery preview) throws Exception {
        SiteModel first = SiteModel.of(preview.validate(), List.of(), GitHistory.none());
        SiteModel again = SiteModel.of(preview.validate(), List.of(), GitHistory.none(), first);
        assertThat(again.pages()).hasSameSizeAs(first.pages());
        for (int i = 0; i < first.pages().size(); i++) {
            assertThat(again.pages().get(i)).as("read again, unchanged").isSameAs(first.pages().get(i));
            assertThat(again.carried(again.pages().get(i))).isTrue();
            assertThat(first.carried(first.pages().get(i))).as("the first bake carries nothing").isFalse();
        }
        assertThat(SiteModel.of(preview.validate(), List.of(), GitHistory.none()).pages().get(0))
                .as("without a last bake").isNotSameAs(first.pages().get(0));

        Path edit = site.replace("content/ho-ngheo/2023.json", "Danh sách hộ nghèo năm 2023",
                "Danh sách hộ nghèo năm 2023 (đã sửa)");
        Files.setLastModifiedTime(edit, FileTime.from(Instant.now().minusSeconds(60))); // saved a minute ago
        SiteModel edited = SiteModel.of(preview.validate(), List.of(), GitHistory.none(), again);
        Map<String, BuiltPage> before = byAddress(again);
        Map<String, BuiltPage> after = byAddress(edited);
        // the pages showing the edited title: its own, and its neighbour's (which also lists the other household lists)
        List<String> showing = after.values().stream()
                .filter(p -> p.disclosure().uri().startsWith("ho-ngheo/")).map(p -> p.disclosure().uri()).toList();
        assertThat(showing).hasSize(2);
        after.forEach((uri, page) -> {
            if (showing.contains(uri)) {
                assertThat(page).as(uri).isNotSameAs(before.get(uri)).isNotEqualTo(before.get(uri));
            } else {
                assertThat(page).as(uri).isSameAs(before.get(uri));
            }
            assertThat(edited.carried(page)).as(uri).isEqualTo(!showing.contains(uri));
        });

        site.replace("jbake.properties", "xa.dien_thoai=", "xa.dien_thoai=0208 "); // in every page's footer
        SiteModel resettled = SiteModel.of(preview.validate(), List.of(), GitHistory.none(), edited);
        assertThat(resettled.pages()).as("the same pages, in another site: none carried")
                .allSatisfy(p -> assertThat(resettled.carried(p)).isFalse());
    }
}
