package vn.congkhai.feed;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.congkhai.bake.ReleaseMessages;
import vn.congkhai.testing.FixtureSite;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices that reach people: an Atom feed per section and per hamlet the content names, each linked from its page, and
 * the ready Zalo and SMS messages of every published disclosure written beside the site.
 */
class NoticesIT {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ADDRESS = "https://phuthinh.example.vn/";

    @TempDir
    Path tmp;

    /**
     * A notice, a household list naming two hamlets ("Xóm Kết Thành", "Xóm Đồng Kè"), a consultation of one of them
     * and an answer to its voters (both "Kết Thành", without the word "xóm"); the commune is Phú Thịnh, baked on
     * 2024-07-20.
     */
    static final String SITE = """
            -- content/thong-bao/hop-dan.md --
            title=Thông báo họp dân xóm Kết Thành
            date=2024-05-10
            type=thong-bao
            so_hieu=12/TB-UBND
            muc_cong_khai=14
            ~~~~~~
            Họp dân lúc 19 giờ tại nhà văn hoá xóm.
            -- content/ho-ngheo/2024.json --
            {
              "title": "Danh sách hộ nghèo, hộ cận nghèo năm 2024",
              "date": "2024-06-10",
              "type": "ho-ngheo",
              "so_hieu": "99/QĐ-UBND",
              "muc_cong_khai": 7,
              "nam": 2024,
              "dot": "chinh-thuc",
              "ho": [
                {"stt": 1, "chu_ho": "Nguyễn Văn An", "xom": "Xóm Kết Thành", "phan_loai": "ngheo"},
                {"stt": 2, "chu_ho": "Trần Thị Bình", "xom": "Xóm Đồng Kè", "phan_loai": "can-ngheo"}
              ]
            }
            -- content/lay-y-kien/nha-van-hoa.json --
            {
              "title": "Lấy ý kiến Nhân dân về vị trí nhà văn hoá xóm Kết Thành",
              "date": "2024-06-20",
              "type": "lay-y-kien",
              "muc_cong_khai": 11,
              "doi_tuong": ["Kết Thành"],
              "tu": "2024-06-21",
              "den": "2024-07-20"
            }
            -- content/tra-loi/ky-hop.json --
            {
              "title": "Trả lời kiến nghị cử tri trước kỳ họp thứ 7",
              "date": "2024-07-05",
              "type": "tra-loi",
              "muc_cong_khai": 14,
              "muc": [
                {"ngay_nhan": "2024-06-10", "xom": "Kết Thành", "linh_vuc": "Giao thông",
                 "noi_dung": "Cử tri đề nghị sửa đoạn đường bị sạt lở", "tra_loi": "Đã bố trí kinh phí",
                 "nguoi_tra_loi": "Chủ tịch UBND xã", "ngay_tra_loi": "2024-07-01", "trang_thai": "da-tra-loi"}
              ]
            }
            """;

    private FixtureSite bakedSite() throws Exception {
        FixtureSite site = FixtureSite.inline(tmp, SITE);
        site.bake();
        return site;
    }

    @Test
    void eachSectionAndEachHamletHasAValidAtomFeedOfItsDisclosures() throws Exception {
        FixtureSite site = bakedSite();

        Document households = atom(site, "ho-ngheo/feed.xml");
        assertThat(entryTitles(households)).containsExactly("Danh sách hộ nghèo, hộ cận nghèo năm 2024");
        assertThat(text(households.getDocumentElement(), "title"))
                .isEqualTo("Hộ nghèo, cận nghèo - Ủy ban nhân dân xã Phú Thịnh");
        assertThat(text(households.getDocumentElement(), "id")).isEqualTo(ADDRESS + "ho-ngheo/feed.xml");
        assertThat(text(households.getDocumentElement(), "updated")).isEqualTo("2024-06-10T00:00:00+07:00");

        assertThat(entryTitles(atom(site, "thong-bao/feed.xml"))).containsExactly("Thông báo họp dân xóm Kết Thành");
        // a section with nothing yet has its feed, to subscribe to before its first disclosure
        assertThat(entryTitles(atom(site, "ngan-sach/feed.xml"))).isEmpty();

        // a hamlet's address is ASCII from its name, whichever way the content writes it
        Document ketThanh = atom(site, "xom/ket-thanh.xml");
        assertThat(entryTitles(ketThanh)).containsExactly("Trả lời kiến nghị cử tri trước kỳ họp thứ 7",
                "Lấy ý kiến Nhân dân về vị trí nhà văn hoá xóm Kết Thành", "Danh sách hộ nghèo, hộ cận nghèo năm 2024");
        assertThat(text(ketThanh.getDocumentElement(), "title")).isEqualTo("Xóm Kết Thành - Ủy ban nhân dân xã Phú Thịnh");
        assertThat(text(ketThanh.getDocumentElement(), "updated")).isEqualTo("2024-07-05T00:00:00+07:00");
        assertThat(entryTitles(atom(site, "xom/dong-ke.xml"))).containsExactly(
                "Danh sách hộ nghèo, hộ cận nghèo năm 2024");
        // the site's feed keeps its identifier
        assertThat(text(atom(site, "feed.xml").getDocumentElement(), "id")).isEqualTo(ADDRESS);
    }

    @Test
    void aSectionsPageAndAHamletsPageLinkTheirFeedForAppsAndForPeople() throws Exception {
        FixtureSite site = bakedSite();

        assertFeedLinked(site, "ho-ngheo/index.html", "../ho-ngheo/feed.xml");
        assertFeedLinked(site, "xom/ket-thanh.html", "../xom/ket-thanh.xml");
        var hamlet = Jsoup.parse(site.page("xom/ket-thanh.html"));
        assertThat(hamlet.select("h1").text()).isEqualTo("Xóm Kết Thành");
        assertThat(hamlet.select(".doc-list a").eachAttr("href")).containsExactly("../tra-loi/ky-hop.html",
                "../lay-y-kien/nha-van-hoa.html", "../ho-ngheo/2024.html");
        // the page of a hamlet's answers leads to everything disclosed about the hamlet, and to its feed
        var answers = Jsoup.parse(site.page("tra-loi/xom-ket-thanh.html")).selectFirst("main .feed-link");
        assertThat(answers.text()).isEqualTo("Mọi văn bản công khai có nêu xóm Kết Thành: Xóm Kết Thành · Nhận tin "
                + "của xóm (Atom)");
        assertThat(answers.select("a").eachAttr("href")).containsExactly("../xom/ket-thanh.html",
                "../xom/ket-thanh.xml");
        var index = Jsoup.parse(site.page("xom/index.html"));
        assertThat(index.select(".doc-list li > a").eachText()).containsExactly("Xóm Đồng Kè", "Xóm Kết Thành");
        assertThat(index.select(".doc-meta a").eachAttr("href")).containsExactly("../xom/dong-ke.xml",
                "../xom/ket-thanh.xml");
        assertThat(Jsoup.parse(site.page("index.html")).select("a[href=xom/index.html]").text())
                .isEqualTo("Thông tin theo xóm");
    }

    @Test
    void everyPublishedDisclosureHasAZaloPostAndAnSmsWithinOnePartBesideTheSite() throws Exception {
        String longTitle = "Thông báo về việc tổ chức lấy ý kiến Nhân dân đối với dự thảo phương án bồi thường, hỗ "
                + "trợ, tái định cư khi Nhà nước thu hồi đất để thực hiện dự án mở rộng đường trục xã đoạn từ xóm "
                + "Kết Thành đến xóm Đồng Kè “giai đoạn 2” — năm 2024";
        FixtureSite site = FixtureSite.inline(tmp, SITE + """
                -- content/thong-bao/thu-hoi-dat.md --
                title=%s
                date=2024-06-25
                type=thong-bao
                muc_cong_khai=8
                ~~~~~~
                UBND xã thông báo lấy ý kiến.
                -- content/trang/lien-he.md --
                title=Liên hệ
                date=2024-01-01
                type=trang
                ~~~~~~
                Trụ sở UBND xã.
                """.formatted(longTitle));
        site.bake();

        ReleaseMessages written = ReleaseMessages.of(site.site()).orElseThrow();
        assertThat(site.site().resolve("tin-nhan.json")).doesNotExist(); // beside the site, not on it
        Map<String, Messages.Message> byPage = written.messages().stream()
                .collect(Collectors.toMap(Messages.Message::page, m -> m));
        // every published disclosure, newest first; not the site's own pages (trang/lien-he)
        assertThat(site.site().resolve("trang/lien-he.html")).exists();
        assertThat(written.messages()).extracting(Messages.Message::page).containsExactly(
                "tra-loi/ky-hop.html", "thong-bao/thu-hoi-dat.html", "lay-y-kien/nha-van-hoa.html", "ho-ngheo/2024.html",
                "thong-bao/hop-dan.html");
        for (Messages.Message m : written.messages()) {
            assertThat(m.sms()).as(m.page()).hasSizeLessThanOrEqualTo(160).matches("[ -~]+")
                    .doesNotContainPattern("[\\[\\]{}\\\\^~|`]").endsWith(" " + m.link());
            assertThat(m.link()).isEqualTo(ADDRESS + m.page());
            assertThat(m.zalo()).endsWith("Xem chi tiết: " + m.link()).contains(m.title())
                    .isEqualTo(Normalizer.normalize(m.zalo(), Normalizer.Form.NFC));
        }
        Messages.Message longOne = byPage.get("thong-bao/thu-hoi-dat.html");
        // the title cut after a word, its comma dropped; the link whole
        assertThat(longOne.sms()).isEqualTo("UBND xa Phu Thinh: Thong bao ve viec to chuc lay y kien Nhan dan doi voi "
                + "du thao phuong an boi thuong... https://phuthinh.example.vn/thong-bao/thu-hoi-dat.html");
        assertThat(longOne.zalo()).isEqualTo("Ủy ban nhân dân xã Phú Thịnh công khai: " + longTitle + "\n"
                + "Thông báo, ngày 25/06/2024.\n"
                + "Xem chi tiết: https://phuthinh.example.vn/thong-bao/thu-hoi-dat.html");
        assertThat(byPage.get("ho-ngheo/2024.html").sms()).isEqualTo("UBND xa Phu Thinh: Danh sach ho ngheo, ho can "
                + "ngheo nam 2024 https://phuthinh.example.vn/ho-ngheo/2024.html");
    }

    @Test
    void aHamletWrittenOnlyAsTheWordXomIsRefusedNamingTheHousehold() {
        FixtureSite site = FixtureSite.inline(tmp, SITE.replace("\"Xóm Đồng Kè\"", "\"Xóm\""));

        assertThat(site.problems()).containsExactly("content/ho-ngheo/2024.json:11: hộ thứ 2 (Trần Thị Bình), xom: "
                + "\"Xóm\" chưa có tên xóm (mỗi xóm có trang và nguồn tin riêng theo tên). Cách sửa: ghi cả tên, ví "
                + "dụ \"Xóm Gốc Vải\".");
    }

    private static void assertFeedLinked(FixtureSite site, String page, String feed) {
        var html = Jsoup.parse(site.page(page));
        assertThat(html.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .as(page).contains(feed);
        assertThat(html.select("main a[href=" + feed + "]").text()).as(page).startsWith("Nhận tin khi")
                .endsWith("có văn bản mới (Atom)");
    }

    /**
     * The feed at {@code path}, parsed, after checking what RFC 4287 requires: the feed's id, title and updated, and
     * each entry's id, title, link and updated, every address absolute on the site and every date an Atom date.
     */
    static Document atom(FixtureSite site, String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(site.site().resolve(path).toFile());
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).as(path).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).as(path).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(text(feed, required)).as(path + " " + required).isNotBlank();
        }
        assertThat(text(feed, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00\\+07:00");
        assertThat(links(feed).get("self")).as(path).isEqualTo(ADDRESS + path);
        assertThat(text(feed, "author")).as(path).isNotBlank();
        NodeList entries = doc.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(text(entry, "id")).startsWith(ADDRESS);
            assertThat(text(entry, "title")).isNotBlank();
            assertThat(text(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00\\+07:00");
            assertThat(links(entry).get("alternate")).startsWith(ADDRESS).endsWith(".html");
        }
        return doc;
    }

    /** The text of {@code parent}'s own child element {@code name} (not an entry's, for the feed). */
    static String text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    /** {@code parent}'s own links by relation ("alternate" when none is given). */
    static Map<String, String> links(Element parent) {
        Map<String, String> links = new java.util.HashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals("link")) {
                links.put(e.getAttribute("rel").isEmpty() ? "alternate" : e.getAttribute("rel"), e.getAttribute("href"));
            }
        }
        return links;
    }

    static List<String> entryTitles(Document feed) {
        List<String> titles = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(text((Element) entries.item(i), "title"));
        }
        return titles;
    }
}
