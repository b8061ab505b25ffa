package vn.congkhai.render;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congkhai.bake.Bakery;
import vn.congkhai.history.GitHistory;
import vn.congkhai.model.SitePages;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site plan is the register of outputs: what the bake writes (pages, printouts, open data, feeds, the site's
 * files about itself) is what it lists, and nothing else.
 */
class SitePlanIT {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"types", "participation"})
    void theBakeWritesExactlyThePagesPrintoutsAndOpenDataThePlanLists(String fixture) throws Exception {
        FixtureSite site = FixtureSite.of(fixture, tmp);
        SitePlan plan;
        try (Bakery bakery = new Bakery(site.dir(), site.site())) {
            plan = SitePlan.of(SiteModel.of(bakery.validate(), List.of(), GitHistory.none()),
                    new Templates(site.dir().resolve("templates")));
        }
        site.bake();
        Set<String> planned = plan.addresses().stream().map(SitePlan.Address::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(planned).as("each address once").hasSameSizeAs(plan.addresses());
        Set<String> written;
        try (Stream<Path> files = Files.walk(site.site())) {
            written = files.filter(Files::isRegularFile).map(f -> site.site().relativize(f).toString())
                    .filter(f -> f.matches(".*\\.(html|pdf|csv|json|jsonld|xml|txt)"))
                    // a PDF attached to a disclosure is the officer's file, copied as it is
                    .filter(f -> !f.endsWith(".pdf") || !Files.exists(site.dir().resolve("content").resolve(f)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(written).isEqualTo(planned);
        assertThat(planned).contains(SitePages.DATA_PACKAGE, SitePages.CATALOG, SitePages.FEED,
                SitePages.SEARCH_INDEX, SitePages.SITEMAP, SitePages.ROBOTS, "schemas/ho-ngheo.schema.json",
                "schemas/tuan-thu.schema.json");
        // the pages the types add through their kinds are in it
        assertThat(planned).contains(fixture.equals("types")
                ? new String[]{"thu-tuc/phi-le-phi.html", "ke-hoach/kh-bao-cao-2024-q2.html",
                        "ke-hoach/kh-bao-cao-2024-q2.pdf", "ke-hoach/kh.csv", "ke-hoach/kh.json"}
                : new String[]{"tra-loi/tra-cuu.html"});
        // a feed per section, listed whether or not the section has anything yet, and per hamlet the content names
        assertThat(planned).contains("thong-bao/feed.xml", "ho-ngheo/feed.xml");
        assertThat(planned).contains(fixture.equals("types") ? new String[]{"xom/ket-thanh.xml", "xom/ket-thanh.html",
                "xom/index.html"} : new String[]{"lay-y-kien/feed.xml"});
    }
}
