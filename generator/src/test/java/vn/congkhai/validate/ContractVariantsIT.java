package vn.congkhai.validate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the content contract leaves the shape open, files written either way bake: a text or a list of texts, a
 * number of copies or words, a time as 07:30 or 7h30, another name for the list of reception sessions.
 */
class ContractVariantsIT {

    @TempDir
    Path tmp;

    @Test
    void aReceptionScheduleMayNameItsSessionsOtherwiseAndWriteTimesAs7h30() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path file = site.dir().resolve("content/lich-tiep-dan/quy-3.json");
        Files.writeString(file, Files.readString(file).replace("\"lich\":", "\"buoi\":")
                .replace("\"tu\": \"07:30\"", "\"tu\": \"7h30\""));
        site.bake();
        assertThat(Jsoup.parse(site.page("lich-tiep-dan/quy-3.html")).select("#sap-toi ~ ul li").text())
                .contains("07:30 – 11:00");
    }

    @Test
    void procedureListsMayBeOneTextAndCopiesMayBeWords() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path file = site.dir().resolve("content/thu-tuc/khai-sinh.json");
        Files.writeString(file, Files.readString(file)
                .replace("\"cach_thuc\": [\"Trực tiếp\", \"Trực tuyến\"]", "\"cach_thuc\": \"Trực tiếp hoặc trực tuyến\"")
                .replace("{\"ten\": \"Tờ khai đăng ký khai sinh\", \"so_luong\": 1}",
                        "{\"ten\": \"Tờ khai đăng ký khai sinh\", \"so_luong\": \"01 bản chính\"}")
                .replace("\"doi_tuong\": \"Cha, mẹ của trẻ\"", "\"doi_tuong\": [\"Cha, mẹ của trẻ\", \"Ông, bà\"]"));
        site.bake();
        var page = Jsoup.parse(site.page("thu-tuc/khai-sinh.html"));
        assertThat(page.select(".documents").text()).isEqualTo("Tờ khai đăng ký khai sinh: 01 bản chính");
        assertThat(page.text()).contains("Trực tiếp hoặc trực tuyến").contains("Cha, mẹ của trẻ; Ông, bà");
    }

    @Test
    void planCodesMayBeNumbersAndPartnersOrEvidenceASingleText() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Path file = site.dir().resolve("content/ke-hoach/kh.json");
        Files.writeString(file, Files.readString(file).replace("{\"ma\": \"1\",", "{\"ma\": 1,")
                .replace("\"minh_chung\": [\"ho-ngheo/2024.html\"]", "\"minh_chung\": \"ho-ngheo/2024.html\"")
                .replace("\"don_vi_chu_tri\": \"Văn hóa - xã hội\",", "\"don_vi_chu_tri\": \"Văn hóa - xã hội\", \"phoi_hop\": \"Các xóm\","));
        site.bake();
        var page = Jsoup.parse(site.page("ke-hoach/kh.html"));
        assertThat(page.select("table.tasks tbody th").eachText()).containsExactly("1", "1.1", "1.2");
        assertThat(page.select("table.tasks").text()).contains("Phối hợp: Các xóm");
    }
}
