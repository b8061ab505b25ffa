package vn.congkhai.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Matching spreadsheet headings as officers write them ("Họ và tên chủ hộ", "TT", "Số tiền (đồng)"). */
final class Headings {

    private Headings() {
    }

    /** Lowercase, without diacritics, đ as d, words separated by single spaces. */
    static String fold(String text) {
        String bare = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return bare.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Whether a heading names one of {@code names} (folded): equal, or containing it as whole words. */
    static boolean matches(String heading, List<String> names) {
        String h = " " + fold(heading) + " ";
        return names.stream().anyMatch(n -> h.contains(" " + n + " "));
    }

    /** A field code from a heading: "Số tiền (đồng)" → {@code so_tien_dong}. */
    static String code(String heading) {
        String f = fold(heading).replace(' ', '_');
        if (f.isEmpty()) {
            return "cot";
        }
        return Character.isDigit(f.charAt(0)) ? "cot_" + f : f;
    }
}
