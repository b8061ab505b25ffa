package vn.congkhai.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview learns of edits from the system's file events: a request with nothing changed does not bake nor walk
 * the sources, an edit (in a folder that existed at start or one made later) is baked at the next request after the
 * event.
 */
@EnabledOnOs({OS.LINUX, OS.WINDOWS})
class PreviewWatchIT {

    @TempDir
    Path tmp;

    @Test
    void requestsWithNothingChangedDoNotBakeAndEditsAnywhereInTheSourcesDo() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        try (Preview preview = new Preview(site.dir(), site.site())) {
            watchEdits(site, preview);
        }
    }

    private static void watchEdits(FixtureSite site, Preview preview) throws Exception {
        assertThat(preview.watching()).isTrue();
        assertThat(preview.refresh()).isEmpty();
        for (int i = 0; i < 5; i++) {
            preview.refresh();
        }
        assertThat(preview.bakes()).isOne();

        site.replace("content/thong-bao/hop-dan-xom.md", "họp dân xóm Kết Thành", "họp dân xóm Đồng Kè");
        refreshUntil(preview, () -> site.page("thong-bao/hop-dan-xom.html").contains("Đồng Kè"));
        assertThat(preview.bakes()).isEqualTo(2);

        site.write("content/thong-bao/2025/moi.md", "title=Thông báo trong thư mục mới\ndate=2024-05-02\n"
                + "type=thong-bao\nstatus=published\nmuc_cong_khai=14\n~~~~~~\nNội dung.\n");
        refreshUntil(preview, () -> site.page("thong-bao/index.html").contains("Thông báo trong thư mục mới"));

        site.write("content/thong-bao/2025/moi.md", "title=Thông báo đã sửa trong thư mục mới\ndate=2024-05-02\n"
                + "type=thong-bao\nstatus=published\nmuc_cong_khai=14\n~~~~~~\nNội dung.\n");
        refreshUntil(preview, () -> site.page("thong-bao/index.html").contains("Thông báo đã sửa trong thư mục mới"));
    }

    /** Refreshes as a browser reloads, until the page shows the edit (the event comes a moment after the write). */
    private static void refreshUntil(Preview preview, BooleanSupplier shown) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (true) {
            assertThat(preview.refresh()).isEmpty();
            if (shown.getAsBoolean() || System.nanoTime() > until) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(shown.getAsBoolean()).as("the edit is baked within 5 s").isTrue();
    }
}
