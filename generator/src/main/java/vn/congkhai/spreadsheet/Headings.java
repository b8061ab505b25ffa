package vn.congkhai.spreadsheet;

import vn.congkhai.text.VietnameseText;

import java.util.List;

/** Matching spreadsheet headings as officers write them ("Họ và tên chủ hộ", "TT", "Số tiền (đồng)"). */
public final class Headings {

    private Headings() {
    }

    /** Lowercase, without diacritics, đ as d, words separated by single spaces. */
    public static String fold(String text) {
        return VietnameseText.fold(text);
    }

    /** Whether a heading names one of {@code names} (folded): equal, or containing it as whole words. */
    public static boolean matches(String heading, List<String> names) {
        String h = " " + fold(heading) + " ";
        return names.stream().anyMatch(n -> h.contains(" " + n + " "));
    }

    /** A field code from a heading: "Số tiền (đồng)" → {@code so_tien_dong}. */
    public static String code(String heading) {
        String f = fold(heading).replace(' ', '_');
        if (f.isEmpty()) {
            return "cot";
        }
        return Character.isDigit(f.charAt(0)) ? "cot_" + f : f;
    }
}
