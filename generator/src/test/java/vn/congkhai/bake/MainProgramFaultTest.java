package vn.congkhai.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What an officer reads, and what the log keeps, when the program itself fails. */
class MainProgramFaultTest {

    private static final String TAIL = " Trang web đã đăng vẫn giữ nguyên. Chi tiết lỗi ghi ở target/cong-khai-loi.log, "
            + "hãy gửi tệp này cho người phụ trách kỹ thuật.";

    @TempDir
    Path project;

    @Test
    void eachKindOfFaultIsOneLineInVietnamese() {
        assertThat(ProgramFault.record(project, "tạo trang", new StackOverflowError())).isEqualTo(
                "Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang: tràn ngăn xếp, thường do văn bản có quá "
                        + "nhiều tầng lồng nhau (trích dẫn >, danh sách)." + TAIL);
        assertThat(ProgramFault.record(project, "tạo trang", new OutOfMemoryError("Java heap space"))).isEqualTo(
                "Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang: hết bộ nhớ." + TAIL);
        assertThat(ProgramFault.record(project, "nhập bảng tính", new IllegalStateException("boom"))).isEqualTo(
                "Lỗi của chương trình (không phải lỗi nội dung) khi nhập bảng tính: lỗi không lường trước." + TAIL);
        assertThat(ProgramFault.record(project, "tạo trang", new UncheckedIOException(new IOException("Stream closed"))))
                .isEqualTo("Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang: không đọc hoặc ghi được tệp "
                        + "(tệp đang mở ở chương trình khác, hoặc không có quyền)." + TAIL);
    }

    @Test
    void aFullDiskIsNamedOnlyWhenTheSystemSaysSo() {
        assertThat(ProgramFault.record(project, "tạo trang", new UncheckedIOException(new java.nio.file.FileSystemException(
                project.resolve("target/pdf-cache/a.tmp").toString(), null, "No space left on device")))).isEqualTo(
                "Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang, ở tệp target/pdf-cache/a.tmp: ổ đĩa đầy, "
                        + "không ghi được tệp; hãy xóa bớt tệp cho trống chỗ rồi chạy lại." + TAIL);
        // a write cut off as the bake ran out of memory is the memory's fault, not the disk's
        IOException cutOff = new IOException("No space left on device", new OutOfMemoryError("Java heap space"));
        assertThat(ProgramFault.record(project, "tạo trang", cutOff)).isEqualTo(
                "Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang: hết bộ nhớ." + TAIL);
    }

    @Test
    void theFileInvolvedIsNamedRelativeToTheProject() {
        String denied = project.resolve("content/ho-ngheo/quyet-dinh.pdf").toString();
        assertThat(ProgramFault.record(project, "tạo trang",
                new UncheckedIOException(new AccessDeniedException(denied)))).isEqualTo(
                "Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang, ở tệp content/ho-ngheo/quyet-dinh.pdf: "
                        + "không có quyền đọc hoặc ghi tệp." + TAIL);
        RuntimeException crawl = new RuntimeException("Failed crawling file: " + project.resolve("content/thong-bao/a.md")
                + " boom", new IllegalStateException());
        assertThat(ProgramFault.record(project, "tạo trang", crawl))
                .startsWith("Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang, ở tệp content/thong-bao/a.md: ");
    }

    @Test
    void theLogKeepsEveryFaultWithItsTraceAndStartsAgainWhenLarge() throws IOException {
        ProgramFault.record(project, "tạo trang", new IllegalStateException("lần một"));
        ProgramFault.record(project, "tạo trang", new IllegalArgumentException("lần hai"));
        String log = Files.readString(project.resolve(ProgramFault.LOG));
        assertThat(log).contains("java.lang.IllegalStateException: lần một", "java.lang.IllegalArgumentException: lần hai",
                "\tat vn.congkhai.bake.MainProgramFaultTest.");
        Files.writeString(project.resolve(ProgramFault.LOG), "x".repeat(2 << 20));
        ProgramFault.record(project, "tạo trang", new IllegalStateException("lần ba"));
        assertThat(Files.size(project.resolve(ProgramFault.LOG))).isLessThan(1 << 20);
    }

    @Test
    void whenTheProjectCannotHoldTheLogItGoesToTheTemporaryFolder() throws IOException {
        Path notAFolder = Files.writeString(project.resolve("tep"), "");
        Path temporary = Files.createDirectories(project.resolve("tmp"));
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", temporary.toString());
        try {
            assertThat(ProgramFault.record(notAFolder, "tạo trang", new IllegalStateException()))
                    .contains("Chi tiết lỗi ghi ở " + temporary.resolve("cong-khai-loi.log") + ", hãy gửi");
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
        assertThat(temporary.resolve("cong-khai-loi.log")).content().contains("java.lang.IllegalStateException");
    }

    @Test
    void whenNoLogCanBeWrittenTheLineSaysSo() throws IOException {
        Path notAFolder = Files.writeString(project.resolve("tep"), "");
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", notAFolder.toString());
        try {
            assertThat(ProgramFault.record(notAFolder, "tạo trang", new IllegalStateException())).isEqualTo(
                    "Lỗi của chương trình (không phải lỗi nội dung) khi tạo trang: lỗi không lường trước. Trang web đã "
                            + "đăng vẫn giữ nguyên. Không ghi được chi tiết lỗi vào target/cong-khai-loi.log, hãy báo "
                            + "cho người phụ trách kỹ thuật.");
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
    }

    @Test
    void aThreadThatDiesLeavesItsTraceInTheLogNotOnTheTerminal() throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ProgramFault.logUncaught(project);
            Thread worker = new Thread(() -> {
                throw new IllegalStateException("luồng phụ");
            });
            worker.start();
            worker.join(10_000);
            assertThat(worker.isAlive()).as("the thread still running after 10 s").isFalse();
        } finally {
            System.setErr(err);
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(project.resolve(ProgramFault.LOG)).content().contains("java.lang.IllegalStateException: luồng phụ");
    }
}
