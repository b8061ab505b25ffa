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
     * officers write), as finding that out costs half of normalizing it.
     */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text,
                Normalizer.Form.NFC);
    }

    /** "Hộ nghèo_2024.JSON" → {@code ho ngheo_2024.json}: lowercase, no diacritics, đ as d, nothing else changed. */
    public static String bare(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
