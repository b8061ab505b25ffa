package vn.congkhai.tools;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ScaffoldIT {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @MethodSource("vn.congkhai.model.DisclosureType#values")
    void aNewFileOfEveryTypeIsADraftDatedTodayInItsFolderThatBakes(DisclosureType type) throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        Path file = new Scaffold(site.dir(), LocalDate.of(2024, 6, 30)).create(type, "moi-tao");
        assertThat(file).isEqualTo(site.dir().resolve("content/" + type.code() + "/moi-tao." + type.format().extension()));
        String text = Files.readString(file);
        assertThat(text).contains("2024-06-30").containsPattern("status\"?\\s*[=:]\\s*\"?draft");
        assertThat(site.bake().drafts()).isEqualTo(2);
        assertThat(site.site().resolve(type.code() + "/moi-tao.html")).doesNotExist();
    }
}
