package vn.congkhai.validate;

import vn.congkhai.problem.Problems;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.RowNames;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Characters that make a published text differ from what it seems to say, refused in every string value of a
 * disclosure (at any depth, Markdown header included) and in its Markdown body:
 * <ul>
 *   <li>control characters (C0, DEL and C1), which print as nothing or garble a page, its printout and its CSV; tab and
 *   line breaks are allowed in a body and in multi-line values (Markdown written in JSON), never in a title;</li>
 *   <li>bidirectional controls (embeddings, overrides, isolates, LRM, RLM, ALM), which reorder what a reader sees
 *   (a number or a name shown backwards);</li>
 *   <li>a title made only of invisible characters (spaces of any kind, zero-width and other format characters,
 *   fillers such as U+3164), which passes as written but shows as nothing.</li>
 * </ul>
 */
public final class TextRules {

    /** Hangul fillers, the Mongolian vowel separator and the Braille blank: letters or symbols that show nothing. */
    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E, 0x2800);

    private TextRules() {
    }

    public static void check(SourceDocument doc, Problems problems) {
        FieldWalk.nodes(doc, (place, node) -> {
            if (node.isTextual()) {
                boolean title = place.isTopLevel("title");
                if (mayHoldControls(node.asText())) { // where it is is looked up only for a text that may need it
                    checkCharacters(doc, doc.lineOf(place.pointer()), RowNames.field(doc, place.field()), node.asText(),
                            !title, problems);
                }
                if (title) {
                    checkTitle(doc, doc.lineOf(place.pointer()), node.asText(), problems);
                }
            }
        });
        FieldWalk.bodyLines(doc, TextRules::mayBeControl,
                (line, text) -> checkCharacters(doc, line, FieldWalk.BODY, text, true, problems));
    }

    private static void checkCharacters(SourceDocument doc, int line, String field, String text, boolean multiline,
                                        Problems problems) {
        reportFirst(doc, line, field, text, cp -> isControl(cp, multiline), "ký tự điều khiển", "có thể làm hỏng trang, "
                + "bản in hoặc tệp CSV", problems);
        reportFirst(doc, line, field, text, TextRules::isBidiControl, "ký tự đổi chiều viết", "làm chữ hiện ra "
                + "khác với chữ đã viết (số, tên có thể bị đảo ngược)", problems);
    }

    /** One problem for the first character of a kind in {@code text}, saying how many more there are. */
    private static void reportFirst(SourceDocument doc, int line, String field, String text,
                                    IntPredicate bad, String what, String harm, Problems problems) {
        int[] codePoints = text.codePoints().toArray();
        int first = -1;
        int count = 0;
        for (int i = 0; i < codePoints.length; i++) {
            if (bad.test(codePoints[i])) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (first < 0) {
            return;
        }
        problems.add(doc.path(), line, field, "có " + what + " " + code(codePoints[first]) + " ở ký tự thứ "
                + (first + 1) + (count > 1 ? " (và " + (count - 1) + " chỗ khác)" : "") + ", không nhìn thấy được "
                + "nhưng " + harm + ". Cách sửa: xoá ký tự này (thường lẫn vào khi dán chữ từ phần mềm khác); nếu trình soạn "
                + "thảo không hiện nó, xoá cả đoạn chữ quanh đó rồi gõ lại.");
    }

    private static void checkTitle(SourceDocument doc, int line, String title, Problems problems) {
        if (title.isBlank() || !title.codePoints().allMatch(TextRules::isInvisible)) {
            return; // a blank title is a missing one (MetadataRules)
        }
        Set<String> codes = new TreeSet<>();
        title.codePoints().forEach(cp -> codes.add(code(cp)));
        problems.add(doc.path(), line, "title", "tiêu đề không có chữ nào đọc được, chỉ có ký tự trắng hoặc ký tự ẩn ("
                + String.join(", ", codes) + "). Cách sửa: xoá các ký tự đó và viết tiêu đề bằng chữ như khi in, ví "
                + "dụ Thông báo lịch tiếp công dân quý III năm 2024.");
    }

    /**
     * Whether {@code text} has a character that may be a control or a bidirectional control (tab and line breaks
     * included): all of them are in the Basic Multilingual Plane, so a look at each {@code char} rules most texts out
     * before their code points are taken apart.
     */
    private static boolean mayHoldControls(String text) {
        return FieldWalk.CharPredicate.any(text, TextRules::mayBeControl);
    }

    private static boolean mayBeControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
    }

    static boolean isControl(int cp, boolean lineBreaksAllowed) {
        if (lineBreaksAllowed && (cp == '\t' || cp == '\n' || cp == '\r')) {
            return false;
        }
        return Character.getType(cp) == Character.CONTROL;
    }

    static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.UNASSIGNED || BLANK_LETTERS.contains(cp);
    }

    private static String code(int cp) {
        return String.format("U+%04X", cp);
    }
}
