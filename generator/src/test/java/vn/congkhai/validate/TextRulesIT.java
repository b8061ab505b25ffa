package vn.congkhai.validate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Characters that print as nothing or reorder what a reader sees stop the build, in any value and in Markdown bodies;
 * so does a title that shows nothing. Each case is a good file ({@link GoodFiles}) with one line written with such a
 * character (as a Java escape, so that it can be seen; a JSON escape where doubled), and the officer reads exactly
 * one error.
 */
class TextRulesIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            bidi override in a household name | content/ho-ngheo/2024.json | 16 | `{"stt": 4, "chu_ho": "Phạm Thị \u202EDung", "xom": "Đồng Kè", "phan_loai": "thoat-ngheo"}` | `content/ho-ngheo/2024.json:16: hộ thứ 4, chu_ho: có ký tự đổi chiều viết U+202E ở ký tự thứ 10, không nhìn thấy được nhưng làm chữ hiện ra khác với chữ đã viết (số, tên có thể bị đảo ngược). Cách sửa: xoá ký tự này (thường lẫn vào khi dán chữ từ phần mềm khác); nếu trình soạn thảo không hiện nó, xoá cả đoạn chữ quanh đó rồi gõ lại.`
            left-to-right mark in a Markdown header value | content/chinh-sach/bhyt.md | 6 | `doi_tuong=\u200ENgười thuộc hộ cận nghèo` | `content/chinh-sach/bhyt.md:6: doi_tuong: có ký tự đổi chiều viết U+200E ở ký tự thứ 1, không nhìn thấy được nhưng làm chữ hiện ra khác với chữ đã viết (số, tên có thể bị đảo ngược). Cách sửa: xoá ký tự này (thường lẫn vào khi dán chữ từ phần mềm khác); nếu trình soạn thảo không hiện nó, xoá cả đoạn chữ quanh đó rồi gõ lại.`
            control character in a Markdown body | content/chinh-sach/bhyt.md | 9 | `Xem\u0007 chi tiết tại trụ sở UBND xã.` | `content/chinh-sach/bhyt.md:9: (nội dung): có ký tự điều khiển U+0007 ở ký tự thứ 4, không nhìn thấy được nhưng có thể làm hỏng trang, bản in hoặc tệp CSV. Cách sửa: xoá ký tự này (thường lẫn vào khi dán chữ từ phần mềm khác); nếu trình soạn thảo không hiện nó, xoá cả đoạn chữ quanh đó rồi gõ lại.`
            C1 control characters in a nested JSON value, counted once | content/thu-tuc/khai-sinh.json | 9 | `"trinh_tu": ["Nộp\\u0085 tờ\\u0085 khai.", "Nhận giấy khai sinh."],` | `content/thu-tuc/khai-sinh.json:9: bước thứ 1: có ký tự điều khiển U+0085 ở ký tự thứ 4 (và 1 chỗ khác), không nhìn thấy được nhưng có thể làm hỏng trang, bản in hoặc tệp CSV. Cách sửa: xoá ký tự này (thường lẫn vào khi dán chữ từ phần mềm khác); nếu trình soạn thảo không hiện nó, xoá cả đoạn chữ quanh đó rồi gõ lại.`
            line break in a title | content/bang/quy.json | 2 | `"title": "Quỹ đền ơn đáp nghĩa\\nnăm 2024",` | `content/bang/quy.json:2: title: có ký tự điều khiển U+000A ở ký tự thứ 21, không nhìn thấy được nhưng có thể làm hỏng trang, bản in hoặc tệp CSV. Cách sửa: xoá ký tự này (thường lẫn vào khi dán chữ từ phần mềm khác); nếu trình soạn thảo không hiện nó, xoá cả đoạn chữ quanh đó rồi gõ lại.`
            title of invisible characters only | content/ho-ngheo/2024.json | 3 | `"title": "\u200B\u00A0\u3164",` | `content/ho-ngheo/2024.json:3: title: tiêu đề không có chữ nào đọc được, chỉ có ký tự trắng hoặc ký tự ẩn (U+00A0, U+200B, U+3164). Cách sửa: xoá các ký tự đó và viết tiêu đề bằng chữ như khi in, ví dụ Thông báo lịch tiếp công dân quý III năm 2024.`
            """)
    void aBadCharacterStopsTheBuild(String check, String file, int line, String written, String expected) {
        assertThat(GoodFiles.withLine(tmp, file, line, written).problems()).containsExactly(expected);
    }

    @Test
    void tabsInABodyLineBreaksInAMarkdownValueAndZeroWidthSpacesInsideWordsBake() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.replace("content/chinh-sach/bhyt.md", "Xem [danh sách", "Xem\t[danh sách");
        site.replace("content/ngan-sach/2024-6-thang.json", "\"thuyet_minh\": \"Thu đạt **54,2%** dự toán năm.\"",
                "\"thuyet_minh\": \"Thu đạt **54,2%** dự toán năm.\\r\\n\\r\\n- Chi\\tđạt 50,8%.\"");
        site.replace("content/bang/quy.json", "\"title\": \"Quỹ đền ơn đáp nghĩa năm 2024\"",
                "\"title\": \"Quỹ đền ơn\u200B đáp nghĩa năm 2024\"");
        site.bake();
        assertThat(Jsoup.parse(site.page("ngan-sach/2024-6-thang.html")).text()).contains("Chi đạt 50,8%");
    }
}
