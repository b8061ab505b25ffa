package vn.congkhai.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What a citizen does: follow the menu to a list, search without typing diacritics, browse without JavaScript. */
class CitizenJourneyBrowserIT {

    @RegisterExtension
    static final ServedSite SITE = new ServedSite();

    static final Locale VI = Locale.forLanguageTag("vi");
    static final Duration WAIT = Duration.ofSeconds(5);
    static final By RESULT_LINKS = By.cssSelector("ol#ket-qua li a");
    static final By RESULTS = By.cssSelector("ol#ket-qua li");

    @RegisterExtension
    static final ChromiumSession BROWSER = new ChromiumSession();

    @Test
    void fromTheHomePageThroughTheMenuToThe2024HouseholdList() {
        WebDriver driver = BROWSER.driver();
        driver.get(SITE.url("index.html"));
        WebElement menu = driver.findElements(By.cssSelector("nav.site-nav a")).stream()
                .filter(a -> nfc(a.getText()).trim().equals("Hộ nghèo, cận nghèo")).findFirst()
                .orElseThrow(() -> new AssertionError("no link \"Hộ nghèo, cận nghèo\" in nav.site-nav"));
        menu.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("ho-ngheo/index.html"));

        WebElement list2024 = driver.findElements(By.cssSelector("main a")).stream()
                .filter(a -> a.getText().contains("2024") && String.valueOf(a.getAttribute("href")).contains("2024"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link to the 2024 list in main of ho-ngheo/index.html"));
        list2024.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("2024"));

        assertThat(lower(driver.findElement(By.tagName("h1")).getText())).contains("hộ nghèo");
        List<WebElement> householdTables = driver.findElements(By.cssSelector("main table")).stream()
                .filter(t -> nfc(t.findElements(By.cssSelector("thead th")).stream()
                        .map(th -> th.getAttribute("textContent")).toList().toString()).contains("Chủ hộ"))
                .toList();
        assertThat(householdTables).as("a table with a \"Chủ hộ\" column on %s", driver.getCurrentUrl()).isNotEmpty();
        assertThat(householdTables.get(0).findElements(By.cssSelector("tbody tr"))).as("household rows").isNotEmpty();
    }

    @Test
    void everyPageHasTheSearchFormInItsHeader() throws IOException {
        List<String> missing = new ArrayList<>();
        for (PageType page : SITE.pageTypes()) {
            if (!SITE.exists(page.path())) {
                missing.add(page.path() + ": page missing");
                continue;
            }
            Document doc = Jsoup.parse(SITE.site().resolve(page.path()).toFile(), "UTF-8", SITE.url(page.path()));
            Element form = doc.selectFirst("form[role=search]");
            if (form == null) {
                missing.add(page.path() + ": no form[role=search]");
                continue;
            }
            if (form.selectFirst("input[name=q]") == null) {
                missing.add(page.path() + ": form[role=search] has no input[name=q]");
            }
            if (!form.attr("method").isEmpty() && !form.attr("method").equalsIgnoreCase("get")) {
                missing.add(page.path() + ": form[role=search] method=" + form.attr("method"));
            }
            if (!form.absUrl("action").equals(SITE.url(PageType.SEARCH))) {
                missing.add(page.path() + ": form[role=search] action=\"" + form.attr("action") + "\" does not lead to "
                        + PageType.SEARCH);
            }
        }
        assertThat(missing).as("pages without a working search form").isEmpty();
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({
            "ho+ngheo, hộ nghèo, true",
            "dat+dai, đất, false",
            "le+phi, phí, false",
            "duong+lien+xom+goc+vai, bảng giá đất, true",
    })
    void searchWithoutDiacriticsFindsThePages(String query, String expected, boolean inTitle) {
        searchPageExists();
        WebDriver driver = BROWSER.driver();
        driver.get(SITE.url(PageType.SEARCH + "?q=" + query));
        waitForResults(driver, query);
        List<WebElement> hits = driver.findElements(inTitle ? RESULT_LINKS : RESULTS).stream()
                .filter(e -> lower(e.getText()).contains(expected)).toList();
        assertThat(hits).as("results for q=%s containing \"%s\"%s; results were:%n%s", query, expected,
                inTitle ? " in their title" : "", resultsText(driver)).isNotEmpty();
        WebElement link = inTitle ? hits.get(0) : hits.get(0).findElement(By.tagName("a"));
        String href = link.getAttribute("href");
        link.click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains(PageType.SEARCH));
        assertLoaded(driver, href);
    }

    @Test
    void theSearchBoxOnTheHomePageLeadsToResults() {
        searchPageExists();
        WebDriver driver = BROWSER.driver();
        driver.get(SITE.url("index.html"));
        List<WebElement> boxes = driver.findElements(By.cssSelector("form[role=search] input[name=q]"));
        assertThat(boxes).as("form[role=search] input[name=q] on the home page").isNotEmpty();
        boxes.get(0).sendKeys("ho ngheo", Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(PageType.SEARCH));
        assertThat(driver.getCurrentUrl()).contains("q=ho");
        waitForResults(driver, "ho ngheo");
        assertThat(driver.findElements(RESULT_LINKS)).extracting(e -> lower(e.getText()))
                .anyMatch(t -> t.contains("hộ nghèo"));
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysHowToBrowseBySection() {
        searchPageExists();
        try (Chromium noScript = Chromium.withoutJavaScript()) {
            WebDriver driver = noScript.driver();
            driver.get(SITE.url(PageType.SEARCH + "?q=ho+ngheo"));
            assertThat(driver.getPageSource()).as("the search page has a <noscript>").contains("<noscript");
            Document page = Jsoup.parse(driver.getPageSource(), SITE.url(PageType.SEARCH));
            List<String> sections = page.select("nav.site-nav a").stream().map(a -> a.absUrl("href"))
                    .filter(u -> u.endsWith("/index.html") && !u.equals(SITE.url("index.html"))).toList();
            String main = driver.findElement(By.tagName("main")).getText();
            assertThat(lower(main)).as("visible text of main without JavaScript:%n%s", main).contains("mục");
            List<String> linked = driver.findElements(By.cssSelector("main a")).stream()
                    .filter(WebElement::isDisplayed).map(a -> a.getAttribute("href")).toList();
            assertThat(linked).as("visible links in main without JavaScript (sections: %s)", sections)
                    .anyMatch(sections::contains);
            assertThat(driver.findElements(RESULT_LINKS)).as("no results can appear without JavaScript").isEmpty();
        }
    }

    private static void searchPageExists() {
        assertThat(SITE.exists(PageType.SEARCH)).as("the baked site has no %s (the search page)", PageType.SEARCH)
                .isTrue();
    }

    private static void waitForResults(WebDriver driver, String query) {
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(RESULT_LINKS));
        } catch (TimeoutException e) {
            throw new AssertionError("no results (ol#ket-qua li a) within " + WAIT.toSeconds() + " s for \"" + query
                    + "\" on " + driver.getCurrentUrl() + "; main says: "
                    + driver.findElements(By.tagName("main")).stream().map(WebElement::getText).findFirst().orElse("(no main)"),
                    e);
        }
    }

    private static String resultsText(WebDriver driver) {
        return String.join("\n", driver.findElements(RESULTS).stream().map(e -> "  - " + e.getText().replace('\n', ' '))
                .toList());
    }

    private static void assertLoaded(WebDriver driver, String href) {
        String url = driver.getCurrentUrl();
        assertThat(url).as("followed result %s", href).isEqualTo(href);
        String path = URI.create(url).getPath().substring(1);
        Path file = SITE.site().resolve(path.isEmpty() ? "index.html" : path);
        assertThat(Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html")))
                .as("result %s is a page of the site", url).isTrue();
        assertThat(driver.findElements(By.tagName("h1"))).as("h1 on %s", url).isNotEmpty();
        assertThat(driver.getTitle()).as("title of %s", url).isNotBlank().doesNotContain("Không tìm thấy");
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static String lower(String s) {
        return nfc(s).toLowerCase(VI);
    }
}
