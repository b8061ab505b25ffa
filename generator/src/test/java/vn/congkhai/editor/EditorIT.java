package vn.congkhai.editor;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.PreviewServer;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor as {@code mvnw jetty:run} serves it: real Jetty with the preview's {@code web.xml}, a fixture commune.
 * A list is opened as a form, changed and saved; the file is written in its canonical form and checked as the bake
 * checks it, each problem next to its field; and every way of reaching it from elsewhere is refused.
 */
class EditorIT {

    private static final String LIST = "content/ho-ngheo/2024.json";

    @TempDir
    Path tmp;
    private FixtureSite site;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() throws Exception {
        site = FixtureSite.of("types", tmp);
        server = PreviewServer.start(site);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, String origin) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String origin() {
        return server.url("").replaceFirst("/$", "");
    }

    /** The form of a page, as the browser would send it (buttons aside). */
    private static Map<String, String> formOf(String html) {
        Document page = Jsoup.parse(html);
        FormElement form = (FormElement) page.selectFirst("form[action=/soan/luu]");
        Map<String, String> sent = new LinkedHashMap<>();
        form.formData().forEach(kv -> sent.putIfAbsent(kv.key(), kv.value()));
        return sent;
    }

    @Test
    void theHomePageListsEachSectionsDisclosuresWithTheirStateAndOffersANewOne() throws Exception {
        site.replace("content/chinh-sach/bhyt.md", "type=chinh-sach\n", "type=chinh-sach\nstatus=draft\n");
        HttpResponse<String> home = get("/soan/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(home.headers().firstValue("Referrer-Policy")).as("no address leaves for another site, and the "
                + "browser still names the editor as the Origin of its forms (under no-referrer it sends null)")
                .hasValue("same-origin");
        Document page = Jsoup.parse(home.body());
        assertThat(page.select("h2").eachText()).contains("Hộ nghèo, cận nghèo", "Thông báo", "Thủ tục hành chính");
        assertThat(page.selectFirst("a[href=/soan/sua?tep=" + LIST + "]").text())
                .isEqualTo("Danh sách hộ nghèo, hộ cận nghèo năm 2024");
        assertThat(page.selectFirst("a[href=/soan/sua?tep=content/chinh-sach/bhyt.md]").parent()
                .selectFirst(".trang-thai").text()).isEqualTo("Nháp");
        assertThat(page.select("button").eachText()).contains("Tạo mới: Hộ nghèo, cận nghèo");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void theHomePageListsTheOpenConsultationsAndTheQuestionsStillWaitingForAnAnswer() throws Exception {
        server.close();
        site = FixtureSite.of("participation", tmp.resolve("tham-gia"));
        server = PreviewServer.start(site);
        Document page = Jsoup.parse(get("/soan/").body());
        assertThat(page.select("#viec-can-lam + ul li").eachText()).containsExactly(
                "Lấy ý kiến Nhân dân về vị trí xây dựng nhà văn hóa xóm Đồng Kè: Đang lấy ý kiến — hôm nay là ngày "
                        + "cuối",
                "Lấy ý kiến Nhân dân về dự thảo phương án mở rộng đường xóm Kết Thành: Đang lấy ý kiến — còn 12 ngày",
                "Trả lời kiến nghị cử tri trước kỳ họp thứ 7: câu 2 (nhận ngày 12/06/2024) đang giải quyết, chưa có "
                        + "trả lời");
        Document plan = Jsoup.parse(get("/soan/sua?tep=content/boi-thuong/duong-ket-thanh.json").body());
        assertThat(plan.selectFirst("input[name=v:/ho/0/don_gia_dat]").val())
                .as("an amount, as the compensation plan's description says").isEqualTo("95.000");
        assertThat(plan.selectFirst("input[name=v:/ho/0/so_thua]").val()).isEqualTo("245");
        assertThat(page.select("#viec-can-lam + ul a").eachAttr("href")).containsExactly(
                "/soan/sua?tep=content/lay-y-kien/nha-van-hoa.md", "/soan/sua?tep=content/lay-y-kien/duong-xom.json",
                "/soan/sua?tep=content/tra-loi/ky-hop-thu-7.json");
    }

    @Test
    void aListIsSavedAsItsFormSaysAndAMistakeIsShownNextToItsFieldUntilItIsFixed() throws Exception {
        Map<String, String> form = formOf(get("/soan/sua?tep=" + LIST).body());
        form.put("v:/ho/1/chu_ho", "Triệu Thị Hoa");
        form.put("v:/ho/2/so_nhan_khau", "năm");
        form.put("luu", "1");
        HttpResponse<String> saved = post("/soan/luu", form, origin());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        Document page = Jsoup.parse(saved.body());
        assertThat(page.selectFirst("[role=status]").text()).contains("Đã lưu " + LIST + ".",
                "Nội dung còn lỗi: trang công khai chưa được cập nhật cho đến khi sửa hết.");
        var cell = page.selectFirst("input[name=v:/ho/2/so_nhan_khau]");
        assertThat(cell.attr("aria-invalid")).isEqualTo("true");
        String problem = page.getElementById(cell.attr("aria-describedby")).text();
        assertThat(problem).startsWith(LIST + ":15: hộ thứ 3 (Lê Văn Cường), so_nhan_khau: giá trị \"năm\" sai kiểu");
        assertThat(page.selectFirst("[role=alert]").text()).contains(problem);

        String text = Files.readString(site.dir().resolve(LIST));
        assertThat(text).contains("    {\"stt\": 2, \"chu_ho\": \"Triệu Thị Hoa\", \"xom\": \"Kết Thành\", "
                + "\"phan_loai\": \"can-ngheo\", \"so_nhan_khau\": 3},\n").endsWith("}\n");

        Map<String, String> fixed = formOf(saved.body());
        fixed.put("v:/ho/2/so_nhan_khau", "5");
        fixed.put("luu", "1");
        Document after = Jsoup.parse(post("/soan/luu", fixed, origin()).body());
        assertThat(after.select("[aria-invalid]")).isEmpty();
        assertThat(after.selectFirst("[role=status]").text()).isEqualTo("Đã lưu " + LIST + ".");
        assertThat(Files.readString(site.dir().resolve(LIST))).contains("\"so_nhan_khau\": 5,");
        assertThat(site.bake().published()).as("the bake accepts what the editor saved").isPositive();
    }

    @Test
    void aRowIsAddedAndRemovedWithoutScriptAndNothingIsWrittenUntilSaved() throws Exception {
        String before = Files.readString(site.dir().resolve(LIST));
        Map<String, String> form = formOf(get("/soan/sua?tep=" + LIST).body());
        form.put("them", "/ho");
        Map<String, String> added = formOf(post("/soan/luu", form, origin()).body());
        assertThat(added.get("n:/ho")).isEqualTo("5");
        added.put("v:/ho/4/stt", "5");
        added.put("v:/ho/4/chu_ho", "Hoàng Văn Em");
        added.put("v:/ho/4/xom", "Đồng Kè");
        added.put("v:/ho/4/phan_loai", "can-ngheo");
        added.put("xoa", "/ho/0");
        Map<String, String> removed = formOf(post("/soan/luu", added, origin()).body());
        assertThat(Files.readString(site.dir().resolve(LIST))).isEqualTo(before);
        removed.put("luu", "1");
        assertThat(post("/soan/luu", removed, origin()).statusCode()).isEqualTo(200);
        String saved = Files.readString(site.dir().resolve(LIST));
        assertThat(saved).doesNotContain("Nguyễn Văn An").contains("\"chu_ho\": \"Hoàng Văn Em\"");
    }

    @Test
    void aMarkdownBodyIsShownAsTheSiteRendersItWithoutBeingSaved() throws Exception {
        String page = "content/chinh-sach/bhyt.md";
        String before = Files.readString(site.dir().resolve(page));
        Map<String, String> form = formOf(get("/soan/sua?tep=" + page).body());
        assertThat(form.get("v:/title")).isEqualTo("Hỗ trợ bảo hiểm y tế cho người thuộc hộ cận nghèo");
        form.put("noi_dung", "## Đối tượng\n\n- Người thuộc hộ cận nghèo\n\n<script>alert(1)</script>");
        form.put("xem", "1");
        Document shown = Jsoup.parse(post("/soan/luu", form, origin()).body());
        assertThat(shown.select(".xem-noi-dung h2 + div h2").text()).isEqualTo("Đối tượng");
        assertThat(shown.select(".xem-noi-dung li").text()).isEqualTo("Người thuộc hộ cận nghèo");
        assertThat(shown.select("script").eachAttr("src")).as("fenced as every page's body: the editor's own script "
                + "alone").containsExactly("/soan/soan.js");
        assertThat(shown.selectFirst("textarea[name=noi_dung]").wholeText()).startsWith("## Đối tượng");
        assertThat(Files.readString(site.dir().resolve(page))).isEqualTo(before);
    }

    /** A poor-household list of {@code rows} households, "Hộ 1" to "Hộ {rows}", its list on line 8. */
    private String longList(int rows) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            list.append(i == 1 ? "" : ",\n").append("    {\"stt\": ").append(i).append(", \"chu_ho\": \"Hộ ").append(i)
                    .append("\", \"xom\": \"Kết Thành\", \"phan_loai\": \"ngheo\"}");
        }
        String big = "content/ho-ngheo/dai.json";
        site.write(big, "{\n  \"title\": \"Danh sách dài\",\n  \"date\": \"2024-07-01\",\n  \"type\": \"ho-ngheo\",\n"
                + "  \"muc_cong_khai\": 7,\n  \"nam\": 2024,\n  \"dot\": \"bo-sung\",\n  \"ho\": [\n" + list + "\n  ]\n}\n");
        return big;
    }

    @Test
    void aListAtTheBakesLimitOfRowsIsSavedThroughItsLastPage() throws Exception {
        String big = longList(5000);
        Map<String, String> form = formOf(get("/soan/sua?tep=" + big + "&bang=/ho&trang=25").body());
        assertThat(form.size()).as("one page of 200 rows, not the list's 40,000 fields").isLessThan(3_000);
        form.put("v:/ho/4999/chu_ho", "Hộ cuối cùng");
        form.put("luu", "1");
        HttpResponse<String> saved = post("/soan/luu", form, origin());
        assertThat(saved.statusCode()).isEqualTo(200);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Files.readString(site.dir().resolve(big))).path("ho");
        assertThat(json.size()).isEqualTo(5000);
        assertThat(json.get(4999).path("chu_ho").asText()).isEqualTo("Hộ cuối cùng");
        assertThat(json.get(0).path("chu_ho").asText()).isEqualTo("Hộ 1");
    }

    @Test
    void aLongListIsEditedAPageAtATimeAndSavingAPageKeepsTheOtherPagesRowsAsOnDisk() throws Exception {
        String big = longList(450);
        site.replace(big, "\"chu_ho\": \"Hộ 430\", \"xom\": \"Kết Thành\", \"phan_loai\": \"ngheo\"}",
                "\"chu_ho\": \"Hộ 430\", \"xom\": \"Kết Thành\", \"phan_loai\": \"ngheo\", \"so_nhan_khau\": \"năm\"}");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var before = json.readTree(Files.readString(site.dir().resolve(big))).path("ho");
        Document first = Jsoup.parse(get("/soan/sua?tep=" + big).body());
        assertThat(first.select("#t_ho tbody tr")).hasSize(200);
        assertThat(first.selectFirst("#trang-t_ho").text()).isEqualTo("Hộ thứ 1–200 trong 450 hộ (trang 1 trong 3, "
                + "mỗi trang 200 hộ). Bấm \"Lưu\" trước khi sang trang khác: phần đã nhập ở trang này mà chưa lưu sẽ "
                + "không được giữ.");
        assertThat(first.select("nav.cac-trang a").eachText()).containsExactly("1–200", "201–400", "401–450");
        assertThat(first.selectFirst("nav.cac-trang a[aria-current=page]").text()).isEqualTo("1–200");
        var toMistake = first.selectFirst("[role=alert] li a");
        assertThat(toMistake.text()).as("a mistake on another page is listed at the top with a link to its page")
                .isEqualTo("Đến trang 3 của danh sách");
        Document third = Jsoup.parse(get(toMistake.attr("href")).body());
        assertThat(third.selectFirst("input[name=v:/ho/429/so_nhan_khau]").attr("aria-invalid")).isEqualTo("true");
        assertThat(toMistake.attr("href")).endsWith("#t_ho_429_so_nhan_khau");

        Map<String, String> second = formOf(get(first.select("nav.cac-trang a").get(1).attr("href")).body());
        assertThat(second).containsKeys("v:/ho/200/chu_ho", "v:/ho/399/chu_ho")
                .doesNotContainKeys("v:/ho/199/chu_ho", "v:/ho/400/chu_ho");
        second.put("v:/ho/249/chu_ho", "Hộ 250 đã sửa");
        second.put("xoa", "/ho/200");
        Document removed = Jsoup.parse(post("/soan/luu", second, origin()).body());
        assertThat(removed.select("#t_ho tbody th").first().text()).as("the page's rows renumbered").isEqualTo("201");
        assertThat(removed.selectFirst("input[name=v:/ho/200/chu_ho]").val()).isEqualTo("Hộ 202");
        assertThat(removed.selectFirst("input[name=v:/ho/248/chu_ho]").val()).isEqualTo("Hộ 250 đã sửa");
        Map<String, String> afterRemoving = formOf(removed.html());
        afterRemoving.put("them", "/ho");
        Document added = Jsoup.parse(post("/soan/luu", afterRemoving, origin()).body());
        var last = added.select("#t_ho tbody tr").last();
        assertThat(last.selectFirst("th").text()).as("a row added at the end of the page").isEqualTo("400");
        assertThat(last.selectFirst("input[name=v:/ho/399/chu_ho]").attr("aria-label")).isEqualTo("Chủ hộ, hộ thứ 400");
        assertThat(last.selectFirst("button").text()).isEqualTo("Xoá hộ thứ 400");
        assertThat(json.readTree(Files.readString(site.dir().resolve(big))).path("ho")).as("nothing written yet")
                .isEqualTo(before);

        Map<String, String> filled = formOf(added.html());
        filled.put("v:/ho/399/stt", "451");
        filled.put("v:/ho/399/chu_ho", "Hộ mới thêm");
        filled.put("v:/ho/399/xom", "Đồng Kè");
        filled.put("v:/ho/399/phan_loai", "can-ngheo");
        filled.put("luu", "1");
        HttpResponse<String> saved = post("/soan/luu", filled, origin());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(saved.body()).selectFirst("nav.cac-trang a[aria-current=page]").text())
                .as("the same page again after saving").isEqualTo("201–400");
        var after = json.readTree(Files.readString(site.dir().resolve(big))).path("ho");
        assertThat(after.size()).isEqualTo(450);
        for (int i = 0; i < 200; i++) {
            assertThat(after.get(i)).isEqualTo(before.get(i));
        }
        for (int i = 400; i < 450; i++) {
            assertThat(after.get(i)).as("row %d, on the third page", i + 1).isEqualTo(before.get(i));
        }
        assertThat(after.get(200).path("chu_ho").asText()).isEqualTo("Hộ 202");
        assertThat(after.get(248).path("chu_ho").asText()).isEqualTo("Hộ 250 đã sửa");
        assertThat(after.get(398).path("chu_ho").asText()).isEqualTo("Hộ 400");
        assertThat(after.get(399).path("chu_ho").asText()).isEqualTo("Hộ mới thêm");

        Map<String, String> firstPage = formOf(get("/soan/sua?tep=" + big).body());
        String elsewhere = Files.readString(site.dir().resolve(big)).replace("\"Hộ 440\"", "\"Hộ bốn trăm bốn mươi\"");
        Files.writeString(site.dir().resolve(big), elsewhere);
        firstPage.put("v:/ho/0/chu_ho", "Hộ đầu tiên");
        firstPage.put("luu", "1");
        assertThat(post("/soan/luu", firstPage, origin()).statusCode())
                .as("a row changed on disk on another page still stops the save of this one").isEqualTo(409);
        assertThat(Files.readString(site.dir().resolve(big))).isEqualTo(elsewhere);
    }

    @Test
    void aListOverTheBakesLimitOpensWithTheLimitBesideItAndItsLastPageIsSaved() throws Exception {
        String big = longList(10_000);
        Document page = Jsoup.parse(get("/soan/sua?tep=" + big).body());
        String limit = big + ":8: ho: danh sách có 10.000 dòng, vượt giới hạn 5.000 dòng của một tệp (bản in và trang "
                + "web của một danh sách dài hơn không tạo được trong bộ nhớ dành cho việc tạo trang). Cách sửa: tách "
                + "thành nhiều tệp, mỗi tệp không quá 5.000 dòng, ví dụ mỗi xóm một tệp; mỗi tệp mới chép đủ các "
                + "trường chung (title, date, type, …), đặt tiêu đề riêng, ví dụ \"… - Xóm Đồng Tâm\", và nếu có số "
                + "tổng hợp thì ghi lại cho từng tệp.";
        assertThat(page.select("#o-t_ho > ul.loi li").eachText()).as("beside the list").containsExactly(limit);
        assertThat(page.select("[role=alert] li").eachText()).contains(limit);
        assertThat(page.select("nav.cac-trang a")).hasSize(50);
        Map<String, String> form = formOf(get(page.select("nav.cac-trang a").last().attr("href")).body());
        assertThat(form).containsKeys("v:/ho/9800/chu_ho", "v:/ho/9999/chu_ho");
        form.put("v:/ho/9999/chu_ho", "Hộ thứ mười nghìn");
        form.put("luu", "1");
        HttpResponse<String> saved = post("/soan/luu", form, origin());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(saved.body()).selectFirst("[role=status]").text()).isEqualTo("Đã lưu " + big + ". Nội "
                + "dung còn lỗi: trang công khai chưa được cập nhật cho đến khi sửa hết.");
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Files.readString(site.dir().resolve(big))).path("ho");
        assertThat(rows.size()).isEqualTo(10_000);
        assertThat(rows.get(9999).path("chu_ho").asText()).isEqualTo("Hộ thứ mười nghìn");
    }

    @Test
    void aListOverTheBakesLimitIsSplitByHamletIntoFilesTheBakeTakesWritingOverNothing() throws Exception {
        String big = longList(10_000);
        String text = Files.readString(site.dir().resolve(big)).replaceAll(
                "(\"stt\": \\d*[13579], \"chu_ho\": \"Hộ \\d+\", \"xom\": \")Kết Thành", "$1Đồng Kè");
        Files.writeString(site.dir().resolve(big), text);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var before = json.readTree(text).path("ho");
        Document page = Jsoup.parse(get("/soan/sua?tep=" + big).body());
        assertThat(page.select("section[aria-labelledby=tach] label").eachText()).containsExactly(
                "Theo xóm, mỗi nhóm một tệp (2 tệp: Đồng Kè 5.000 hộ, Kết Thành 5.000 hộ)",
                "Theo thứ tự, mỗi tệp không quá 5.000 hộ (2 tệp)");
        Map<String, String> split = new LinkedHashMap<>();
        ((FormElement) page.selectFirst("form[action=/soan/tach]")).formData()
                .forEach(kv -> split.putIfAbsent(kv.key(), kv.value()));
        assertThat(split.get("cach")).as("the first way chosen").isEqualTo("xom");

        Map<String, String> stale = new LinkedHashMap<>(split);
        stale.put("ban", "0".repeat(64));
        HttpResponse<String> refused = post("/soan/tach", stale, origin());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=status]").text()).isEqualTo("Chưa tách: tệp " + big
                + " đã được sửa ở nơi khác sau khi trang này mở. Cách sửa: mở lại tệp, xem lại rồi tách.");
        site.write("content/ho-ngheo/dai-ket-thanh.json", "{\"title\": \"Tệp của người khác\"}\n");
        refused = post("/soan/tach", split, origin());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=status]").text()).isEqualTo("Chưa tách: đã có tệp "
                + "content/ho-ngheo/dai-ket-thanh.json. Cách sửa: đổi tên hoặc chuyển tệp đó đi chỗ khác rồi tách lại.");
        assertThat(Files.readString(site.dir().resolve(big))).isEqualTo(text);
        assertThat(Files.readString(site.dir().resolve("content/ho-ngheo/dai-ket-thanh.json")))
                .isEqualTo("{\"title\": \"Tệp của người khác\"}\n");
        Files.delete(site.dir().resolve("content/ho-ngheo/dai-ket-thanh.json"));

        HttpResponse<String> done = post("/soan/tach", split, origin());
        assertThat(done.statusCode()).isEqualTo(200);
        Document said = Jsoup.parse(done.body());
        assertThat(said.selectFirst("[role=status] p").text()).isEqualTo("Đã tách danh sách 10.000 hộ của " + big
                + " thành 2 tệp: content/ho-ngheo/dai.json (5.000 hộ), content/ho-ngheo/dai-ket-thanh.json (5.000 hộ).");
        assertThat(said.select("main li a").eachAttr("href")).containsExactly("/soan/sua?tep=" + big,
                "/soan/sua?tep=content/ho-ngheo/dai-ket-thanh.json");
        var kept = json.readTree(Files.readString(site.dir().resolve(big)));
        var moved = json.readTree(Files.readString(site.dir().resolve("content/ho-ngheo/dai-ket-thanh.json")));
        assertThat(kept.path("title").asText()).isEqualTo("Danh sách dài - Xóm Đồng Kè");
        assertThat(moved.path("title").asText()).isEqualTo("Danh sách dài - Xóm Kết Thành");
        assertThat(moved.path("dot").asText()).as("the shared fields copied").isEqualTo("bo-sung");
        for (int i = 0; i < 10_000; i++) {
            assertThat((i % 2 == 0 ? kept : moved).path("ho").get(i / 2)).as("household %d", i + 1)
                    .isEqualTo(before.get(i));
        }
        assertThat(kept.path("ho").size() + moved.path("ho").size()).isEqualTo(10_000);
        Document after = Jsoup.parse(get("/soan/sua?tep=" + big).body());
        assertThat(after.select("[role=alert], #tach")).as("within the limit: no problem, nothing to split")
                .isEmpty();
    }

    @Test
    void aDateThatEndsAPeriodSaysHowManyDaysAreLeftWithoutScript() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        site.replace(LIST, "\"niem_yet_den\": \"2024-07-30\"", "\"niem_yet_den\": \"" + today.plusDays(12) + "\"");
        Document page = Jsoup.parse(get("/soan/sua?tep=" + LIST).body());
        assertThat(page.getElementById("cn-t_niem_yet_den").text()).isEqualTo("Còn 12 ngày.");
        assertThat(page.getElementById("t_niem_yet_den").attr("aria-describedby").split(" "))
                .contains("cn-t_niem_yet_den");
        assertThat(page.getElementById("cn-t_niem_yet_tu")).as("the first day of a period has no count").isNull();
        site.replace(LIST, "\"niem_yet_den\": \"" + today.plusDays(12) + "\"", "\"niem_yet_den\": \"" + today + "\"");
        assertThat(Jsoup.parse(get("/soan/sua?tep=" + LIST).body()).getElementById("cn-t_niem_yet_den").text())
                .isEqualTo("Hôm nay là ngày cuối.");
        site.replace(LIST, "\"niem_yet_den\": \"" + today + "\"", "\"niem_yet_den\": \"" + today.minusDays(3) + "\"");
        assertThat(Jsoup.parse(get("/soan/sua?tep=" + LIST).body()).getElementById("cn-t_niem_yet_den").text())
                .isEqualTo("Đã kết thúc 3 ngày trước.");
        assertThat(page.select("script").eachAttr("src")).as("the script is a file of the editor's, not in the page")
                .containsExactly("/soan/soan.js");
        HttpResponse<String> script = get("/soan/soan.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
    }

    @Test
    void rowsAddedOneAfterAnotherStayEmptyUntilTypedInAndEmptyRowsAreDroppedOnSaving() throws Exception {
        String before = Files.readString(site.dir().resolve(LIST));
        Map<String, String> form = formOf(get("/soan/sua?tep=" + LIST).body());
        form.put("them", "/ho");
        Map<String, String> once = formOf(post("/soan/luu", form, origin()).body());
        once.put("them", "/ho");
        Map<String, String> twice = formOf(post("/soan/luu", once, origin()).body());
        assertThat(twice.get("n:/ho")).as("a row just added, still empty, is kept when another is added")
                .isEqualTo("6");
        assertThat(twice).containsKeys("v:/ho/4/chu_ho", "v:/ho/5/chu_ho");
        twice.put("luu", "1");
        assertThat(post("/soan/luu", twice, origin()).statusCode()).isEqualTo(200);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(Files.readString(site.dir().resolve(LIST))).path("ho")).as("a row left empty is no row")
                .isEqualTo(json.readTree(before).path("ho"));
    }

    @Test
    void aFileChangedSinceItsFormOpenedIsNotOverwrittenAndTheOfficersVersionIsKept() throws Exception {
        Map<String, String> form = formOf(get("/soan/sua?tep=" + LIST).body());
        String elsewhere = Files.readString(site.dir().resolve(LIST)).replace("Nguyễn Văn An", "Nguyễn Văn Ân");
        Files.writeString(site.dir().resolve(LIST), elsewhere);
        form.put("v:/title", "Danh sách đã sửa trong trình soạn thảo");
        form.put("luu", "1");
        HttpResponse<String> refused = post("/soan/luu", form, origin());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=status]").text()).startsWith("Chưa lưu: tệp " + LIST
                + " đã được sửa ở nơi khác sau khi trang này mở. Bản trên đĩa giữ nguyên; bản của bạn vẫn ở trong "
                + "trang này và đã được cất ở target/soan/chua-luu/content_ho-ngheo_2024-");
        assertThat(Files.readString(site.dir().resolve(LIST))).isEqualTo(elsewhere);
        try (var kept = Files.list(site.dir().resolve("target/soan/chua-luu"))) {
            assertThat(Files.readString(kept.findFirst().orElseThrow()))
                    .contains("Danh sách đã sửa trong trình soạn thảo");
        }
    }

    @Test
    void aRequestFromElsewhereWithoutTheTokenOrForAFileOutsideContentIsRefused() throws Exception {
        Map<String, String> form = formOf(get("/soan/sua?tep=" + LIST).body());
        form.put("luu", "1");
        String before = Files.readString(site.dir().resolve(LIST));

        assertThat(rawStatus("GET /soan/ HTTP/1.1\r\nHost: cong-khai.example\r\nConnection: close\r\n\r\n"))
                .as("DNS rebinding: a name that is not this computer's").isEqualTo(403);
        HttpResponse<String> foreign = post("/soan/luu", form, "http://cong-khai.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Yêu cầu không đến từ trang soạn thảo của máy này");
        Map<String, String> noToken = new LinkedHashMap<>(form);
        noToken.put("token", "0".repeat(64));
        HttpResponse<String> forged = post("/soan/luu", noToken, origin());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Phiên soạn thảo đã hết hạn hoặc không hợp lệ.");

        for (String outside : new String[] {"content/../jbake.properties", "pom.xml", "content/ho-ngheo/../../x.json",
                "/etc/passwd", "content/ho-ngheo/2024.JSON"}) {
            Map<String, String> elsewhere = new LinkedHashMap<>(form);
            elsewhere.put("tep", outside);
            assertThat(post("/soan/luu", elsewhere, origin()).statusCode()).as(outside).isEqualTo(400);
            assertThat(get("/soan/sua?tep=" + URLEncoder.encode(outside, StandardCharsets.UTF_8)).statusCode())
                    .as(outside).isEqualTo(404);
        }
        Path outsideFolder = Files.createDirectories(tmp.resolve("ngoai"));
        Files.writeString(outsideFolder.resolve("bi-mat.md"), "title=x\n~~~~~~\nbí mật\n");
        Files.createSymbolicLink(site.dir().resolve("content/chinh-sach/lien-ket"), outsideFolder);
        assertThat(get("/soan/sua?tep=content/chinh-sach/lien-ket/bi-mat.md").statusCode()).as("through a link")
                .isEqualTo(404);
        assertThat(Files.readString(site.dir().resolve(LIST))).isEqualTo(before);
    }

    @Test
    void aDraftIsApprovedAndRecordedUnderTheApproversNameAndShownInTheFilesHistory() throws Exception {
        String draft = "content/chinh-sach/bhyt.md";
        site.replace(draft, "type=chinh-sach\n", "type=chinh-sach\nstatus=draft\n");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(site.dir().toFile())
                .setInitialBranch("main").call()) {
            git.add().addFilepattern("content").call();
            var first = new org.eclipse.jgit.lib.PersonIdent("Ủy ban nhân dân xã", "cong-khai@localhost");
            git.commit().setMessage("Trang công khai của xã").setAuthor(first).setCommitter(first).setSign(false).call();
        }
        Document page = Jsoup.parse(get("/soan/sua?tep=" + draft).body());
        FormElement record = (FormElement) page.selectFirst("form[action=/soan/ghi-lai]");
        assertThat(record.select("button").eachText()).containsExactly("Ghi lại", "Duyệt đăng");
        Map<String, String> fields = new LinkedHashMap<>();
        record.formData().forEach(kv -> fields.putIfAbsent(kv.key(), kv.value()));
        fields.put("nguoi", "Nguyễn Thị Hằng");
        fields.put("viec", "duyet-dang");
        Document approved = Jsoup.parse(post("/soan/ghi-lai", fields, origin()).body());

        assertThat(Files.readString(site.dir().resolve(draft))).contains("status=published\n");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(site.dir().toFile())) {
            var last = git.log().setMaxCount(1).call().iterator().next();
            assertThat(last.getAuthorIdent().getName()).isEqualTo("Nguyễn Thị Hằng");
            assertThat(last.getFullMessage()).isEqualTo("Duyệt đăng: Hỗ trợ bảo hiểm y tế cho người thuộc hộ cận "
                    + "nghèo\n\nNgười duyệt: Nguyễn Thị Hằng");
            assertThat(git.status().call().getUncommittedChanges()).as("the approval is the whole change").isEmpty();
            String id = last.getId().abbreviate(7).name();
            assertThat(approved.selectFirst("[role=status]").text()).contains("Đã ghi lại " + draft + " (lần ghi " + id
                    + ", người ghi: Nguyễn Thị Hằng).");
            assertThat(approved.select("#lich-su + ul li").eachText()).anyMatch(line -> line.endsWith(
                    ": Duyệt đăng: Hỗ trợ bảo hiểm y tế cho người thuộc hộ cận nghèo (" + id + ")"));
        }
        assertThat(approved.selectFirst("input[name=nguoi]").val()).as("the name is asked once")
                .isEqualTo("Nguyễn Thị Hằng");
        assertThat(approved.select("form[action=/soan/ghi-lai] button").eachText()).containsExactly("Ghi lại");

        Map<String, String> again = new LinkedHashMap<>();
        ((FormElement) approved.selectFirst("form[action=/soan/ghi-lai]")).formData()
                .forEach(kv -> again.putIfAbsent(kv.key(), kv.value()));
        again.put("viec", "ghi-lai");
        assertThat(Jsoup.parse(post("/soan/ghi-lai", again, origin()).body()).selectFirst("[role=status]").text())
                .isEqualTo("Không có thay đổi nào của " + draft + " để ghi lại: tệp giống hệt lần ghi trước.");
    }

    @Test
    void publishingRunsTheCommunesOwnPublishGoalAndShowsHowItWent() throws Exception {
        Files.writeString(site.dir().resolve("mvnw"), "printf '%s\\n' \"$@\" > mvnw-duoc-goi\n"
                + "echo '[ERROR] Nơi đăng chưa khai báo địa chỉ trang web nó phục vụ.'\nexit 1\n");
        String token = formOf(get("/soan/sua?tep=" + LIST).body()).get("token");
        assertThat(Jsoup.parse(get("/soan/").body()).select("form[action=/soan/dang] button").eachText())
                .as("not a git repository with a remote: only from this computer").containsExactly("Đăng từ máy này");
        HttpResponse<String> started = post("/soan/dang", Map.of("token", token, "viec", "may-nay"), origin());
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/soan/dang"));
        Document outcome = awaitPublished();
        assertThat(outcome.selectFirst("[role=status]").text()).isEqualTo("Đăng từ máy này: không thành công. Trang "
                + "công khai giữ nguyên. Xem lý do ở các dòng dưới đây.");
        assertThat(outcome.selectFirst("pre").text()).contains("[ERROR] Nơi đăng chưa khai báo địa chỉ trang web");
        assertThat(Files.readAllLines(site.dir().resolve("mvnw-duoc-goi")))
                .containsExactly("-B", "package", "cong-khai:dang");

        assertThat(outcome.select("pre.tin-nhan")).as("no messages after a failed publish").isEmpty();

        // the publish goal leaves the messages it printed beside the site (PublishIT): the page shows them whole
        Files.writeString(site.dir().resolve("mvnw"), "echo 'Đã đăng 12 tệp lên máy chủ.'\n"
                + "printf 'Zalo, Thông báo họp dân:\\nỦy ban nhân dân xã Phú Thịnh công khai: Thông báo họp dân\\n' "
                + "> target/site.tin-nhan-moi.txt\n");
        post("/soan/dang", Map.of("token", token, "viec", "may-nay"), origin());
        Document done = awaitPublished();
        assertThat(done.selectFirst("[role=status]").text()).isEqualTo("Đăng từ máy này: đã xong.");
        assertThat(done.selectFirst("h2").text()).isEqualTo("Tin nhắn để chép gửi qua Zalo, SMS");
        assertThat(done.selectFirst("pre.tin-nhan").wholeText()).isEqualTo("Zalo, Thông báo họp dân:\n"
                + "Ủy ban nhân dân xã Phú Thịnh công khai: Thông báo họp dân\n");
        assertThat(post("/soan/dang", Map.of("token", token, "viec", "day-len"), origin()).statusCode())
                .as("no remote to send to").isEqualTo(400);
    }

    @Test
    void aSpreadsheetUploadedIsImportedAsTheImportGoalDoesAndOpensAsADraft() throws Exception {
        String token = formOf(get("/soan/sua?tep=" + LIST).body()).get("token");
        String csv = "DANH SÁCH HỘ CẬN NGHÈO BỔ SUNG NĂM 2025\n"
                + "STT,Họ và tên chủ hộ,Xóm,Phân loại,Số nhân khẩu\n1,Nông Văn Tám,Xóm Khuôn Lân,Hộ cận nghèo,3\n";
        HttpResponse<String> imported = upload(token, "ho-ngheo", "Danh sách bổ sung.csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        Document page = Jsoup.parse(imported.body());
        assertThat(page.selectFirst("[role=status]").text()).contains("Đã nhập 1 dòng vào content/ho-ngheo/");
        String made = page.selectFirst("main a[href^=/soan/sua]").attr("href").substring("/soan/sua?tep=".length());
        assertThat(Files.readString(site.dir().resolve(made))).contains("\"chu_ho\": \"Nông Văn Tám\"",
                "\"status\": \"draft\"");
        assertThat(get("/soan/sua?tep=" + made).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = upload(token, "ho-ngheo", "so-dien-thoai.csv", "DANH SÁCH HỘ NGHÈO NĂM 2025\n"
                + "STT,Họ và tên chủ hộ,Xóm,"
                + "Phân loại,Ghi chú\n1,Nông Văn Tám,Xóm Khuôn Lân,Hộ cận nghèo,Gọi 0912345678\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[role=status]").text()).contains("dữ liệu cá nhân");
    }

    @Test
    void anAttachmentIsCheckedAsTheBakeChecksItPutBesideTheListAndNamedInIt() throws Exception {
        Map<String, String> form = formOf(get("/soan/sua?tep=" + LIST).body());
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        HttpResponse<String> attached = attach(form, "Bản đồ khu vực.PNG", "Bản đồ khu vực rà soát", png.toByteArray());
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        assertThat(Jsoup.parse(attached.body()).selectFirst("[role=status]").text())
                .isEqualTo("Đã đính kèm ban-do-khu-vuc.png vào " + LIST + ".");
        assertThat(site.dir().resolve("content/ho-ngheo/ban-do-khu-vuc.png")).hasBinaryContent(png.toByteArray());
        assertThat(Files.readString(site.dir().resolve(LIST)))
                .contains("{\"ten\": \"Bản đồ khu vực rà soát\", \"duong_dan\": \"ban-do-khu-vuc.png\"}");
        assertThat(site.bake().published()).isPositive();
        assertThat(site.site().resolve("ho-ngheo/ban-do-khu-vuc.png")).exists();

        Map<String, String> again = formOf(attached.body());
        HttpResponse<String> sheet = attach(again, "danh-sach.xlsx", "", "PK\u0003\u0004".getBytes());
        assertThat(sheet.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(sheet.body()).selectFirst("[role=status]").text()).startsWith(
                "Chưa đính kèm: tệp \"danh-sach.xlsx\" là bảng tính");
        assertThat(site.dir().resolve("content/ho-ngheo/danh-sach.xlsx")).doesNotExist();
        HttpResponse<String> twice = attach(again, "ban-do-khu-vuc.png", "", png.toByteArray());
        assertThat(Jsoup.parse(twice.body()).selectFirst("[role=status]").text()).isEqualTo("Chưa đính kèm: đã có tệp "
                + "ban-do-khu-vuc.png cạnh văn bản này. Cách sửa: đổi tên tệp trên máy rồi đính kèm lại.");
    }

    private HttpResponse<String> attach(Map<String, String> form, String name, String shown, byte[] bytes)
            throws Exception {
        String boundary = "----congkhai" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String field : new String[] {"token", "tep", "ban"}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n"
                    + form.get(field) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"ten_dinh_kem\"\r\n\r\n" + shown
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"dinh_kem\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(server.url("/soan/dinh-kem")))
                .timeout(Duration.ofSeconds(60)).header("Origin", origin())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String token, String type, String name, String text) throws Exception {
        String boundary = "----congkhai" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"loai\"\r\n\r\n" + type + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(URI.create(server.url("/soan/nhap"))).timeout(Duration.ofSeconds(60))
                .header("Origin", origin()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The publish page once the run has ended (it reloads itself every two seconds meanwhile); bounded. */
    private Document awaitPublished() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Document page = Jsoup.parse(get("/soan/dang").body());
            if (page.select("meta[http-equiv=refresh]").isEmpty()) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the publish did not end in a minute");
    }

    /** The status of a request written by hand, with a Host header no HTTP client lets a test set. */
    private int rawStatus(String request) throws Exception {
        URI uri = URI.create(server.url("/"));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
