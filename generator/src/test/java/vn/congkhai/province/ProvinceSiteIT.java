package vn.congkhai.province;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.ProvinceCommunes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The province's view of three communes baked by the real bake ({@link ProvinceCommunes}): one late with a budget
 * report, one without an Art. 11 item, one with a question unanswered past its deadline. Read from their folders and
 * over HTTP from a real server; a commune that cannot be read is named with its fix.
 */
class ProvinceSiteIT {

    private static final ProvinceSite.Settings SETTINGS = new ProvinceSite.Settings(null,
            "https://congkhai.thainguyen.example.vn");

    @TempDir
    static Path province;

    @TempDir
    Path tmp;

    @BeforeAll
    static void bakeTheCommunes() {
        ProvinceCommunes.bake(province);
    }

    private static Document page(Path site, String path) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    /** The cells of the board's row of a commune, by their column's heading. */
    private static Map<String, String> row(Document board, String name) {
        Element row = board.select("table.board tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(name)).findFirst().orElseThrow();
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        row.select("td").forEach(td -> cells.put(td.attr("data-label"), td.text()));
        return cells;
    }

    private static Map<String, String> itemRow(Document board, int item) {
        Element row = board.select("table.items tbody tr").get(item - 1);
        Map<String, String> cells = new java.util.LinkedHashMap<>();
        row.select("td").forEach(td -> cells.put(td.attr("data-label"), td.text()));
        return cells;
    }

    @Test
    void theBoardShowsEachCommuneItsAddressesAndEachArticleElevenItem() throws Exception {
        Path site = tmp.resolve("tinh");
        ProvinceSite.Report report = ProvinceSite.bake(ProvinceCommunes.FOLDERS, province, SETTINGS, site);
        assertThat(report.read()).isEqualTo(3);
        assertThat(report.unreadable()).isEmpty();

        Document board = page(site, "index.html");
        assertThat(board.select("table.board tbody th")).extracting(Element::text).containsExactly(
                "Phú Thịnh", "Vạn Phú", "Yên Lãng");
        assertThat(board.select(".brand-place").text()).isEqualTo("Tỉnh Thái Nguyên");
        Map<String, String> phuThinh = row(board, "Phú Thịnh");
        assertThat(phuThinh.get("Địa chỉ")).isEqualTo("Trụ sở UBND xã Phú Thịnh, tỉnh Thái Nguyên "
                + "https://phuthinh.example.vn");
        assertThat(phuThinh.get("Trễ hạn")).isEqualTo("khoản 2");
        assertThat(phuThinh.get("Đã công khai")).isEqualTo("3/14 khoản");
        assertThat(phuThinh.get("Còn thiếu")).doesNotContain("13");
        assertThat(phuThinh.get("Câu hỏi quá hạn")).isEqualTo("0");
        Map<String, String> vanPhu = row(board, "Vạn Phú");
        assertThat(vanPhu.get("Còn thiếu")).isEqualTo("khoản 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13");
        assertThat(vanPhu.get("Trễ hạn")).isEqualTo("Không");
        Map<String, String> yenLang = row(board, "Yên Lãng");
        assertThat(yenLang.get("Câu hỏi quá hạn")).isEqualTo("1");
        assertThat(yenLang.get("Lấy ý kiến đang mở")).isEqualTo("1");
        assertThat(yenLang.get("Ngày tạo trang")).isEqualTo("21/07/2024");
        assertThat(board.select("table.board a[href=xa/yen-lang.html]")).hasSize(1);

        assertThat(itemRow(board, 2)).containsEntry("Xã trễ hạn", "Phú Thịnh").containsEntry("Số xã đã công khai", "1");
        assertThat(itemRow(board, 13)).containsEntry("Xã còn thiếu", "Vạn Phú").containsEntry("Xã trễ hạn", "Không")
                .containsEntry("Số xã đã công khai", "2");
        assertThat(board.select("footer").text()).contains("ngày 21/07/2024");

        Document yenLangPage = page(site, "xa/yen-lang.html");
        assertThat(yenLangPage.select("h1").text()).isEqualTo("Ủy ban nhân dân xã Yên Lãng");
        // the question, under its heading; and item 14, of the answer list, is late for it
        assertThat(yenLangPage.select("a[href=https://yenlang.example.vn/tra-loi/ky-hop-thu-8.html#cau-1]").eachText())
                .contains("Cử tri hỏi khi nào cấp giấy chứng nhận quyền sử dụng đất");
        assertThat(yenLangPage.select("table.items tbody tr").get(13).select("td").get(0).text()).isEqualTo("Trễ hạn");
        assertThat(yenLangPage.text()).contains("nhận ngày 01/06/2024, hạn trả lời 01/07/2024")
                .contains("Lấy ý kiến từ 10/07/2024 đến hết 10/08/2024");
        Document phuThinhPage = page(site, "xa/phu-thinh.html");
        assertThat(phuThinhPage.select("table.items tbody tr").get(1).text()).contains("Trễ hạn")
                .contains("công khai ngày 20/04/2024, 20 ngày sau khi kết thúc kỳ (31/03/2024), quá hạn 15 ngày.");
    }

    @Test
    void theFeedListsWhatIsNewAcrossCommunesNewestFirstWithEachCommunesAddress() throws Exception {
        Path site = tmp.resolve("tinh");
        ProvinceSite.bake(ProvinceCommunes.FOLDERS, province, SETTINGS, site);
        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        assertThat(feed.select("feed > title").text()).isEqualTo("Văn bản mới của các xã, tỉnh Thái Nguyên");
        assertThat(feed.select("feed > link[rel=self]").attr("href"))
                .isEqualTo("https://congkhai.thainguyen.example.vn/feed.xml");
        List<String> titles = feed.select("entry > title").eachText();
        assertThat(titles).first().isEqualTo("Xã Yên Lãng: Lấy ý kiến Nhân dân về việc xây chợ xã");
        assertThat(titles).contains("Xã Phú Thịnh: Thông báo tạm dừng lưu thông trên đường Thậm Thình",
                "Xã Vạn Phú: Thông báo họp dân xóm Đồng Kè").hasSize(7);
        Element road = feed.select("entry").stream().filter(e -> e.selectFirst("title").text().contains("Thậm Thình"))
                .findFirst().orElseThrow();
        assertThat(road.selectFirst("link").attr("href"))
                .isEqualTo("https://phuthinh.example.vn/thong-bao/duong-tham-thinh.html");
        assertThat(road.selectFirst("updated").text()).isEqualTo("2024-07-01T00:00:00+07:00");
    }

    @Test
    void theSearchIsInPiecesAndHoldsARoadNameUnderItsLettersWithoutDiacritics() throws Exception {
        Path site = tmp.resolve("tinh");
        ProvinceSite.bake(ProvinceCommunes.FOLDERS, province, SETTINGS, site);
        ObjectMapper json = new ObjectMapper();
        JsonNode communes = json.readTree(site.resolve("tim-kiem/xa.json").toFile());
        assertThat(communes.path("xa")).extracting(JsonNode::asText).containsExactly(
                "Ủy ban nhân dân xã Phú Thịnh", "Ủy ban nhân dân xã Vạn Phú", "Ủy ban nhân dân xã Yên Lãng");
        // "thậm" is in the file of "th", with the pages that have it as gaps between page numbers
        JsonNode th = json.readTree(site.resolve("tim-kiem/tu-th.json").toFile());
        JsonNode tham = null;
        for (JsonNode w : th) {
            if (w.get(0).asText().equals("thậm")) {
                tham = w.get(1);
            }
        }
        assertThat(tham).as("thậm in tu-th.json").isNotNull().hasSize(1);
        int id = tham.get(0).asInt();
        JsonNode page = json.readTree(site.resolve("tim-kiem/trang-" + id / ProvinceSearch.CHUNK + ".json").toFile())
                .get(id % ProvinceSearch.CHUNK);
        assertThat(page.get(0).asText()).isEqualTo("Thông báo tạm dừng lưu thông trên đường Thậm Thình");
        assertThat(page.get(1).asText()).isEqualTo("https://phuthinh.example.vn/thong-bao/duong-tham-thinh.html");
        assertThat(communes.path("xa").get(page.get(2).asInt()).asText()).isEqualTo("Ủy ban nhân dân xã Phú Thịnh");
        // no file holds every page's words: each word file only its letters'
        try (var files = Files.list(site.resolve("tim-kiem"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("tu-")).count())
                    .isGreaterThan(10);
        }
        assertThat(Files.readString(site.resolve("tim-kiem/index.html"))).contains("js/tim-kiem-tinh.js");
        assertThat(site.resolve("js/tim-kiem-tinh.js")).isRegularFile();
    }

    @Test
    void theSameCommunesBakeTheSameProvinceByteForByte() throws Exception {
        ProvinceSite.bake(ProvinceCommunes.FOLDERS, province, SETTINGS, tmp.resolve("a"));
        ProvinceSite.bake(List.of("yen-lang", "phu-thinh", "van-phu"), province, SETTINGS, tmp.resolve("b"));
        assertThat(FixtureSite.hashes(tmp.resolve("b"))).isEqualTo(FixtureSite.hashes(tmp.resolve("a")));
    }

    @Test
    void aCommuneReadOverHttpIsOnTheBoardAndOneWithoutItsDataIsNamedWithTheFix() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("trong"));
        Server withSite = serve(province.resolve("phu-thinh/target/site"));
        Server without = serve(empty);
        try {
            String good = "http://127.0.0.1:" + port(withSite);
            String bad = "http://127.0.0.1:" + port(without) + "/";
            Path site = tmp.resolve("tinh");
            ProvinceSite.Report report = ProvinceSite.bake(List.of(good, bad, "van-phu"), province, SETTINGS, site);
            assertThat(report.read()).isEqualTo(2);
            assertThat(report.unreadable()).extracting(Throwable::getMessage).containsExactly(
                    "Không đọc được dữ liệu của xã ở \"" + bad + "\": máy chủ không có tệp tuan-thu/tuan-thu.json "
                            + "(mã 404: trang của xã chưa được đăng bằng phiên bản Công khai có tệp này). Cách làm: "
                            + "đăng lại trang của xã (mvnw package cong-khai:dang) bằng phiên bản Công khai mới, rồi "
                            + "tạo lại trang của tỉnh.");
            Document board = page(site, "index.html");
            assertThat(board.select("table.board tbody th")).extracting(Element::text).containsExactly(
                    "Phú Thịnh", "Vạn Phú", bad);
            assertThat(board.select(".problems li").text()).isEqualTo(bad + ": máy chủ không có tệp "
                    + "tuan-thu/tuan-thu.json (mã 404: trang của xã chưa được đăng bằng phiên bản Công khai có tệp "
                    + "này). Cách làm: đăng lại trang của xã (mvnw package cong-khai:dang) bằng phiên bản Công khai "
                    + "mới, rồi tạo lại trang của tỉnh.");
            assertThat(board.select(".problems h2").text()).isEqualTo("Không đọc được dữ liệu của 1 xã");
        } finally {
            withSite.stop();
            without.stop();
        }
    }

    @Test
    void aServerThatRedirectsIsNotFollowedAndTheMessageNamesWhereItPoints() throws Exception {
        Server moved = new Server();
        ServerConnector connector = new ServerConnector(moved);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        moved.addConnector(connector);
        moved.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(301);
                response.getHeaders().put("Location", "https://xa-moi.example.vn/tuan-thu/tuan-thu.json");
                callback.succeeded();
                return true;
            }
        });
        moved.start();
        try {
            String address = "http://127.0.0.1:" + port(moved) + "/";
            ProvinceSite.Report report = ProvinceSite.bake(List.of("phu-thinh", address), province, SETTINGS,
                    tmp.resolve("tinh"));
            assertThat(report.unreadable()).extracting(Throwable::getMessage).containsExactly(
                    "Không đọc được dữ liệu của xã ở \"" + address + "\": máy chủ chuyển " + address
                            + "tuan-thu/tuan-thu.json sang địa chỉ khác (https://xa-moi.example.vn/tuan-thu/tuan-thu.json)"
                            + "; tỉnh không đi theo chuyển hướng. Cách làm: ghi đúng địa chỉ hiện nay của trang xã vào "
                            + "danh sách xã của tỉnh.");
        } finally {
            moved.stop();
        }
    }

    @Test
    void aFileOverItsLimitIsRefusedWhileItIsStillComing() throws Exception {
        Path big = tmp.resolve("lon");
        FixtureSite.copyTree(province.resolve("van-phu/target/site"), big);
        // valid JSON, but past the 4 MB that a commune's compliance data never comes near
        Files.writeString(big.resolve("tuan-thu/tuan-thu.json"), "[" + "0,".repeat(ReadCommune.DATA_LIMIT / 2) + "0]");
        Server server = serve(big);
        try {
            String address = "http://127.0.0.1:" + port(server) + "/";
            ProvinceSite.Report report = ProvinceSite.bake(List.of("phu-thinh", address, big.toString()), province,
                    SETTINGS, tmp.resolve("tinh"));
            String reason = ": tệp tuan-thu/tuan-thu.json lớn hơn 4 MB, quá giới hạn tỉnh đọc cho tệp này. Cách làm: "
                    + "kiểm tra địa chỉ hoặc thư mục đó có đúng là trang Công khai của xã không.";
            assertThat(report.unreadable()).extracting(Throwable::getMessage).containsExactly(
                    "Không đọc được dữ liệu của xã ở \"" + address + "\"" + reason,
                    "Không đọc được dữ liệu của xã ở \"" + big + "\"" + reason);
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterTheTimeLimit() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 10,
                java.net.InetAddress.getLoopbackAddress())) {
            // accepts the connection (the system does, from its backlog) and never answers
            String address = "http://127.0.0.1:" + silent.getLocalPort() + "/";
            long start = System.nanoTime();
            ProvinceSite.Report report = ProvinceSite.bake(List.of("phu-thinh", address), province, SETTINGS,
                    tmp.resolve("tinh"), new CommuneFiles(java.time.Duration.ofSeconds(1),
                            java.time.Duration.ofSeconds(2)));
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(
                    java.time.Duration.ofSeconds(10));
            assertThat(report.unreadable()).extracting(Throwable::getMessage).containsExactly(
                    "Không đọc được dữ liệu của xã ở \"" + address + "\": máy chủ không gửi xong " + address
                            + "tuan-thu/tuan-thu.json trong 2 giây. Cách làm: tạo lại trang của tỉnh sau; nếu vẫn vậy, "
                            + "báo người quản trị máy chủ của xã.");
        }
    }

    @Test
    void aFolderThatIsNotThereIsNamedWithTheFix() throws Exception {
        ProvinceSite.Report report = ProvinceSite.bake(List.of("phu-thinh", "phu-tinh"), province, SETTINGS,
                tmp.resolve("tinh"));
        assertThat(report.unreadable()).extracting(Throwable::getMessage).containsExactly(
                "Không đọc được dữ liệu của xã ở \"phu-tinh\": không có thư mục " + province.resolve("phu-tinh")
                        + ". Cách làm: sửa đường dẫn trong danh sách xã của tỉnh (nguon), hoặc tải thư mục trang của "
                        + "xã (target/site) về đúng chỗ đó.");
    }

    @Test
    void aCommuneBakedWithoutComplianceDataIsNamedWithTheFix() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("xa-cu/target/site"));
        Files.writeString(old.resolve("index.html"), "<!DOCTYPE html><title>Xã cũ</title>");
        ProvinceSite.Report report = ProvinceSite.bake(List.of("phu-thinh", old.getParent().getParent().toString()),
                province, SETTINGS, tmp.resolve("tinh"));
        assertThat(report.unreadable()).extracting(Throwable::getMessage).containsExactly(
                "Không đọc được dữ liệu của xã ở \"" + tmp.resolve("xa-cu") + "\": không có tệp "
                        + "tuan-thu/tuan-thu.json (trang của xã chưa được tạo, hoặc được tạo bằng phiên bản Công khai "
                        + "cũ). Cách làm: chạy \"mvnw package\" trong thư mục của xã (với phiên bản Công khai mới), "
                        + "rồi tạo lại trang của tỉnh.");
    }

    @Test
    void aBrokenComplianceFileIsNamedWithWhereItBreaks() throws Exception {
        Path broken = tmp.resolve("hong");
        FixtureSite.copyTree(province.resolve("van-phu/target/site"), broken);
        Files.writeString(broken.resolve("tuan-thu/tuan-thu.json"), "{\n  \"phien_ban\": 1,\n  \"xa\": {\"ten\": }\n}\n");
        ProvinceSite.Report report = ProvinceSite.bake(List.of("phu-thinh", broken.toString()), province, SETTINGS,
                tmp.resolve("tinh"));
        assertThat(report.unreadable()).extracting(Throwable::getMessage).containsExactly(
                "Không đọc được dữ liệu của xã ở \"" + broken + "\": tệp tuan-thu/tuan-thu.json không đúng dạng "
                        + "(không đọc được JSON ở dòng 3, cột 17). Cách làm: tạo lại trang của xã bằng phiên bản Công "
                        + "khai mới (mvnw package), rồi tạo lại trang của tỉnh.");
    }

    @Test
    void anAddressWithoutHttpsIsRefusedWithTheFix() throws Exception {
        ProvinceSite.Report report = ProvinceSite.bake(List.of("phu-thinh", "http://vanphu.thainguyen.gov.vn"),
                province, SETTINGS, tmp.resolve("tinh"));
        assertThat(report.unreadable()).extracting(Throwable::getMessage).containsExactly(
                "Không đọc được dữ liệu của xã ở \"http://vanphu.thainguyen.gov.vn\": địa chỉ không dùng HTTPS, dữ liệu "
                        + "có thể bị sửa trên đường truyền. Cách làm: ghi địa chỉ bắt đầu bằng https://.");
    }

    @Test
    void whenNoCommuneCanBeReadTheBakeFailsAndTheLastProvinceSiteStays() throws Exception {
        Path site = tmp.resolve("tinh");
        ProvinceSite.bake(ProvinceCommunes.FOLDERS, province, SETTINGS, site);
        Map<String, String> before = FixtureSite.hashes(site);
        assertThatThrownBy(() -> ProvinceSite.bake(List.of("khong-co"), province, SETTINGS, site))
                .isInstanceOf(ProvinceException.class)
                .hasMessage("Không đọc được dữ liệu của xã nào (1 xã, lý do ở trên); trang của tỉnh giữ nguyên như "
                        + "lần tạo trước. Cách làm: sửa các lỗi ở trên rồi chạy lại.")
                .satisfies(e -> assertThat(((ProvinceException) e).unreadable()).hasSize(1));
        assertThat(FixtureSite.hashes(site)).isEqualTo(before);
    }

    @Test
    void withoutTheProvincesAddressTheBakeSaysHowToGiveIt() {
        assertThatThrownBy(() -> ProvinceSite.bake(ProvinceCommunes.FOLDERS, province,
                new ProvinceSite.Settings(null, " "), tmp.resolve("tinh")))
                .hasMessage("Chưa có địa chỉ trang của tỉnh (cần cho đường dẫn trong tin văn bản mới). Cách làm: thêm "
                        + "-DdiaChiWeb=https://congkhai.thainguyen.gov.vn vào lệnh, hoặc <diaChiWeb> trong cấu hình "
                        + "plugin ở pom.xml của tỉnh.");
    }

    private static Server serve(Path root) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ResourceHandler files = new ResourceHandler();
        files.setBaseResourceAsString(root.toAbsolutePath().toString());
        files.setDirAllowed(false);
        server.setHandler(files);
        server.start();
        return server;
    }

    private static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }
}
