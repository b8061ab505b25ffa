package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;
import vn.congkhai.content.CanonicalJson;
import vn.congkhai.content.Format;
import vn.congkhai.text.VietnameseFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The editor's "Tách danh sách" action and the page that says what it made. */
final class SplitPage {

    private final Commune commune;
    private final FormPage forms;
    private final Path project;

    SplitPage(Commune commune, FormPage forms) {
        this.commune = commune;
        this.forms = forms;
        this.project = commune.project();
    }

    /**
     * "Tách danh sách": a list longer than the bake takes, as saved, split into files the bake takes ({@link ListSplit}).
     * The new files are written first and the file itself last, so that nothing is lost if one cannot be written; no
     * file is written over, and nothing at all when the file changed since its page was opened.
     */
    void split(HttpServletRequest request, HttpServletResponse response, Map<String, String> form)
            throws IOException {
        Optional<EditedFile> asked = EditedFile.of(project, form.get("tep"));
        if (asked.isEmpty() || !asked.get().exists() || asked.get().format() != Format.JSON) {
            EditorServlet.refuse(response, 400, "Không tách được: tệp \"" + form.get("tep") + "\" không phải danh sách trong thư mục "
                    + "content/ của xã.");
            return;
        }
        EditedFile file = asked.get();
        Commune.Loaded loaded = commune.load(file);
        JsonNode schema = Commune.schemaOf(file);
        Optional<String> list = ListSplit.overLimit(schema, loaded.document());
        String noun = list.map(l -> SchemaForm.noun(schema, l)).orElse("dòng");
        Optional<ListSplit.Way> way = list.filter(l -> l.equals(form.get("bang"))).flatMap(l -> ListSplit.ways(schema,
                loaded.document(), l, noun).stream().filter(w -> w.code().equals(form.get("cach"))).findFirst());
        String why = !file.version().equals(String.valueOf(form.get("ban")))
                ? "Chưa tách: tệp " + file.relative() + " đã được sửa ở nơi khác sau khi trang này mở. Cách sửa: mở lại "
                        + "tệp, xem lại rồi tách."
                : way.isEmpty() ? "Chưa tách: danh sách này không cần tách hoặc không tách được theo cách đã chọn."
                : null;
        List<Path> made = new ArrayList<>();
        String base = file.file().getFileName().toString().replaceFirst("\\.json$", "");
        for (ListSplit.Part part : way.map(ListSplit.Way::parts).orElse(List.of()).stream().skip(1).toList()) {
            Path into = file.file().resolveSibling(base + "-" + part.nameSuffix() + ".json");
            if (why == null && Files.exists(into, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                why = "Chưa tách: đã có tệp " + project.relativize(into).toString().replace('\\', '/') + ". Cách sửa: "
                        + "đổi tên hoặc chuyển tệp đó đi chỗ khác rồi tách lại.";
            }
            made.add(into);
        }
        if (why != null) {
            forms.form(request, response, file, loaded.document(), loaded.body(), file.version(),
                    Commune.problemsOf(file, commune.check()), List.of(why), why.contains("nơi khác") ? 409 : 400);
            return;
        }
        List<ListSplit.Part> parts = way.get().parts();
        List<String> written = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            Path into = made.get(i - 1);
            EditedFile part = EditedFile.of(project, project.relativize(into).toString().replace('\\', '/'))
                    .orElseThrow();
            commune.write(part, CanonicalJson.write(ListSplit.document(loaded.document(), list.get(), parts.get(i)),
                    schema));
            written.add(part.relative() + " (" + VietnameseFormat.number(parts.get(i).rows().size())
                    + " " + noun + ")");
        }
        commune.write(file, CanonicalJson.write(ListSplit.document(loaded.document(), list.get(), parts.get(0)),
                schema));
        written.add(0, file.relative() + " (" + VietnameseFormat.number(parts.get(0).rows().size())
                + " " + noun + ")");
        EditorPage page = new EditorPage("Đã tách danh sách - Soạn thảo");
        Element main = page.main();
        main.appendElement("p").appendElement("a").attr("href", EditorServlet.HOME).text("← Danh sách nội dung");
        main.appendElement("h1").text("Đã tách danh sách");
        Element box = main.appendElement("div").attr("role", "status").addClass("thong-bao");
        box.appendElement("p").text("Đã tách danh sách " + VietnameseFormat.number(
                loaded.document().path(list.get()).size()) + " " + noun + " của " + file.relative() + " thành "
                + parts.size() + " tệp: " + String.join(", ", written) + ".");
        box.appendElement("p").text("Xem lại từng tệp: số tổng hợp (nếu có) được chép nguyên, cần sửa lại cho từng "
                + "tệp theo lỗi hiện ở tệp đó.");
        Element links = main.appendElement("ul");
        links.appendElement("li").appendElement("a").attr("href", EditorServlet.HOME + "sua?tep=" + file.relative())
                .text("Mở " + file.relative());
        for (Path into : made) {
            String relative = project.relativize(into).toString().replace('\\', '/');
            links.appendElement("li").appendElement("a").attr("href", EditorServlet.HOME + "sua?tep=" + relative)
                    .text("Mở " + relative);
        }
        page.send(response, 200);
    }
}
