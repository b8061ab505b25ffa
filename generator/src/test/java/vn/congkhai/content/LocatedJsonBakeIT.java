package vn.congkhai.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** JSON that Jackson refuses for being odd rather than malformed fails a real bake with a line an officer can act on. */
class LocatedJsonBakeIT {

    @TempDir
    Path tmp;

    @Test
    void commentsDeepNestingAndHugeNumbersAreEachExplainedAtTheirLine() {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/bang/chu-thich.json", """
                {
                  "title": "Quỹ khuyến học",
                  // cập nhật hằng quý
                  "date": "2024-06-01"
                }
                """);
        site.write("content/bang/long-sau.json", "{\n  \"title\": \"Lồng sâu\",\n  \"dong\": " + "[".repeat(5000)
                + "]".repeat(5000) + "\n}\n");
        site.write("content/bang/so-lon.json", "{\n  \"title\": \"Số lớn\",\n  \"tong\": 1e999999\n}\n");
        assertThatThrownBy(site::bake).isInstanceOfSatisfying(ContentProblemsException.class,
                e -> assertThat(e.problems().list()).extracting(Problem::format).containsExactly(
                        "content/bang/chu-thich.json:3: (cú pháp JSON): cột 3: JSON không được có chú thích (//, /* */ "
                                + "hoặc #). Cách sửa: xoá chú thích, từ // hoặc # đến hết dòng, từ /* đến */.",
                        "content/bang/long-sau.json:3: (cú pháp JSON): cột 74: dữ liệu lồng nhau quá sâu (hơn 64 tầng "
                                + "ngoặc { } và [ ]). Cách sửa: kiểm tra các dấu { và [ quanh vị trí này, có thể bị gõ "
                                + "thừa; không văn bản công khai nào cần lồng sâu như vậy.",
                        "content/bang/so-lon.json:3: (cú pháp JSON): cột 11: số quá lớn hoặc quá nhiều chữ số (tối đa 18 "
                                + "chữ số trước và 18 chữ số sau dấu thập phân). Cách sửa: kiểm tra lại số này, viết số "
                                + "liền như 1250000, không viết dạng 1e9."));
    }
}
