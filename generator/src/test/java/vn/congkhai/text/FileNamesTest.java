package vn.congkhai.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Danh sách Hộ nghèo 2024.JSON      | danh-sach-ho-ngheo-2024.json
            Đợt bổ sung_quý 3.md              | dot-bo-sung-quy-3.md
            Quyết định số 12/QĐ-UBND.pdf      | quyet-dinh-so-12qd-ubnd.pdf
            '  Lịch tiếp dân  (tháng 7)  .md' | lich-tiep-dan-thang-7.md
            Thông báo                         | thong-bao
            Ưu đãi người có công.Md           | uu-dai-nguoi-co-cong.md
            ---Hộ   cận nghèo---.json         | ho-can-ngheo.json
            ???.json                          | tep.json
            .json                             | tep.json
            báo-cáo.                          | bao-cao
            ĐƯỜNG Ô TÔ.xlsx                   | duong-o-to.xlsx
            bien-ban.pdf.                     | bien-ban.pdf
            'bien-ban.pdf. . '                | bien-ban.pdf
            Biên bản.PDF.pdf                  | bien-ban.pdf
            Biên bản họp.v2.docx              | bien-ban-hop-v2.docx
            BIEN-BAN.PDF                      | bien-ban.pdf
            CON.md                            | con-1.md
            Nul.tar.json                      | nul-tar.json
            com1                              | com1-1
            """)
    void aSafeFileNameIsSuggestedForAnOfficersName(String name, String safe) {
        assertThat(FileNames.suggest(name)).isEqualTo(safe);
        assertThat(FileNames.safe(safe)).as(safe).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "CON", "prn.md", "Aux.json", "nul.tar.gz", "com1", "COM9.pdf", "lpt1", "lpt9.md",
            "con .md", "com¹"})
    void windowsReservedNamesAreNotSafeWhateverTheirCaseOrExtension(String name) {
        assertThat(FileNames.reserved(name)).isTrue();
        assertThat(FileNames.safe(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"console.md", "con-1.md", "com10.json", "com0", "lpt", "auxiliary.pdf", "icon.png", "nul-1"})
    void namesThatOnlyLookLikeReservedOnesAreNotReserved(String name) {
        assertThat(FileNames.reserved(name)).isFalse();
    }

    @Test
    void aTitleBecomesAHyphenatedNameNeverAReservedOne() {
        assertThat(FileNames.slug("Họp dân tháng 12")).isEqualTo("hop-dan-thang-12");
        assertThat(FileNames.slug("Đường Ô tô: 2025")).isEqualTo("duong-o-to-2025");
        assertThat(FileNames.slug("Con")).isEqualTo("con-1");
    }
}
