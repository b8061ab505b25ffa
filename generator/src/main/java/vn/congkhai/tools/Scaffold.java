package vn.congkhai.tools;

import vn.congkhai.model.ContentDestination;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.FileNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Creates a new disclosure file of a type, in its section's folder, with every required field, today's date and
 * {@code status=draft}, so that it bakes (unpublished) from the start and the officer only fills it in.
 */
public final class Scaffold {

    private final Path projectDir;
    private final LocalDate today;

    public Scaffold(Path projectDir, LocalDate today) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.today = today;
    }

    /** @return the file created; throws {@link IllegalArgumentException} with a Vietnamese message when it cannot */
    public Path create(DisclosureType type, String name) {
        String suggestion = FileNames.slug(name.replaceFirst("(?i)\\.(md|json)\\s*$", ""));
        String fix = suggestion.isEmpty() ? "Ví dụ: -Dten=lich-tiep-dan-quy-3" : "Cách sửa: viết -Dten=" + suggestion;
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("tên tệp \"" + name + "\" chỉ được có chữ thường không dấu, số và dấu "
                    + "gạch nối. " + fix + ".");
        }
        if (FileNames.reserved(name)) {
            throw new IllegalArgumentException("tên tệp \"" + name + "\" " + FileNames.RESERVED_REASON + ". " + fix
                    + ".");
        }
        Path file = projectDir.resolve("content").resolve(type.code()).resolve(name + "." + type.format().extension());
        if (ContentDestination.leadsOut(projectDir, type, file)) {
            throw new IllegalArgumentException("không tạo được " + projectDir.relativize(file).toString()
                    .replace('\\', '/') + ": thư mục content/" + type.code() + "/ là một liên kết (symlink) dẫn ra "
                    + "ngoài. Cách sửa: thay liên kết bằng một thư mục thật trong content/.");
        }
        if (Files.exists(file)) {
            throw new IllegalArgumentException("tệp " + projectDir.relativize(file) + " đã có. Chọn tên khác.");
        }
        String schema = file.getParent().relativize(vn.congkhai.model.Schemas.editorFile(projectDir, type)).toString().replace('\\', '/');
        String text = skeleton(type).replace("@NGAY@", today.toString()).replace("@NAM@", String.valueOf(today.getYear()))
                .replace("@SCHEMA@", schema);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** What the officer still has to fill in, in Vietnamese. */
    public static List<String> todo(DisclosureType type) {
        String body = type.format() == vn.congkhai.content.Format.MARKDOWN ? "nội dung dưới dòng ~~~~~~"
                : "dữ liệu (các dòng mẫu có dấu …)";
        return List.of("Điền tiêu đề (title), số hiệu (so_hieu) và " + body + ".",
                type.isDisclosure() ? "Kiểm tra mục công khai (muc_cong_khai, 1–14) và ngày niêm yết (niem_yet_tu)." : "",
                "Xem trước: mvnw.cmd jetty:run (Linux, macOS: ./mvnw jetty:run) rồi mở http://localhost:8080/ "
                        + "(bản nháp chưa hiện trên trang).",
                "Khi đúng, đổi status thành published và chạy mvnw.cmd package.");
    }

    private static String skeleton(DisclosureType type) {
        String resource = "/scaffold/" + type.code() + "." + type.format().extension();
        try (InputStream in = Scaffold.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No scaffold " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
