package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jsoup.nodes.Element;
import vn.congkhai.content.CanonicalJson;
import vn.congkhai.content.Format;
import vn.congkhai.content.MarkdownHeader;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.preview.PreviewFilter;
import vn.congkhai.publish.Announcements;
import vn.congkhai.tools.Scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Soạn thảo: the editor in the preview ({@code mvnw jetty:run}, at {@code /soan/}). An officer sees every disclosure
 * with its state, opens one as a form made from its type's schema, and saves it; the file is written as an officer
 * would have written it, and checked by the same check as {@code mvnw package}, its problems shown next to their
 * fields. It answers only on this computer, to its own pages, with the session's token; it writes only disclosures of
 * {@code content/}, never through a link and never over a file changed since the form was opened.
 */
public final class EditorServlet extends HttpServlet {

    /** Where the editor is served. */
    public static final String HOME = "/soan/";
    private static final String TOKEN = "congkhai.soan.token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** The largest form the editor reads: a list at the bake's limit fits many times over. */
    private static final int MAX_FORM_BYTES = 32 * 1024 * 1024;

    private Path project;
    private Path previewSite;
    private final PublishJob publishing = new PublishJob();
    private Commune commune;
    private FormPage forms;

    @Override
    public void init() {
        project = Path.of(System.getProperty(PreviewFilter.SOURCE_PROPERTY, ".")).toAbsolutePath().normalize();
        previewSite = project.resolve(System.getProperty(PreviewFilter.SITE_PROPERTY, PreviewFilter.DEFAULT_SITE));
        commune = new Commune(project, previewSite);
        forms = new FormPage(commune);
    }

    @Override
    public void destroy() {
        publishing.stop();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Not "no-referrer": under it a browser sends its forms with "Origin: null", which the Origin check refuses.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy",
                "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        if (!EditorGuard.localHost(request.getHeader("Host"))) {
            refuse(response, 403, "Trình soạn thảo chỉ mở được trên chính máy này, tại địa chỉ "
                    + "http://localhost:" + request.getLocalPort() + HOME + ".");
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Map<String, String> form = Map.of();
        if (request.getMethod().equals("POST")) {
            if (!EditorGuard.sameOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
                refuse(response, 403, "Yêu cầu không đến từ trang soạn thảo của máy này, nên không được thực hiện.");
                return;
            }
            boolean upload = String.valueOf(request.getContentType()).startsWith("multipart/form-data");
            Optional<Map<String, String>> sent = upload ? uploadFields(request)
                    : FormBody.read(request.getInputStream(), MAX_FORM_BYTES);
            if (sent.isEmpty()) {
                refuse(response, 413, "Nội dung gửi lên quá lớn.");
                return;
            }
            form = sent.get();
            HttpSession session = request.getSession(false);
            if (session == null || !EditorGuard.tokenMatches((String) session.getAttribute(TOKEN),
                    form.get("token"))) {
                refuse(response, 403, "Phiên soạn thảo đã hết hạn hoặc không hợp lệ. Cách sửa: mở lại trang "
                        + HOME + ", nhập lại rồi lưu.");
                return;
            }
        }
        switch (request.getMethod() + " " + path) {
            case "GET /" -> new HomePage(commune).send(request, response);
            case "GET /sua" -> edit(request, response);
            case "POST /luu" -> save(request, response, form);
            case "POST /tao" -> create(request, response, form);
            case "POST /ghi-lai" -> record(request, response, form);
            case "POST /dang" -> publish(request, response, form);
            case "POST /nhap" -> importUpload(request, response, form);
            case "POST /dinh-kem" -> attach(request, response, form);
            case "POST /tach" -> new SplitPage(commune, forms).split(request, response, form);
            case "GET /dang" -> publishing(response);
            case "GET /soan.css" -> resource(response, "soan.css", "text/css;charset=UTF-8");
            case "GET /soan.js" -> resource(response, "soan.js", "text/javascript;charset=UTF-8");
            default -> refuse(response, 404, "Không có trang này trong trình soạn thảo.");
        }
    }

    /** The text fields of an upload form; empty when it is larger than the editor takes. */
    private static Optional<Map<String, String>> uploadFields(HttpServletRequest request) throws IOException {
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            for (jakarta.servlet.http.Part part : request.getParts()) {
                if (part.getSubmittedFileName() == null && part.getSize() < 4096) {
                    fields.putIfAbsent(part.getName(), new String(part.getInputStream().readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
            return Optional.of(fields);
        } catch (IllegalStateException | jakarta.servlet.ServletException tooLarge) {
            return Optional.empty();
        }
    }

    /** The file the officer chose in the form's field {@code name}, or null when none was chosen. */
    private static jakarta.servlet.http.Part chosenFile(HttpServletRequest request, String name) throws IOException {
        jakarta.servlet.http.Part part;
        try {
            part = request.getPart(name);
        } catch (jakarta.servlet.ServletException e) {
            return null;
        }
        boolean named = part != null && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank();
        return named ? part : null;
    }

    private void importUpload(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        jakarta.servlet.http.Part part = chosenFile(request, "tep");
        if (part == null) {
            refuse(response, 400, "Chưa chọn tệp để nhập.");
            return;
        }
        Path uploads = Files.createDirectories(project.resolve("target/soan/nhap"));
        Path upload = uploads.resolve(vn.congkhai.text.FileNames.suggest(
                Path.of(part.getSubmittedFileName().replace('\\', '/')).getFileName().toString()));
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
        }
        java.util.Set<String> before = commune.contentFiles();
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream out = new java.io.PrintStream(said, true, StandardCharsets.UTF_8)) {
            String type = form.getOrDefault("loai", "");
            vn.congkhai.tools.CongKhai.importFile(project, Commune.today(), new vn.congkhai.tools.CongKhai.ImportOptions(
                    upload.toString(), type.isBlank() ? null : type, null, null, null, false, false, false), out, out);
        }
        List<String> made = commune.contentFiles().stream().filter(f -> !before.contains(f)).sorted().toList();
        EditorPage page = new EditorPage("Nhập từ tệp - Soạn thảo");
        Element main = page.main();
        main.appendElement("p").appendElement("a").attr("href", HOME).text("← Danh sách nội dung");
        main.appendElement("h1").text("Nhập từ tệp " + upload.getFileName());
        Element box = main.appendElement("div").attr("role", "status")
                .addClass(made.isEmpty() ? "bao-loi" : "thong-bao");
        new String(said.toByteArray(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                .forEach(line -> box.appendElement("p").text(line.strip()));
        for (String file : made) {
            main.appendElement("p").appendElement("a").attr("href", HOME + "sua?tep=" + file)
                    .text("Mở " + file + " để xem lại");
        }
        page.send(response, made.isEmpty() ? 400 : 200);
    }

    private void publish(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        boolean push = "day-len".equals(form.get("viec"));
        if (push && !commune.hasRemote()) {
            refuse(response, 400, "Kho của xã chưa nối với GitHub hoặc GitLab (chưa có origin). Cách sửa: nhờ cán bộ "
                    + "kỹ thuật làm theo mục 6 của HUONG-DAN.md, hoặc bấm \"Đăng từ máy này\".");
            return;
        }
        boolean started = publishing.start(push ? "Gửi lên kho của xã" : "Đăng từ máy này",
                push ? PublishJob.pushCommand() : PublishJob.publishCommand(), project,
                project.resolve("target/soan/dang.log"));
        if (!started) {
            refuse(response, 409, "Đang đăng lên mạng (lần trước chưa xong). Xem tiến trình tại " + HOME + "dang.");
            return;
        }
        response.sendRedirect(HOME + "dang");
    }

    /** The publish in progress or its outcome; the page reloads itself (no script) while it runs. */
    private void publishing(HttpServletResponse response) throws IOException {
        PublishJob.State state = publishing.state();
        EditorPage page = new EditorPage("Đăng lên mạng - Soạn thảo");
        Element main = page.main();
        main.appendElement("p").appendElement("a").attr("href", HOME).text("← Danh sách nội dung");
        main.appendElement("h1").text("Đăng lên mạng");
        String said = switch (state) {
            case NONE -> "Chưa đăng lần nào từ khi mở trình soạn thảo.";
            case RUNNING -> publishing.what() + ": đang chạy… Trang này tự cập nhật.";
            case DONE -> publishing.what() + ": đã xong.";
            case FAILED -> publishing.what() + ": không thành công" + (publishing.timedOut() ? " (quá "
                    + PublishJob.LIMIT_MINUTES + " phút, đã dừng)" : "") + ". Trang công khai giữ nguyên. Xem lý do "
                    + "ở các dòng dưới đây.";
        };
        main.appendElement("p").attr("role", "status").addClass(state == PublishJob.State.FAILED ? "bao-loi"
                : "thong-bao").text(said);
        if (state == PublishJob.State.RUNNING) {
            page.refreshEvery(2);
        }
        // written by this run, not an earlier one: file times come from a coarser clock, a few milliseconds behind
        Path messages = Announcements.lastPrinted(project.resolve(PublishJob.SITE));
        if (state == PublishJob.State.DONE && Files.isRegularFile(messages) && !Files.getLastModifiedTime(messages)
                .toInstant().isBefore(publishing.started().minusSeconds(1))) {
            main.appendElement("h2").text("Tin nhắn để chép gửi qua Zalo, SMS");
            main.appendElement("pre").addClass("tin-nhan").text(Files.readString(messages));
        }
        List<String> lines = publishing.tail(40);
        if (!lines.isEmpty()) {
            main.appendElement("pre").addClass("nhat-ky").text(String.join("\n", lines));
        }
        page.send(response, 200);
    }

    /** A new disclosure, from the type's skeleton, as {@code mvnw cong-khai:tao} makes it; then its form. */
    private void create(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        Optional<DisclosureType> type = DisclosureType.ofCode(String.valueOf(form.get("loai")));
        if (type.isEmpty()) {
            refuse(response, 400, "Không có loại nội dung này.");
            return;
        }
        Path made;
        try {
            made = new Scaffold(project, Commune.today()).create(type.get(), String.valueOf(form.get("ten")));
        } catch (IllegalArgumentException wrong) {
            refuse(response, 400, "Chưa tạo được: " + wrong.getMessage());
            return;
        }
        response.sendRedirect(HOME + "sua?tep=" + project.relativize(made).toString().replace('\\', '/'));
    }

    private void edit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EditedFile> file = EditedFile.of(project, request.getParameter("tep"));
        if (file.isEmpty() || !file.get().exists()) {
            refuse(response, 404, "Không mở được tệp \"" + request.getParameter("tep") + "\": chỉ mở được văn bản có "
                    + "trong thư mục content/ của xã.");
            return;
        }
        Commune.Loaded loaded = commune.load(file.get());
        String list = String.valueOf(request.getParameter("bang"));
        Map<String, RowSlice> slices = list.matches("/[a-z_]+") && loaded.document().at(list).isArray()
                ? Map.of(list, RowSlice.page(page(request.getParameter("trang")), loaded.document().at(list).size()))
                : Map.of();
        forms.form(request, response, file.get(), loaded.document(), loaded.body(), file.get().version(),
                Commune.problemsOf(file.get(), commune.check()), List.of(), 200, slices);
    }

    private void save(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        Optional<EditedFile> asked = EditedFile.of(project, form.get("tep"));
        if (asked.isEmpty() || !asked.get().exists()) {
            refuse(response, 400, "Không lưu được: tệp \"" + form.get("tep") + "\" không phải văn bản "
                    + "trong thư mục content/ của xã.");
            return;
        }
        EditedFile file = asked.get();
        Commune.Loaded before = commune.load(file);
        FormValues values = new FormValues(form);
        String removed = form.get("xoa");
        if (removed != null) {
            values.removing(removed);
        }
        String added = form.get("them");
        if (added != null || removed != null) {
            values.keepingEmptyRows();
        }
        JsonNode schema = Commune.schemaOf(file);
        ObjectNode document = values.read(schema, before.document());
        String body = file.format() == Format.MARKDOWN ? String.valueOf(form.getOrDefault("noi_dung", "")) : "";
        if (form.containsKey("xem") && file.format() == Format.MARKDOWN) {
            forms.form(request, response, file, document, body, form.get("ban"), Map.of(),
                    List.of("Chưa lưu: đây là bản xem nội dung; bấm \"Lưu\" để ghi vào tệp."), 200, FormPage.shown(body),
                    values.slices());
            return;
        }
        Map<String, RowSlice> slices = new LinkedHashMap<>(values.slices());
        if (added != null || removed != null || !values.unreadable().isEmpty()) {
            if (added != null && document.at(added).isArray()) {
                // at the end of the rows the page shows, so that the officer sees it there
                RowSlice shown = slices.getOrDefault(added, RowSlice.from(0, document.at(added).size()));
                ((ArrayNode) document.at(added)).insertObject(Math.min(shown.start() + shown.count(),
                        document.at(added).size()));
                slices.put(added, shown.plusOne());
            } else if (added != null && document.at(added).isMissingNode() && added.lastIndexOf('/') == 0) {
                document.putArray(added.substring(1)).addObject();
            }
            List<String> notes = new ArrayList<>();
            values.unreadable().forEach((at, typed) -> notes.add("Ô " + at + " không đọc được (JSON sai), chưa lưu."));
            notes.add(added != null || removed != null ? "Chưa lưu: bấm \"Lưu\" để ghi thay đổi vào tệp." : "");
            forms.form(request, response, file, document, body, form.get("ban"), Map.of(),
                    notes.stream().filter(n -> !n.isEmpty()).toList(), 200, slices);
            return;
        }
        String text = file.format() == Format.JSON ? CanonicalJson.write(document, schema)
                : MarkdownHeader.write(document, MarkdownForm.order((ObjectNode) schema), body);
        if (!file.version().equals(String.valueOf(form.get("ban")))) {
            Path kept = commune.keep(file, text);
            forms.form(request, response, file, document, body, form.get("ban"), Map.of(), List.of(
                    "Chưa lưu: tệp " + file.relative() + " đã được sửa ở nơi khác sau khi trang này mở. Bản trên đĩa "
                            + "giữ nguyên; bản của bạn vẫn ở trong trang này và đã được cất ở "
                            + project.relativize(kept).toString().replace('\\', '/') + ". Cách sửa: mở lại tệp để "
                            + "xem bản mới, rồi nhập lại phần thay đổi của bạn."), 409, slices);
            return;
        }
        commune.write(file, text);
        Commune.Checked checked = commune.check();
        Map<String, List<String>> problems = Commune.problemsOf(file, checked);
        List<String> notes = new ArrayList<>();
        notes.add("Đã lưu " + file.relative() + ".");
        if (!checked.problems().isEmpty()) {
            notes.add("Nội dung còn lỗi: trang công khai chưa được cập nhật cho đến khi sửa hết.");
        }
        Commune.Loaded saved = commune.load(file);
        slices.replaceAll((list, shown) -> RowSlice.from(shown.start(), saved.document().at(list).size()));
        forms.form(request, response, file, saved.document(), saved.body(), file.version(), problems, notes, 200,
                slices);
    }

    /**
     * "Ghi lại" records the saved file under the officer's name; "Duyệt đăng" publishes a draft (its status set to
     * published, through the same writer as a save) and records that, the approver named in the record.
     */
    private void record(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        Optional<EditedFile> asked = EditedFile.of(project, form.get("tep"));
        if (asked.isEmpty() || !asked.get().exists()) {
            refuse(response, 400, "Không ghi lại được: tệp \"" + form.get("tep") + "\" không phải văn "
                    + "bản trong thư mục content/ của xã.");
            return;
        }
        EditedFile file = asked.get();
        Commune.Loaded loaded = commune.load(file);
        String title = loaded.document().path("title").asText(file.relative());
        String officer = form.getOrDefault("nguoi", "").strip();
        String note = form.getOrDefault("ghi_chu", "").strip();
        boolean approve = "duyet-dang".equals(form.get("viec"));
        List<String> notes = new ArrayList<>();
        if (approve && !officer.isEmpty()) {
            if (!file.version().equals(String.valueOf(form.get("ban")))) {
                notes.add("Chưa duyệt đăng: tệp " + file.relative() + " đã được sửa ở nơi khác sau khi trang này mở. "
                        + "Cách sửa: mở lại tệp, xem lại rồi duyệt.");
                forms.form(request, response, file, loaded.document(), loaded.body(), file.version(), Map.of(), notes, 409);
                return;
            }
            loaded.document().put("status", "published");
            JsonNode schema = Commune.schemaOf(file);
            commune.write(file, file.format() == Format.JSON ? CanonicalJson.write(loaded.document(), schema)
                    : MarkdownHeader.write(loaded.document(), MarkdownForm.order((ObjectNode) schema), loaded.body()));
        }
        String message = (approve ? "Duyệt đăng: " : "Sửa: ") + title + (note.isEmpty() ? "" : " - " + note)
                + (approve ? "\n\nNgười duyệt: " + officer : "");
        notes.add(GitRecord.record(file, officer, message).message());
        Commune.Checked checked = commune.check();
        if (approve && checked.problems().isEmpty()) {
            notes.add("Văn bản sẽ có trên trang công khai ở lần đăng lên mạng tới; xem trước tại "
                    + "trang xem trước.");
        }
        Commune.Loaded after = commune.load(file);
        forms.form(request, response, file, after.document(), after.body(), file.version(), Commune.problemsOf(file, checked),
                notes, 200);
    }

    /**
     * An attachment uploaded for a disclosure: named safely, refused when the bake would refuse it (kind, size,
     * content), put beside the disclosure without replacing any file, and added to its {@code tep}.
     */
    private void attach(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        Optional<EditedFile> asked = EditedFile.of(project, form.get("tep"));
        if (asked.isEmpty() || !asked.get().exists()) {
            refuse(response, 400, "Không đính kèm được: tệp \"" + form.get("tep") + "\" không phải văn bản trong "
                    + "thư mục content/ của xã.");
            return;
        }
        EditedFile file = asked.get();
        Commune.Loaded loaded = commune.load(file);
        jakarta.servlet.http.Part part = chosenFile(request, "dinh_kem");
        if (part == null) {
            refuse(response, 400, "Chưa chọn tệp để đính kèm.");
            return;
        }
        String original = Path.of(part.getSubmittedFileName().replace('\\', '/')).getFileName().toString();
        String safe = vn.congkhai.text.FileNames.suggest(original);
        Path work = Files.createDirectories(project.resolve("target/soan/dinh-kem"));
        Path received = Files.createTempFile(work, "tai-len-", ".tmp");
        try {
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, received, StandardCopyOption.REPLACE_EXISTING);
            }
            Optional<String> refusal = vn.congkhai.attachment.FileKind.refusal(safe, received, false);
            Path into = file.file().getParent().resolve(safe);
            String why = refusal.map(r -> "Chưa đính kèm: " + r)
                    .orElse(!file.version().equals(String.valueOf(form.get("ban")))
                            ? "Chưa đính kèm: tệp " + file.relative() + " đã được sửa ở nơi khác sau khi trang này mở. "
                                    + "Cách sửa: mở lại tệp rồi đính kèm lại."
                            : Files.exists(into, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                                    ? "Chưa đính kèm: đã có tệp " + safe + " cạnh văn bản này. Cách sửa: đổi tên tệp "
                                            + "trên máy rồi đính kèm lại."
                                    : null);
            if (why != null) {
                forms.form(request, response, file, loaded.document(), loaded.body(), file.version(),
                        Commune.problemsOf(file, commune.check()), List.of(why), 400);
                return;
            }
            Files.move(received, into);
            String shownName = form.getOrDefault("ten_dinh_kem", "").strip();
            ArrayNode attachments = loaded.document().has("tep") && loaded.document().get("tep").isArray()
                    ? (ArrayNode) loaded.document().get("tep") : loaded.document().putArray("tep");
            attachments.addObject().put("ten", shownName.isEmpty() ? original.replaceFirst("\\.[^.]*$", "")
                    : shownName).put("duong_dan", safe);
            JsonNode schema = Commune.schemaOf(file);
            commune.write(file, file.format() == Format.JSON ? CanonicalJson.write(loaded.document(), schema)
                    : MarkdownHeader.write(loaded.document(), MarkdownForm.order((ObjectNode) schema), loaded.body()));
        } finally {
            Files.deleteIfExists(received);
        }
        Commune.Loaded saved = commune.load(file);
        forms.form(request, response, file, saved.document(), saved.body(), file.version(), Commune.problemsOf(file, commune.check()),
                List.of("Đã đính kèm " + safe + " vào " + file.relative() + "."), 200);
    }

    /** A page number asked for in an address; the first page for anything else. */
    private static int page(String asked) {
        return asked != null && asked.matches("\\d{1,6}") ? Integer.parseInt(asked) : 1;
    }

    /** The session's token, made on its first page: every form of the editor sends it back. */
    static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(TOKEN);
        if (token == null) {
            token = EditorGuard.newToken();
            session.setAttribute(TOKEN, token);
        }
        return token;
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        EditorPage page = new EditorPage("Không thực hiện được - Soạn thảo");
        page.main().appendElement("h1").text("Không thực hiện được");
        page.main().appendElement("p").text(message);
        page.main().appendElement("p").appendElement("a").attr("href", HOME).text("Về trang soạn thảo");
        page.send(response, status);
    }

    private static void resource(HttpServletResponse response, String name, String type) throws IOException {
        response.setContentType(type);
        try (InputStream in = EditorServlet.class.getResourceAsStream(name)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
