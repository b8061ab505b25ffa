package vn.congkhai.text;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text compared as people type it: without diacritics, đ as d, lowercase. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** "Họ và tên chủ hộ" → {@code ho va ten chu ho}: lowercase ASCII words separated by single spaces. */
    public static String fold(String text) {
        return bare(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** "Hộ nghèo_2024.JSON" → {@code ho ngheo_2024.json}: lowercase, no diacritics, đ as d, nothing else changed. */
    public static String bare(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
