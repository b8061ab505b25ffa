package vn.congkhai.importer;

import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.SheetLayout;
import vn.congkhai.spreadsheet.Grid;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.config.Commune;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.kind.SpreadsheetMapping;
import vn.congkhai.problem.Problems;
import vn.congkhai.types.ContentTypes;
import vn.congkhai.content.Format;
import vn.congkhai.model.ContentDestination;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.FileNames;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an officer's spreadsheet ({@code .xlsx} or {@code .csv}) into a JSON disclosure of type {@code ho-ngheo},
 * {@code bang} or {@code ngan-sach}: finds the title and heading rows, maps the headings it knows, infers what it
 * can (year, round, budget stage, column kinds), and writes a draft ({@code status: draft}) for the officer to
 * check. Reports every row it cannot read with its row number, and writes nothing then unless told to skip them.
 * Never overwrites a file unless told to.
 */
public final class Importer {

    /** What the officer asked for. */
    public record Request(Path spreadsheet, DisclosureType type, Path output, String title, Integer item,
                          boolean overwrite, boolean skipBadRows) {
    }

    /** What happened: the file written (or null) and the messages for the officer. */
    public record Outcome(Path written, List<String> messages, boolean ok) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern YEAR = Pattern.compile("năm (\\d{4})", Pattern.CASE_INSENSITIVE);

    private final Path projectDir;
    private final LocalDate today;

    public Importer(Path projectDir, LocalDate today) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.today = today;
    }

    public Outcome run(Request request) {
        SpreadsheetMapping mapping = ContentTypes.spreadsheet(request.type()).orElseThrow(() ->
                new IllegalArgumentException("Chỉ nhập được " + ContentTypes.spreadsheetCodes()));
        Grid grid;
        if (!Files.exists(request.spreadsheet())) {
            String name = request.spreadsheet().getFileName().toString();
            return failed("Không tìm thấy tệp " + name + ". Cách sửa: đặt tệp trong thư mục của xã (cạnh pom.xml) "
                    + "và viết đúng tên, ví dụ -Dtep=" + name + ".");
        }
        try {
            grid = Grid.read(request.spreadsheet());
        } catch (Grid.Unreadable e) {
            return failed(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return failed("Không đọc được " + request.spreadsheet().getFileName() + ": tệp không mở được (có thể "
                    + "đang mở trong Excel, đã bị xoá hoặc bị hỏng). Cách sửa: đóng tệp trong Excel, kiểm tra đường "
                    + "dẫn -Dtep rồi nhập lại.");
        }
        SheetLayout sheet = SheetLayout.of(grid, mapping.knownHeadings());
        if (sheet == null) {
            return failed("Không tìm thấy dòng tên cột trong bảng tính. Cách sửa: bảng cần một dòng "
                    + "tên cột như \"STT | Họ và tên chủ hộ | Xóm | Phân loại\".");
        }
        ImportResult result = mapping.read(sheet);
        String title = Optional.ofNullable(request.title()).orElse(properNames(sheet.title()));
        List<String> problems = new ArrayList<>(result.sheetProblems());
        if (title == null || title.isBlank()) {
            problems.add("Không thấy tiêu đề trong bảng tính. Cách sửa: chạy lại với -Dtieu-de=\"Danh sách …\".");
        }
        Path requested = request.output() != null ? request.output()
                : projectDir.resolve("content").resolve(request.type().code()).resolve(slug(title) + ".json");
        Optional<String> refusal = ContentDestination.refusal(projectDir, request.type(), Format.JSON, requested,
                slug(title));
        if (refusal.isPresent()) {
            return failed(refusal.get());
        }
        Path output = projectDir.resolve(requested).toAbsolutePath().normalize();
        ObjectNode doc = draft(request, mapping, output, title, problems);
        if (sheet.number() != null) {
            doc.put("so_hieu", sheet.number());
        }
        doc.setAll(result.data());
        boolean skipRows = request.skipBadRows() && result.rows() > 0;
        if (!problems.isEmpty() || (!result.rowProblems().isEmpty() && !skipRows)) {
            return unreadRows(problems, result.rowProblems());
        }
        // written as the editor writes it: the schema's order, one row per line
        String json = vn.congkhai.content.CanonicalJson.write(doc, vn.congkhai.model.Schemas.of(request.type())
                .orElseThrow());
        List<String> personal = ImportGuard.findings(projectDir, request.type(), output, json);
        if (!personal.isEmpty()) {
            return personalData(personal);
        }
        if (Files.exists(output) && !request.overwrite()) {
            return failed("Tệp " + projectDir.relativize(output) + " đã có, không ghi đè. "
                    + "Cách sửa: chọn tên khác với -Dra=content/…json, hoặc thêm -Dghi-de nếu muốn thay tệp cũ.");
        }
        try {
            Files.createDirectories(output.getParent());
            Files.writeString(output, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed("Không ghi được " + output + ": " + e.getMessage());
        }
        return written(output, doc, grid, result);
    }

    private static Outcome failed(String message) {
        return new Outcome(null, List.of(message), false);
    }

    /** The draft's head: schema, title, date, type, status, item, and what the title tells. */
    private ObjectNode draft(Request request, SpreadsheetMapping mapping, Path output, String title,
                             List<String> problems) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("$schema", schemaPath(output, request.type()));
        doc.put("title", title);
        doc.put("date", today.toString());
        doc.put("type", request.type().code());
        doc.put("status", "draft");
        doc.put("muc_cong_khai", request.item() != null ? request.item() : mapping.defaultItem());
        if (title != null) {
            Matcher year = YEAR.matcher(title);
            mapping.fromTitle(doc, title, year.find() ? Integer.parseInt(year.group(1)) : today.getYear(), problems);
        }
        return doc;
    }

    private static Outcome personalData(List<String> findings) {
        List<String> messages = new ArrayList<>();
        messages.add("Bảng tính có " + findings.size() + " chỗ là dữ liệu cá nhân không được công khai, chưa nhập gì:");
        findings.forEach(f -> messages.add("  " + f));
        messages.add("Xoá các số, ngày đó (hoặc cả cột) khỏi bảng tính rồi nhập lại.");
        return new Outcome(null, messages, false);
    }

    private static Outcome unreadRows(List<String> problems, List<String> rowProblems) {
        List<String> messages = new ArrayList<>();
        messages.add("Bảng tính có " + (problems.size() + rowProblems.size()) + " chỗ không đọc được, chưa nhập gì:");
        problems.forEach(p -> messages.add("  " + p));
        rowProblems.forEach(p -> messages.add("  " + p));
        messages.add("Sửa các dòng trên trong bảng tính rồi chạy lại, hoặc thêm -Dbo-qua-dong-loi để chỉ nhập "
                + "các dòng đọc được.");
        return new Outcome(null, messages, false);
    }

    private Outcome written(Path output, ObjectNode doc, Grid grid, ImportResult result) {
        List<String> messages = new ArrayList<>();
        messages.add("Đã nhập " + result.rows() + " dòng vào " + display(output) + " (bản nháp: status = draft).");
        result.rowProblems().forEach(p -> messages.add("  Bỏ qua: " + p));
        grid.notes().forEach(n -> messages.add("  Lưu ý: " + n));
        result.notes().forEach(n -> messages.add("  Lưu ý: " + n));
        messages.add("Việc còn lại: kiểm tra tiêu đề, ngày, số hiệu (so_hieu), mục công khai (muc_cong_khai = "
                + doc.path("muc_cong_khai").asInt() + "), thời gian niêm yết (niem_yet_tu); xem trước bằng "
                + "mvnw.cmd jetty:run; khi đúng, đổi status thành published.");
        return new Outcome(output, messages, true);
    }

    /**
     * A title read in capitals comes back in sentence case; the commune's own names (from jbake.properties, read by
     * {@link SiteConfig}) get their capitals back: "… của xã lục ba" → "… của xã Lục Ba".
     */
    private String properNames(String title) {
        if (title == null) {
            return null;
        }
        SiteConfig config = SiteConfig.load(projectDir, new Problems());
        if (config == null) {
            return title;
        }
        Commune commune = config.commune();
        String result = title;
        for (String name : java.util.Arrays.asList(commune.name(), commune.province(), commune.formerDistrict())) {
            if (name != null && !name.isBlank()) {
                result = Pattern.compile(Pattern.quote(name.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(result).replaceAll(Matcher.quoteReplacement(name.strip()));
            }
        }
        return result;
    }

    private String schemaPath(Path output, DisclosureType type) {
        Path schema = vn.congkhai.model.Schemas.editorFile(projectDir, type);
        return output.getParent().relativize(schema).toString().replace('\\', '/');
    }

    private String display(Path output) {
        return output.startsWith(projectDir) ? projectDir.relativize(output).toString() : output.toString();
    }

    static String slug(String title) {
        if (title == null) {
            return "nhap";
        }
        String s = FileNames.slug(title);
        return s.length() > 60 ? s.substring(0, s.lastIndexOf('-', 60) > 0 ? s.lastIndexOf('-', 60) : 60) : s;
    }

    /** Prints the outcome for an officer's terminal. */
    public static void print(Outcome outcome, PrintStream out) {
        outcome.messages().forEach(out::println);
    }
}
