package vn.congkhai.content;

import org.junit.jupiter.api.Test;

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

    @Test
    void aTrailingCommaIsExplained() {
        assertThatThrownBy(() -> LocatedJson.parse("{\n  \"a\": 1,\n}"))
                .isInstanceOfSatisfying(JsonSyntaxError.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("dấu phẩy thừa");
                });
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
}
