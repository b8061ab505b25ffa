package vn.congkhai.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview bakes into the folder Jetty serves, which is the folder {@code mvn package} bakes: one property of the
 * pom names it for all of them.
 */
class PreviewSiteFolderTest {

    private static final Path PROJECT = Path.of("/du-an");

    @AfterEach
    void clear() {
        System.clearProperty(PreviewFilter.SITE_PROPERTY);
    }

    @Test
    void theSiteFolderIsTargetSiteUnlessThePomNamesAnother() {
        assertThat(PreviewFilter.siteDir(PROJECT)).isEqualTo(Path.of("/du-an/target/site"));
        System.setProperty(PreviewFilter.SITE_PROPERTY, "/du-an/ra/trang-web");
        assertThat(PreviewFilter.siteDir(PROJECT)).isEqualTo(Path.of("/du-an/ra/trang-web"));
        System.setProperty(PreviewFilter.SITE_PROPERTY, "ra/trang-web");
        assertThat(PreviewFilter.siteDir(PROJECT)).isEqualTo(Path.of("/du-an/ra/trang-web"));
    }

    @Test
    void thePomGivesThePreviewJettyAndTheBakeTheSameFolder() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String site = text(pom, "bake.site");
        assertThat(site).isEqualTo("${project.build.directory}/site");
        assertThat(text(pom, PreviewFilter.SITE_PROPERTY)).isEqualTo("${bake.site}");
        assertThat(text(pom, "baseResourceAsString")).isEqualTo("${bake.site}");
        var args = pom.getElementsByTagName("arg");
        assertThat(((Element) args.item(args.getLength() - 1)).getAttribute("value")).isEqualTo("${bake.site}");
    }

    private static String text(Document pom, String tag) {
        var found = pom.getElementsByTagName(tag);
        assertThat(found.getLength()).as(tag).isEqualTo(1);
        return found.item(0).getTextContent().strip();
    }
}
