package vn.congkhai.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebDriver;
import vn.congkhai.testing.FixtureSite;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (WCAG 2.0/2.1 A and AA rules) finds nothing on any page type, in a real Chromium. */
class AccessibilityBrowserIT {

    @RegisterExtension
    static final ServedSite SITE = new ServedSite();

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    static final ChromiumSession BROWSER = new ChromiumSession();

    static List<PageType> pageTypes() {
        return SITE.pageTypes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageTypes")
    void hasNoWcagAaViolations(PageType page) {
        assertThat(SITE.exists(page.path())).as("%s: the baked site has no %s", page.name(), page.path()).isTrue();
        WebDriver driver = BROWSER.driver();
        driver.get(SITE.url(page.path()));
        Results results = axe().analyze(driver);
        assertThat(results.isErrored()).as("axe-core could not run on %s: %s", page.path(), results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe-core ran rules on %s", page.path()).isNotEmpty();
        assertThat(results.getViolations()).as(() -> describe(page, results.getViolations())).isEmpty();
    }

    /** Guards against a silent pass: on a page broken on purpose, the same analysis must find the faults. */
    @Test
    void axeFindsFaultsOnAPageBrokenOnPurpose() {
        WebDriver driver = BROWSER.driver();
        driver.get(FixtureSite.resource("browser/axe-self-check.html").toUri().toString());
        Results results = axe().analyze(driver);
        assertThat(results.getViolations()).extracting(Rule::getId)
                .contains("html-has-lang", "image-alt", "color-contrast", "link-name");
    }

    /**
     * axe-core with the WCAG A and AA rules, run by {@code axe.run} in the page itself ("legacy mode", which covers
     * same-origin frames; the site has none). The default mode runs the same rules but then opens a second tab per
     * page to merge frame results, a third of this class's time; on every page type and on the broken page both modes
     * give the same rules with the same nodes (compared when this was chosen).
     */
    @SuppressWarnings("deprecation")
    static AxeBuilder axe() {
        return new AxeBuilder().setLegacyMode(true).withTags(WCAG_AA);
    }

    static String describe(PageType page, List<Rule> violations) {
        StringBuilder out = new StringBuilder(page.path()).append(": ").append(violations.size())
                .append(" axe violation(s)\n");
        for (Rule rule : violations) {
            out.append("  - ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
            for (CheckedNode node : rule.getNodes()) {
                out.append("      at ").append(target(node.getTarget()));
                String summary = node.getFailureSummary();
                if (summary != null && !summary.isBlank()) {
                    out.append(" — ").append(summary.replaceAll("\\s+", " ").trim());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String target(Object target) {
        if (target instanceof List<?> list) {
            return list.stream().map(AccessibilityBrowserIT::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }
}
