package vn.congkhai.tools;

import vn.congkhai.bake.ProgramFault;
import vn.congkhai.importer.Importer;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.FileNames;
import vn.congkhai.types.ContentTypes;
import vn.congkhai.word.DocumentKinds;
import vn.congkhai.word.WordImport;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * The officers' commands behind the plugin's goals {@code cong-khai:tao} and {@code cong-khai:nhap}, with the
 * goals' parameters as officers type them ({@code -Dloai=…}). Each returns an exit status: 0 done, 1 something for the
 * officer to fix (said in Vietnamese on {@code err}), 2 a failure of the program itself (one line for the officer, the
 * stack trace in {@value ProgramFault#LOG}).
 */
public final class CongKhai {

    /**
     * What {@code cong-khai:nhap} was given; null where a parameter was left out. {@code file} is a spreadsheet or a
     * Word document; {@code attach} ({@code -Ddinh-kem}) publishes a Word document as an attachment of its draft.
     */
    public record ImportOptions(String file, String type, String output, String title, String item,
                                boolean overwrite, boolean skipBadRows, boolean attach) {
    }

    private CongKhai() {
    }

    /** {@code cong-khai:tao -Dloai=… -Dten=…}: a new draft disclosure and what is left to fill in. */
    public static int newDisclosure(Path project, LocalDate today, String type, String name, PrintStream out,
                                    PrintStream err) {
        return guarded(project, "tạo văn bản mới", err, () -> {
            DisclosureType t = type(type);
            Path file = new Scaffold(project, today).create(t, name);
            out.println("Đã tạo " + project.relativize(file).toString().replace('\\', '/')
                    + " (bản nháp). Việc cần làm:");
            Scaffold.todo(t).stream().filter(s -> !s.isEmpty()).forEach(s -> out.println("  - " + s));
            return 0;
        });
    }

    /**
     * {@code cong-khai:nhap -Dtep=…}: a Word document ({@code .docx}, {@code .doc}) into a draft Markdown disclosure,
     * anything else as a spreadsheet ({@link #importSpreadsheet}).
     */
    public static int importFile(Path project, LocalDate today, ImportOptions options, PrintStream out,
                                 PrintStream err) {
        String file = options.file() == null ? "" : options.file().strip().toLowerCase(java.util.Locale.ROOT);
        if (file.endsWith(".docx") || file.endsWith(".doc")) {
            return importWord(project, today, options, out, err);
        }
        return importSpreadsheet(project, today, options, out, err);
    }

    /** {@code cong-khai:nhap -Dtep=quyet-dinh.docx}: a Word document into a draft Markdown disclosure. */
    public static int importWord(Path project, LocalDate today, ImportOptions options, PrintStream out,
                                 PrintStream err) {
        return guarded(project, "nhập văn bản Word", err, () -> {
            WordImport.Outcome outcome = new WordImport(project, today).run(wordRequest(project, options));
            outcome.messages().forEach(outcome.ok() ? out::println : err::println);
            return outcome.ok() ? 0 : 1;
        });
    }

    /** {@code cong-khai:nhap -Dtep=… -Dloai=…}: a spreadsheet into a draft JSON disclosure. */
    public static int importSpreadsheet(Path project, LocalDate today, ImportOptions options, PrintStream out,
                                        PrintStream err) {
        return guarded(project, "nhập bảng tính", err, () -> {
            Importer.Outcome outcome = new Importer(project, today).run(request(project, options));
            Importer.print(outcome, outcome.ok() ? out : err);
            return outcome.ok() ? 0 : 1;
        });
    }

    /** Runs a command: a mistake in it is one line and status 1, anything else one line and status 2. */
    private static int guarded(Path project, String doing, PrintStream err, Callable<Integer> command) {
        try {
            return command.call();
        } catch (IllegalArgumentException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (Throwable e) { // anything at all: one line for the officer, the trace to the log
            err.println(ProgramFault.record(project, doing, e));
            return 2;
        }
    }

    private static WordImport.Request wordRequest(Path project, ImportOptions o) {
        DisclosureType type = null;
        if (o.type() != null && !o.type().isBlank()) {
            type = type(o.type());
            if (type.format() != vn.congkhai.content.Format.MARKDOWN) {
                throw new IllegalArgumentException("văn bản Word chỉ nhập được thành loại "
                        + String.join(", ", DocumentKinds.markdownTypes().stream().map(DisclosureType::code).toList())
                        + "; bỏ -Dloai để chọn theo loại văn bản.");
            }
        }
        return new WordImport.Request(project.resolve(o.file()), type,
                output(project, o.output(), type == null ? "<loại>" : type.code(), ".md"), o.title(),
                o.item() == null ? null : item(o.item()), o.overwrite(), o.attach());
    }

    private static Importer.Request request(Path project, ImportOptions o) {
        if (o.file() == null || o.file().isBlank() || o.type() == null || o.type().isBlank()) {
            throw new IllegalArgumentException("cần -Dtep=<bảng tính .xlsx hoặc .csv> và -Dloai="
                    + ContentTypes.spreadsheetCodes().replace(", ", "|") + ".");
        }
        DisclosureType type = type(o.type());
        if (ContentTypes.spreadsheet(type).isEmpty()) {
            throw new IllegalArgumentException("chỉ nhập được bảng tính cho " + ContentTypes.spreadsheetCodes() + ".");
        }
        return new Importer.Request(project.resolve(o.file()), type,
                output(project, o.output(), type.code(), ".json"), o.title(),
                o.item() == null ? null : item(o.item()), o.overwrite(), o.skipBadRows());
    }

    /**
     * {@code -Dra}, relative to the commune's folder; where it may be is checked by the import
     * ({@link vn.congkhai.model.ContentDestination}), an absolute path refused here as officers never need one.
     */
    private static Path output(Path project, String typed, String type, String extension) {
        if (typed == null) {
            return null;
        }
        Path path;
        try {
            path = Path.of(typed.strip());
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("Không ghi được vào \"" + typed.strip() + "\": tên có ký tự không "
                    + "dùng được trong tên tệp. Cách sửa: viết -Dra=content/" + type + "/"
                    + FileNames.suggest(typed.strip().replaceFirst("^.*[/\\\\]", "")).replaceFirst("\\.[a-z0-9]+$", "")
                    + extension + ", hoặc bỏ -Dra để dùng tên tự đặt.");
        }
        if (path.isAbsolute() || path.getRoot() != null) {
            Path name = path.getFileName();
            String example = name == null ? "ten-tep" : FileNames.suggest(name.toString())
                    .replaceFirst("\\.[a-z0-9]+$", "");
            throw new IllegalArgumentException("Không ghi được vào \"" + typed.strip() + "\": -Dra là đường dẫn tính "
                    + "từ thư mục của xã, không phải đường dẫn tuyệt đối. Cách sửa: viết -Dra=content/" + type + "/"
                    + example + extension + ", hoặc bỏ -Dra để dùng tên tự đặt.");
        }
        return project.resolve(path);
    }

    private static int item(String text) {
        try {
            int item = Integer.parseInt(text.strip());
            if (item >= 1 && item <= 14) {
                return item;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new IllegalArgumentException("-Dmuc cần một số từ 1 đến 14 (mục công khai theo Điều 11), ví dụ -Dmuc=7; "
                + "không phải \"" + text + "\".");
    }

    private static DisclosureType type(String code) {
        return DisclosureType.ofCode(code).orElseThrow(() -> new IllegalArgumentException("loại \"" + code
                + "\" không có; dùng một trong " + DisclosureType.allCodes() + "."));
    }
}
