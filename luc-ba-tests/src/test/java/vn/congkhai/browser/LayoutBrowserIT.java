package vn.congkhai.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout in a real Chromium: no sideways page scrolling on a 360 px phone nor with text at 200 %, navigation hidden
 * on paper, tap targets big enough for a thumb.
 */
class LayoutBrowserIT {

    @RegisterExtension
    static final ServedSite SITE = new ServedSite();

    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;
    /** 1280 CSS px at 200 % zoom. */
    static final int ZOOMED_WIDTH = 640;
    static final double MIN_TARGET = 44;

    @RegisterExtension
    static final ChromiumSession BROWSER = new ChromiumSession();

    @AfterEach
    void resetEmulation() {
        if (BROWSER.started()) {
            ChromeDriver driver = BROWSER.driver();
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    static List<PageType> pageTypes() {
        return SITE.pageTypes();
    }

    @ParameterizedTest(name = "360 px: {0}")
    @MethodSource("pageTypes")
    void aPhoneNeverScrollsThePageSideways(PageType page) {
        assertThat(SITE.exists(page.path())).as("%s: the baked site has no %s", page.name(), page.path()).isTrue();
        phone();
        BROWSER.driver().get(SITE.url(page.path()));
        assertNoHorizontalScroll(page.path() + " at " + PHONE_WIDTH + " px");
    }

    @ParameterizedTest(name = "text at 200 %: {0}")
    @ValueSource(strings = {"index.html", PageType.HOUSEHOLDS})
    void textAtTwiceTheSizeNeverScrollsThePageSideways(String path) {
        assertThat(SITE.exists(path)).as("the baked site has no %s", path).isTrue();
        metrics(ZOOMED_WIDTH, 450, 2, false);
        BROWSER.driver().get(SITE.url(path));
        assertNoHorizontalScroll(path + " at " + ZOOMED_WIDTH + " px (1280 px at 200 %)");
    }

    @ParameterizedTest(name = "print: {0}")
    @MethodSource("printedPages")
    void printHidesTheNavigationButNotTheContent(String path) {
        assertThat(SITE.exists(path)).as("the baked site has no %s", path).isTrue();
        ChromeDriver driver = BROWSER.driver();
        driver.get(SITE.url(path));
        assertThat(display("nav.site-nav")).as("%s on screen: nav.site-nav display", path).isNotEqualTo("none");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(display("nav.site-nav")).as("%s in print: nav.site-nav display", path).isEqualTo("none");
        assertThat(driver.findElement(By.cssSelector("nav.site-nav")).isDisplayed()).as("%s in print: nav shown", path)
                .isFalse();
        assertThat(display("main")).as("%s in print: main display", path).isNotEqualTo("none");
        assertThat(driver.findElement(By.cssSelector("main")).isDisplayed()).as("%s in print: main shown", path).isTrue();
    }

    static List<String> printedPages() {
        return List.of("index.html", PageType.first(SITE.site(), "thong-bao"));
    }

    @Test
    void navigationAndListLinksAreBigEnoughToTapOnAPhone() {
        phone();
        ChromeDriver driver = BROWSER.driver();
        driver.get(SITE.url("index.html"));
        List<Map<String, Object>> closed = targets(driver);
        driver.get(SITE.url("index.html#muc"));
        List<Map<String, Object>> open = targets(driver);
        assertThat(closed).as("links in nav.site-nav and .doc-list on the home page")
                .anyMatch(t -> "nav.site-nav a".equals(t.get("selector")))
                .anyMatch(t -> ".doc-list a".equals(t.get("selector")));
        assertThat(open.stream().filter(t -> "nav.site-nav a".equals(t.get("selector"))).count())
                .as("section links shown once the menu is open").isGreaterThan(10);
        List<String> small = new ArrayList<>();
        for (List<Map<String, Object>> targets : List.of(closed, open)) {
            for (Map<String, Object> t : targets) {
                double width = ((Number) t.get("width")).doubleValue();
                double height = ((Number) t.get("height")).doubleValue();
                boolean both = Boolean.TRUE.equals(t.get("both"));
                if (height < MIN_TARGET || (both && width < MIN_TARGET)) {
                    small.add(String.format("%s \"%s\": %.1f × %.1f px", t.get("selector"), t.get("text"), width,
                            height));
                }
            }
        }
        assertThat(small).as("tap targets smaller than %.0f px (nav links: width and height; .doc-list links: height)"
                + " on index.html at %d px, menu closed and open", MIN_TARGET, PHONE_WIDTH).isEmpty();
    }

    /**
     * On a phone the section menu is one row ("Trang chủ", "Các mục") until opened: it leaves the screen to the
     * content. "Các mục" is a plain link to #muc, so it opens without JavaScript, and closes again.
     */
    @Test
    void onAPhoneTheSectionMenuIsOneRowUntilOpenedWithoutJavaScript() {
        try (Chromium noScript = Chromium.withoutJavaScript()) {
            ChromeDriver driver = noScript.driver();
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height",
                    PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
            driver.get(SITE.url(PageType.first(SITE.site(), "thong-bao")));
            double closed = navHeight(driver);
            assertThat(closed).as("nav height on a %d px phone, menu closed", PHONE_WIDTH).isLessThan(PHONE_HEIGHT / 8.0);
            assertThat(visibleNavLinks(driver)).containsExactly("Trang chủ", "Các mục");
            driver.findElement(By.linkText("Các mục")).click();
            assertThat(visibleNavLinks(driver)).as("menu open").contains("Trang chủ", "Lấy ý kiến Nhân dân",
                    "Hộ nghèo, cận nghèo", "Thu gọn các mục").doesNotContain("Các mục");
            driver.findElement(By.linkText("Thu gọn các mục")).click();
            assertThat(visibleNavLinks(driver)).as("menu closed again").containsExactly("Trang chủ", "Các mục");
        }
    }

    @Test
    void onAWideScreenEverySectionShowsWithoutTheMenuButton() {
        metrics(1280, 800, 1, false);
        BROWSER.driver().get(SITE.url("index.html"));
        assertThat(visibleNavLinks(BROWSER.driver())).contains("Trang chủ", "Lấy ý kiến Nhân dân", "Bảng giá đất")
                .doesNotContain("Các mục", "Thu gọn các mục");
    }

    private static double navHeight(org.openqa.selenium.WebDriver driver) {
        return driver.findElement(By.cssSelector("nav.site-nav")).getRect().getHeight();
    }

    private static List<String> visibleNavLinks(org.openqa.selenium.WebDriver driver) {
        return driver.findElements(By.cssSelector("nav.site-nav a")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed)
                .map(a -> java.text.Normalizer.normalize(a.getText().strip(), java.text.Normalizer.Form.NFC)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> targets(ChromeDriver driver) {
        return (List<Map<String, Object>>) driver.executeScript("""
                const out = [];
                for (const [selector, both] of [['nav.site-nav a', true], ['.doc-list a', false]]) {
                  for (const a of document.querySelectorAll(selector)) {
                    if (!a.getClientRects().length) continue; // hidden: the closed menu on a phone
                    const r = a.getBoundingClientRect();
                    out.push({selector: selector, both: both, text: a.textContent.trim().slice(0, 60),
                              width: r.width, height: r.height});
                  }
                }
                return out;""");
    }

    private void phone() {
        metrics(PHONE_WIDTH, PHONE_HEIGHT, 2, true);
    }

    private void metrics(int width, int height, int scale, boolean mobile) {
        BROWSER.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
    }

    private String display(String selector) {
        return (String) BROWSER.driver().executeScript(
                "const e = document.querySelector(arguments[0]); return e ? getComputedStyle(e).display : 'missing';",
                selector);
    }

    @SuppressWarnings("unchecked")
    private void assertNoHorizontalScroll(String what) {
        Map<String, Object> m = (Map<String, Object>) BROWSER.driver().executeScript("""
                const root = document.documentElement;
                const limit = root.clientWidth;
                const scroll = Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0);
                function name(e) {
                  let s = e.tagName.toLowerCase();
                  if (e.id) s += '#' + e.id;
                  if (e.classList.length) s += '.' + [...e.classList].join('.');
                  return s;
                }
                function path(e) {
                  const parts = [];
                  for (let n = e; n && n.nodeType === 1 && parts.length < 4; n = n.parentElement) {
                    parts.unshift(name(n));
                    if (n.id || n === document.body) break;
                  }
                  return parts.join(' > ');
                }
                function scrollsInside(e) {
                  for (let p = e.parentElement; p && p !== document.body && p !== root; p = p.parentElement) {
                    if (getComputedStyle(p).overflowX !== 'visible') return true;
                  }
                  return false;
                }
                function overflows(e) {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.right > limit + 0.5 && !scrollsInside(e);
                }
                const wide = [];
                for (const e of document.body.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  // the outermost element that sticks out, not each of its children
                  if (overflows(e) && !(e.parentElement && overflows(e.parentElement))) {
                    wide.push({right: r.right, text: path(e) + ' [right ' + r.right.toFixed(1) + ', width '
                      + r.width.toFixed(1) + '] "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50) + '"'});
                  }
                }
                wide.sort((a, b) => b.right - a.right);
                return {scroll: scroll, limit: limit, inner: window.innerWidth,
                        wide: wide.slice(0, 8).map(w => w.text)};""");
        long scroll = ((Number) m.get("scroll")).longValue();
        long limit = ((Number) m.get("limit")).longValue();
        List<String> wide = (List<String>) m.get("wide");
        assertThat(scroll).as("%s: page scrollWidth %d > viewport %d (innerWidth %s); elements sticking out (outermost):%n  %s",
                what, scroll, limit, m.get("inner"), String.join("\n  ", wide)).isLessThanOrEqualTo(limit);
    }
}
