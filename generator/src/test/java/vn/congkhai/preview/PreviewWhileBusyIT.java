package vn.congkhai.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.SiteLock;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview re-bakes only when no other command bakes or publishes the commune: while one does for the whole wait,
 * the page says which and to reload later; once it is over, the next request bakes.
 */
class PreviewWhileBusyIT {

    @TempDir
    Path tmp;

    @Test
    void aPreviewWhileAnotherCommandHoldsTheCommuneSaysWhichAndBakesOnceItIsOver() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        String wait = System.getProperty(SiteLock.WAIT_PROPERTY);
        System.setProperty(SiteLock.WAIT_PROPERTY, "1");
        try (Preview preview = new Preview(site.dir(), site.site())) {
            try (SiteLock publish = SiteLock.take(site.site(), SiteLock.Task.PUBLISH, line -> { })) {
                assertThat(preview.refresh()).contains("Không xem trước được: " + publish.description() + " vẫn đang "
                        + "chạy trên " + site.site().getParent() + " sau 1 giây chờ. Mỗi lúc chỉ một lệnh tạo trang hay "
                        + "đăng chạy trên một xã. Cách sửa: đợi lệnh đó chạy xong (hoặc dừng nó bằng Ctrl+C trong cửa "
                        + "sổ của nó) rồi chạy lại lệnh này.");
                assertThat(publish.description()).startsWith("việc đăng (mvnw cong-khai:dang) của tiến trình ");
            }
            assertThat(site.site().resolve("index.html")).doesNotExist();

            assertThat(preview.refresh()).isEmpty();
            assertThat(site.site().resolve("index.html")).isRegularFile();
        } finally {
            if (wait == null) {
                System.clearProperty(SiteLock.WAIT_PROPERTY);
            } else {
                System.setProperty(SiteLock.WAIT_PROPERTY, wait);
            }
        }
    }
}
