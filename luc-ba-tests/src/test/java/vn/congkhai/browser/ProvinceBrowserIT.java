package vn.congkhai.browser;

import com.deque.html.axecore.results.Results;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.congkhai.province.ProvinceSite;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.ProvinceCommunes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's site in a real Chromium, served by a real Jetty: the board of three communes baked by the real bake
 * ({@link ProvinceCommunes}) and the search across them, its script reading only the pieces of the index a query
 * needs; axe-core finds no WCAG 2.1 AA fault. Takes the board's screenshots at 390 and 1280 px
 * ({@code target/anh-tinh/}).
 */
class ProvinceBrowserIT {

    @RegisterExtension
    static final ChromiumSession BROWSER = new ChromiumSession();

    @TempDir
    static Path province;

    private static Server server;
    private static int port;

    @BeforeAll
    static void bakeAndServe() throws Exception {
        ProvinceCommunes.bake(province);
        Path site = province.resolve("target/tinh");
        ProvinceSite.bake(ProvinceCommunes.FOLDERS, province, new ProvinceSite.Settings(null,
                "https://congkhai.thainguyen.example.vn"), site);
        server = ServedSite.serve(site);
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    private static void metrics(int width, int height, boolean mobile) {
        BROWSER.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    @Test
    void aRoadNameTypedWithoutDiacriticsFindsItsCommunesNoticeReadingOnlyThePiecesItNeeds() {
        metrics(390, 844, true);
        ChromeDriver driver = BROWSER.driver();
        WebElement status = search("duong+tham+thinh");
        assertThat(nfc(status.getText())).isEqualTo("Tìm thấy 1 trang có \"duong tham thinh\".");
        WebElement hit = driver.findElement(By.cssSelector("ol#ket-qua li a"));
        assertThat(nfc(hit.getText())).isEqualTo("Thông báo tạm dừng lưu thông trên đường Thậm Thình");
        assertThat(hit.getAttribute("href")).isEqualTo("https://phuthinh.example.vn/thong-bao/duong-tham-thinh.html");
        assertThat(nfc(driver.findElement(By.cssSelector("ol#ket-qua li .doc-meta")).getText()))
                .startsWith("Ủy ban nhân dân xã Phú Thịnh · Thông báo");
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => e.name.replace(/^.*\\/tim-kiem\\//, '')).filter(n => n.endsWith('.json')).sort();");
        assertThat(fetched).containsExactly("trang-0.json", "tu-du.json", "tu-th.json", "xa.json");
    }

    @Test
    void aWordTypedWithoutDiacriticsFindsThePagesOfEveryCommuneThatHasIt() {
        metrics(1280, 900, false);
        ChromeDriver driver = BROWSER.driver();
        search("thu+tuc");
        assertThat(driver.findElements(By.cssSelector("ol#ket-qua li .doc-meta")).stream()
                .map(e -> nfc(e.getText()).split(" · ")[0]).toList())
                .contains("Ủy ban nhân dân xã Phú Thịnh", "Ủy ban nhân dân xã Yên Lãng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "xa/yen-lang.html", "xa/phu-thinh.html", "tim-kiem/index.html?q=thu+tuc"})
    void hasNoWcagAaViolations(String path) {
        metrics(1280, 900, false);
        ChromeDriver driver = BROWSER.driver();
        if (path.contains("?q=")) {
            search(path.substring(path.indexOf("?q=") + 3));
        } else {
            driver.get(url(path));
        }
        Results results = AccessibilityBrowserIT.axe().analyze(driver);
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).isNotEmpty();
        assertThat(results.getViolations()).as(() -> AccessibilityBrowserIT.describe(new PageType(path, path, false),
                results.getViolations())).isEmpty();
    }

    @Test
    void theBoardFitsAPhoneWithoutScrollingSidewaysAndIsPhotographedAt390And1280() throws Exception {
        ChromeDriver driver = BROWSER.driver();
        Path out = Files.createDirectories(FixtureSite.PROJECT.resolve("target/anh-tinh"));
        for (int width : new int[]{390, 1280}) {
            metrics(width, 900, width < 600);
            driver.get(url("index.html"));
            long scroll = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
            assertThat(scroll).as("page width at %d px", width).isLessThanOrEqualTo(width);
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
            metrics(width, (int) Math.min(height, 6000), width < 600);
            Files.write(out.resolve("bang-theo-doi-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        assertThat(out.resolve("bang-theo-doi-390.png")).isNotEmptyFile();
    }

    @Test
    void everyPageOfTheProvinceIsValidHtml() throws Exception {
        Path site = province.resolve("target/tinh");
        List<Path> pages;
        try (var walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSize(5); // the board, three communes, the search
        org.apache.log4j.LogManager.getRootLogger().addAppender(new org.apache.log4j.varia.NullAppender());
        HtmlValidityIT.Collector errors = new HtmlValidityIT.Collector();
        nu.validator.validation.SimpleDocumentValidator validator =
                new nu.validator.validation.SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HtmlValidityIT.SCHEMA, errors);
        HtmlValidityIT.withoutLanguageDetection(validator);
        validator.setUpValidatorAndParsers(errors, false, false);
        for (Path page : pages) {
            errors.file = site.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertThat(errors.messages).isEmpty();
    }

    /** The search page for {@code query} (as in an address), once its script has shown what it found. */
    private static WebElement search(String query) {
        ChromeDriver driver = BROWSER.driver();
        driver.get(url("tim-kiem/index.html?q=" + query));
        WebElement status = driver.findElement(By.id("trang-thai"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status.getText().startsWith("Tìm thấy"));
        return status;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
