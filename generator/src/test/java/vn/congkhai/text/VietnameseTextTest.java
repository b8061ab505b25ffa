package vn.congkhai.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link VietnameseText#fold} is worked out character by character for speed; it must stay its definition. */
class VietnameseTextTest {

    @Test
    void foldingRemovesDiacriticsAndLeavesLowercaseWordsSeparatedBySingleSpaces() {
        assertThat(VietnameseText.fold("Họ và tên chủ hộ")).isEqualTo("ho va ten chu ho");
        assertThat(VietnameseText.fold("  Số CCCD: 012-345 (Đồng Tâm)  ")).isEqualTo("so cccd 012 345 dong tam");
    }

    @Test
    void foldingIsItsDefinitionOnTrickyAndRandomTexts() {
        List<String> texts = new ArrayList<>(List.of("", " ", "İstanbul ΣΑΣ ς", "e\u0301 a\u0323\u0302", "ﬁ ﬂ ½ ² Ⅻ",
                "𝐀𝐁 𝟙", "\ud800x", "Đ đ Ð ð", "ǅ ǈ", "Ａ１", "ß ẞ", "Øre Æ œ", "—–…", "\t\n"));
        Random random = new Random(2024);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠàáảãạỳýỷỹỵĐ0123456789 \t.,;-/()İıΣςß½Ⅻ²\u0301\u0323ﬁＡ";
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(120); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(VietnameseText.fold(text)).as(text)
                    .isEqualTo(VietnameseText.bare(text).replaceAll("[^a-z0-9]+", " ").strip());
        }
    }

    /** The characters {@code nfc} takes as they are, without the normalizer: each on its own and any two in a row. */
    @Test
    void whatNfcTakesAsItIsIsInNfcAloneAndInPairs() {
        StringBuilder sure = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (VietnameseText.surelyComposed(c)) {
                sure.append(c);
            }
        }
        assertThat(sure.length()).isEqualTo(0x300 + 0x100 + 0x6E);
        int wrong = 0;
        for (int i = 0; i < sure.length(); i++) {
            for (int j = 0; j < sure.length(); j++) {
                String pair = "" + sure.charAt(i) + sure.charAt(j);
                if (!java.text.Normalizer.isNormalized(pair, java.text.Normalizer.Form.NFC)) {
                    wrong++;
                }
            }
        }
        assertThat(wrong).isZero();
    }

    @Test
    void nfcComposesWhatIsNotComposedAndKeepsWhatIs() {
        String composed = "Thông báo số 52/TB-UBND – “Lục Ba” … ạ ầ ệ ữ ỹ Ơ ư Đ";
        assertThat(VietnameseText.nfc(composed)).isSameAs(composed);
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo(composed);
        assertThat(VietnameseText.nfc("\u2000 Ω")).isEqualTo("\u2002 Ω"); // a quad is an en space in NFC
    }
}
