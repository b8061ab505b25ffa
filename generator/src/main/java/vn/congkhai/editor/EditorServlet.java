package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.congkhai.bake.Bakery;
import vn.congkhai.content.CanonicalJson;
import vn.congkhai.content.Format;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.MarkdownHeader;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Schemas;
import vn.congkhai.preview.PreviewFilter;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;
import vn.congkhai.tools.Scaffold;
import vn.congkhai.config.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    @Override
    public void init() {
        project = Path.of(System.getProperty(PreviewFilter.SOURCE_PROPERTY, ".")).toAbsolutePath().normalize();
        previewSite = project.resolve(System.getProperty(PreviewFilter.SITE_PROPERTY, PreviewFilter.DEFAULT_SITE));
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
            case "GET /" -> home(request, response);
            case "GET /sua" -> edit(request, response);
            case "POST /luu" -> save(request, response, form);
            case "POST /tao" -> create(request, response, form);
            case "POST /ghi-lai" -> record(request, response, form);
            case "POST /dang" -> publish(request, response, form);
            case "POST /nhap" -> importUpload(request, response, form);
            case "POST /dinh-kem" -> attach(request, response, form);
            case "GET /dang" -> publishing(response);
            case "GET /soan.css" -> css(response);
            default -> refuse(response, 404, "Không có trang này trong trình soạn thảo.");
        }
    }

    /** The home page of work: every disclosure by section, with its state, and "Tạo mới" for each type. */
    private void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Checked checked = check();
        EditorPage page = new EditorPage("Soạn thảo nội dung công khai");
        Element main = page.main();
        main.appendElement("h1").text("Soạn thảo nội dung công khai");
        if (!checked.problems().isEmpty()) {
            main.appendElement("p").addClass("bao-loi").text("Nội dung đang có " + checked.problems().size()
                    + " lỗi: trang công khai chưa được cập nhật cho đến khi sửa hết. Mở tệp có lỗi để xem và sửa.");
        }
        if (!checked.toDo().isEmpty()) {
            Element section = main.appendElement("section").attr("aria-labelledby", "viec-can-lam");
            section.appendElement("h2").attr("id", "viec-can-lam").text("Việc đang chờ");
            Element list = section.appendElement("ul");
            for (WorkList.ToDo item : checked.toDo()) {
                Element li = list.appendElement("li");
                li.appendElement("a").attr("href", HOME + "sua?tep=" + item.file()).text(item.title());
                li.appendText(": " + item.what());
            }
        }
        if (!checked.warnings().isEmpty()) { // folded: many on a new commune, and no work of today's
            Element folded = main.appendElement("details").addClass("canh-bao");
            folded.appendElement("summary").text("Cảnh báo về việc công khai (" + checked.warnings().size() + ")");
            Element list = folded.appendElement("ul");
            checked.warnings().forEach(w -> list.appendElement("li").text(w));
        }
        String token = token(request);
        publishForm(main, token);
        importForm(main, token);
        for (WorkList.Section section : WorkList.of(project, checked.problemFiles(), today())) {
            Element box = main.appendElement("section").attr("aria-labelledby", "muc-" + section.type().code());
            box.appendElement("h2").attr("id", "muc-" + section.type().code()).text(section.type().sectionName());
            if (!section.items().isEmpty()) {
                Element list = box.appendElement("ul").addClass("danh-sach");
                for (WorkList.Item item : section.items()) {
                    Element li = list.appendElement("li");
                    li.appendElement("a").attr("href", HOME + "sua?tep=" + item.file()).text(item.title());
                    li.appendElement("span").addClass("trang-thai").addClass(item.stateClass()).text(item.state());
                }
            }
            Element create = box.appendElement("form").attr("method", "post").attr("action", HOME + "tao")
                    .addClass("tao-moi");
            create.appendElement("input").attr("type", "hidden").attr("name", "token").val(token);
            create.appendElement("input").attr("type", "hidden").attr("name", "loai").val(section.type().code());
            String id = "ten-" + section.type().code();
            create.appendElement("label").attr("for", id).text("Tên tệp mới (chữ thường không dấu, gạch nối)");
            create.appendElement("input").attr("type", "text").attr("id", id).attr("name", "ten")
                    .attr("pattern", "[a-z0-9]+(-[a-z0-9]+)*").attr("required", "required");
            create.appendElement("button").attr("type", "submit").text("Tạo mới: " + section.type().sectionName());
        }
        page.send(response, 200);
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

    /** "Nhập từ tệp": a spreadsheet or Word document uploaded, then imported as {@code mvnw cong-khai:nhap} does. */
    private void importForm(Element main, String token) {
        Element section = main.appendElement("section").attr("aria-labelledby", "nhap-tu-tep");
        section.appendElement("h2").attr("id", "nhap-tu-tep").text("Nhập từ tệp Excel hoặc Word");
        section.appendElement("p").addClass("goi-y").attr("id", "gy-nhap").text("Danh sách trong bảng tính (.xlsx, "
                + ".csv) thành một văn bản mới dạng bảng; văn bản Word (.docx) thành một văn bản mới. Văn bản mới là "
                + "bản nháp, mở ra để xem lại rồi duyệt đăng. Phần bị ẩn trong Excel hoặc Word không được nhập.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", HOME + "nhap")
                .attr("enctype", "multipart/form-data");
        form.appendElement("input").attr("type", "hidden").attr("name", "token").val(token);
        Element file = form.appendElement("div").addClass("truong");
        file.appendElement("label").attr("for", "tep-nhap").text("Tệp cần nhập");
        file.appendElement("input").attr("type", "file").attr("id", "tep-nhap").attr("name", "tep")
                .attr("accept", ".xlsx,.csv,.docx").attr("required", "required").attr("aria-describedby", "gy-nhap");
        Element type = form.appendElement("div").addClass("truong");
        type.appendElement("label").attr("for", "loai-nhap").text("Loại nội dung (với bảng tính)");
        Element select = type.appendElement("select").attr("id", "loai-nhap").attr("name", "loai");
        select.appendElement("option").val("").text("— chương trình tự nhận biết —");
        for (DisclosureType t : DisclosureType.values()) {
            select.appendElement("option").val(t.code()).text(t.sectionName());
        }
        form.appendElement("button").attr("type", "submit").text("Nhập");
    }

    private void importUpload(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        jakarta.servlet.http.Part part;
        try {
            part = request.getPart("tep");
        } catch (jakarta.servlet.ServletException e) {
            part = null;
        }
        if (part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()) {
            refuse(response, 400, "Chưa chọn tệp để nhập.");
            return;
        }
        Path uploads = Files.createDirectories(project.resolve("target/soan/nhap"));
        Path upload = uploads.resolve(vn.congkhai.text.FileNames.suggest(
                Path.of(part.getSubmittedFileName().replace('\\', '/')).getFileName().toString()));
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
        }
        java.util.Set<String> before = contentFiles();
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        try (java.io.PrintStream out = new java.io.PrintStream(said, true, StandardCharsets.UTF_8)) {
            String type = form.getOrDefault("loai", "");
            vn.congkhai.tools.CongKhai.importFile(project, today(), new vn.congkhai.tools.CongKhai.ImportOptions(
                    upload.toString(), type.isBlank() ? null : type, null, null, null, false, false, false), out, out);
        }
        List<String> made = contentFiles().stream().filter(f -> !before.contains(f)).sorted().toList();
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

    /** The disclosure files of content/, as paths the editor opens. */
    private java.util.Set<String> contentFiles() throws IOException {
        try (var walk = Files.walk(project.resolve("content"))) {
            return walk.filter(Files::isRegularFile).map(p -> project.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /**
     * "Đăng lên mạng": from this computer by the commune's own publish goal, or, when the commune's repository has a
     * remote, by sending the recorded changes there for its CI to publish.
     */
    private void publishForm(Element main, String token) {
        Element section = main.appendElement("section").attr("aria-labelledby", "dang-len-mang");
        section.appendElement("h2").attr("id", "dang-len-mang").text("Đăng lên mạng");
        section.appendElement("p").addClass("goi-y").text("Chỉ văn bản đã duyệt đăng và không có lỗi được đăng; nếu "
                + "còn lỗi, việc đăng dừng lại và trang công khai giữ nguyên.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", HOME + "dang");
        form.appendElement("input").attr("type", "hidden").attr("name", "token").val(token);
        form.appendElement("button").attr("type", "submit").attr("name", "viec").val("may-nay")
                .text("Đăng từ máy này");
        if (hasRemote()) {
            form.appendElement("button").attr("type", "submit").attr("name", "viec").val("day-len")
                    .text("Gửi các lần ghi lại lên kho của xã (CI sẽ đăng)");
        }
    }

    private boolean hasRemote() {
        try (org.eclipse.jgit.lib.Repository repo = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .findGitDir(project.toFile()).build()) {
            return repo.getConfig().getSubsections("remote").contains("origin");
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private void publish(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        boolean push = "day-len".equals(form.get("viec"));
        if (push && !hasRemote()) {
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
            made = new Scaffold(project, today()).create(type.get(), String.valueOf(form.get("ten")));
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
        Loaded loaded = load(file.get());
        form(request, response, file.get(), loaded.document(), loaded.body(), file.get().version(),
                problemsOf(file.get(), check()), List.of(), 200);
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
        Loaded before = load(file);
        FormValues values = new FormValues(form);
        String removed = form.get("xoa");
        if (removed != null) {
            values.removing(removed);
        }
        String added = form.get("them");
        if (added != null || removed != null) {
            values.keepingEmptyRows();
        }
        JsonNode schema = schemaOf(file);
        ObjectNode document = values.read(schema, before.document());
        String body = file.format() == Format.MARKDOWN ? String.valueOf(form.getOrDefault("noi_dung", "")) : "";
        if (form.containsKey("xem") && file.format() == Format.MARKDOWN) {
            form(request, response, file, document, body, form.get("ban"), Map.of(),
                    List.of("Chưa lưu: đây là bản xem nội dung; bấm \"Lưu\" để ghi vào tệp."), 200, shown(body));
            return;
        }
        if (added != null || removed != null || !values.unreadable().isEmpty()) {
            if (added != null && document.at(added).isArray()) {
                ((ArrayNode) document.at(added)).addObject();
            } else if (added != null && document.at(added).isMissingNode() && added.lastIndexOf('/') == 0) {
                document.putArray(added.substring(1)).addObject();
            }
            List<String> notes = new ArrayList<>();
            values.unreadable().forEach((at, typed) -> notes.add("Ô " + at + " không đọc được (JSON sai), chưa lưu."));
            notes.add(added != null || removed != null ? "Chưa lưu: bấm \"Lưu\" để ghi thay đổi vào tệp." : "");
            form(request, response, file, document, body, form.get("ban"), Map.of(),
                    notes.stream().filter(n -> !n.isEmpty()).toList(), 200);
            return;
        }
        String text = file.format() == Format.JSON ? CanonicalJson.write(document, schema)
                : MarkdownHeader.write(document, MarkdownForm.order((ObjectNode) schema), body);
        if (!file.version().equals(String.valueOf(form.get("ban")))) {
            Path kept = keep(file, text);
            form(request, response, file, document, body, form.get("ban"), Map.of(), List.of(
                    "Chưa lưu: tệp " + file.relative() + " đã được sửa ở nơi khác sau khi trang này mở. Bản trên đĩa "
                            + "giữ nguyên; bản của bạn vẫn ở trong trang này và đã được cất ở "
                            + project.relativize(kept).toString().replace('\\', '/') + ". Cách sửa: mở lại tệp để "
                            + "xem bản mới, rồi nhập lại phần thay đổi của bạn."), 409);
            return;
        }
        write(file, text);
        Checked checked = check();
        Map<String, List<String>> problems = problemsOf(file, checked);
        List<String> notes = new ArrayList<>();
        notes.add("Đã lưu " + file.relative() + ".");
        if (!checked.problems().isEmpty()) {
            notes.add("Nội dung còn lỗi: trang công khai chưa được cập nhật cho đến khi sửa hết.");
        }
        Loaded saved = load(file);
        form(request, response, file, saved.document(), saved.body(), file.version(), problems, notes, 200);
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
        Loaded loaded = load(file);
        String title = loaded.document().path("title").asText(file.relative());
        String officer = form.getOrDefault("nguoi", "").strip();
        String note = form.getOrDefault("ghi_chu", "").strip();
        boolean approve = "duyet-dang".equals(form.get("viec"));
        List<String> notes = new ArrayList<>();
        if (approve && !officer.isEmpty()) {
            if (!file.version().equals(String.valueOf(form.get("ban")))) {
                notes.add("Chưa duyệt đăng: tệp " + file.relative() + " đã được sửa ở nơi khác sau khi trang này mở. "
                        + "Cách sửa: mở lại tệp, xem lại rồi duyệt.");
                form(request, response, file, loaded.document(), loaded.body(), file.version(), Map.of(), notes, 409);
                return;
            }
            loaded.document().put("status", "published");
            JsonNode schema = schemaOf(file);
            write(file, file.format() == Format.JSON ? CanonicalJson.write(loaded.document(), schema)
                    : MarkdownHeader.write(loaded.document(), MarkdownForm.order((ObjectNode) schema), loaded.body()));
        }
        String message = (approve ? "Duyệt đăng: " : "Sửa: ") + title + (note.isEmpty() ? "" : " - " + note)
                + (approve ? "\n\nNgười duyệt: " + officer : "");
        notes.add(GitRecord.record(file, officer, message).message());
        Checked checked = check();
        if (approve && checked.problems().isEmpty()) {
            notes.add("Văn bản sẽ có trên trang công khai ở lần đăng lên mạng tới; xem trước tại "
                    + "trang xem trước.");
        }
        Loaded after = load(file);
        form(request, response, file, after.document(), after.body(), file.version(), problemsOf(file, checked),
                notes, 200);
    }

    /** The form of a disclosure, with what the check found next to its fields and all of it at the top. */
    private void form(HttpServletRequest request, HttpServletResponse response, EditedFile file, JsonNode document,
                      String body, String version, Map<String, List<String>> problems, List<String> notes,
                      int status) throws IOException {
        form(request, response, file, document, body, version, problems, notes, status, null);
    }

    /** As above, with the body rendered as the site will show it ({@code shownBody}, or null). */
    private void form(HttpServletRequest request, HttpServletResponse response, EditedFile file, JsonNode document,
                      String body, String version, Map<String, List<String>> problems, List<String> notes,
                      int status, String shownBody) throws IOException {
        String title = document.path("title").asText(file.relative());
        EditorPage page = new EditorPage(title + " - Soạn thảo");
        Element main = page.main();
        main.appendElement("p").appendElement("a").attr("href", HOME).text("← Danh sách nội dung");
        main.appendElement("h1").text(title);
        main.appendElement("p").addClass("tep").text("Tệp " + file.relative());
        if (!notes.isEmpty()) {
            Element box = main.appendElement("div").addClass("thong-bao").attr("role", "status");
            notes.forEach(n -> box.appendElement("p").text(n));
        }
        List<String> all = problems.values().stream().flatMap(List::stream).distinct().toList();
        if (!all.isEmpty()) {
            Element box = main.appendElement("div").addClass("bao-loi").attr("role", "alert");
            box.appendElement("h2").text("Các lỗi cần sửa (" + all.size() + ")");
            Element list = box.appendElement("ul");
            all.forEach(p -> list.appendElement("li").text(p));
        }
        Element form = main.appendElement("form").attr("method", "post").attr("action", HOME + "luu")
                .attr("accept-charset", "UTF-8");
        form.appendElement("input").attr("type", "hidden").attr("name", "token").val(token(request));
        form.appendElement("input").attr("type", "hidden").attr("name", "tep").val(file.relative());
        form.appendElement("input").attr("type", "hidden").attr("name", "ban").val(version == null ? "" : version);
        new SchemaForm(schemaOf(file), problems).showingAmounts(amounts(file.type())).fields(document, form);
        if (file.format() == Format.MARKDOWN) {
            Element box = form.appendElement("div").addClass("truong");
            box.appendElement("label").attr("for", "noi_dung").text("Nội dung");
            box.appendElement("p").addClass("goi-y").attr("id", "gy-noi_dung").text("Viết như văn bản thường; "
                    + "dòng trống để sang đoạn mới, dấu - ở đầu dòng cho danh sách, dấu # ở đầu dòng cho đề mục.");
            Element area = box.appendElement("textarea").attr("id", "noi_dung").attr("name", "noi_dung")
                    .attr("rows", "20").attr("aria-describedby", "gy-noi_dung").text(body);
            List<String> bodyProblems = problems.getOrDefault(BODY, List.of());
            if (!bodyProblems.isEmpty()) {
                Element list = box.appendElement("ul").addClass("loi").attr("id", "loi-noi_dung");
                bodyProblems.forEach(p -> list.appendElement("li").text(p));
                area.attr("aria-invalid", "true").attr("aria-describedby", "gy-noi_dung loi-noi_dung");
            }
            box.appendElement("button").attr("type", "submit").attr("name", "xem").val("1").addClass("nut-phu")
                    .text("Xem nội dung như trên trang");
            if (shownBody != null) {
                Element shown = box.appendElement("section").addClass("xem-noi-dung")
                        .attr("aria-labelledby", "xem-noi-dung");
                shown.appendElement("h2").attr("id", "xem-noi-dung").text("Nội dung như trên trang (chưa lưu)");
                shown.appendElement("div").html(shownBody);
            }
        }
        form.appendElement("button").attr("type", "submit").attr("name", "luu").val("1").addClass("nut-chinh")
                .text("Lưu");
        attachForm(request, file, version, main);
        recordForm(request, file, document, version, main);
        history(file, main);
        page.send(response, status);
    }

    /** "Thêm tệp đính kèm": a scanned decision, a form to download; checked as the bake checks attachments. */
    private void attachForm(HttpServletRequest request, EditedFile file, String version, Element main) {
        Element section = main.appendElement("section").attr("aria-labelledby", "dinh-kem");
        section.appendElement("h2").attr("id", "dinh-kem").text("Thêm tệp đính kèm");
        section.appendElement("p").addClass("goi-y").attr("id", "gy-dinh-kem").text("PDF, ảnh PNG, JPG hoặc văn bản "
                + "Word, tối đa 20 MB. Tệp được đặt cạnh văn bản và ghi vào mục Tệp đính kèm.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", HOME + "dinh-kem")
                .attr("enctype", "multipart/form-data");
        form.appendElement("input").attr("type", "hidden").attr("name", "token").val(token(request));
        form.appendElement("input").attr("type", "hidden").attr("name", "tep").val(file.relative());
        form.appendElement("input").attr("type", "hidden").attr("name", "ban").val(version == null ? "" : version);
        Element name = form.appendElement("div").addClass("truong");
        name.appendElement("label").attr("for", "ten-dinh-kem").text("Tên tệp như người dân đọc trên trang");
        name.appendElement("input").attr("type", "text").attr("id", "ten-dinh-kem").attr("name", "ten_dinh_kem");
        Element pick = form.appendElement("div").addClass("truong");
        pick.appendElement("label").attr("for", "tep-dinh-kem").text("Tệp");
        pick.appendElement("input").attr("type", "file").attr("id", "tep-dinh-kem").attr("name", "dinh_kem")
                .attr("required", "required").attr("aria-describedby", "gy-dinh-kem");
        form.appendElement("button").attr("type", "submit").text("Đính kèm");
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
        Loaded loaded = load(file);
        jakarta.servlet.http.Part part;
        try {
            part = request.getPart("dinh_kem");
        } catch (jakarta.servlet.ServletException e) {
            part = null;
        }
        if (part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()) {
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
                form(request, response, file, loaded.document(), loaded.body(), file.version(),
                        problemsOf(file, check()), List.of(why), 400);
                return;
            }
            Files.move(received, into);
            String shownName = form.getOrDefault("ten_dinh_kem", "").strip();
            ArrayNode attachments = loaded.document().has("tep") && loaded.document().get("tep").isArray()
                    ? (ArrayNode) loaded.document().get("tep") : loaded.document().putArray("tep");
            attachments.addObject().put("ten", shownName.isEmpty() ? original.replaceFirst("\\.[^.]*$", "")
                    : shownName).put("duong_dan", safe);
            JsonNode schema = schemaOf(file);
            write(file, file.format() == Format.JSON ? CanonicalJson.write(loaded.document(), schema)
                    : MarkdownHeader.write(loaded.document(), MarkdownForm.order((ObjectNode) schema), loaded.body()));
        } finally {
            Files.deleteIfExists(received);
        }
        Loaded saved = load(file);
        form(request, response, file, saved.document(), saved.body(), file.version(), problemsOf(file, check()),
                List.of("Đã đính kèm " + safe + " vào " + file.relative() + "."), 200);
    }

    /** "Ghi lại" and, for a draft, "Duyệt đăng": the officer's name (kept from the last record) and a note. */
    private void recordForm(HttpServletRequest request, EditedFile file, JsonNode document, String version,
                            Element main) {
        Element section = main.appendElement("section").attr("aria-labelledby", "ghi-lai");
        section.appendElement("h2").attr("id", "ghi-lai").text("Ghi lại và duyệt đăng");
        section.appendElement("p").addClass("goi-y").text("Lưu chỉ ghi vào tệp. Ghi lại cất thay đổi đã lưu vào lịch "
                + "sử của văn bản, kèm tên người ghi; bản nháp chỉ lên trang công khai khi được duyệt đăng.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", HOME + "ghi-lai")
                .attr("accept-charset", "UTF-8");
        form.appendElement("input").attr("type", "hidden").attr("name", "token").val(token(request));
        form.appendElement("input").attr("type", "hidden").attr("name", "tep").val(file.relative());
        form.appendElement("input").attr("type", "hidden").attr("name", "ban").val(version == null ? "" : version);
        Element who = form.appendElement("div").addClass("truong");
        who.appendElement("label").attr("for", "nguoi").text("Họ và tên người ghi lại");
        who.appendElement("input").attr("type", "text").attr("id", "nguoi").attr("name", "nguoi")
                .attr("required", "required").attr("autocomplete", "name")
                .val(GitRecord.officer(project).orElse(""));
        Element what = form.appendElement("div").addClass("truong");
        what.appendElement("label").attr("for", "ghi_chu").text("Ghi chú về thay đổi (không bắt buộc)");
        what.appendElement("input").attr("type", "text").attr("id", "ghi_chu").attr("name", "ghi_chu");
        form.appendElement("button").attr("type", "submit").attr("name", "viec").val("ghi-lai").text("Ghi lại");
        if ("draft".equals(document.path("status").asText())) {
            form.appendElement("button").attr("type", "submit").attr("name", "viec").val("duyet-dang")
                    .addClass("nut-chinh").text("Duyệt đăng");
        }
    }

    /** The file's history, from the same git history the site shows. */
    private void history(EditedFile file, Element main) {
        String contentPath = file.relative().substring("content/".length());
        List<vn.congkhai.history.Change> changes = vn.congkhai.history.GitHistory.read(project.resolve("content"))
                .of(contentPath);
        Element section = main.appendElement("section").attr("aria-labelledby", "lich-su");
        section.appendElement("h2").attr("id", "lich-su").text("Lịch sử thay đổi");
        if (changes.isEmpty()) {
            section.appendElement("p").text("Chưa có lần ghi lại nào.");
            return;
        }
        Element list = section.appendElement("ul");
        for (vn.congkhai.history.Change change : changes) {
            list.appendElement("li").text(vn.congkhai.text.VietnameseFormat.date(change.date()) + ": "
                    + change.message() + " (" + change.id() + ")");
        }
    }

    /** A body as the site renders it: the generator's own Markdown dialect, fenced as every page's body is. */
    private static String shown(String body) {
        try {
            return new vn.congkhai.text.Markdown().toHtml(body);
        } catch (StackOverflowError nested) {
            return "<p>Nội dung có quá nhiều tầng lồng nhau (trích dẫn &gt;, danh sách) nên chưa xem được.</p>";
        }
    }

    /** Where problems of a Markdown body go. */
    static final String BODY = "#noi_dung";

    private record Loaded(ObjectNode document, String body) {
    }

    private static Loaded load(EditedFile file) throws IOException {
        String text = Files.readString(file.file(), StandardCharsets.UTF_8);
        if (file.format() == Format.JSON) {
            JsonNode read = JSON.readTree(text);
            return new Loaded(read.isObject() ? (ObjectNode) read : JsonNodeFactory.instance.objectNode(), "");
        }
        MarkdownHeader.Parsed parsed = MarkdownHeader.parse(file.relative(), text.lines().toList());
        ObjectNode header = parsed.hasHeader() ? (ObjectNode) parsed.header().root()
                : JsonNodeFactory.instance.objectNode();
        return new Loaded(header, parsed.body());
    }

    /** The amount fields of the type's list, as its description for spreadsheets gives them: {@code /dong/gia}. */
    private static java.util.Set<String> amounts(DisclosureType type) {
        return vn.congkhai.types.ContentTypes.spreadsheet(type).map(mapping -> mapping.columns().fields().stream()
                .filter(f -> f.cell() == vn.congkhai.kind.FieldColumn.Cell.AMOUNT)
                .map(f -> "/" + mapping.columns().list() + "/" + f.field())
                .collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
    }

    private static JsonNode schemaOf(EditedFile file) {
        return file.format() == Format.JSON ? Schemas.of(file.type()).orElseThrow()
                : MarkdownForm.schema(file.type());
    }

    /** What {@code mvnw package} would say of the content now: its problems and its warnings. */
    private record Checked(List<Problem> problems, List<String> warnings, List<WorkList.ToDo> toDo) {
        List<String> problemFiles() {
            return problems.stream().map(Problem::path).distinct().toList();
        }
    }

    private Checked check() {
        try {
            vn.congkhai.model.SiteContent content = new Bakery(project, previewSite).validate();
            return new Checked(List.of(), new vn.congkhai.compliance.ComplianceCheck(content).run().stream()
                    .map(w -> w.subject() + ": " + w.message()).toList(), WorkList.toDo(content));
        } catch (ContentProblemsException e) {
            return new Checked(e.problems().list(), List.of(), List.of());
        }
    }

    /**
     * The problems of {@code file} by the JSON pointer of the field they are about: the field on the problem's line
     * whose name ends the problem's field (a row of a list is one line); a problem with no such field goes with the
     * first field, and one in a Markdown body with the body.
     */
    private static Map<String, List<String>> problemsOf(EditedFile file, Checked checked) throws IOException {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<Problem> mine = checked.problems().stream().filter(p -> p.path().equals(file.relative())).toList();
        if (mine.isEmpty()) {
            return byField;
        }
        String text = Files.readString(file.file(), StandardCharsets.UTF_8);
        LocatedJson located;
        int bodyLine = Integer.MAX_VALUE;
        try {
            if (file.format() == Format.JSON) {
                located = LocatedJson.parse(text);
            } else {
                MarkdownHeader.Parsed parsed = MarkdownHeader.parse(file.relative(), text.lines().toList());
                located = parsed.header();
                bodyLine = parsed.bodyLine();
            }
        } catch (vn.congkhai.content.JsonSyntaxError unreadable) {
            located = null;
        }
        for (Problem p : mine) {
            String at = p.line() >= bodyLine ? BODY : located == null ? "" : pointerOn(located, p);
            byField.computeIfAbsent(at, k -> new ArrayList<>()).add(p.format());
        }
        return byField;
    }

    private static String pointerOn(LocatedJson located, Problem problem) {
        String name = problem.field().substring(problem.field().lastIndexOf(", ") + 1).strip();
        List<String> onLine = new ArrayList<>();
        collect(located.root(), "", located, problem.line(), onLine);
        return onLine.stream().filter(p -> p.endsWith("/" + name)).findFirst()
                .orElse(onLine.isEmpty() ? "" : onLine.get(0));
    }

    private static void collect(JsonNode node, String pointer, LocatedJson located, int line, List<String> into) {
        if (!pointer.isEmpty() && located.lineOf(pointer) == line) {
            into.add(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), pointer + "/" + FormValues.escape(f.getKey()),
                    located, line, into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, located, line, into);
            }
        }
    }

    /** Writes the file whole or not at all: written beside the site's work, then moved into place in one step. */
    private void write(EditedFile file, String text) throws IOException {
        Path work = project.resolve("target/soan");
        Files.createDirectories(work);
        Path temporary = Files.createTempFile(work, "luu-", ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temporary, file.file(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The officer's version of a file changed meanwhile, kept outside content/ so the bake does not read it. */
    private Path keep(EditedFile file, String text) throws IOException {
        Path kept = project.resolve("target/soan/chua-luu").resolve(file.relative().replace('/', '_')
                .replaceFirst("\\.(json|md)$", "") + "-" + LocalDateTime.now(SiteConfig.ZONE).format(STAMP) + "."
                + (file.format() == Format.JSON ? "json" : "md"));
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, text, StandardCharsets.UTF_8);
        return kept;
    }

    private static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(TOKEN);
        if (token == null) {
            token = EditorGuard.newToken();
            session.setAttribute(TOKEN, token);
        }
        return token;
    }

    private static LocalDate today() {
        return LocalDate.now(SiteConfig.ZONE);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        EditorPage page = new EditorPage("Không thực hiện được - Soạn thảo");
        page.main().appendElement("h1").text("Không thực hiện được");
        page.main().appendElement("p").text(message);
        page.main().appendElement("p").appendElement("a").attr("href", HOME).text("Về trang soạn thảo");
        page.send(response, status);
    }

    private static void css(HttpServletResponse response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        try (InputStream in = EditorServlet.class.getResourceAsStream("soan.css")) {
            in.transferTo(response.getOutputStream());
        }
    }
}
