package vn.congkhai.bake;

import vn.congkhai.problem.ContentProblemsException;

import java.nio.file.Path;

/**
 * The command behind {@code mvn package}: {@code Main <project folder> <site folder>}. Exit status 0 when the site
 * was baked, 1 when the content has mistakes (listed for officers, the site untouched), 2 on a failure of the
 * program itself.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Cách dùng: Main <thư mục dự án> <thư mục trang web>");
            System.exit(2);
        }
        int status;
        try {
            BakeReport report = new Bakery(Path.of(args[0]), Path.of(args[1])).bake();
            System.out.println(report.summary());
            status = 0;
        } catch (ContentProblemsException e) {
            System.err.print(e.problems().report());
            status = 1;
        } catch (RuntimeException e) {
            System.err.println("Lỗi của chương trình khi tạo trang (không phải lỗi nội dung). Trang web cũ vẫn giữ "
                    + "nguyên. Hãy gửi thông báo dưới đây cho người phụ trách kỹ thuật:");
            e.printStackTrace();
            status = 2;
        }
        // OrientDB leaves non-daemon threads behind.
        System.exit(status);
    }
}
