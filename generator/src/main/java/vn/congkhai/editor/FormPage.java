package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;
import vn.congkhai.content.Format;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The page of one disclosure: its form made from the type's schema, what the check found next to each field and all
 * of it at the top, the body shown as the site renders it, and the forms to attach a file, record and approve, with
 * the file's history.
 */
final class FormPage {

    private final Commune commune;

    FormPage(Commune commune) {
        this.commune = commune;
    }

    /** The form of a disclosure, with what the check found next to its fields and all of it at the top. */
    void form(HttpServletRequest request, HttpServletResponse response, EditedFile file, JsonNode document,
                      String body, String version, Map<String, List<String>> problems, List<String> notes,
                      int status) throws IOException {
        form(request, response, file, document, body, version, problems, notes, status, null, Map.of());
    }

    /** As above, showing these rows of its long lists ({@link RowSlice}; a list not named shows its first page). */
    void form(HttpServletRequest request, HttpServletResponse response, EditedFile file, JsonNode document,
                      String body, String version, Map<String, List<String>> problems, List<String> notes,
                      int status, Map<String, RowSlice> slices) throws IOException {
        form(request, response, file, document, body, version, problems, notes, status, null, slices);
    }

    /** As above, with the body rendered as the site will show it ({@code shownBody}, or null). */
    void form(HttpServletRequest request, HttpServletResponse response, EditedFile file, JsonNode document,
                      String body, String version, Map<String, List<String>> problems, List<String> notes,
                      int status, String shownBody, Map<String, RowSlice> slices) throws IOException {
        String title = document.path("title").asText(file.relative());
        EditorPage page = new EditorPage(title + " - Soạn thảo").withScript();
        SchemaForm fields = new SchemaForm(Commune.schemaOf(file), problems).showingAmounts(Commune.amounts(file.type()))
                .showingRows(slices, EditorServlet.HOME + "sua?tep=" + file.relative())
                .countingDaysFrom(Commune.today());
        Element main = page.main();
        main.appendElement("p").appendElement("a").attr("href", EditorServlet.HOME).text("← Danh sách nội dung");
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
            java.util.Set<String> listed = new java.util.HashSet<>();
            problems.forEach((at, said) -> said.stream().filter(listed::add).forEach(p -> {
                Element item = list.appendElement("li").text(p);
                elsewhere(at, document, slices).ifPresent(other -> item.appendText(" ").appendElement("a")
                        .attr("href", fields.pageAddress(other.getKey(), other.getValue()) + "#" + SchemaForm.id(at))
                        .text("Đến trang " + other.getValue() + " của danh sách"));
            }));
        }
        Element form = main.appendElement("form").attr("method", "post").attr("action", EditorServlet.HOME + "luu")
                .attr("accept-charset", "UTF-8");
        aboutFile(form, request, file, version);
        fields.fields(document, form);
        if (file.format() == Format.MARKDOWN) {
            Element box = form.appendElement("div").addClass("truong");
            box.appendElement("label").attr("for", "noi_dung").text("Nội dung");
            box.appendElement("p").addClass("goi-y").attr("id", "gy-noi_dung").text("Viết như văn bản thường; "
                    + "dòng trống để sang đoạn mới, dấu - ở đầu dòng cho danh sách, dấu # ở đầu dòng cho đề mục.");
            Element area = box.appendElement("textarea").attr("id", "noi_dung").attr("name", "noi_dung")
                    .attr("rows", "20").attr("aria-describedby", "gy-noi_dung").text(body);
            List<String> bodyProblems = problems.getOrDefault(Commune.BODY, List.of());
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
        splitForm(request, file, document, version, main);
        attachForm(request, file, version, main);
        recordForm(request, file, document, version, main);
        history(file, main);
        page.send(response, status);
    }

    /**
     * "Tách danh sách", for a list longer than the bake takes: the ways to split it, each with its files, the file as
     * saved on disk being what is split.
     */
    private void splitForm(HttpServletRequest request, EditedFile file, JsonNode document, String version,
                           Element main) {
        JsonNode schema = Commune.schemaOf(file);
        java.util.Optional<String> list = file.format() == Format.JSON ? ListSplit.overLimit(schema, document)
                : java.util.Optional.empty();
        if (list.isEmpty()) {
            return;
        }
        String noun = SchemaForm.noun(schema, list.get());
        Element section = main.appendElement("section").attr("aria-labelledby", "tach");
        section.appendElement("h2").attr("id", "tach").text("Tách danh sách");
        section.appendElement("p").addClass("goi-y").text("Danh sách có " + vn.congkhai.text.VietnameseFormat.number(
                document.path(list.get()).size()) + " " + noun + ", quá " + vn.congkhai.text.VietnameseFormat.number(
                vn.congkhai.validate.SizeLimits.MAX_ROWS) + " " + noun + " của một tệp. Tách tệp như đã lưu thành nhiều "
                + "tệp: nhóm đầu ở lại tệp này, các nhóm khác sang tệp mới bên cạnh; mỗi tệp giữ các trường chung, "
                + "tiêu đề thêm tên nhóm. Số tổng hợp (nếu có) được chép nguyên: sửa lại cho từng tệp theo lỗi hiện ở "
                + "tệp đó.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", EditorServlet.HOME + "tach")
                .attr("accept-charset", "UTF-8");
        aboutFile(form, request, file, version);
        form.appendElement("input").attr("type", "hidden").attr("name", "bang").val(list.get());
        Element set = form.appendElement("fieldset").addClass("nhom");
        set.appendElement("legend").text("Tách theo");
        boolean first = true;
        for (ListSplit.Way way : ListSplit.ways(schema, document, list.get(), noun)) {
            Element choice = set.appendElement("div");
            Element radio = choice.appendElement("input").attr("type", "radio").attr("name", "cach")
                    .attr("id", "tach-" + way.code()).val(way.code());
            if (first) {
                radio.attr("checked", "checked");
                first = false;
            }
            choice.appendElement("label").attr("for", "tach-" + way.code()).text(way.label());
        }
        form.appendElement("button").attr("type", "submit").text("Tách danh sách");
    }

    /** "Thêm tệp đính kèm": a scanned decision, a form to download; checked as the bake checks attachments. */
    void attachForm(HttpServletRequest request, EditedFile file, String version, Element main) {
        Element section = main.appendElement("section").attr("aria-labelledby", "dinh-kem");
        section.appendElement("h2").attr("id", "dinh-kem").text("Thêm tệp đính kèm");
        section.appendElement("p").addClass("goi-y").attr("id", "gy-dinh-kem").text("PDF, ảnh PNG, JPG hoặc văn bản "
                + "Word, tối đa 20 MB. Tệp được đặt cạnh văn bản và ghi vào mục Tệp đính kèm.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", EditorServlet.HOME + "dinh-kem")
                .attr("enctype", "multipart/form-data");
        aboutFile(form, request, file, version);
        Element name = form.appendElement("div").addClass("truong");
        name.appendElement("label").attr("for", "ten-dinh-kem").text("Tên tệp như người dân đọc trên trang");
        name.appendElement("input").attr("type", "text").attr("id", "ten-dinh-kem").attr("name", "ten_dinh_kem");
        Element pick = form.appendElement("div").addClass("truong");
        pick.appendElement("label").attr("for", "tep-dinh-kem").text("Tệp");
        pick.appendElement("input").attr("type", "file").attr("id", "tep-dinh-kem").attr("name", "dinh_kem")
                .attr("required", "required").attr("aria-describedby", "gy-dinh-kem");
        form.appendElement("button").attr("type", "submit").text("Đính kèm");
    }

    /** "Ghi lại" and, for a draft, "Duyệt đăng": the officer's name (kept from the last record) and a note. */
    void recordForm(HttpServletRequest request, EditedFile file, JsonNode document, String version,
                            Element main) {
        Element section = main.appendElement("section").attr("aria-labelledby", "ghi-lai");
        section.appendElement("h2").attr("id", "ghi-lai").text("Ghi lại và duyệt đăng");
        section.appendElement("p").addClass("goi-y").text("Lưu chỉ ghi vào tệp. Ghi lại cất thay đổi đã lưu vào lịch "
                + "sử của văn bản, kèm tên người ghi; bản nháp chỉ lên trang công khai khi được duyệt đăng.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", EditorServlet.HOME + "ghi-lai")
                .attr("accept-charset", "UTF-8");
        aboutFile(form, request, file, version);
        Element who = form.appendElement("div").addClass("truong");
        who.appendElement("label").attr("for", "nguoi").text("Họ và tên người ghi lại");
        who.appendElement("input").attr("type", "text").attr("id", "nguoi").attr("name", "nguoi")
                .attr("required", "required").attr("autocomplete", "name")
                .val(GitRecord.officer(commune.project()).orElse(""));
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
    void history(EditedFile file, Element main) {
        String contentPath = file.relative().substring("content/".length());
        List<vn.congkhai.history.Change> changes = commune.history().of(contentPath);
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
    static String shown(String body) {
        try {
            return new vn.congkhai.text.Markdown().toHtml(body);
        } catch (StackOverflowError nested) {
            return "<p>Nội dung có quá nhiều tầng lồng nhau (trích dẫn &gt;, danh sách) nên chưa xem được.</p>";
        }
    }

    /**
     * The page of a long list a problem's row is on, when this form does not show it: the list's pointer and the page.
     */
    private static java.util.Optional<Map.Entry<String, Integer>> elsewhere(String at, JsonNode document,
                                                                          Map<String, RowSlice> slices) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(/[^/]+)/(\\d+)(/.*)?").matcher(at);
        if (!row.matches() || !document.at(row.group(1)).isArray()) {
            return java.util.Optional.empty();
        }
        int size = document.at(row.group(1)).size();
        int index = Integer.parseInt(row.group(2));
        RowSlice shown = slices.getOrDefault(row.group(1), RowSlice.page(1, size));
        return shown.shows(index) || index >= size ? java.util.Optional.empty()
                : java.util.Optional.of(Map.entry(row.group(1), RowSlice.from(index, size).pageNumber()));
    }

    /** What every form of a file's page sends back: the session's token, the file, and its version when shown. */
    private static void aboutFile(Element form, HttpServletRequest request, EditedFile file, String version) {
        form.appendElement("input").attr("type", "hidden").attr("name", "token").val(EditorServlet.token(request));
        form.appendElement("input").attr("type", "hidden").attr("name", "tep").val(file.relative());
        form.appendElement("input").attr("type", "hidden").attr("name", "ban").val(version == null ? "" : version);
    }
}
