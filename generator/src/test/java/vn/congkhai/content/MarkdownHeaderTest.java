package vn.congkhai.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownHeaderTest {

    @Test
    void readsKeysWithTheirLinesAndTheBody() {
        MarkdownHeader.Parsed parsed = MarkdownHeader.parse("x.md", List.of(
                "title=Thông báo", "", "date=2024-03-25", "tep=[{\"ten\": \"A\", \"duong_dan\": \"a.pdf\"}]",
                "~~~~~~", "Nội dung", "dòng hai"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.header().root().path("title").asText()).isEqualTo("Thông báo");
        assertThat(parsed.header().lineOf("/date")).isEqualTo(3);
        assertThat(parsed.header().root().path("tep").get(0).path("duong_dan").asText()).isEqualTo("a.pdf");
        assertThat(parsed.body()).isEqualTo("Nội dung\ndòng hai");
    }

    @Test
    void aLineWithoutEqualsIsReportedAtItsLine() {
        MarkdownHeader.Parsed parsed = MarkdownHeader.parse("x.md", List.of("title=A", "type thong-bao", "~~~~~~"));
        assertThat(parsed.problems()).extracting(p -> p.format())
                .containsExactly("x.md:2: (phần đầu): dòng \"type thong-bao\" thiếu dấu =. "
                        + "Cách sửa: mỗi dòng phần đầu viết dạng ten_truong=giá trị.");
    }

    @Test
    void aFileWithoutSeparatorHasNoHeader() {
        assertThat(MarkdownHeader.parse("x.md", List.of("Chỉ có nội dung")).hasHeader()).isFalse();
    }
}
