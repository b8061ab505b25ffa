package vn.congkhai.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.problem.Problem;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A file saved in another encoding is refused by name; a replacement character written on purpose is text. */
class ContentReaderEncodingTest {

    private static final String MARKDOWN = "title=Thông báo lịch tiếp dân\ndate=2024-03-25\ntype=thong-bao\n"
            + "status=published\n~~~~~~\n\nKý hiệu \uFFFD nghĩa là chưa có số liệu.\n";

    @TempDir
    Path project;

    private ContentTree read(byte[] bytes) throws Exception {
        Path file = project.resolve("content/thong-bao/lich-tiep-dan.md");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new ContentReader(project, project.resolve("content")).read();
    }

    @Test
    void aFileSavedInAnotherEncodingIsRefusedByName() throws Exception {
        ContentTree tree = read(MARKDOWN.replace("\uFFFD", "?").getBytes(Charset.forName("windows-1258")));
        assertThat(tree.problems()).containsExactly(new Problem("content/thong-bao/lich-tiep-dan.md", 1, "(mã hoá)",
                "tệp không phải UTF-8. Cách sửa: lưu lại tệp với mã hoá UTF-8 (trong trình soạn thảo chọn \"Save with "
                        + "encoding: UTF-8\")."));
        assertThat(tree.documents()).isEmpty();
    }

    @Test
    void aReplacementCharacterWrittenInUtf8IsText() throws Exception {
        ContentTree tree = read(MARKDOWN.getBytes(StandardCharsets.UTF_8));
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.documents()).singleElement().satisfies(d -> assertThat(d.markdownBody()).contains("\uFFFD"));
    }
}
