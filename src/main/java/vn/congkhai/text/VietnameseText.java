package vn.congkhai.text;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text compared as people type it: without diacritics, đ as d, lowercase. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** "Họ và tên chủ hộ" → {@code ho va ten chu ho}: lowercase ASCII words separated by single spaces. */
    public static String fold(String text) {
        String bare = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
