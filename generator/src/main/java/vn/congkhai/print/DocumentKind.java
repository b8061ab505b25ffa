package vn.congkhai.print;

import vn.congkhai.model.DisclosureType;

import java.util.List;
import java.util.Locale;

/**
 * The document type line of a printout (Decree 30/2020: "KẾ HOẠCH", "THÔNG BÁO" in capitals) and the title under
 * it. Taken from the start of the title when it names a kind of document, else from the section.
 */
public record DocumentKind(String kind, String title) {

    private static final List<String> KINDS = List.of("Kế hoạch", "Thông báo", "Quyết định", "Danh sách", "Kết luận",
            "Báo cáo", "Biên bản", "Hướng dẫn", "Quy chế", "Công văn", "Tờ trình", "Lịch", "Nghị quyết", "Phương án");
    private static final Locale VI = Locale.forLanguageTag("vi");

    public static DocumentKind of(String title, DisclosureType type) {
        for (String kind : KINDS) {
            if (title.regionMatches(true, 0, kind, 0, kind.length()) && title.length() > kind.length()
                    && title.charAt(kind.length()) == ' ') {
                String rest = title.substring(kind.length() + 1).strip();
                return new DocumentKind(kind.toUpperCase(VI), capitalise(rest));
            }
        }
        return new DocumentKind(type.documentKind(), title);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VI) + text.substring(1);
    }
}
