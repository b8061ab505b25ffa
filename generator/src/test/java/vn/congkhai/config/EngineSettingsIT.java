package vn.congkhai.config;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.BakeReport;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.LinkedData;
import vn.congkhai.problem.Problem;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's settings are the generator's: no line of a commune's jbake.properties turns raw HTML back on. */
class EngineSettingsIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "markdown.extensions {0}")
    @ValueSource(strings = {"", "markdown.extensions=TABLES,AUTOLINKS", "markdown.extensions=ALL",
            "markdown.extensions=", "content.folder=../../"})
    void rawHtmlInMarkdownStaysTextWhateverTheCommuneFileSays(String line) throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        Path config = site.dir().resolve("jbake.properties");
        String text = Files.readString(config).replaceAll("(?m)^(markdown\\.extensions|content\\.folder)=.*$", "");
        Files.writeString(config, text + "\n" + line + "\n");
        site.write("content/thong-bao/html.md", "title=Có thẻ HTML\ndate=2024-06-01\ntype=thong-bao\nmuc_cong_khai=14\n"
                + "~~~~~~\nChữ <script>alert(1)</script> và <img src=x onerror=alert(1)> và <iframe src=x></iframe>.\n");
        BakeReport report = site.bake();
        Document page = Jsoup.parse(site.page("thong-bao/html.html"));
        assertThat(LinkedData.executableScripts(page)).isEmpty();
        assertThat(page.select("iframe")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        if (!line.isEmpty() && !line.equals("markdown.extensions=TABLES,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,"
                + "STRIKETHROUGH,SUPPRESS_ALL_HTML")) {
            assertThat(report.notices()).extracting(Problem::format).anyMatch(n -> n.startsWith("jbake.properties:")
                    && n.contains("đây là thiết lập của chương trình, không phải của xã: giá trị trong "
                    + "jbake.properties bị bỏ qua. Cách sửa: xoá dòng này."));
        }
    }

    @Test
    void theGeneratorsOwnValuesAreAcceptedQuietly() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        assertThat(site.bake().notices()).isEmpty();
    }
}
