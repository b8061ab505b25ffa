package vn.congkhai.organisation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation and contacts (Decree 42/2022): its page and its English page from the same file, a bad file's
 * messages, and its official numbers, public in every file of the commune.
 */
class OrganisationIT {

    static final String FILE = "content/co-cau-to-chuc/uy-ban.json";

    @TempDir
    Path tmp;

    @Test
    void theOrganisationPageAndItsEnglishPageShowTheSameContactsLinkedBothWays() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.with(GoodFiles.ORGANISATION);
        site.bake();

        Document vi = Jsoup.parse(site.page("co-cau-to-chuc/uy-ban.html"));
        assertThat(vi.select("html").attr("lang")).isEqualTo("vi");
        assertThat(vi.select("#lanh-dao + ul li").eachText()).containsExactly(
                "Nguyễn Văn Mẫu, Chủ tịch Ủy ban nhân dân xã Phụ trách: Phụ trách chung, tài chính - ngân sách "
                        + "Điện thoại: 0208 3000 333 Thư điện tử: nvmau@example.vn",
                "Lê Thị Mai, Phó Chủ tịch Ủy ban nhân dân xã Phụ trách: Văn hóa - xã hội Điện thoại: 0912 345 678");
        assertThat(vi.select("a[href='tel:+84912345678']")).hasSize(1);
        assertThat(vi.select("#dau-moi + p").text()).isEqualTo("Hà Thị Lan, Công chức Văn phòng - Thống kê "
                + "Điện thoại: 0208 3000 444 Thư điện tử: vanphong@example.vn");
        assertThat(vi.select("a[hreflang=en]").attr("href")).isEqualTo("../en/organisation.html");
        assertThat(vi.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://phuthinh.example.vn/en/organisation.html");

        Document en = Jsoup.parse(site.page("en/organisation.html"));
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("h1").text()).isEqualTo("Organisation and contacts");
        assertThat(en.select(".brand-body").text()).isEqualTo("People's Committee of Phú Thịnh Commune");
        assertThat(en.select("#contact + dl").text()).isEqualTo("Address Ket Thanh hamlet, Phu Thinh commune, "
                + "Thai Nguyen province Telephone +84 208 3000 111 E-mail phuthinh@example.vn");
        assertThat(en.select("#leaders + ul li").first().text()).isEqualTo("Nguyễn Văn Mẫu, Chairman of the Commune "
                + "People's Committee In charge of: General management, finance and budget Telephone: +84 208 3000 "
                + "333 E-mail: nvmau@example.vn");
        // not translated yet: shown in Vietnamese, marked so for screen readers
        assertThat(en.select("#departments + ul li").get(1).select("[lang=vi]").eachText())
                .containsExactly("Chứng thực, đăng ký hộ tịch");
        assertThat(en.select("#focal + p").text()).isEqualTo("Hà Thị Lan, Office and Statistics officer "
                + "Telephone: +84 208 3000 444 E-mail: vanphong@example.vn");
        assertThat(en.select(".breadcrumb a[hreflang=vi]").attr("href")).isEqualTo("../co-cau-to-chuc/uy-ban.html");
        assertThat(en.select("link[rel=alternate][hreflang=vi]").attr("href"))
                .isEqualTo("https://phuthinh.example.vn/co-cau-to-chuc/uy-ban.html");
        assertThat(site.page("sitemap.xml")).contains("https://phuthinh.example.vn/en/organisation.html");
        // a visitor who reads no Vietnamese finds it from the home page
        assertThat(Jsoup.parse(site.page("index.html")).select("main a[hreflang=en]").attr("href"))
                .isEqualTo("en/organisation.html");
        assertThat(site.page("co-cau-to-chuc/uy-ban.csv")).contains("\"Đầu mối cung cấp thông tin\",\"Hà Thị Lan\"");
    }

    /** A newer file replaces the organisation: the English page is the newer one's, the older page says so. */
    @Test
    void theNewestOrganisationFileIsTheCurrentOneAndTheOlderPageSaysSo() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.with(GoodFiles.ORGANISATION);
        site.write("content/co-cau-to-chuc/uy-ban-2024-06.json", GoodFiles.ORGANISATION.lines().skip(1)
                .map(l -> l.replace("\"date\": \"2024-07-10\"", "\"date\": \"2024-06-01\"")
                        .replace("Nguyễn Văn Mẫu", "Đặng Văn Tú"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        site.bake();
        assertThat(Jsoup.parse(site.page("en/organisation.html")).select(".breadcrumb a").attr("href"))
                .isEqualTo("../co-cau-to-chuc/uy-ban.html");
        Document older = Jsoup.parse(site.page("co-cau-to-chuc/uy-ban-2024-06.html"));
        assertThat(older.select("article > .sample-note").text()).isEqualTo("Đã có thông tin tổ chức mới hơn, ban "
                + "hành ngày 10/07/2024: Cơ cấu tổ chức và thông tin liên hệ của Ủy ban nhân dân xã Phú Thịnh.");
        assertThat(older.select("a[hreflang=en], link[hreflang]")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no focal officer | `,\\n  "dau_moi": {"ho_ten": "Hà Thị Lan", "chuc_vu": "Công chức Văn phòng - Thống kê", "chuc_vu_tieng_anh": "Office and Statistics officer", "dien_thoai": "0208 3000 444", "email": "vanphong@example.vn"}` | `` | `content/co-cau-to-chuc/uy-ban.json:1: dau_moi: thiếu trường bắt buộc "dau_moi" (Đầu mối cung cấp thông tin). Cách sửa: thêm "dau_moi": … Hướng dẫn: Người được giao làm đầu mối cung cấp thông tin, quản lý trang công khai (Nghị định 42/2022/NĐ-CP): họ tên, chức vụ, điện thoại và thư điện tử; bắt buộc. Ví dụ: {"ho_ten": "Hà Thị Lan", "chuc_vu": "Công chức Văn phòng - Thống kê", "dien_thoai": "0208 3800 002", "email": "vanphong.lucba@thainguyen.gov.vn"}.`
            phone in the wrong format | `"dien_thoai": "0912 345 678"` | `"dien_thoai": "0912 345 67"` | `content/co-cau-to-chuc/uy-ban.json:13: lãnh đạo thứ 2 (Lê Thị Mai), dien_thoai: giá trị "0912 345 67" không đúng dạng (Điện thoại). Hướng dẫn: Số điện thoại công vụ của người này; chỉ ghi số di động riêng khi người đó đồng ý công khai. Viết 10 hoặc 11 chữ số, bắt đầu bằng 0 (hoặc +84), có thể cách nhau bằng dấu cách hoặc dấu chấm. Ví dụ: "0208 3800 000" (máy bàn) hoặc "0912 345 678" (di động). Số ghi ở đây là số công khai của xã: được đăng trên trang và được phép ghi trong các văn bản khác.`
            e-mail without its domain | `"email": "nvmau@example.vn"` | `"email": "nvmau"` | `content/co-cau-to-chuc/uy-ban.json:12: lãnh đạo thứ 1 (Nguyễn Văn Mẫu), email: giá trị "nvmau" không đúng dạng (Thư điện tử). Hướng dẫn: Thư điện tử công vụ của người này. Ví dụ: "ubndxalucba@thainguyen.gov.vn".`
            a leader listed twice | `"ho_ten": "Lê Thị Mai"` | `"ho_ten": "Nguyễn  văn Mẫu"` | `content/co-cau-to-chuc/uy-ban.json:13: lãnh đạo thứ 2, ho_ten: người này đã có ở lãnh đạo thứ 1. Cách sửa: gộp hai dòng thành một; một người giữ hai chức vụ thì ghi cả hai trong chuc_vu, ví dụ "Phó Chủ tịch Ủy ban nhân dân xã, Trưởng Công an xã".`
            """)
    void aBadOrganisationFileIsNamedWithItsFix(String check, String from, String to, String expected) {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.with(GoodFiles.ORGANISATION.replace(from.replace("\\n", "\n"), to));
        assertThat(site.problems()).containsExactly(expected);
    }

    @Test
    void theOrganisationsNumbersArePublicInEveryFileAndAnUnlistedNumberIsStillRefused() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.with(GoodFiles.ORGANISATION);
        site.replace("content/chinh-sach/bhyt.md", "Xem [danh sách",
                "Hỏi bà Mai (Phó Chủ tịch UBND xã), ĐT 0912 345 678, hoặc Văn phòng, SĐT 0208.3000.444. Xem [danh sách");
        site.bake();
        assertThat(Jsoup.parse(site.page("chinh-sach/bhyt.html")).text()).contains("ĐT 0912 345 678");

        site.replace("content/chinh-sach/bhyt.md", "ĐT 0912 345 678", "ĐT 0912 345 679");
        assertThat(site.problems()).containsExactly("content/chinh-sach/bhyt.md:9: (nội dung): có số điện thoại "
                + "\"0912 345 679\". Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật "
                + "Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi "
                + "đúng như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties, hoặc ghi số đó vào thông tin "
                + "liên hệ của tệp cơ cấu tổ chức (content/co-cau-to-chuc/).");

        // a draft organisation file publishes nothing yet: its numbers are not public elsewhere
        site.replace("content/chinh-sach/bhyt.md", "ĐT 0912 345 679", "ĐT 0912 345 678");
        site.replace(FILE, "\"type\": \"co-cau-to-chuc\",", "\"type\": \"co-cau-to-chuc\",\n  \"status\": \"draft\",");
        assertThat(site.problems()).extracting(p -> p.substring(0, p.indexOf(". Văn bản"))).containsExactly(
                "content/chinh-sach/bhyt.md:9: (nội dung): có số điện thoại \"0208.3000.444\"",
                "content/chinh-sach/bhyt.md:9: (nội dung): có số điện thoại \"0912 345 678\"");
    }
}
