package vn.congkhai.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congkhai.bake.Bakery;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.history.GitHistory;
import vn.congkhai.problem.Problem;
import vn.congkhai.render.SiteModel;
import vn.congkhai.render.SitePlan;
import vn.congkhai.render.Templates;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The link check accepts exactly what the bake writes: the site plan's addresses, and nothing it does not list. */
class LinkTargetsIT {

    private static final String DISCLOSURE = "content/thong-bao/lien-ket.md";

    @TempDir
    Path tmp;

    /**
     * Every page, printout, open data file and feed the plan lists, linked from a disclosure as an officer writes it;
     * the types fixture with an organisation too, for its English page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"basic", "types", "participation"})
    void aLinkToEveryAddressTheBakeWritesIsAccepted(String fixture) throws Exception {
        FixtureSite site = FixtureSite.of(fixture, tmp);
        if (fixture.equals("types")) {
            site.with(GoodFiles.ORGANISATION);
        }
        site.write(DISCLOSURE, notice("Nội dung."));
        SitePlan plan;
        try (Bakery bakery = new Bakery(site.dir(), site.site())) {
            plan = SitePlan.of(SiteModel.of(bakery.validate(), List.of(), GitHistory.none()),
                    new Templates(site.dir().resolve("templates")));
        }
        List<String> targets = Stream.of(SitePlan.Kind.PAGE, SitePlan.Kind.PRINTOUT, SitePlan.Kind.DATA,
                SitePlan.Kind.FEED).flatMap(kind -> plan.addresses(kind).stream()).map(SitePlan.Address::path).toList();
        assertThat(targets).contains("thong-bao/lien-ket.pdf", "thong-bao/feed.xml", "tuan-thu/index.html");
        if (fixture.equals("types")) {
            assertThat(targets).contains("en/organisation.html", "xom/ket-thanh.html", "xom/index.html",
                    "thu-tuc/khai-sinh.pdf", "ho-ngheo/2024-bien-ban-niem-yet.pdf", "ke-hoach/kh-bao-cao-2024-q2.pdf");
        }
        site.write(DISCLOSURE, notice(targets.stream().map(t -> "- [" + t + "](../" + t + ")")
                .collect(Collectors.joining("\n"))));
        List<String> problems;
        try (Bakery bakery = new Bakery(site.dir(), site.site())) {
            bakery.check();
            problems = List.of();
        } catch (ContentProblemsException e) {
            problems = e.problems().list().stream().map(Problem::format).toList();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLinkToAPageTheBakeDoesNotWriteIsRefused() {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write(DISCLOSURE, notice("Xem [trang xóm](../xom/khong-co.html)."));
        assertThat(site.problems()).containsExactly(DISCLOSURE + ":7: (liên kết): liên kết \"../xom/khong-co.html\" "
                + "dẫn tới trang không có trên trang web. Cách sửa: sửa địa chỉ cho đúng "
                + "(ví dụ ../ho-ngheo/2024-chinh-thuc.html) hoặc bỏ liên kết.");
    }

    private static String notice(String body) {
        return "title=Các trang liên quan\ndate=2024-04-25\ntype=thong-bao\nmuc_cong_khai=14\n~~~~~~\n\n" + body + "\n";
    }
}
