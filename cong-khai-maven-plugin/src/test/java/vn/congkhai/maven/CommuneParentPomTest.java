package vn.congkhai.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview bakes into the folder Jetty serves ({@code cong-khai.xem-truoc.thu-muc}), which shows the drafts; the
 * goals that bake, check and publish share another ({@code cong-khai.site}), which never holds a draft. The commune
 * parent names each once.
 */
class CommuneParentPomTest {

    @Test
    void thePreviewAndJettyShareAFolderOfTheirOwnAndThePublishingGoalsShareTheBakedSite() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("../commune-parent/pom.xml").toFile());
        assertThat(text(pom, "cong-khai.site")).isEqualTo("${project.build.directory}/site");
        assertThat(text(pom, "cong-khai.xem-truoc.thu-muc")).isEqualTo("${project.build.directory}/xem-truoc/site");
        assertThat(text(pom, "congkhai.site")).isEqualTo("${cong-khai.xem-truoc.thu-muc}");
        assertThat(text(pom, "baseResourceAsString")).isEqualTo("${cong-khai.xem-truoc.thu-muc}");
        assertThat(text(pom, "overrideDescriptor")).isEqualTo("${project.build.directory}/" + PreviewSetupMojo.DESCRIPTOR);
        // The goals read the same property, with the same default (the descriptor maven-plugin-plugin wrote).
        String descriptor = java.nio.file.Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        assertThat(descriptor.split("default-value=\"\\$\\{project.build.directory}/site\">\\$\\{cong-khai.site}</site>",
                -1)).as("bake, kiem-tra, dang, quay-lai (its lock beside the site)").hasSize(5);
        assertThat(descriptor.split("default-value=\"\\$\\{project.build.directory}/xem-truoc/site\">"
                + "\\$\\{cong-khai.xem-truoc.thu-muc}</site>", -1)).as("chuan-bi-xem-truoc").hasSize(2);
    }

    private static String text(Document pom, String tag) {
        var found = pom.getElementsByTagName(tag);
        assertThat(found.getLength()).as(tag).isEqualTo(1);
        return found.item(0).getTextContent().strip();
    }
}
