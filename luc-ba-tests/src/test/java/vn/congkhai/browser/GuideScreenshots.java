package vn.congkhai.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.congkhai.preview.ErrorPage;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.problem.ContentProblemsException;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code GuideScreenshots <folder>}: the screenshots of the officers' guide (HUONG-DAN.md), taken from the real
 * site as the build makes it, on a phone-sized Chromium window: the home page, a household list, a search, a content
 * error as the preview shows it, and a printout. Run by {@code docs/chup-anh.sh}.
 */
public final class GuideScreenshots {

    private GuideScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out);
        Path tmp = Files.createTempDirectory("huong-dan");
        FixtureSite site = FixtureSite.ofProject(tmp);
        site.bake();
        FixtureSite broken = FixtureSite.ofProject(tmp.resolve("loi"));
        broken.write("content/ho-ngheo/2024-chinh-thuc.json", Files.readString(broken.dir()
                .resolve("content/ho-ngheo/2024-chinh-thuc.json")).replaceFirst("\"phan_loai\": \"ngheo\"",
                "\"phan_loai\": \"ngheo2\"").replaceFirst("\"so_nhan_khau\": 2,", "\"so_nhan_khau\": 2"));
        try {
            broken.bake();
        } catch (ContentProblemsException e) {
            Files.writeString(site.site().resolve("loi-noi-dung.html"), ErrorPage.html(e.problems().report()));
        }
        Server server = ServedSite.serve(site.site());
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        try (Chromium chromium = Chromium.start()) {
            ChromeDriver driver = chromium.driver();
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            shot(driver, "http://localhost:" + port + "/index.html", out.resolve("trang-chu.png"));
            shot(driver, "http://localhost:" + port + "/ho-ngheo/2024-chinh-thuc.html", out.resolve("ho-ngheo.png"));
            driver.get("http://localhost:" + port + "/tim-kiem/index.html?q=ho+ngheo");
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol#ket-qua li a")));
            driver.executeScript("document.querySelector('h1').scrollIntoView()");
            Files.write(out.resolve("tim-kiem.png"), driver.getScreenshotAs(OutputType.BYTES));
            shot(driver, "http://localhost:" + port + "/loi-noi-dung.html", out.resolve("loi-noi-dung.png"));
        } finally {
            server.stop();
        }
        try (PDDocument pdf = Loader.loadPDF(site.site().resolve("ho-ngheo/2024-chinh-thuc.pdf").toFile())) {
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 60), "png", out.resolve("ban-in.png").toFile());
        }
        System.out.println("Screenshots in " + out);
        System.exit(0);
    }

    private static void shot(ChromeDriver driver, String url, Path file) throws Exception {
        driver.get(url);
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }
}
