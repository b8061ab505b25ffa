package vn.congkhai.browser;

import com.deque.html.axecore.results.Results;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lục Ba's sample consultation while it is open, whatever today is: its consultations (and the pages every site has)
 * baked on a fixed day inside the consultation's period, served, and read on a 360 px phone in Chromium.
 */
class ConsultationBrowserIT {

    /** A day inside the sample consultation's period (26/11/2026 – 25/01/2027). */
    static final String BAKE_DAY = "2026-12-10";

    @TempDir
    static Path tmp;
    static Server server;
    static int port;

    @RegisterExtension
    static final ChromiumSession BROWSER = new ChromiumSession();

    @BeforeAll
    static void bakeOnADayOfThePeriod() throws Exception {
        Chromium.requireInstalled();
        FixtureSite site = FixtureSite.ofProject(tmp);
        site.keepOnlyContent("lay-y-kien", "thong-bao", "trang"); // a small bake: consultations, notices, plain pages
        Path properties = site.dir().resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replaceFirst("(?m)^ngay_bake=.*$",
                "ngay_bake=" + BAKE_DAY));
        site.bake();
        server = ServedSite.serve(site.site());
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    static String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    private ChromeDriver phone() {
        ChromeDriver driver = BROWSER.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", LayoutBrowserIT.PHONE_WIDTH,
                "height", LayoutBrowserIT.PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        return driver;
    }

    @Test
    void onA360PxPhoneTheOpenConsultationSaysTheDaysLeftAndHowToRespondWithoutScrollingSideways() {
        ChromeDriver driver = phone();
        driver.get(url(PageType.OPEN_CONSULTATION));
        assertThat(nfc(driver.findElement(By.cssSelector(".consultation-state")).getText()))
                .isEqualTo("Đang lấy ý kiến — còn 46 ngày");
        assertThat(driver.findElement(By.cssSelector(".consultation-state")).getLocation().getY())
                .as("the state is read before the fold on a phone").isLessThan(LayoutBrowserIT.PHONE_HEIGHT * 2);
        assertThat(driver.findElements(By.cssSelector("#cach-gop-y ~ ul.sessions li"))).hasSize(3);
        Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth;");
        assertThat(scroll.longValue()).as("scrollWidth at 360 px").isLessThanOrEqualTo(width.longValue());
    }

    @Test
    void onA360PxPhoneTheOpenConsultationHasNoAxeViolations() {
        ChromeDriver driver = phone();
        driver.get(url(PageType.OPEN_CONSULTATION));
        Results results = AccessibilityBrowserIT.axe().analyze(driver);
        assertThat(results.isErrored()).as("axe-core could not run: %s", results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).isNotEmpty();
        assertThat(results.getViolations()).as(() -> AccessibilityBrowserIT.describe(
                new PageType("lấy ý kiến (360 px)", PageType.OPEN_CONSULTATION, true), results.getViolations())).isEmpty();
        driver.get(url("index.html#muc"));
        Results open = AccessibilityBrowserIT.axe().analyze(driver);
        assertThat(open.getViolations()).as(() -> AccessibilityBrowserIT.describe(
                new PageType("trang chủ, các mục đang mở (360 px)", "index.html#muc", true), open.getViolations()))
                .isEmpty();
    }

    @Test
    void theHomePageListsTheOpenConsultationFirst() {
        ChromeDriver driver = phone();
        driver.get(url("index.html"));
        assertThat(nfc(driver.findElement(By.cssSelector("main h2")).getText())).isEqualTo("Đang lấy ý kiến Nhân dân");
        List<String> open = driver.findElements(By.cssSelector(".open-consultations li a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(open).containsExactly(url(PageType.OPEN_CONSULTATION));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
