package vn.congkhai.editor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Element;
import vn.congkhai.model.DisclosureType;
import java.io.IOException;

/**
 * The editor's first page: the work waiting (open consultations, questions not yet answered), the compliance
 * warnings folded, publishing and importing, and every section with its disclosures, their states and "Tạo mới".
 */
final class HomePage {

    private final Commune commune;

    HomePage(Commune commune) {
        this.commune = commune;
    }

    /** The home page of work: every disclosure by section, with its state, and "Tạo mới" for each type. */
    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Commune.Checked checked = commune.check();
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
                li.appendElement("a").attr("href", EditorServlet.HOME + "sua?tep=" + item.file()).text(item.title());
                li.appendText(": " + item.what());
            }
        }
        if (!checked.warnings().isEmpty()) { // folded: many on a new commune, and no work of today's
            Element folded = main.appendElement("details").addClass("canh-bao");
            folded.appendElement("summary").text("Cảnh báo về việc công khai (" + checked.warnings().size() + ")");
            Element list = folded.appendElement("ul");
            checked.warnings().forEach(w -> list.appendElement("li").text(w));
        }
        String token = EditorServlet.token(request);
        publishForm(main, token);
        importForm(main, token);
        for (WorkList.Section section : WorkList.of(commune.project(), checked.problemFiles(), Commune.today())) {
            Element box = main.appendElement("section").attr("aria-labelledby", "muc-" + section.type().code());
            box.appendElement("h2").attr("id", "muc-" + section.type().code()).text(section.type().sectionName());
            if (!section.items().isEmpty()) {
                Element list = box.appendElement("ul").addClass("danh-sach");
                for (WorkList.Item item : section.items()) {
                    Element li = list.appendElement("li");
                    li.appendElement("a").attr("href", EditorServlet.HOME + "sua?tep=" + item.file()).text(item.title());
                    li.appendElement("span").addClass("trang-thai").addClass(item.stateClass()).text(item.state());
                }
            }
            Element create = box.appendElement("form").attr("method", "post").attr("action", EditorServlet.HOME + "tao")
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

    /** "Nhập từ tệp": a spreadsheet or Word document uploaded, then imported as {@code mvnw cong-khai:nhap} does. */
    void importForm(Element main, String token) {
        Element section = main.appendElement("section").attr("aria-labelledby", "nhap-tu-tep");
        section.appendElement("h2").attr("id", "nhap-tu-tep").text("Nhập từ tệp Excel hoặc Word");
        section.appendElement("p").addClass("goi-y").attr("id", "gy-nhap").text("Danh sách trong bảng tính (.xlsx, "
                + ".csv) thành một văn bản mới dạng bảng; văn bản Word (.docx) thành một văn bản mới. Văn bản mới là "
                + "bản nháp, mở ra để xem lại rồi duyệt đăng. Phần bị ẩn trong Excel hoặc Word không được nhập.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", EditorServlet.HOME + "nhap")
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

    /**
     * "Đăng lên mạng": from this computer by the commune's own publish goal, or, when the commune's repository has a
     * remote, by sending the recorded changes there for its CI to publish.
     */
    void publishForm(Element main, String token) {
        Element section = main.appendElement("section").attr("aria-labelledby", "dang-len-mang");
        section.appendElement("h2").attr("id", "dang-len-mang").text("Đăng lên mạng");
        section.appendElement("p").addClass("goi-y").text("Chỉ văn bản đã duyệt đăng và không có lỗi được đăng; nếu "
                + "còn lỗi, việc đăng dừng lại và trang công khai giữ nguyên.");
        Element form = section.appendElement("form").attr("method", "post").attr("action", EditorServlet.HOME + "dang");
        form.appendElement("input").attr("type", "hidden").attr("name", "token").val(token);
        form.appendElement("button").attr("type", "submit").attr("name", "viec").val("may-nay")
                .text("Đăng từ máy này");
        if (commune.hasRemote()) {
            form.appendElement("button").attr("type", "submit").attr("name", "viec").val("day-len")
                    .text("Gửi các lần ghi lại lên kho của xã (CI sẽ đăng)");
        }
    }
}
