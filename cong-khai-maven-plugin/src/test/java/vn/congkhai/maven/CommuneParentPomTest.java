package vn.congkhai.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview bakes into the folder Jetty serves, which is the folder {@code mvn package} bakes: the commune parent
 * names it once ({@code cong-khai.site}), for the goals, the preview filter and Jetty.
 */
class CommuneParentPomTest {

    @Test
    void theParentGivesThePreviewJettyAndTheBakeTheSameFolder() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("../commune-parent/pom.xml").toFile());
        assertThat(text(pom, "cong-khai.site")).isEqualTo("${project.build.directory}/site");
        assertThat(text(pom, "congkhai.site")).isEqualTo("${cong-khai.site}");
        assertThat(text(pom, "baseResourceAsString")).isEqualTo("${cong-khai.site}");
        assertThat(text(pom, "overrideDescriptor")).isEqualTo("${project.build.directory}/" + PreviewSetupMojo.DESCRIPTOR);
        // The goals read the same property, with the same default (the descriptor maven-plugin-plugin wrote).
        String descriptor = java.nio.file.Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        assertThat(descriptor.split("default-value=\"\\$\\{project.build.directory}/site\">\\$\\{cong-khai.site}</site>",
                -1)).as("bake, kiem-tra, chuan-bi-xem-truoc, dang, quay-lai (its lock beside the site)").hasSize(6);
    }

    private static String text(Document pom, String tag) {
        var found = pom.getElementsByTagName(tag);
        assertThat(found.getLength()).as(tag).isEqualTo(1);
        return found.item(0).getTextContent().strip();
    }
}
