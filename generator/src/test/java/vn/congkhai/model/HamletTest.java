package vn.congkhai.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A hamlet is one whichever way the content writes it, with an ASCII address from its Vietnamese name. */
class HamletTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Xóm Gốc Vải         | Gốc Vải    | goc-vai      | Xóm Gốc Vải
            Gốc Vải             | Gốc Vải    | goc-vai      | Xóm Gốc Vải
            xóm  Đồng   Mạc     | Đồng Mạc   | dong-mac     | Xóm Đồng Mạc
            Thôn Nà Mò          | Nà Mò      | na-mo        | Thôn Nà Mò
            Tổ dân phố 3        | 3          | 3            | Tổ dân phố 3
            Bản Chiềng Ly       | Chiềng Ly  | chieng-ly    | Bản Chiềng Ly
            Xuân Lai            | Xuân Lai   | xuan-lai     | Xóm Xuân Lai
            Xóm Cồn             | Cồn        | con-1        | Xóm Cồn
            Index               | Index      | index-1      | Xóm Index
            """)
    void theWordForAHamletIsDroppedFromItsNameAndItsAddress(String written, String name, String slug, String title) {
        Hamlet h = Hamlet.of(written).orElseThrow();
        assertThat(h.name()).isEqualTo(name);
        assertThat(h.slug()).isEqualTo(slug).matches("[a-z0-9-]+");
        assertThat(h.title()).isEqualTo(title);
        assertThat(h.href()).isEqualTo("xom/" + slug + ".html");
        assertThat(h.feed()).isEqualTo("xom/" + slug + ".xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xóm", "  thôn ", "Tổ dân phố", "—"})
    void aValueThatNamesNoHamletIsNone(String written) {
        assertThat(Hamlet.of(written)).isEmpty();
    }
}
