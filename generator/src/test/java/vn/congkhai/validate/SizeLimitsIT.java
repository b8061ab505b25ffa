package vn.congkhai.validate;

import vn.congkhai.problem.Problems;
import vn.congkhai.problem.Problem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bench.BigHouseholdList;
import vn.congkhai.content.Format;
import vn.congkhai.content.LocatedJson;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A list too long to bake within the bake's heap is refused while validating, naming the file and the limit. */
class SizeLimitsIT {

    private static final String FIX = " (bản in và trang web của một danh sách dài hơn không tạo được trong bộ nhớ "
            + "dành cho việc tạo trang). Cách sửa: tách thành nhiều tệp, mỗi tệp không quá %s dòng, ví dụ mỗi xóm một "
            + "tệp; mỗi tệp mới chép đủ các trường chung (title, date, type, …), đặt tiêu đề riêng, ví dụ "
            + "\"… - Xóm Đồng Tâm\", và nếu có số tổng hợp thì ghi lại cho từng tệp.";

    @TempDir
    Path tmp;

    @Test
    void aListOneRowOverTheLimitStopsTheBakeBeforeAnythingIsRendered() {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/ho-ngheo/2025-rat-lon.json", BigHouseholdList.json(SizeLimits.MAX_ROWS + 1));
        assertThat(site.bakeProblems()).containsExactly(
                "content/ho-ngheo/2025-rat-lon.json:12: ho: danh sách có 5.001 dòng, vượt giới hạn 5.000 "
                        + "dòng của một tệp" + FIX.formatted("5.000"));
        assertThat(site.site()).doesNotExist();
    }

    @Test
    void aListAtTheLimitBakesWithItsPrintoutInTheHeapOfEveryBake() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/ho-ngheo/2025-rat-lon.json", BigHouseholdList.json(SizeLimits.MAX_ROWS));
        site.replace("jbake.properties", "ngay_bake=2024-06-30", "ngay_bake=2025-12-31"); // the list is published
        Path out = tmp.resolve("out.txt");
        Process bake = site.startBake(out, tmp.resolve("err.txt")); // -Xmx512m, as mvn package
        try {
            assertThat(bake.waitFor(5, TimeUnit.MINUTES)).as("the bake ended within 5 minutes").isTrue();
        } finally {
            bake.destroyForcibly();
        }
        assertThat(Files.readString(tmp.resolve("err.txt"))).isEmpty();
        assertThat(bake.exitValue()).isZero();
        assertThat(Files.readString(out)).startsWith("Đã tạo trang web: ");
        try (PDDocument pdf = Loader.loadPDF(site.site().resolve("ho-ngheo/2025-rat-lon.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).as("pages of the printout").isGreaterThan(100);
        }
    }

    @Test
    void rowsAndValuesAreCountedPerList() throws Exception {
        Problems problems = new Problems();
        SizeLimits.check(doc("""
                {
                  "title": "Bảng rộng",
                  "cot": [{"ma": "a"}, {"ma": "b"}, {"ma": "c"}],
                  "dong": [
                    {"a": 1, "b": "x", "c": [1, 2]},
                    {"a": 2, "b": "y", "c": [3, 4]},
                    {"a": 3, "b": "z", "c": [5, 6]}
                  ],
                  "ho": [1, 2, 3, 4, 5]
                }
                """), problems, 4, 10);
        assertThat(problems.list()).extracting(Problem::format).containsExactly(
                "content/bang/rong.json:4: dong: danh sách có 3 dòng nhưng tới 12 ô dữ liệu, vượt giới hạn 10 ô của "
                        + "một tệp" + FIX.formatted("2"),
                "content/bang/rong.json:9: ho: danh sách có 5 dòng, vượt giới hạn 4 dòng của một tệp" + FIX.formatted("4"));
    }

    @Test
    void listsWithinTheLimitsPass() throws Exception {
        Problems problems = new Problems();
        SizeLimits.check(doc("{\"title\": \"Vừa đủ\", \"dong\": [{\"a\": 1, \"b\": 2}, {\"a\": 3, \"b\": 4}], "
                + "\"ho\": [1, 2, 3, 4]}"), problems, 4, 4);
        assertThat(problems.isEmpty()).isTrue();
    }

    private static SourceDocument doc(String json) throws Exception {
        return new SourceDocument(Path.of("/du-an/content/bang/rong.json"), "content/bang/rong.json", "bang/rong.json",
                Format.JSON, LocatedJson.parse(json), null, 0, null);
    }
}
