package vn.congkhai.text;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text compared as people type it: without diacritics, đ as d, lowercase. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** "Họ và tên chủ hộ" → {@code ho va ten chu ho}: lowercase ASCII words separated by single spaces. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false; // a run of anything else, written as one space between words
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String bare = cp < FOLDED.length ? FOLDED[cp] : bare(Character.toString(cp));
            for (int j = 0; j < bare.length(); j++) {
                char c = bare.charAt(j);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    if (gap && !out.isEmpty()) {
                        out.append(' ');
                    }
                    gap = false;
                    out.append(c);
                } else {
                    gap = true;
                }
            }
        }
        return out.toString();
    }

    /**
     * {@link #bare} of each character of the Latin, Vietnamese and punctuation blocks, worked out once: {@link #fold}
     * runs on every text of every disclosure. Per character is the same as on the whole text, as diacritics go
     * and only ASCII letters and digits are kept (lowercasing depends on context only for the Greek final sigma).
     */
    private static final String[] FOLDED = new String[0x2070];

    static {
        for (int c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = Character.isSurrogate((char) c) ? "" : bare(String.valueOf((char) c));
        }
    }

    /**
     * {@code text} in Unicode NFC: itself when it is already (nearly every text is: the reader normalizes what
     * officers write), as finding that out costs half of normalizing it, and a look at each character a fraction of
     * that ({@link #surelyComposed}).
     */
    public static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!surelyComposed(text.charAt(i))) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /**
     * Whether a text made only of characters like {@code c} is in NFC whatever their order: those below the combining
     * marks (U+0300: Latin-1, Latin Extended-A and -B, ơ and ư among them), Latin Extended Additional (U+1E00–U+1EFF:
     * the other Vietnamese letters with their tones) and the usual punctuation (U+2002–U+206F: dashes, quotes,
     * ellipsis). None of them is a combining mark or changes in NFC; {@code VietnameseTextTest} holds this to the JDK's
     * normalizer, character by character and pair by pair.
     */
    static boolean surelyComposed(char c) {
        return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c <= 0x206F);
    }

    /** "Hộ nghèo_2024.JSON" → {@code ho ngheo_2024.json}: lowercase, no diacritics, đ as d, nothing else changed. */
    public static String bare(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
