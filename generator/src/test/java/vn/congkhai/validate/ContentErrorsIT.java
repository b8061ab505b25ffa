package vn.congkhai.validate;

import vn.congkhai.bake.BakeReport;
import vn.congkhai.problem.ContentProblemsException;
import vn.congkhai.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each bad file in {@code src/test/resources/bad/} fails the bake with exactly the error an officer reads. */
class ContentErrorsIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed.json                 | content/thong-bao/malformed.json:4: (cú pháp JSON): cột 3: thiếu dấu phẩy (,) giữa hai mục. Cách sửa: thêm dấu phẩy ở cuối mục phía trước.
            missing-title.md               | content/thong-bao/missing-title.md:1: title: thiếu trường bắt buộc "title" (tiêu đề như khi in, ví dụ title=Kế hoạch cải thiện chỉ số PAPI năm 2024). Cách sửa: thêm title=... vào phần đầu tệp Markdown, hoặc "title": "..." vào tệp JSON.
            unknown-type.md                | content/thong-bao/unknown-type.md:3: type: loại "tin-tuc" không có. Cách sửa: dùng một trong thong-bao, chinh-sach, ho-ngheo, thu-tuc, ngan-sach, ke-hoach, bang, lich-tiep-dan, lay-y-kien, tra-loi, gia-dat, boi-thuong, thanh-tra, co-cau-to-chuc, trang.
            impossible-date.md             | content/thong-bao/impossible-date.md:2: date: ngày "2024-02-30" không có thật (ngày ban hành). Cách sửa: kiểm tra lại ngày và tháng.
            wrong-date-format.md           | content/thong-bao/wrong-date-format.md:2: date: "25/03/2024" không phải ngày hợp lệ (ngày ban hành). Cách sửa: viết dạng năm-tháng-ngày, ví dụ 2024-03-25 cho ngày 25/03/2024.
            posting-ends-before-start.md   | content/thong-bao/posting-ends-before-start.md:6: niem_yet_den: thời gian niêm yết kết thúc (05/06/2024) trước khi bắt đầu (10/06/2024). Cách sửa: niem_yet_den phải cùng ngày hoặc sau niem_yet_tu.
            no-header.md                   | content/thong-bao/no-header.md:1: (phần đầu): tệp Markdown không có phần đầu. Cách sửa: viết các dòng title=..., date=..., type=..., status=... ở đầu tệp, rồi một dòng ~~~~~~ trước nội dung.
            missing-item.md                | content/thong-bao/missing-item.md:1: muc_cong_khai: thiếu mục công khai theo Điều 11 Luật 10/2022/QH15. Cách sửa: thêm muc_cong_khai là một số từ 1 đến 14, ví dụ 7 cho danh sách hộ nghèo, 2 cho ngân sách.
            missing-attachment.md          | content/thong-bao/missing-attachment.md:5: tệp thứ 1 (Quyết định), duong_dan: không tìm thấy tệp "khong-co.pdf". Cách sửa: đặt tệp cạnh content/thong-bao/missing-attachment.md hoặc trong assets/, và viết đúng tên (phân biệt chữ hoa, thường).
            mistyped-number-key.md         | content/thong-bao/mistyped-number-key.md:4: sohieu: trường "sohieu" không có trong phần đầu văn bản loại thong-bao. Cách sửa: có phải là "so_hieu"? Sửa thành so_hieu=….
            mistyped-posting-key.md        | content/thong-bao/mistyped-posting-key.md:6: niem_yet_dn: trường "niem_yet_dn" không có trong phần đầu văn bản loại thong-bao. Cách sửa: có phải là "niem_yet_den"? Sửa thành niem_yet_den=….
            """)
    void aBadFileFailsTheBakeWithItsPathLineFieldAndAdvice(String file, String expected) throws IOException {
        FixtureSite site = FixtureSite.of("basic", tmp);
        copyBad(site, file);
        assertThat(site.problems()).containsExactly(expected);
    }

    @Test
    void aHeaderLineWithoutEqualsIsReportedWithTheFieldItHid() throws IOException {
        FixtureSite site = FixtureSite.of("basic", tmp);
        copyBad(site, "header-line-without-equals.md");
        assertThatThrownBy(site::bake).isInstanceOfSatisfying(ContentProblemsException.class,
                e -> assertThat(e.problems().list()).extracting(p -> p.line() + " " + p.field())
                        .containsExactly("1 type", "3 (phần đầu)"));
    }

    @Test
    void everyProblemOfTheBuildIsReportedAtOnceInFileOrder() throws IOException {
        FixtureSite site = FixtureSite.of("basic", tmp);
        List<String> files;
        try (Stream<Path> bad = Files.list(FixtureSite.resource("bad"))) {
            files = bad.map(p -> p.getFileName().toString()).sorted().toList();
        }
        files.forEach(f -> copyBad(site, f));
        assertThatThrownBy(site::bake).isInstanceOfSatisfying(ContentProblemsException.class, e -> {
            assertThat(e.problems().list()).hasSize(13);
            assertThat(e.problems().list()).extracting(Problem::path).isSorted();
            assertThat(e.problems().report()).startsWith("Nội dung có 13 lỗi.");
        });
    }

    @Test
    void aSeparatorWithTrailingSpacesStillEndsTheHeader() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/thong-bao/dau-cach.md", "title=Thông báo có dấu cách\ndate=2024-06-01\ntype=thong-bao\n"
                + "muc_cong_khai=14\n~~~~~~ \t\nNội dung.\n");
        site.bake();
        assertThat(site.page("thong-bao/dau-cach.html")).contains("Thông báo có dấu cách").doesNotContain("~~~~~~");
    }

    @Test
    void aDisclosureOutsideTheFolderOfASectionIsAnError() {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/thong-bao-moi.md", "title=A\ndate=2024-06-01\ntype=thong-bao\nmuc_cong_khai=14\n~~~~~~\nx\n");
        site.write("content/van-ban/b.md", "title=B\ndate=2024-06-01\ntype=trang\n~~~~~~\nx\n");
        assertThat(site.problems()).containsExactly(
                "content/thong-bao-moi.md:1: (thư mục): tệp nằm ngay trong content/; mỗi văn bản nằm trong thư "
                        + "mục của mục mình. Cách sửa: chuyển tệp vào content/thong-bao/thong-bao-moi.md.",
                "content/van-ban/b.md:1: (thư mục): thư mục \"van-ban\" không phải mục nào của trang; mỗi văn "
                        + "bản nằm trong thư mục của mục mình. Cách sửa: chuyển tệp vào content/trang/b.md.");
    }

    @Test
    void aDisclosureInAnotherSectionsFolderIsWarnedWithWhereToMoveIt() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/ho-ngheo/2024/hop-dan.md", "title=Họp dân\ndate=2024-06-01\ntype=thong-bao\n"
                + "muc_cong_khai=14\n~~~~~~\nx\n");
        site.write("content/thong-bao/gioi-thieu.md", "title=Giới thiệu\ndate=2024-06-01\ntype=trang\n~~~~~~\nx\n");
        BakeReport report = site.bake();
        assertThat(report.notices()).extracting(Problem::format).contains(
                "content/ho-ngheo/2024/hop-dan.md:3: type: văn bản loại thong-bao (Thông báo) nằm trong thư mục "
                        + "content/ho-ngheo/ của mục \"Hộ nghèo, cận nghèo\": trang sẽ có địa chỉ ho-ngheo/… mà lại "
                        + "hiện ở mục \"Thông báo\". Cách sửa: chuyển tệp vào content/thong-bao/2024/hop-dan.md.",
                "content/thong-bao/gioi-thieu.md:3: type: văn bản loại trang (Thông tin chung) nằm trong thư mục "
                        + "content/thong-bao/ của mục \"Thông báo\": trang sẽ có địa chỉ thong-bao/… mà lại hiện ở "
                        + "mục \"Thông tin chung\". Cách sửa: chuyển tệp vào content/trang/gioi-thieu.md, hoặc sửa "
                        + "type=thong-bao nếu văn bản thuộc mục \"Thông báo\".");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            content/thong-bao/con.md          | content/thong-bao/con.md:1: (tên tệp): tên "con.md" là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, với đuôi nào cũng vậy): máy Windows không tạo, mở hay tải về được tệp này. Cách sửa: đổi tên thành "con-1.md".
            content/thong-bao/LPT1.md         | content/thong-bao/LPT1.md:1: (tên tệp): tên "LPT1.md" là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, với đuôi nào cũng vậy): máy Windows không tạo, mở hay tải về được tệp này. Cách sửa: đổi tên thành "lpt1-1.md".
            content/aux/hop.md                | content/aux/hop.md:1: (tên tệp): tên "aux" là tên dành riêng của Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, với đuôi nào cũng vậy): máy Windows không tạo, mở hay tải về được tệp này. Cách sửa: đổi tên thành "aux-1".
            content/thong-bao/bien-ban.pdf.   | content/thong-bao/bien-ban.pdf.:1: (tên tệp): tên "bien-ban.pdf." sẽ thành địa chỉ trang nên chỉ được dùng chữ thường không dấu, số và dấu gạch nối. Cách sửa: đổi tên thành "bien-ban.pdf".
            content/thong-bao/Biên bản.PDF    | content/thong-bao/Biên bản.PDF:1: (tên tệp): tên "Biên bản.PDF" sẽ thành địa chỉ trang nên chỉ được dùng chữ thường không dấu, số và dấu gạch nối. Cách sửa: đổi tên thành "bien-ban.pdf".
            content/thong-bao/hop dan.pdf.pdf | content/thong-bao/hop dan.pdf.pdf:1: (tên tệp): tên "hop dan.pdf.pdf" sẽ thành địa chỉ trang nên chỉ được dùng chữ thường không dấu, số và dấu gạch nối. Cách sửa: đổi tên thành "hop-dan.pdf".
            """)
    void aFileNameWindowsCannotHoldOrThatIsNoAddressIsAnErrorWithItsRightName(String file, String expected) {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write(file, "%PDF-1.4\n");
        assertThat(site.problems()).contains(expected);
    }

    @Test
    void textPastedFromWordIntoJsonIsToldByItsCurlyQuotesNoBreakSpacesAndTrailingComma() {
        FixtureSite site = FixtureSite.of("basic", tmp);
        site.write("content/bang/dan-tu-word.json", "{\n  \"title\": “Quỹ khuyến học”,\n  \"date\": \"2024-06-01\"\n}\n");
        site.write("content/bang/dau-cach.json", "{\n  \"title\": \"Quỹ\",\u00A0\"date\": \"2024-06-01\"\n}\n");
        site.write("content/bang/phay-thua.json", "{\n  \"title\": \"Quỹ\",\n  \"date\": \"2024-06-01\",\n}\n");
        assertThat(site.problems()).contains(
                "content/bang/dan-tu-word.json:2: (cú pháp JSON): cột 12: có dấu nháy cong “ (thường do dán từ "
                        + "Word). Cách sửa: thay các dấu nháy cong “ ” ‘ ’ bao quanh tên trường và chữ bằng dấu "
                        + "nháy thẳng \", ví dụ \"title\": \"Thông báo\".",
                "content/bang/dau-cach.json:2: (cú pháp JSON): cột 18: có dấu cách không ngắt (U+00A0, thường "
                        + "do dán từ Word hoặc trang web) nằm ngoài dấu nháy, chỗ JSON chỉ nhận dấu cách thường. "
                        + "Cách sửa: xoá ký tự này (đặt con trỏ ở cột này, xoá khoảng trống rồi gõ lại dấu cách "
                        + "thường).",
                "content/bang/phay-thua.json:3: (cú pháp JSON): cột 23: dấu phẩy thừa sau mục cuối cùng. Cách "
                        + "sửa: xoá dấu phẩy này (mục cuối cùng trong { } hoặc [ ] không có dấu phẩy theo sau).");
    }

    @Test
    void draftsAndFutureDatedFilesAreNotErrors() throws Exception {
        FixtureSite site = FixtureSite.of("basic", tmp);
        assertThat(site.bake().drafts()).isEqualTo(1);
    }

    private static void copyBad(FixtureSite site, String file) {
        try {
            Path target = site.dir().resolve("content/thong-bao/" + file);
            Files.createDirectories(target.getParent());
            Files.copy(FixtureSite.resource("bad/" + file), target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
