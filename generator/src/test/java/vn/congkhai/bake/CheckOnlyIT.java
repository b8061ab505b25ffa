package vn.congkhai.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error tests run {@link Bakery#check()} ({@code FixtureSite.problems()}), which reads and validates without
 * writing anything; this checks that checker: on every bad file of {@code src/test/resources/bad/}, on all of them at
 * once, and on mistakes found only across files (links and evidence to pages), a whole bake reports the very same
 * problems, in the same order. Copying the attachments could report one more (a name the bake took), but the checks
 * refuse such a name before ({@code PublishedFilesIT}).
 */
class CheckOnlyIT {

    @TempDir
    Path tmp;

    static Stream<String> badFiles() throws IOException {
        try (Stream<Path> bad = Files.list(FixtureSite.resource("bad"))) {
            return bad.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void theCheckReportsWhatTheBakeReportsOnEachBadFile(String file) {
        FixtureSite site = FixtureSite.of("basic", tmp);
        copyBad(site, file);
        assertSameProblems(site);
    }

    @Test
    void theCheckReportsWhatTheBakeReportsOnEveryBadFileAtOnce() throws IOException {
        FixtureSite site = FixtureSite.of("basic", tmp);
        badFiles().forEach(f -> copyBad(site, f));
        assertThat(assertSameProblems(site)).hasSize(13);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plan evidence to a missing page | ke-hoach/kh.json | `"minh_chung": ["ho-ngheo/2024.html"]` | `"minh_chung": ["ho-ngheo/2022.html"]`
            markdown link to a missing page | chinh-sach/bhyt.md | `../ho-ngheo/2024.html` | `../ho-ngheo/2021.html`
            ID number in a household list   | ho-ngheo/2024.json | `"ghi_chu": "Hộ có người khuyết tật"` | `"ghi_chu": "CCCD 001.099.012.345"`
            """)
    void theCheckReportsWhatTheBakeReportsOnMistakesAcrossFiles(String check, String file, String from, String to) {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.replace("content/" + file, from, to);
        assertThat(assertSameProblems(site)).hasSize(1);
    }

    /** The problems of the check, asserted to be the bake's (and some: the content is bad). */
    private static List<String> assertSameProblems(FixtureSite site) {
        List<String> checked = site.problems();
        assertThat(checked).isNotEmpty();
        assertThat(site.site()).as("the check writes no site").doesNotExist();
        assertThat(site.bakeProblems()).isEqualTo(checked);
        return checked;
    }

    private static void copyBad(FixtureSite site, String file) {
        try {
            Files.copy(FixtureSite.resource("bad/" + file), site.dir().resolve("content/thong-bao/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
