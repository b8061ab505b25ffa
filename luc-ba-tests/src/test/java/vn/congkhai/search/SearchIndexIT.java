package vn.congkhai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexIT {

    @TempDir
    Path tmp;

    @Test
    void wordsAreDistinctLowercaseWithTheirTones() {
        assertThat(SearchIndex.words("Hộ nghèo, hộ cận nghèo 2024; Đất đai")).isEqualTo("hộ nghèo cận đất đai");
    }

    @Test
    void snippetsStopAtAWord() {
        String text = "Ủy ban nhân dân xã ".repeat(20);
        assertThat(SearchIndex.snippet(text)).endsWith("…").hasSizeLessThanOrEqualTo(SearchIndex.SNIPPET + 1);
    }

    @Test
    void theIndexHasEveryPublishedPageAndTheWholeSearchPayloadStaysSmall() throws Exception {
        FixtureSite site = FixtureSite.bakedProject();
        JsonNode index = new ObjectMapper().readTree(site.site().resolve("tim-kiem/chi-muc.json").toFile());
        assertThat(index.path("d")).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.get(0).asText()).as("title").isNotBlank();
            assertThat(entry.get(1).asText()).as("address").matches("[a-z0-9/-]+(\\.html)?").endsWith(".html");
        });
        assertThat(index.path("d")).anySatisfy(p -> assertThat(p.get(1).asText()).isEqualTo("ho-ngheo/2024-chinh-thuc.html"));
        int payload = gzip(Files.readAllBytes(site.site().resolve("tim-kiem/chi-muc.json")))
                + gzip(Files.readAllBytes(site.site().resolve("js/tim-kiem.js")))
                + gzip(Files.readAllBytes(site.site().resolve("tim-kiem/index.html")));
        System.out.println("Search payload of the sample site, gzip: " + payload + " bytes");
        assertThat(payload).isLessThan(50 * 1024);
    }

    @Test
    void textWrittenInDecomposedUnicodeIsFoundLikeAnyOther() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        String nfd = java.text.Normalizer.normalize("title=Hỗ trợ hộ cận nghèo xóm Đồng Mạc\ndate=2024-06-01\n"
                + "type=thong-bao\nmuc_cong_khai=14\n~~~~~~\nCác hộ cận nghèo ở xóm Đồng Mạc được hỗ trợ.\n",
                java.text.Normalizer.Form.NFD);
        site.write("content/thong-bao/nfd.md", nfd);
        site.bake();
        JsonNode index = new ObjectMapper().readTree(site.site().resolve("tim-kiem/chi-muc.json").toFile());
        JsonNode entry = null;
        for (JsonNode e : index.path("d")) {
            if (e.get(1).asText().equals("thong-bao/nfd.html")) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.toString()).contains("cận", "nghèo", "mạc").doesNotContain("\u0323", "\u0300");
        assertThat(java.text.Normalizer.isNormalized(site.page("thong-bao/nfd.html"), java.text.Normalizer.Form.NFC))
                .isTrue();
    }

    static int gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
