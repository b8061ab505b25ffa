package vn.congkhai.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.LinkedData;
import vn.congkhai.testing.PreviewServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview as an officer uses it: Lục Ba's notices served by the preview (real Jetty, the preview's web.xml), a
 * notice open in Chromium, the notice's file saved with an edit: the page shows the edit by itself, without anyone
 * reloading it.
 */
class PreviewReloadBrowserIT {

    @TempDir
    static Path tmp;
    static FixtureSite site;
    static PreviewServer server;

    @RegisterExtension
    static final ChromiumSession BROWSER = new ChromiumSession();

    @BeforeAll
    static void serveThePreview() throws Exception {
        Chromium.requireInstalled();
        site = FixtureSite.ofProject(tmp);
        site.keepOnlyContent("thong-bao", "trang"); // a small site: notices and plain pages
        server = PreviewServer.start(site);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aNoticeOpenInTheBrowserShowsItsEditOnceTheFileIsSavedWithoutBeingReloadedByHand() throws Exception {
        Path file;
        try (var notices = Files.walk(site.dir().resolve("content/thong-bao"))) {
            file = notices.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String address = site.dir().resolve("content").relativize(file).toString().replace('\\', '/')
                .replaceFirst("\\.md$", ".html");
        ChromeDriver driver = BROWSER.driver();
        driver.get(server.url("/" + address));
        String before = driver.findElement(By.tagName("h1")).getText();
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title=(.*)$", "title=$1 (đã sửa)"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("h1")).getText()
                .endsWith("(đã sửa)"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(before + " (đã sửa)");
        // on disk, only the page's JSON-LD, data no browser runs: the reloading script is the preview's alone
        String onDisk = Files.readString(site.site().resolve(address));
        assertThat(onDisk).contains("(đã sửa)");
        assertThat(LinkedData.executableScripts(org.jsoup.Jsoup.parse(onDisk))).isEmpty();
    }
}
