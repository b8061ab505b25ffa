package vn.congkhai.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SourceMemoryTest {

    @TempDir
    Path tmp;

    private final SourceMemory memory = new SourceMemory();
    private final AtomicInteger reads = new AtomicInteger();

    private String read(Path file) {
        return memory.of("read", file, () -> {
            reads.incrementAndGet();
            try {
                return Files.readString(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void settle(Path file, Instant when) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    @Test
    void aFileThatKeepsItsStampIsReadOnce() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.md"), "một");
        settle(file, Instant.now().minusSeconds(60));
        assertThat(read(file)).isEqualTo("một");
        assertThat(read(file)).isEqualTo("một");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aSaveOfTheSameSizeWithANewTimeIsReadAgain() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.md"), "một");
        settle(file, Instant.now().minusSeconds(60));
        read(file);
        Files.writeString(file, "hai");
        settle(file, Instant.now().minusSeconds(30));
        assertThat(read(file)).isEqualTo("hai");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFileChangedJustBeforeItWasReadIsReadAgainEvenIfItsStampStaysTheSame() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.md"), "một");
        Instant now = Instant.now();
        settle(file, now);
        read(file);
        Files.writeString(file, "hai"); // the same size, within the same tick of the file system's clock
        settle(file, now);
        assertThat(read(file)).isEqualTo("hai");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsReadAgain() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.md"), "một");
        Instant then = Instant.now().minusSeconds(60);
        settle(file, then);
        read(file);
        Path saved = Files.writeString(tmp.resolve("a.md.tmp"), "hai"); // an editor saving through a new file
        settle(saved, then);
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assumeTrue(Files.getAttribute(file, "fileKey") != null, "a file system that tells files apart (not Windows)");
        assertThat(read(file)).isEqualTo("hai");
        assertThat(reads).hasValue(2);
    }
}
