package vn.congkhai.content;

import java.util.Map;
import java.util.Optional;

/**
 * What usually lies behind malformed JSON an officer pasted from Word or a web page, found where the parser stopped:
 * curly quotes “ ” ‘ ’ where JSON needs a straight {@code "}, a no-break space or another invisible character between
 * the values, and a comma after the last item (told on the comma's own line, not on the bracket after it).
 */
final class JsonLookalikes {

    /** Invisible characters that break JSON outside a string, with their Vietnamese names. */
    private static final Map<Character, String> INVISIBLE = Map.ofEntries(
            Map.entry('\u00A0', "dấu cách không ngắt (U+00A0, thường do dán từ Word hoặc trang web)"),
            Map.entry('\u202F', "dấu cách hẹp không ngắt (U+202F)"),
            Map.entry('\u2007', "dấu cách chữ số (U+2007)"),
            Map.entry('\u3000', "dấu cách toàn chiều rộng (U+3000)"),
            Map.entry('\u200B', "ký tự vô hình độ rộng 0 (U+200B)"),
            Map.entry('\u200C', "ký tự vô hình U+200C"),
            Map.entry('\u200D', "ký tự vô hình U+200D"),
            Map.entry('\u2060', "ký tự vô hình U+2060"),
            Map.entry('\uFEFF', "ký tự vô hình U+FEFF (dấu BOM)"),
            Map.entry('\u00AD', "dấu gạch nối mềm vô hình (U+00AD)"),
            Map.entry('\u2028', "dấu xuống dòng đặc biệt (U+2028)"),
            Map.entry('\u2029', "dấu xuống đoạn đặc biệt (U+2029)"));

    private static final String CURLY = "“”‘’„‟‚‛″′«»";

    static final String TRAILING_COMMA = "dấu phẩy thừa sau mục cuối cùng. Cách sửa: xoá dấu phẩy này (mục cuối cùng "
            + "trong { } hoặc [ ] không có dấu phẩy theo sau).";

    private JsonLookalikes() {
    }

    /**
     * The mistake behind a syntax error Jackson found at {@code offset} (a character offset in {@code text}), when it
     * is one of these; empty otherwise. Reads the text from its start, keeping track of strings, up to the end of the
     * line of the error.
     */
    static Optional<JsonSyntaxError> at(String text, long offset) {
        int end = text.indexOf('\n', (int) Math.min(Math.max(offset, 0), text.length()));
        end = end < 0 ? text.length() : end;
        int line = 1;
        int lineStart = 0;
        boolean inString = false;
        int curlyInString = -1; // where a string opened by a straight quote holds a curly one
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (inString && curlyInString >= 0) {
                    return Optional.of(curly(text, curlyInString, line, lineStart, true));
                }
                line++;
                lineStart = i + 1;
                inString = false;
                continue;
            }
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                } else if (CURLY.indexOf(c) >= 0 && curlyInString < 0) {
                    curlyInString = i;
                }
            } else if (c == '"') {
                inString = true;
                curlyInString = -1;
            } else if (CURLY.indexOf(c) >= 0) {
                return Optional.of(curly(text, i, line, lineStart, false));
            } else if (INVISIBLE.containsKey(c)) {
                return Optional.of(new JsonSyntaxError(line, i - lineStart + 1, "có " + INVISIBLE.get(c)
                        + " nằm ngoài dấu nháy, chỗ JSON chỉ nhận dấu cách thường. Cách sửa: xoá ký tự này (đặt con "
                        + "trỏ ở cột này, xoá khoảng trống rồi gõ lại dấu cách thường)."));
            }
        }
        if (inString && curlyInString >= 0) {
            return Optional.of(curly(text, curlyInString, line, lineStart, true));
        }
        return trailingComma(text, offset);
    }

    private static JsonSyntaxError curly(String text, int at, int line, int lineStart, boolean closing) {
        return new JsonSyntaxError(line, at - lineStart + 1, "có dấu nháy cong " + text.charAt(at)
                + " (thường do dán từ Word)" + (closing ? " đóng một chuỗi mở bằng dấu nháy thẳng" : "")
                + ". Cách sửa: thay các dấu nháy cong “ ” ‘ ’ bao quanh tên trường và chữ bằng dấu nháy thẳng \", ví dụ "
                + "\"title\": \"Thông báo\".");
    }

    /** A comma followed only by blanks up to the closing bracket where Jackson stopped: told where the comma is. */
    private static Optional<JsonSyntaxError> trailingComma(String text, long offset) {
        int at = (int) Math.min(Math.max(offset, 0), text.length() - 1);
        if (at > 0 && !closes(text.charAt(at)) && closes(text.charAt(at - 1))) {
            at--; // Jackson's offset may be just past the bracket
        }
        if (at < 0 || !closes(text.charAt(at))) {
            return Optional.empty();
        }
        int comma = at - 1;
        while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma < 0 || text.charAt(comma) != ',') {
            return Optional.empty();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < comma; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new JsonSyntaxError(line, comma - lineStart + 1, TRAILING_COMMA));
    }

    private static boolean closes(char c) {
        return c == '}' || c == ']';
    }
}
