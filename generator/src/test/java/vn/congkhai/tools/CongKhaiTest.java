package vn.congkhai.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.ProgramFault;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The officers' commands never show a stack trace: a mistake in the command is status 1, a fault status 2. */
class CongKhaiTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @TempDir
    Path project;

    /** A folder outside the commune. */
    @TempDir
    Path elsewhere;

    record Run(int status, String err) {
    }

    @Test
    void aFaultIsOneLineAndStatusTwoWithTheTraceInTheLog() throws Exception {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/thong-bao"), "một tệp, không phải thư mục");
        Run run = run((out, err) -> CongKhai.newDisclosure(project, TODAY, "thong-bao", "hop-dan", out, err));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Lỗi của chương trình (không phải lỗi nội dung) khi tạo văn bản mới, ở tệp "
                + "content/thong-bao: không đọc hoặc ghi được tệp (tệp đang mở ở chương trình khác, hoặc "
                + "không có quyền). Trang web đã đăng vẫn giữ nguyên. Chi tiết lỗi ghi ở target/cong-khai-loi.log, hãy "
                + "gửi tệp này cho người phụ trách kỹ thuật.\n");
        assertThat(project.resolve(ProgramFault.LOG)).content().contains("FileAlreadyExistsException");
    }

    @Test
    void aMistakeInTheCommandIsExplainedWithTheGoalsParametersAndStatusOne() throws Exception {
        assertThat(nhap(new CongKhai.ImportOptions("ho-ngheo.xlsx", null, null, null, null, false, false, false)))
                .isEqualTo(new Run(1, "Lỗi: cần -Dtep=<bảng tính .xlsx hoặc .csv> và -Dloai=ho-ngheo|ngan-sach|bang|gia-dat|boi-thuong.\n"));
        assertThat(nhap(new CongKhai.ImportOptions("ho-ngheo.xlsx", "ho-ngheo", null, null, "bảy", false, false, false)))
                .isEqualTo(new Run(1, "Lỗi: -Dmuc cần một số từ 1 đến 14 (mục công khai theo Điều 11), ví dụ -Dmuc=7; "
                        + "không phải \"bảy\".\n"));
        assertThat(nhap(new CongKhai.ImportOptions("ho-ngheo.xlsx", "ho-ngheo", null, null, "15", false, false, false)).err())
                .startsWith("Lỗi: -Dmuc cần");
        assertThat(nhap(new CongKhai.ImportOptions("ho-ngheo.xlsx", "thong-bao", null, null, null, false, false, false)))
                .isEqualTo(new Run(1, "Lỗi: chỉ nhập được bảng tính cho ho-ngheo, ngan-sach, bang, gia-dat, boi-thuong.\n"));
        assertThat(project.resolve(ProgramFault.LOG)).doesNotExist();
    }

    @Test
    void aSpreadsheetThatIsNotThereIsSaidNotToBeFoundWithWhereToPutIt() throws Exception {
        assertThat(nhap(new CongKhai.ImportOptions("danh-sach.xlsx", "ho-ngheo", null, null, null, false, false, false)))
                .isEqualTo(new Run(1, "Không tìm thấy tệp danh-sach.xlsx. Cách sửa: đặt tệp trong thư mục của xã "
                        + "(cạnh pom.xml) và viết đúng tên, ví dụ -Dtep=danh-sach.xlsx.\n"));
        assertThat(project.resolve(ProgramFault.LOG)).doesNotExist();
    }

    @Test
    void aNewFileNameWindowsReservesOrThatIsNoAddressIsRefusedWithTheNameToType() throws Exception {
        for (String reserved : new String[] {"con", "aux", "nul", "prn", "com1", "lpt9"}) {
            assertThat(tao(reserved)).isEqualTo(new Run(1, "Lỗi: tên tệp \"" + reserved + "\" là tên dành riêng của "
                    + "Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, với đuôi nào cũng vậy): máy Windows không "
                    + "tạo, mở hay tải về được tệp này. Cách sửa: viết -Dten=" + reserved + "-1.\n"));
        }
        assertThat(tao("Họp dân tháng 12")).isEqualTo(new Run(1, "Lỗi: tên tệp \"Họp dân tháng 12\" chỉ được có "
                + "chữ thường không dấu, số và dấu gạch nối. Cách sửa: viết -Dten=hop-dan-thang-12.\n"));
        assertThat(tao("CON.md").err()).endsWith("Cách sửa: viết -Dten=con-1.\n");
        assertThat(tao("???").err()).endsWith("nối. Ví dụ: -Dten=lich-tiep-dan-quy-3.\n");
        assertThat(project.resolve("content")).doesNotExist();
        assertThat(tao("hop-dan-thang-12").status()).isZero();
        assertThat(project.resolve("content/thong-bao/hop-dan-thang-12.md")).exists();
    }

    @Test
    void aNewFileIsNeverWrittenThroughALinkLeadingOutOfItsFolder() throws Exception {
        Path outside = Files.createDirectories(elsewhere.resolve("ngoai"));
        Files.createDirectories(project.resolve("content"));
        Files.createSymbolicLink(project.resolve("content/thong-bao"), outside);
        assertThat(tao("hop-dan")).isEqualTo(new Run(1, "Lỗi: không tạo được content/thong-bao/hop-dan.md: thư mục "
                + "content/thong-bao/ là một liên kết (symlink) dẫn ra ngoài. Cách sửa: thay liên kết bằng một thư mục "
                + "thật trong content/.\n"));
        assertThat(outside).isEmptyDirectory();
    }

    private Run tao(String name) {
        return run((out, err) -> CongKhai.newDisclosure(project, TODAY, "thong-bao", name, out, err));
    }

    private Run nhap(CongKhai.ImportOptions options) {
        return run((out, err) -> CongKhai.importSpreadsheet(project, TODAY, options, out, err));
    }

    private interface Command {
        int run(PrintStream out, PrintStream err);
    }

    private static Run run(Command command) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status = command.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(captured, true, StandardCharsets.UTF_8));
        return new Run(status, captured.toString(StandardCharsets.UTF_8));
    }
}
