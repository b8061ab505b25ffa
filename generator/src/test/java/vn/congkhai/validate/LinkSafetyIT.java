package vn.congkhai.validate;

import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congkhai.bake.BakeReport;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only http, https, mailto, tel and the site's own addresses are links; images come from the site itself. */
class LinkSafetyIT {

    @TempDir
    Path tmp;

    private FixtureSite siteWithBody(String body) {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/thong-bao/lien-ket.md", "title=Liên kết\ndate=2024-06-01\ntype=thong-bao\n"
                + "muc_cong_khai=14\n~~~~~~\n" + body + "\n");
        return site;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JaVaScRiPt:alert(1)", "javascript:alert(1)", "&#x6A;ava&#9;script:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "VBScript:x", "file:///etc/passwd"})
    void aLinkWithAnUnsafeSchemeIsRefused(String url) {
        FixtureSite site = siteWithBody("Xem [tại đây](<" + url + ">).");
        String scheme = org.jsoup.parser.Parser.unescapeEntities(url, false).replaceAll("\\s", "").toLowerCase()
                .replaceFirst(":.*", "");
        assertThat(site.problems()).containsExactly(
                "content/thong-bao/lien-ket.md:6: (liên kết): liên kết \"" + url + "\" có dạng \"" + scheme
                        + ":\" không được dùng trên trang công khai. Cách sửa: chỉ dùng địa chỉ bắt đầu bằng "
                        + "https://, http://, mailto: hoặc tel:, hoặc địa chỉ một trang, một tệp của trang web.");
    }

    @Test
    void referenceLinksAndAutolinksAreCheckedToo() {
        FixtureSite site = siteWithBody("Xem [mục][1] và <javascript:alert(2)>.\n\n[1]: data:text/html,x");
        assertThatThrownBy(site::bake).isInstanceOfSatisfying(ContentProblemsException.class,
                e -> assertThat(e.problems().list()).extracting(Problem::line, p -> p.message().substring(0, 30))
                        .hasSize(2));
    }

    @Test
    void safeLinksStayClickable() throws Exception {
        FixtureSite site = siteWithBody("[Cổng](https://dichvucong.gov.vn), [thư](mailto:a@b.vn), [gọi](tel:02083000111), "
                + "[giấy mời](giay-moi.pdf), [trang](../trang/lien-he.html).");
        site.bake();
        Document page = Jsoup.parse(site.page("thong-bao/lien-ket.html"));
        assertThat(page.select(".doc-body a, article a").eachAttr("href")).contains("https://dichvucong.gov.vn",
                "mailto:a@b.vn", "tel:02083000111", "giay-moi.pdf");
    }

    @Test
    void anImageFromAnotherSiteIsRefusedByDefault() {
        FixtureSite site = siteWithBody("![bản đồ](https://tracker.example/pixel.png)");
        assertThat(site.problems()).containsExactly(
                "content/thong-bao/lien-ket.md:6: (ảnh): ảnh \"https://tracker.example/pixel.png\" lấy từ trang "
                        + "web khác: trang ngoài biết được ai đọc trang của xã, và ảnh có thể đổi hoặc mất. Cách "
                        + "sửa: tải ảnh về, đặt cạnh tệp này và viết ![mô tả ảnh](ten-anh.jpg).");
    }

    @Test
    void aCommuneMayChooseAWarningForOutsideImages() throws Exception {
        FixtureSite site = siteWithBody("![bản đồ](https://tracker.example/pixel.png)");
        Path config = site.dir().resolve("jbake.properties");
        Files.writeString(config, Files.readString(config) + "\nanh_ngoai=canh-bao\n");
        BakeReport report = site.bake();
        assertThat(report.notices()).extracting(Problem::field).containsExactly("(ảnh)");
    }

    @Test
    void aLocalImageIsPublishedWithItsPage() throws Exception {
        FixtureSite site = siteWithBody("![sơ đồ](so-do.png)");
        Files.write(site.dir().resolve("content/thong-bao/so-do.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10});
        site.bake();
        assertThat(site.site().resolve("thong-bao/so-do.png")).exists();
    }

    @Test
    void unsafeAddressesInJsonFieldsAreRefused() {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/thu-tuc/cap-ban-sao.json", """
                {
                  "title": "Cấp bản sao trích lục hộ tịch",
                  "date": "2024-06-01",
                  "type": "thu-tuc",
                  "muc_cong_khai": 4,
                  "ma_thu_tuc": "2.000635",
                  "ten": "Cấp bản sao trích lục hộ tịch",
                  "linh_vuc": "Hộ tịch",
                  "trinh_tu": ["Nộp hồ sơ"],
                  "cach_thuc": ["Trực tiếp"],
                  "thanh_phan_ho_so": [{"ten": "Tờ khai", "so_luong": 1}],
                  "thoi_han_giai_quyet": "Ngay trong ngày",
                  "doi_tuong": "Cá nhân",
                  "co_quan_thuc_hien": "UBND xã",
                  "ket_qua": "Bản sao",
                  "phi_le_phi": [{"ten": "Phí", "muc_vnd": 8000}],
                  "dich_vu_cong_truc_tuyen": "javascript:alert(1)"
                }
                """);
        assertThat(site.problems()).containsExactly(
                "content/thu-tuc/cap-ban-sao.json:17: dich_vu_cong_truc_tuyen: giá trị \"javascript:alert(1)\" "
                        + "không đúng dạng (Dịch vụ công trực tuyến). Hướng dẫn: Địa chỉ trang nộp hồ sơ trực "
                        + "tuyến của thủ tục, nếu có, bắt đầu bằng https://. Ví dụ: "
                        + "\"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\".");
    }
}
