package vn.congkhai.bench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.PreviewServer;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code EditorBench <work folder> [rows …]}: the editor with a poor-household list of each size, as an officer uses
 * it through the real Jetty of the preview: the middle page of the list's form (200 rows a page) opened, its check
 * included, then saved with one cell changed (the page merged into the file, written, then checked); five rounds each
 * after one to warm up, the median printed with the form's size. A list over the bake's limit of 5,000 rows opens and
 * saves as any other, its limit shown as a problem.
 */
public final class EditorBench {

    private static final String LIST = "content/ho-ngheo/dai.json";
    private static final int ROUNDS = 5;

    private EditorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {1000, 5000, 10000};
        for (int rows : sizes) {
            FixtureSite site = FixtureSite.of("types", Files.createDirectories(work.resolve("xa-" + rows)));
            Files.writeString(site.dir().resolve(LIST), list(rows));
            try (PreviewServer server = PreviewServer.start(site)) {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                List<Long> opens = new ArrayList<>();
                List<Long> saves = new ArrayList<>();
                int bytes = 0;
                int pages = (rows + 199) / 200;
                int page = pages / 2 + 1;
                int first = (page - 1) * 200;
                for (int round = 0; round <= ROUNDS; round++) {
                    long start = System.nanoTime();
                    HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(
                            server.url("/soan/sua?tep=" + LIST + "&bang=/ho&trang=" + page))).timeout(Duration.ofMinutes(2)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    long opened = System.nanoTime() - start;
                    bytes = form.body().length();
                    Map<String, String> fields = new LinkedHashMap<>();
                    ((FormElement) Jsoup.parse(form.body()).selectFirst("form[action=/soan/luu]")).formData()
                            .forEach(kv -> fields.putIfAbsent(kv.key(), kv.value()));
                    fields.put("v:/ho/" + first + "/ghi_chu", "Lần sửa " + round);
                    fields.put("luu", "1");
                    String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(),
                            StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
                    start = System.nanoTime();
                    HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(server.url("/soan/luu")))
                            .timeout(Duration.ofMinutes(2)).header("Origin", server.url("").replaceFirst("/$", ""))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    long savedIn = System.nanoTime() - start;
                    if (saved.statusCode() != 200 || !saved.body().contains("Đã lưu " + LIST)) {
                        throw new IllegalStateException("not saved: " + saved.statusCode() + " "
                                + Jsoup.parse(saved.body()).select("main p").eachText());
                    }
                    if (round > 0) {
                        opens.add(opened);
                        saves.add(savedIn);
                    }
                }
                String text = Files.readString(site.dir().resolve(LIST));
                boolean merged = text.contains("\"ghi_chu\": \"Lần sửa " + ROUNDS + "\"")
                        && text.split("\"chu_ho\"").length == rows + 1;
                if (!merged) {
                    throw new IllegalStateException("the page was not merged into the file's " + rows + " rows");
                }
                System.out.printf("editor, %5d-row list, page %d of %d (form %,d KiB): open %.2f s, save %.2f s "
                        + "(median of %d)%n", rows, page, pages, bytes / 1024, median(opens) / 1e9, median(saves) / 1e9,
                        ROUNDS);
            }
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String list(int rows) {
        StringBuilder json = new StringBuilder("{\n  \"title\": \"Danh sách hộ nghèo dài\",\n  \"date\": \"2024-07-01\",\n"
                + "  \"type\": \"ho-ngheo\",\n  \"muc_cong_khai\": 7,\n  \"nam\": 2024,\n  \"dot\": \"chinh-thuc\",\n"
                + "  \"ho\": [\n");
        String[] hamlets = {"Kết Thành", "Đồng Kè", "Đồng Mạc", "Hợp Thành"};
        for (int i = 1; i <= rows; i++) {
            json.append("    {\"stt\": ").append(i).append(", \"chu_ho\": \"Nguyễn Văn Hộ ").append(i)
                    .append("\", \"xom\": \"").append(hamlets[i % hamlets.length]).append("\", \"phan_loai\": \"")
                    .append(i % 3 == 0 ? "can-ngheo" : "ngheo").append("\", \"so_nhan_khau\": ").append(1 + i % 6)
                    .append("}").append(i < rows ? ",\n" : "\n");
        }
        return json.append("  ]\n}\n").toString();
    }
}
