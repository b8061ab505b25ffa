package vn.congkhai.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One Chromium for a test class: {@code @RegisterExtension static final ChromiumSession BROWSER = new ChromiumSession();}
 * Started before the class's tests (skipped, or failed in CI, without Chromium) and closed after them.
 */
public final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    public boolean started() {
        return chromium != null;
    }

    public ChromeDriver driver() {
        return chromium.driver();
    }
}
