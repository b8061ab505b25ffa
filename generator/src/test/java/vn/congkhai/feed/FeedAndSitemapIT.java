package vn.congkhai.feed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.congkhai.testing.FixtureSite;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedAndSitemapIT {

    @TempDir
    static Path tmp;
    static FixtureSite site;

    @BeforeAll
    static void bake() throws Exception {
        site = FixtureSite.of("types", tmp);
        site.bake();
    }

    static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.site().resolve(path).toFile());
    }

    static List<String> texts(Document doc, String ns, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theFeedIsAtomWithAbsoluteAddressesAndDatesFromTheContent() throws Exception {
        Document feed = xml("feed.xml");
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        List<String> ids = texts(feed, atom, "id");
        assertThat(ids).allMatch(id -> id.startsWith("https://phuthinh.example.vn/")).doesNotHaveDuplicates();
        List<String> updated = texts(feed, atom, "updated");
        assertThat(updated.get(0)).isEqualTo("2024-07-10T00:00:00+07:00");
        assertThat(updated.subList(1, updated.size())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        NodeList links = feed.getElementsByTagNameNS(atom, "link");
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(((Element) links.item(i)).getAttribute("href")).startsWith("https://phuthinh.example.vn/");
        }
        assertThat(texts(feed, atom, "title")).contains("Danh sách hộ nghèo, hộ cận nghèo năm 2024");
    }

    @Test
    void theSitemapListsEveryPublicPageOnceWithAbsoluteAddresses() throws Exception {
        Document map = xml("sitemap.xml");
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertThat(map.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> locs = texts(map, ns, "loc");
        assertThat(locs).doesNotHaveDuplicates().allMatch(l -> l.startsWith("https://phuthinh.example.vn/"))
                .contains("https://phuthinh.example.vn/", "https://phuthinh.example.vn/ho-ngheo/2024.html",
                        "https://phuthinh.example.vn/thu-tuc/phi-le-phi.html")
                .noneMatch(l -> l.contains("tuan-thu"));
        for (String loc : locs) {
            String path = loc.substring("https://phuthinh.example.vn/".length());
            assertThat(site.site().resolve(path.isEmpty() ? "index.html" : path)).as(loc).exists();
        }
        assertThat(texts(map, ns, "lastmod")).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(site.page("robots.txt")).contains("Sitemap: https://phuthinh.example.vn/sitemap.xml");
    }
}
