package vn.congkhai.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.model.DisclosureType;

import java.io.IOException;
import java.io.PrintStream;
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

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern YEAR = Pattern.compile("năm (\\d{4})", Pattern.CASE_INSENSITIVE);

    private final Path projectDir;
    private final LocalDate today;

    public Importer(Path projectDir, LocalDate today) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.today = today;
    }

    public Outcome run(Request request) {
        List<String> messages = new ArrayList<>();
        Grid grid;
        try {
            grid = Grid.read(request.spreadsheet());
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, List.of("Không đọc được " + request.spreadsheet().getFileName() + ": "
                    + e.getMessage()), false);
        }
        List<String> known = switch (request.type()) {
            case HO_NGHEO -> HouseholdImport.KNOWN;
            case NGAN_SACH -> BudgetImport.KNOWN;
            default -> SheetImport.KNOWN;
        };
        SheetLayout sheet = SheetLayout.of(grid, known);
        if (sheet == null) {
            return new Outcome(null, List.of("Không tìm thấy dòng tên cột trong bảng tính. Cách sửa: bảng cần một dòng "
                    + "tên cột như \"STT | Họ và tên chủ hộ | Xóm | Phân loại\"."), false);
        }
        ImportResult result = switch (request.type()) {
            case HO_NGHEO -> HouseholdImport.read(sheet);
            case NGAN_SACH -> BudgetImport.read(sheet);
            case BANG -> SheetImport.read(sheet);
            default -> throw new IllegalArgumentException("Chỉ nhập được ho-ngheo, bang, ngan-sach");
        };
        String title = Optional.ofNullable(request.title()).orElse(properNames(sheet.title()));
        List<String> problems = new ArrayList<>(result.problems());
        if (title == null || title.isBlank()) {
            problems.add("Không thấy tiêu đề trong bảng tính. Cách sửa: chạy lại với --tieu-de \"Danh sách …\".");
        }
        ObjectNode doc = JSON.createObjectNode();
        Path output = request.output() != null ? request.output()
                : projectDir.resolve("content").resolve(request.type().code()).resolve(slug(title) + ".json");
        output = output.toAbsolutePath().normalize();
        doc.put("$schema", schemaPath(output, request.type()));
        doc.put("title", title);
        doc.put("date", today.toString());
        doc.put("type", request.type().code());
        doc.put("status", "draft");
        doc.put("muc_cong_khai", request.item() != null ? request.item() : defaultItem(request.type()));
        if (title != null) {
            metadata(doc, request.type(), title, today, problems);
        }
        doc.setAll(result.data());
        if (!problems.isEmpty() && !(request.skipBadRows() && result.rows() > 0 && problems.stream()
                .allMatch(p -> p.startsWith("Dòng ")))) {
            messages.add("Bảng tính có " + problems.size() + " chỗ không đọc được, chưa nhập gì:");
            problems.forEach(p -> messages.add("  " + p));
            messages.add("Sửa các dòng trên trong bảng tính rồi chạy lại, hoặc thêm --bo-qua-dong-loi để chỉ nhập "
                    + "các dòng đọc được.");
            return new Outcome(null, messages, false);
        }
        if (Files.exists(output) && !request.overwrite()) {
            return new Outcome(null, List.of("Tệp " + projectDir.relativize(output) + " đã có, không ghi đè. "
                    + "Cách sửa: chọn tên khác với --ra, hoặc thêm --ghi-de nếu muốn thay tệp cũ."), false);
        }
        try {
            Files.createDirectories(output.getParent());
            Files.writeString(output, JSON.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Outcome(null, List.of("Không ghi được " + output + ": " + e.getMessage()), false);
        }
        messages.add("Đã nhập " + result.rows() + " dòng vào " + display(output) + " (bản nháp: status = draft).");
        problems.forEach(p -> messages.add("  Bỏ qua: " + p));
        result.notes().forEach(n -> messages.add("  Lưu ý: " + n));
        messages.add("Việc còn lại: kiểm tra tiêu đề, ngày, số hiệu (so_hieu), mục công khai (muc_cong_khai = "
                + doc.path("muc_cong_khai").asInt() + "), thời gian niêm yết (niem_yet_tu); xem trước bằng "
                + "mvn jetty:run; khi đúng, đổi status thành published.");
        return new Outcome(output, messages, true);
    }

    /**
     * A title read in capitals comes back in sentence case; the commune's own names (from jbake.properties) get
     * their capitals back: "… của xã lục ba" → "… của xã Lục Ba".
     */
    private String properNames(String title) {
        if (title == null) {
            return null;
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(projectDir.resolve(SiteConfig.FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            return title;
        }
        String result = title;
        for (String key : List.of("xa.ten", "xa.tinh", "xa.huyen_cu")) {
            String name = p.getProperty(key, "").strip();
            if (!name.isEmpty()) {
                result = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(result).replaceAll(Matcher.quoteReplacement(name));
            }
        }
        return result;
    }

    private static void metadata(ObjectNode doc, DisclosureType type, String title, LocalDate today,
                                 List<String> problems) {
        Matcher year = YEAR.matcher(title);
        int nam = year.find() ? Integer.parseInt(year.group(1)) : today.getYear();
        String f = Headings.fold(title);
        if (type == DisclosureType.HO_NGHEO) {
            doc.put("nam", nam);
            doc.put("dot", f.contains("so bo") ? "so-bo" : f.contains("bo sung") ? "bo-sung" : "chinh-thuc");
        } else if (type == DisclosureType.NGAN_SACH) {
            doc.put("nam", nam);
            String stage = f.contains("quyet toan") ? "quyet-toan"
                    : f.contains("6 thang") ? "thuc-hien-6-thang"
                    : f.contains("9 thang") ? "thuc-hien-9-thang"
                    : f.matches(".*quy (i|1)\\b.*") ? "thuc-hien-q1"
                    : f.contains("thuc hien") && (f.contains("ca nam") || f.contains("nam " + nam)) ? "thuc-hien-nam"
                    : f.contains("du toan") && f.contains("trinh") ? "du-toan-trinh"
                    : f.contains("du toan") ? "du-toan" : null;
            if (stage == null) {
                problems.add("Không rõ giai đoạn ngân sách từ tiêu đề \"" + title + "\". Cách sửa: ghi rõ trong tiêu đề "
                        + "(dự toán, thực hiện 6 tháng, quyết toán …).");
            } else {
                doc.put("giai_doan", stage);
            }
        }
    }

    private static int defaultItem(DisclosureType type) {
        return switch (type) {
            case HO_NGHEO -> 7;
            case NGAN_SACH -> 2;
            default -> 14;
        };
    }

    private String schemaPath(Path output, DisclosureType type) {
        Path schema = projectDir.resolve("src/main/resources/schemas/" + type.code() + ".schema.json");
        return output.getParent().relativize(schema).toString().replace('\\', '/');
    }

    private String display(Path output) {
        return output.startsWith(projectDir) ? projectDir.relativize(output).toString() : output.toString();
    }

    static String slug(String title) {
        if (title == null) {
            return "nhap";
        }
        String s = Headings.fold(title).replace(' ', '-');
        return s.length() > 60 ? s.substring(0, s.lastIndexOf('-', 60) > 0 ? s.lastIndexOf('-', 60) : 60) : s;
    }

    /** Prints the outcome for an officer's terminal. */
    public static void print(Outcome outcome, PrintStream out) {
        outcome.messages().forEach(out::println);
    }
}
