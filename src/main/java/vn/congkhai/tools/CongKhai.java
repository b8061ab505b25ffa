package vn.congkhai.tools;

import vn.congkhai.types.ContentTypes;
import vn.congkhai.bake.ProgramFault;
import vn.congkhai.config.SiteConfig;
import vn.congkhai.importer.Importer;
import vn.congkhai.model.DisclosureType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The officers' commands, run by the {@code ./cong-khai} script at the project root:
 * <pre>
 *   ./cong-khai tao  &lt;loại&gt; &lt;tên-tệp&gt;                 new disclosure file (draft)
 *   ./cong-khai nhap &lt;bảng tính&gt; --loai &lt;loại&gt; [--ra tệp.json] [--tieu-de "…"] [--muc N] [--ghi-de] [--bo-qua-dong-loi]
 * </pre>
 */
public final class CongKhai {

    private CongKhai() {
    }

    public static void main(String[] args) {
        Path project = Path.of(System.getProperty("congkhai.source", ".")).toAbsolutePath().normalize();
        System.exit(execute(project, LocalDate.now(SiteConfig.ZONE), List.of(args)));
    }

    /**
     * Runs a command for an officer.
     *
     * @return the exit status: 0 done, 1 something for the officer to fix (said in Vietnamese), 2 a failure of the
     * program itself (one line for the officer, the stack trace in {@value ProgramFault#LOG})
     */
    static int execute(Path project, LocalDate today, List<String> args) {
        ProgramFault.logUncaught(project);
        try {
            return run(project, today, args);
        } catch (IllegalArgumentException e) {
            System.err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (Throwable e) { // anything at all: one line for the officer, the trace to the log
            String doing = switch (args.isEmpty() ? "" : args.get(0)) {
                case "tao" -> "tạo văn bản mới";
                case "nhap" -> "nhập bảng tính";
                default -> "chạy lệnh";
            };
            System.err.println(ProgramFault.record(project, doing, e));
            return 2;
        }
    }

    static int run(Path project, LocalDate today, List<String> args) {
        if (args.isEmpty()) {
            usage();
            return 1;
        }
        switch (args.get(0)) {
            case "tao" -> {
                if (args.size() != 3) {
                    usage();
                    return 1;
                }
                DisclosureType type = type(args.get(1));
                Path file = new Scaffold(project, today).create(type, args.get(2));
                System.out.println("Đã tạo " + project.relativize(file) + " (bản nháp). Việc cần làm:");
                Scaffold.todo(type).stream().filter(s -> !s.isEmpty()).forEach(s -> System.out.println("  - " + s));
                return 0;
            }
            case "nhap" -> {
                Importer.Outcome outcome = new Importer(project, today).run(request(project, args.subList(1, args.size())));
                Importer.print(outcome, outcome.ok() ? System.out : System.err);
                return outcome.ok() ? 0 : 1;
            }
            default -> {
                usage();
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

    private static void usage() {
        System.err.println("""
                Cách dùng:
                  ./cong-khai tao <loại> <tên-tệp>
                      Tạo văn bản mới (bản nháp) trong content/<loại>/, ví dụ: ./cong-khai tao thong-bao hop-dan-xom-dong-mac
                  ./cong-khai nhap <bảng tính .xlsx hoặc .csv> --loai ho-ngheo|bang|ngan-sach [--ra content/…json]
                                   [--tieu-de "…"] [--muc 1-14] [--ghi-de] [--bo-qua-dong-loi]
                      Nhập danh sách từ bảng tính thành tệp JSON (bản nháp).
                Các loại: """ + DisclosureType.allCodes());
    }
}
