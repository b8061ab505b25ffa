package vn.congkhai.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.LinkedData;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Ngày có hiệu lực" (Decree 42/2022: a document is published with its dates of issue and of effect): any type may give
 * {@code ngay_hieu_luc}; the page's head, its printout and its schema.org description show it where it is given.
 */
class EffectiveDateIT {

    @TempDir
    Path tmp;

    @Test
    void aListGivingItsEffectiveDateShowsItOnItsPageItsPrintoutAndItsJsonLd() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.replace("content/ho-ngheo/2024.json", "\"date\": \"2024-07-01\",",
                "\"date\": \"2024-07-01\",\n  \"ngay_hieu_luc\": \"2024-08-01\",");
        site.bake();
        assertThat(Jsoup.parse(site.page("ho-ngheo/2024.html")).select(".doc-facts").text())
                .contains("Ngày ban hành 01/07/2024 Ngày có hiệu lực 01/08/2024");
        JsonNode ld = LinkedData.ofPage(site.page("ho-ngheo/2024.html")).get(0);
        assertThat(ld.path("temporalCoverage").asText()).isEqualTo("2024-08-01/..");
        assertThat(ld.path("datePublished").asText()).isEqualTo("2024-07-01");
        try (PDDocument pdf = Loader.loadPDF(site.site().resolve("ho-ngheo/2024.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Ngày có hiệu lực: 01/08/2024");
        }
        // a policy's, in its Markdown header, the same way; a document that gives none shows none
        assertThat(Jsoup.parse(site.page("chinh-sach/bhyt.html")).select(".doc-facts").text())
                .contains("Ngày có hiệu lực 01/02/2024");
        assertThat(LinkedData.ofPage(site.page("chinh-sach/bhyt.html")).get(0).path("temporalCoverage").asText())
                .isEqualTo("2024-02-01/..");
        assertThat(site.page("ngan-sach/2024-6-thang.html")).doesNotContain("Ngày có hiệu lực");
        assertThat(LinkedData.ofPage(site.page("ngan-sach/2024-6-thang.html")).get(0).has("temporalCoverage"))
                .isFalse();
    }

    @Test
    void anImpossibleEffectiveDateIsNamedWithItsFix() {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.replace("content/bang/quy.json", "\"date\": \"2024-07-05\",",
                "\"date\": \"2024-07-05\",\n  \"ngay_hieu_luc\": \"2024-02-30\",");
        site.write("content/thong-bao/quy-che.md", """
                title=Quy chế tiếp công dân
                date=2024-07-01
                ngay_hieu_luc=01/08/2024
                type=thong-bao
                muc_cong_khai=4
                ~~~~~~
                Ban hành quy chế.
                """);
        assertThat(site.problems()).containsExactly(
                "content/bang/quy.json:4: ngay_hieu_luc: ngày \"2024-02-30\" không có thật (ngày có hiệu lực). "
                        + "Cách sửa: kiểm tra lại ngày và tháng.",
                "content/thong-bao/quy-che.md:3: ngay_hieu_luc: \"01/08/2024\" không phải ngày hợp lệ (ngày có hiệu "
                        + "lực). Cách sửa: viết dạng năm-tháng-ngày, ví dụ 2024-03-25 cho ngày 25/03/2024.");
    }
}
