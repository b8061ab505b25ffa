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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The officers' commands never show a stack trace: a mistake in the command is status 1, a fault status 2. */
class CongKhaiTest {

    @TempDir
    Path project;

    record Run(int status, String err) {
    }

    @Test
    void aFaultIsOneLineAndStatusTwoWithTheTraceInTheLog() throws Exception {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/thong-bao"), "một tệp, không phải thư mục");
        Run run = run("tao", "thong-bao", "hop-dan");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Lỗi của chương trình (không phải lỗi nội dung) khi tạo văn bản mới, ở tệp "
                + "content/thong-bao: không đọc hoặc ghi được tệp (ổ đĩa đầy, tệp đang mở ở chương trình khác, hoặc "
                + "không có quyền). Trang web đã đăng vẫn giữ nguyên. Chi tiết lỗi ghi ở target/cong-khai-loi.log, hãy "
                + "gửi tệp này cho người phụ trách kỹ thuật.\n");
        assertThat(project.resolve(ProgramFault.LOG)).content().contains("FileAlreadyExistsException");
    }

    @Test
    void aMistakeInTheCommandIsExplainedWithStatusOne() throws Exception {
        assertThat(run("nhap", "ho-ngheo.xlsx", "--loai")).isEqualTo(new Run(1, "Lỗi: thiếu giá trị sau --loai.\n"));
        assertThat(run("nhap", "ho-ngheo.xlsx", "--loai", "ho-ngheo", "--muc", "bảy")).isEqualTo(new Run(1,
                "Lỗi: --muc cần một số từ 1 đến 14 (mục công khai theo Điều 11), ví dụ --muc 7; không phải \"bảy\".\n"));
        assertThat(run("nhap", "ho-ngheo.xlsx", "--loai", "ho-ngheo", "--muc", "15").err()).startsWith("Lỗi: --muc cần");
        assertThat(project.resolve(ProgramFault.LOG)).doesNotExist();
    }

    private Run run(String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status = CongKhai.execute(project, LocalDate.of(2024, 6, 30), List.of(args), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(captured, true,
                StandardCharsets.UTF_8));
        return new Run(status, captured.toString(StandardCharsets.UTF_8));
    }
}
