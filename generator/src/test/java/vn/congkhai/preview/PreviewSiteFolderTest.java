package vn.congkhai.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview bakes into the folder Jetty serves, which is the folder {@code mvn package} bakes: the commune's
 * parent POM names it once for all of them (checked in the plugin's tests).
 */
class PreviewSiteFolderTest {

    private static final Path PROJECT = Path.of("/du-an");

    @AfterEach
    void clear() {
        System.clearProperty(PreviewFilter.SITE_PROPERTY);
    }

    @Test
    void theSiteFolderIsThePreviewsOwnUnlessThePomNamesAnother() {
        assertThat(PreviewFilter.siteDir(PROJECT)).isEqualTo(Path.of("/du-an/target/xem-truoc/site"));
        System.setProperty(PreviewFilter.SITE_PROPERTY, "/du-an/ra/trang-web");
        assertThat(PreviewFilter.siteDir(PROJECT)).isEqualTo(Path.of("/du-an/ra/trang-web"));
        System.setProperty(PreviewFilter.SITE_PROPERTY, "ra/trang-web");
        assertThat(PreviewFilter.siteDir(PROJECT)).isEqualTo(Path.of("/du-an/ra/trang-web"));
    }
}
