package vn.congkhai.code;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What keys the bake state and the printouts' cache: the generator's bytes and its libraries' names and sizes. */
class CodeVersionTest {

    @TempDir
    Path tmp;

    @Test
    void theLibrariesAreNamedWithTheirVersionsAsTheJarsOnTheClassPath() throws Exception {
        Path pdfbox = Path.of(PDDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertThat(CodeVersion.libraries(CodeVersionTest.class.getClassLoader()))
                .contains(pdfbox.getFileName() + " " + Files.size(pdfbox))
                .allMatch(l -> l.matches(".+\\.jar \\d+"));
        assertThat(pdfbox.getFileName().toString()).as("a jar's name carries its version").matches("pdfbox-\\d.+\\.jar");
    }

    @Test
    void anUpgradedLibraryOrAChangedByteOfTheGeneratorIsAnotherVersion() throws Exception {
        Path code = Files.createDirectories(tmp.resolve("classes"));
        Files.writeString(code.resolve("A.class"), "a");
        List<String> libraries = List.of("openhtmltopdf-pdfbox-1.1.31.jar 100", "pdfbox-3.0.3.jar 200");

        String version = CodeVersion.of(code, libraries);
        assertThat(CodeVersion.of(code, List.copyOf(libraries))).isEqualTo(version);
        assertThat(CodeVersion.of(code, List.of("openhtmltopdf-pdfbox-1.1.31.jar 100", "pdfbox-3.0.8.jar 201")))
                .isNotEqualTo(version);
        Files.writeString(code.resolve("A.class"), "b");
        assertThat(CodeVersion.of(code, libraries)).isNotEqualTo(version);
    }
}
