package vn.congkhai.tools;

import vn.congkhai.types.ContentTypes;
import vn.congkhai.bake.ProgramFault;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.importer.Importer;
import vn.congkhai.model.DisclosureType;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The officers' commands, run by the plugin's goals {@code cong-khai:tao} and {@code cong-khai:nhap} (and by
 * {@code main} from a terminal):
 * <pre>
 *   tao  &lt;loại&gt; &lt;tên-tệp&gt;                 new disclosure file (draft)
 *   nhap &lt;bảng tính&gt; --loai &lt;loại&gt; [--ra tệp.json] [--tieu-de "…"] [--muc N] [--ghi-de] [--bo-qua-dong-loi]
 * </pre>
 */
public final class CongKhai {

    private CongKhai() {
    }

    public static void main(String[] args) {
        Path project = Path.of(System.getProperty("congkhai.source", ".")).toAbsolutePath().normalize();
        ProgramFault.logUncaught(project);
        System.exit(execute(project, LocalDate.now(SiteConfig.ZONE), List.of(args), System.out, System.err));
    }

    /**
     * Runs a command for an officer.
     *
     * @return the exit status: 0 done, 1 something for the officer to fix (said in Vietnamese), 2 a failure of the
     * program itself (one line for the officer, the stack trace in {@value ProgramFault#LOG})
     */
    public static int execute(Path project, LocalDate today, List<String> args, PrintStream out, PrintStream err) {
        try {
            return run(project, today, args, out, err);
        } catch (IllegalArgumentException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (Throwable e) { // anything at all: one line for the officer, the trace to the log
            String doing = switch (args.isEmpty() ? "" : args.get(0)) {
                case "tao" -> "tạo văn bản mới";
                case "nhap" -> "nhập bảng tính";
                default -> "chạy lệnh";
            };
            err.println(ProgramFault.record(project, doing, e));
            return 2;
        }
    }

    private static int run(Path project, LocalDate today, List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            usage(err);
            return 1;
        }
        switch (args.get(0)) {
            case "tao" -> {
                if (args.size() != 3) {
                    usage(err);
                    return 1;
                }
                DisclosureType type = type(args.get(1));
                Path file = new Scaffold(project, today).create(type, args.get(2));
                out.println("Đã tạo " + project.relativize(file) + " (bản nháp). Việc cần làm:");
                Scaffold.todo(type).stream().filter(s -> !s.isEmpty()).forEach(s -> out.println("  - " + s));
                return 0;
            }
            case "nhap" -> {
                Importer.Outcome outcome = new Importer(project, today).run(request(project, args.subList(1, args.size())));
                Importer.print(outcome, outcome.ok() ? out : err);
                return outcome.ok() ? 0 : 1;
            }
            default -> {
                usage(err);
                return 1;
            }
        }
    }

    private static Importer.Request request(Path project, List<String> args) {
        Path file = null;
        DisclosureType type = null;
        Path output = null;
        String title = null;
        Integer item = null;
        boolean overwrite = false;
        boolean skip = false;
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            switch (a) {
                case "--loai" -> type = type(value(rest, ++i, a));
                case "--ra" -> output = project.resolve(value(rest, ++i, a));
                case "--tieu-de" -> title = value(rest, ++i, a);
                case "--muc" -> item = item(value(rest, ++i, a));
                case "--ghi-de" -> overwrite = true;
                case "--bo-qua-dong-loi" -> skip = true;
                default -> file = project.resolve(a);
            }
        }
        if (file == null || type == null) {
            throw new IllegalArgumentException("cần tên tệp bảng tính và --loai " + ContentTypes.spreadsheetCodes()
                    .replace(", ", "|") + ".");
        }
        if (ContentTypes.spreadsheet(type).isEmpty()) {
            throw new IllegalArgumentException("chỉ nhập được bảng tính cho " + ContentTypes.spreadsheetCodes() + ".");
        }
        return new Importer.Request(file, type, output, title, item, overwrite, skip);
    }

    /** The value after an option, e.g. the file after {@code --ra}. */
    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("thiếu giá trị sau " + option + ".");
        }
        return args.get(i);
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
        throw new IllegalArgumentException("--muc cần một số từ 1 đến 14 (mục công khai theo Điều 11), ví dụ --muc 7; "
                + "không phải \"" + text + "\".");
    }

    private static DisclosureType type(String code) {
        return DisclosureType.ofCode(code).orElseThrow(() -> new IllegalArgumentException("loại \"" + code
                + "\" không có; dùng một trong " + DisclosureType.allCodes() + "."));
    }

    private static void usage(PrintStream err) {
        err.println("""
                Cách dùng:
                  mvnw cong-khai:tao -Dloai=<loại> -Dten=<tên-tệp>
                      Tạo văn bản mới (bản nháp) trong content/<loại>/, ví dụ:
                      mvnw cong-khai:tao -Dloai=thong-bao -Dten=hop-dan-xom-dong-mac
                  mvnw cong-khai:nhap -Dtep=<bảng tính .xlsx hoặc .csv> -Dloai=ho-ngheo|bang|ngan-sach
                                      [-Dra=content/…json] [-Dtieu-de="…"] [-Dmuc=1-14] [-Dghi-de] [-Dbo-qua-dong-loi]
                      Nhập danh sách từ bảng tính thành tệp JSON (bản nháp).
                Các loại: """ + DisclosureType.allCodes());
    }
}
