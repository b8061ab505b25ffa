package vn.congkhai.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocatedJsonTest {

    private static final String LIST = """
            {
              "title": "Danh sách",
              "ho": [
                {"stt": 1, "chu_ho": "Nguyễn Văn A"},
                {
                  "stt": 2,
                  "chu_ho": "Trần Thị B"
                }
              ]
            }
            """;

    @Test
    void knowsTheLineOfEveryValue() throws JsonSyntaxError {
        LocatedJson json = LocatedJson.parse(LIST);
        assertThat(json.lineOf("/title")).isEqualTo(2);
        assertThat(json.lineOf("/ho/0")).isEqualTo(4);
        assertThat(json.lineOf("/ho/1/chu_ho")).isEqualTo(7);
        assertThat(json.root().path("ho").get(1).path("stt").isInt()).isTrue();
    }

    @Test
    void aMissingValueIsReportedAtItsNearestParent() throws JsonSyntaxError {
        LocatedJson json = LocatedJson.parse(LIST);
        assertThat(json.lineOf("/ho/1/phan_loai")).isEqualTo(5);
        assertThat(json.lineOf("/khong_co")).isEqualTo(1);
    }

    @Test
    void aMissingCommaIsReportedWithLineColumnAndAdviceInVietnamese() {
        assertThatThrownBy(() -> LocatedJson.parse("{\n  \"a\": 1\n  \"b\": 2\n}"))
                .isInstanceOfSatisfying(JsonSyntaxError.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("thiếu dấu phẩy");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\n  \"a\": 1,\n}", "{\n  \"a\": 1,\r\n\r\n  }", "{\"b\": 1,\n  \"a\": [1, 2],\n}",
            "{\n  \"a\": [\n    1,\n    2,  \n  ]\n}"})
    void aTrailingCommaIsToldOnTheLineOfTheComma(String json) {
        String[] lines = json.split("\r?\n");
        int line = 0;
        for (int i = 0; i < lines.length; i++) {
            line = lines[i].stripTrailing().endsWith(",") ? i + 1 : line;
        }
        int expectedLine = line;
        int column = lines[line - 1].stripTrailing().length();
        assertThatThrownBy(() -> LocatedJson.parse(json))
                .isInstanceOfSatisfying(JsonSyntaxError.class, e -> {
                    assertThat(e.line()).isEqualTo(expectedLine);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).isEqualTo("dấu phẩy thừa sau mục cuối cùng. Cách sửa: xoá dấu phẩy này "
                            + "(mục cuối cùng trong { } hoặc [ ] không có dấu phẩy theo sau).");
                });
    }

    private static final String CURLY = ". Cách sửa: thay các dấu nháy cong “ ” ‘ ’ bao quanh tên trường và chữ bằng "
            + "dấu nháy thẳng \", ví dụ \"title\": \"Thông báo\".";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '{\\n  "title": “Thông báo”\\n}'              | 2 | 12 | có dấu nháy cong “ (thường do dán từ Word)
            '{\\n  “title”: "Thông báo"\\n}'              | 2 | 3  | có dấu nháy cong “ (thường do dán từ Word)
            '{\\n  "a": "x",\\n  "title": "Thông báo”\\n}' | 3 | 22 | có dấu nháy cong ” (thường do dán từ Word) đóng một chuỗi mở bằng dấu nháy thẳng
            '{"title": ‘Thông báo’}'                     | 1 | 11 | có dấu nháy cong ‘ (thường do dán từ Word)
            """)
    void wordsCurlyQuotesAreNamedWhereTheyAre(String json, int line, int column, String what) {
        assertThatThrownBy(() -> LocatedJson.parse(json.replace("\\n", "\n")))
                .isInstanceOfSatisfying(JsonSyntaxError.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(what + CURLY);
                    assertThat(e.line() + ":" + e.column()).isEqualTo(line + ":" + column);
                });
    }

    @Test
    void curlyQuotesInsideAStringAreText() throws JsonSyntaxError {
        assertThat(LocatedJson.parse("{\"title\": \"Thông báo “Họp dân” ‘xóm’\"}").root().path("title").asText())
                .isEqualTo("Thông báo “Họp dân” ‘xóm’");
    }

    @Test
    void aNoBreakSpaceOrAnInvisibleCharacterBetweenValuesIsNamed() {
        assertThatThrownBy(() -> LocatedJson.parse("{\n  \"a\":\u00A01\n}"))
                .isInstanceOfSatisfying(JsonSyntaxError.class, e -> {
                    assertThat(e.line() + ":" + e.column()).isEqualTo("2:7");
                    assertThat(e.getMessage()).isEqualTo("có dấu cách không ngắt (U+00A0, thường do dán từ Word hoặc "
                            + "trang web) nằm ngoài dấu nháy, chỗ JSON chỉ nhận dấu cách thường. Cách sửa: xoá ký tự này "
                            + "(đặt con trỏ ở cột này, xoá khoảng trống rồi gõ lại dấu cách thường).");
                });
        assertThatThrownBy(() -> LocatedJson.parse("{\"a\": 1,\u200B\"b\": 2}"))
                .isInstanceOfSatisfying(JsonSyntaxError.class,
                        e -> assertThat(e.getMessage()).startsWith("có ký tự vô hình độ rộng 0 (U+200B) nằm ngoài"));
    }

    @Test
    void aFieldWrittenTwiceIsAnError() {
        assertThatThrownBy(() -> LocatedJson.parse("{\n  \"a\": 1,\n  \"a\": 2\n}"))
                .isInstanceOfSatisfying(JsonSyntaxError.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("\"a\" được viết hai lần");
                });
    }

    @Test
    void anUnclosedObjectIsExplained() {
        assertThatThrownBy(() -> LocatedJson.parse("{\n  \"a\": [1, 2\n"))
                .isInstanceOfSatisfying(JsonSyntaxError.class,
                        e -> assertThat(e.getMessage()).contains("ngoặc chưa đóng"));
    }

    private static final String COMMENT = "JSON không được có chú thích (//, /* */ hoặc #). Cách sửa: xoá chú thích, "
            + "từ // hoặc # đến hết dòng, từ /* đến */.";
    private static final String TOO_DEEP = "dữ liệu lồng nhau quá sâu (hơn 64 tầng ngoặc { } và [ ]). Cách sửa: kiểm "
            + "tra các dấu { và [ quanh vị trí này, có thể bị gõ thừa; không văn bản công khai nào cần lồng sâu như vậy.";
    private static final String TOO_LARGE = "số quá lớn hoặc quá nhiều chữ số (tối đa 18 chữ số trước và 18 chữ số sau "
            + "dấu thập phân). Cách sửa: kiểm tra lại số này, viết số liền như 1250000, không viết dạng 1e9.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            line comment     | 2 | 16
            block comment    | 3 | 3
            comment first    | 1 | 1
            hash comment     | 2 | 3
            """)
    void aCommentIsExplainedWhereItIs(String kind, int line, int column) {
        String json = switch (kind) {
            case "line comment" -> "{\n  \"nam\": 2024, // năm lập danh sách\n  \"dot\": \"so-bo\"\n}";
            case "block comment" -> "{\n  \"nam\": 2024,\n  /* đợt */ \"dot\": \"so-bo\"\n}";
            case "comment first" -> "// danh sách hộ nghèo\n{\"nam\": 2024}";
            default -> "{\n  # năm\n  \"nam\": 2024\n}";
        };
        assertThat(syntaxError(json)).isEqualTo(line + ":" + column + " " + COMMENT);
    }

    @Test
    void nestingDeeperThanTheLimitIsExplainedAtTheBracketThatGoesTooDeep() {
        assertThat(syntaxError("{\n  \"ho\": " + "[".repeat(5000) + "]".repeat(5000) + "\n}"))
                .isEqualTo("2:72 " + TOO_DEEP);
        assertThat(syntaxError("{\"a\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(101)))
                .isEqualTo("1:" + (1 + 5 * 64) + " " + TOO_DEEP);
    }

    @Test
    void nestingUpToTheLimitIsRead() throws JsonSyntaxError {
        String json = "{\"a\":" + "[".repeat(LocatedJson.MAX_DEPTH - 1) + "]".repeat(LocatedJson.MAX_DEPTH - 1) + "}";
        assertThat(LocatedJson.parse(json).root().path("a").isArray()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e999999", "1E+99999999999", "-1e19", "1e-999999", "1000000000000000000", "0.0000000000000000001"})
    void aNumberTooLargeOrTooLongIsExplainedWhereItStarts(String number) {
        assertThat(syntaxError("{\n  \"tong\":  " + number + "\n}")).isEqualTo("2:12 " + TOO_LARGE);
    }

    @Test
    void aTenThousandDigitNumberIsExplainedWhereItStarts() {
        assertThat(syntaxError("{\n  \"tong\": " + "9".repeat(10_000) + ",\n  \"x\": 1\n}")).isEqualTo("2:11 " + TOO_LARGE);
        assertThat(syntaxError("[1.5, 2." + "5".repeat(10_000) + "]")).isEqualTo("1:7 " + TOO_LARGE);
    }

    @Test
    void numbersWithinTheLimitKeepTheirValueAndKind() throws JsonSyntaxError {
        LocatedJson json = LocatedJson.parse("{\"a\": 999999999999999999, \"b\": -12, \"c\": 1.50, \"d\": 0.000000000000000001, "
                + "\"e\": 3000000000, \"f\": 1.5e3, \"g\": 0}");
        assertThat(json.root().path("a").isLong()).isTrue();
        assertThat(json.root().path("a").asLong()).isEqualTo(999_999_999_999_999_999L);
        assertThat(json.root().path("b").isInt()).isTrue();
        assertThat(json.root().path("c").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(json.root().path("c").decimalValue().scale()).isEqualTo(2);
        assertThat(json.root().path("d").decimalValue()).isEqualByComparingTo("1e-18");
        assertThat(json.root().path("e").isLong()).isTrue();
        assertThat(json.root().path("f").decimalValue()).isEqualByComparingTo("1500");
        assertThat(json.root().path("g").isInt()).isTrue();
    }

    /** {@code line:column message} of the syntax error. */
    private static String syntaxError(String json) {
        try {
            LocatedJson.parse(json);
        } catch (JsonSyntaxError e) {
            return e.line() + ":" + e.column() + " " + e.getMessage();
        }
        throw new AssertionError("no syntax error in " + json);
    }
}
