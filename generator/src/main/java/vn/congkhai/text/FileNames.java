package vn.congkhai.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of the files and folders officers make, which become page addresses: ASCII, lowercase, hyphenated, and never
 * one of Windows' reserved device names (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, in any case, with any extension),
 * which a Windows office PC can neither create nor check out.
 */
public final class FileNames {

    /** What a folder or file name in {@code content/} may be: {@code ho-ngheo}, {@code 2024-chinh-thuc.json}. */
    private static final Pattern SAFE = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\\.[a-z0-9]+)*");
    /** Windows' device names, judged on the part before the first dot, trailing spaces dropped as Windows does. */
    private static final Pattern RESERVED = Pattern.compile("(?:con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])");

    /** The officer's explanation of a reserved name, without the fix. */
    public static final String RESERVED_REASON = "là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–COM9, "
            + "LPT1–LPT9, với đuôi nào cũng vậy): máy Windows không tạo, mở hay tải về được tệp này";

    private FileNames() {
    }

    /** Whether {@code name} (one folder or file name) may become part of a page address. */
    public static boolean safe(String name) {
        return SAFE.matcher(name).matches() && !reserved(name);
    }

    /** Whether Windows reserves {@code name}: {@code con}, {@code NUL.txt}, {@code aux.tar.gz}, {@code Com1 .md}. */
    public static boolean reserved(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing().toLowerCase(Locale.ROOT);
        return RESERVED.matcher(stem).matches();
    }

    /**
     * A safe file name for a name an officer chose: without diacritics (đ as d), lowercase, spaces and underscores as
     * hyphens, dots inside the name as hyphens, other characters dropped, the extension kept in lowercase once.
     * Trailing dots and spaces go, as Windows drops them ({@code bien-ban.pdf.} → {@code bien-ban.pdf}); a repeated
     * extension is written once ({@code Biên bản.PDF.pdf} → {@code bien-ban.pdf}); a reserved name gets {@code -1}.
     *
     * @return the name; {@code tep} (with the extension) when nothing of the name is left
     */
    public static String suggest(String name) {
        String bare = VietnameseText.bare(name).replaceAll("^\\s+|[\\s.]+$", "");
        List<String> parts = new ArrayList<>(List.of(bare.split("\\.", -1)));
        String extension = "";
        if (parts.size() > 1) {
            extension = parts.remove(parts.size() - 1).replaceAll("[^a-z0-9]", "");
            while (parts.size() > 1 && parts.get(parts.size() - 1).strip().equals(extension)) {
                parts.remove(parts.size() - 1); // the same extension typed twice
            }
        }
        String base = hyphenated(String.join("-", parts));
        if (base.isEmpty()) {
            base = "tep";
        } else if (reserved(base)) {
            base = base + "-1";
        }
        return base + (extension.isEmpty() ? "" : "." + extension);
    }

    /** A name from a title: "Họp dân tháng 12" → {@code hop-dan-thang-12}; never a reserved name. */
    public static String slug(String title) {
        String slug = VietnameseText.fold(title).replace(' ', '-');
        return reserved(slug) ? slug + "-1" : slug;
    }

    private static String hyphenated(String text) {
        return text.replaceAll("[\\s_]+", "-")
                .replaceAll("[^a-z0-9-]", "")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
    }
}
