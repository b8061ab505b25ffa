package vn.congkhai.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import vn.congkhai.bake.Bakery;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.LinkedData;
import vn.congkhai.testing.PreviewServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview as {@code mvn jetty:run} runs it: real Jetty, the preview's {@code web.xml}, a fixture project. Edits
 * show on reload; content mistakes show on the page; the last good site stays on disk.
 */
class PreviewServerIT {

    @TempDir
    Path tmp;
    private FixtureSite site;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        site = FixtureSite.of("basic", tmp);
        server = PreviewServer.start(site);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void servesTheBakedSiteAsUtf8Html() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).isEqualTo("text/html;charset=utf-8"));
        assertThat(home.body()).contains("Ủy ban nhân dân xã Phú Thịnh");
        assertThat(get("/css/site.css").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).startsWith("text/css"));
        HttpResponse<String> catalog = get("/dcat.jsonld");
        assertThat(catalog.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).isEqualTo("application/ld+json;charset=utf-8"));
        assertThat(catalog.body()).contains("\"dcat:Catalog\"");
    }

    @Test
    void anEditIsVisibleOnTheNextRequest() throws Exception {
        assertThat(get("/thong-bao/hop-dan-xom.html").body()).contains("Thông báo họp dân xóm Kết Thành");
        Path file = site.dir().resolve("content/thong-bao/hop-dan-xom.md");
        Files.writeString(file, Files.readString(file).replace("họp dân xóm Kết Thành", "họp dân xóm Đồng Kè"));
        touch(file);
        assertThat(getOnceChanged("/thong-bao/hop-dan-xom.html", r -> r.body().contains("Đồng Kè")).body())
                .contains("Thông báo họp dân xóm Đồng Kè");
    }

    @Test
    void aDraftIsShownInThePreviewUnderABandAndNeverInTheSiteThatIsPublished() throws Exception {
        site.write("content/thong-bao/du-thao-hop-dan.md", "title=Thông báo họp dân xóm Đồng Kè (dự thảo)\n"
                + "date=2024-05-12\ntype=thong-bao\nstatus=draft\nmuc_cong_khai=11\n~~~~~~\nMời các hộ dự họp.\n");

        HttpResponse<String> draft = get("/thong-bao/du-thao-hop-dan.html");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(draft.body()).select("p.draft-band").text()).isEqualTo("BẢN NHÁP, chỉ hiện khi xem "
                + "trước trên máy này: văn bản chưa được đăng. Để đăng, đổi status=draft thành status=published.");
        assertThat(Jsoup.parse(get("/thong-bao/hop-dan-xom.html").body()).select("p.draft-band"))
                .as("a published text has no band").isEmpty();
        String printout = Jsoup.parse(draft.body()).select("p.print-links a").first().attr("href");
        try (PDDocument pdf = Loader.loadPDF(site.site().resolve(printout.replaceFirst("^(\\.\\./)+", "")).toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("BẢN NHÁP, CHƯA ĐĂNG: KHÔNG NIÊM YẾT.");
        }

        Path published = tmp.resolve("dang/site");
        new Bakery(site.dir(), published).bake();
        assertThat(published.resolve("thong-bao/du-thao-hop-dan.html")).doesNotExist();
        assertThat(published.resolve("thong-bao/hop-dan-xom.html")).exists();
        try (var files = Files.walk(published)) {
            assertThat(files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(html|json|jsonld|xml|csv)"))
                    .map(f -> read(f)).filter(text -> text.contains("Đồng Kè (dự thảo)")).count())
                    .as("the draft in no page, feed, sitemap, open data or catalogue of the published site").isZero();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aContentMistakeIsShownOnThePageAndFixingItBringsTheSiteBack() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        Path bad = site.write("content/bang/hong.json", "{\n  \"title\": \"Hỏng\"\n  \"date\": \"2024-06-01\"\n}\n");
        HttpResponse<String> error = getOnceChanged("/", r -> r.statusCode() != 200);
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.body()).contains("Nội dung có lỗi").contains("content/bang/hong.json:3: (cú pháp JSON)");
        assertThat(site.site().resolve("index.html")).exists();
        Files.delete(bad);
        assertThat(getOnceChanged("/", r -> r.statusCode() == 200).statusCode()).isEqualTo(200);
    }

    @Test
    void aProgramFaultIsOneLineOnThePageWithTheTraceInTheLog() throws Exception {
        Path template = site.write("templates/index.pebble", "{% extends \"base.pebble\" %}\n{% block main %}\n{{ khong_co_bien }}\n"
                + "{% endblock %}\n"); // a commune's override of the theme's home page, with a mistake
        touch(template);
        HttpResponse<String> error = getOnceChanged("/", r -> r.statusCode() != 200);
        assertThat(error.statusCode()).isEqualTo(500);
        assertThat(error.body()).contains("<h1>Chương trình gặp lỗi, trang chưa được cập nhật</h1>")
                .contains("<p>Lỗi của chương trình (không phải lỗi nội dung) khi xem trước, ở tệp "
                        + "templates/index.pebble:3: mẫu trang (thư mục templates/) có lỗi. Trang web đã đăng vẫn giữ "
                        + "nguyên. Chi tiết lỗi ghi ở target/cong-khai-loi.log, hãy gửi tệp này cho người phụ trách kỹ "
                        + "thuật.</p>")
                .doesNotContain("Exception").doesNotContain("<ul>");
        assertThat(site.dir().resolve("target/cong-khai-loi.log")).content().contains("khong_co_bien");
        Files.delete(template);
        touch(template.getParent());
        assertThat(getOnceChanged("/", r -> r.statusCode() == 200).statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingPageGetsTheSitesNotFoundPage() throws Exception {
        HttpResponse<String> missing = get("/khong-co/trang.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang");
    }

    @Test
    void aServedPageReloadsItselfAfterTheNextBakeWhileTheSiteOnDiskStaysWithoutScript() throws Exception {
        HttpResponse<String> page = get("/thong-bao/hop-dan-xom.html");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                "<script src=\"/__xem-truoc/tai-lai.js\" data-lan=\"(\\d+)\" data-hoi=\"/__xem-truoc/lan-tao\"></script></body>")
                .matcher(page.body());
        assertThat(shown.find()).as(page.body()).isTrue();
        // on disk, only the page's JSON-LD, data no browser runs: the reloading script is the preview's alone
        String onDisk = Files.readString(site.site().resolve("thong-bao/hop-dan-xom.html"));
        assertThat(LinkedData.executableScripts(org.jsoup.Jsoup.parse(onDisk))).isEmpty();
        assertThat(onDisk).doesNotContain(LiveReload.SCRIPT);
        HttpResponse<String> script = get(LiveReload.SCRIPT);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
        assertThat(script.body()).contains("location.reload()");

        int bake = Integer.parseInt(shown.group(1));
        var next = http.sendAsync(request(LiveReload.BAKES + "?sau=" + bake), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(next).as("nothing changed: the question waits").isNotDone();
        Path file = site.dir().resolve("content/thong-bao/hop-dan-xom.md");
        Files.writeString(file, Files.readString(file).replace("họp dân xóm Kết Thành", "họp dân xóm Đồng Kè"));
        touch(file);
        int after = Integer.parseInt(next.get(20, java.util.concurrent.TimeUnit.SECONDS).body());
        assertThat(after).isGreaterThan(bake);
        assertThat(get("/thong-bao/hop-dan-xom.html").body()).contains("xóm Đồng Kè")
                .contains("data-lan=\"" + after + "\"");
    }

    @Test
    void aPageShowingMistakesReloadsItselfToo() throws Exception {
        site.write("content/bang/hong.json", "{\n  \"title\": \"Hỏng\"\n}\n");
        HttpResponse<String> error = getOnceChanged("/", r -> r.statusCode() != 200);
        assertThat(error.body()).contains("content/bang/hong.json").contains("src=\"/__xem-truoc/tai-lai.js\"");
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path))).build();
    }

    private static void touch(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    }

    /**
     * The page once the preview has seen an edit: the system tells the preview of a change a moment after it is
     * written, so the first request may still get the page before it; asked again until it shows (at most 5 s).
     */
    private HttpResponse<String> getOnceChanged(String path, java.util.function.Predicate<HttpResponse<String>> shows)
            throws Exception {
        long until = System.nanoTime() + 5_000_000_000L;
        HttpResponse<String> response = get(path);
        while (!shows.test(response) && System.nanoTime() < until) {
            Thread.sleep(50);
            response = get(path);
        }
        return response;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}
