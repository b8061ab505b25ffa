package vn.congkhai.word;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.tools.CongKhai;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers' Word documents, built with POI in the Decree 30/2020 layout, imported into a fixture commune (Phú
 * Thịnh) as drafts with their exact Markdown and metadata, then published and baked by the generator itself.
 */
class WordImportIT {

    private static final LocalDate TODAY = LocalDate.of(2024, 7, 20);
    private static final List<String> UBND = List.of("ỦY BAN NHÂN DÂN", "XÃ PHÚ THỊNH");
    private static final List<String> UBND_OLD = List.of("UBND HUYỆN ĐẠI TỪ", "UBND XÃ PHÚ THỊNH");

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    /** {@code cong-khai:nhap -Dtep=…} as the plugin runs it. */
    static Run nhap(FixtureSite site, String file, String type, boolean attach) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CongKhai.importFile(site.dir(), TODAY, new CongKhai.ImportOptions(file, type, null, null, null,
                        false, false, attach), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path notice(Path dir) throws Exception {
        return new Docx().header(UBND, "52/TB-UBND", "Phú Thịnh, ngày 28 tháng 6 năm 2024")
                .title("THÔNG BÁO", "Về việc tổ chức tiếp công dân định kỳ quý III năm 2024")
                .p("Thực hiện Luật Tiếp công dân năm 2013, Ủy ban nhân dân xã Phú Thịnh thông báo lịch tiếp công dân "
                        + "định kỳ quý III năm 2024 như sau:")
                .p("- **Thời gian:** sáng thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ 00.")
                .p("- **Địa điểm:** Phòng tiếp công dân, trụ sở UBND xã.")
                .p("Công dân đến làm việc mang theo *giấy tờ tùy thân* và tài liệu liên quan./.")
                .signatureTable(List.of("Nơi nhận:", "- TT Đảng ủy, HĐND xã;", "- Các xóm;", "- Lưu: VP."),
                        List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Mẫu"))
                .save(dir.resolve("thong-bao.docx"));
    }

    static final String NOTICE = """
            title=Thông báo về việc tổ chức tiếp công dân định kỳ quý III năm 2024
            date=2024-06-28
            type=thong-bao
            status=draft
            so_hieu=52/TB-UBND
            muc_cong_khai=14
            ~~~~~~
            Thực hiện Luật Tiếp công dân năm 2013, Ủy ban nhân dân xã Phú Thịnh thông báo lịch tiếp công dân định kỳ \
            quý III năm 2024 như sau:

            - **Thời gian:** sáng thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ 00.
            - **Địa điểm:** Phòng tiếp công dân, trụ sở UBND xã.

            Công dân đến làm việc mang theo *giấy tờ tùy thân* và tài liệu liên quan./.
            """;

    @Test
    void aDocumentOfAnotherBodyKeepsItsIssuerWithItsPlaceNamesCapitalised() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        new Docx().header(List.of("ỦY BAN NHÂN DÂN HUYỆN ĐẠI TỪ-------"), "15/TB-UBND", "Đại Từ, ngày 2 tháng 7 năm 2024")
                .title("THÔNG BÁO", "Về việc lấy ý kiến nhân dân về quy hoạch")
                .p("Ủy ban nhân dân huyện thông báo việc lấy ý kiến./.")
                .save(site.dir().resolve("huyen.docx"));
        Run run = nhap(site, "huyen.docx", null, false);
        assertThat(run.status()).as(run.err()).isZero();
        try (var files = Files.list(site.dir().resolve("content/thong-bao"))) {
            Path file = files.filter(f -> f.getFileName().toString().contains("lay-y-kien")).findFirst().orElseThrow();
            assertThat(Files.readString(file)).contains("\nco_quan=Ủy ban nhân dân huyện Đại Từ\n");
        }
        assertThat(WordImport.placeNames("hội đồng nhân dân thị xã phổ yên")).isEqualTo("hội đồng nhân dân thị xã Phổ Yên");
        assertThat(WordImport.placeNames("đảng ủy xã lục ba")).isEqualTo("đảng ủy xã Lục Ba");
    }

    @Test
    void aNoticeBecomesADraftWithItsHeaderAsMetadataAndTheSignatureLeftOutAndReported() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        notice(site.dir());
        Run run = nhap(site, "thong-bao.docx", null, false);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        Path file = site.dir().resolve("content/thong-bao/2024-06-to-chuc-tiep-cong-dan-dinh-ky-quy-iii-nam-2024.md");
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo(NOTICE);
        assertThat(run.out()).isEqualTo("""
                Đã nhập thong-bao.docx vào content/thong-bao/2024-06-to-chuc-tiep-cong-dan-dinh-ky-quy-iii-nam-2024.md \
                (bản nháp: status = draft).
                  Đọc được: loại THÔNG BÁO → type=thong-bao; tiêu đề "Thông báo về việc tổ chức tiếp công dân định kỳ \
                quý III năm 2024"; số hiệu 52/TB-UBND; ngày 28/06/2024.
                  Đã bỏ phần "Nơi nhận" và chữ ký ở cuối văn bản (7 dòng: Nơi nhận: / - TT Đảng ủy, HĐND xã; / \
                - Các xóm; / - Lưu: VP. / TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn Mẫu): trang web và bản in không \
                in lại chữ ký, con dấu.
                  Tệp Word gốc không được đăng (thêm -Ddinh-kem nếu muốn đăng kèm bản gốc).
                Việc còn lại: đối chiếu nội dung với bản Word, kiểm tra tiêu đề, ngày, số hiệu (so_hieu), mục công khai \
                (muc_cong_khai = 14), thêm thời gian niêm yết (niem_yet_tu); xem trước bằng mvnw.cmd jetty:run; khi \
                đúng, đổi status thành published.
                """);
        assertThat(site.dir().resolve("content/thong-bao").toFile().list()).as("the Word file is not published")
                .containsExactly("2024-06-to-chuc-tiep-cong-dan-dinh-ky-quy-iii-nam-2024.md");

        Document page = publishAndBake(site, file, "thong-bao/2024-06-to-chuc-tiep-cong-dan-dinh-ky-quy-iii-nam-2024.html");
        assertThat(page.select("h1").text()).isEqualTo("Thông báo về việc tổ chức tiếp công dân định kỳ quý III năm 2024");
        assertThat(page.select("main li strong").eachText()).containsExactly("Thời gian:", "Địa điểm:");
        assertThat(page.select("main em").eachText()).contains("giấy tờ tùy thân");
    }

    @Test
    void aDecisionHasItsArticlesAsHeadingsAndGoesToPolicies() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        new Docx().p("**UBND HUYỆN ĐẠI TỪ**").p("**UBND XÃ PHÚ THỊNH**").p("Số: 215/QĐ-UBND")
                .p("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**").p("**Độc lập - Tự do - Hạnh phúc**")
                .p("*Phú Thịnh, ngày 20 tháng 12 năm 2023*")
                .title("QUYẾT ĐỊNH", "Về việc công nhận hộ nghèo, hộ cận nghèo năm 2024")
                .center("**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH**")
                .p("*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*")
                .p("*Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ;*")
                .p("*Xét đề nghị của Ban giảm nghèo xã.*")
                .center("**QUYẾT ĐỊNH:**")
                .p("**Điều 1.** Công nhận 23 hộ nghèo và 27 hộ cận nghèo năm 2024 trên địa bàn xã (có danh sách kèm theo).")
                .p("**Điều 2. Hiệu lực thi hành**")
                .p("Quyết định có hiệu lực kể từ ngày ký.")
                .p("**Điều 3.** Văn phòng UBND xã, Ban giảm nghèo xã và các hộ có tên tại Điều 1 chịu trách nhiệm thi "
                        + "hành Quyết định này./.")
                .p("**Nơi nhận:**").p("- Như Điều 3;").p("- Lưu: VT.").p("**CHỦ TỊCH**").p("Nguyễn Văn Mẫu")
                .save(site.dir().resolve("quyet-dinh.docx"));
        Run run = nhap(site, "quyet-dinh.docx", null, false);
        assertThat(run.status()).as(run.err()).isZero();
        Path file = site.dir().resolve("content/chinh-sach/2023-12-cong-nhan-ho-ngheo-ho-can-ngheo-nam-2024.md");
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo("""
                title=Quyết định về việc công nhận hộ nghèo, hộ cận nghèo năm 2024
                date=2023-12-20
                type=chinh-sach
                status=draft
                so_hieu=215/QĐ-UBND
                muc_cong_khai=7
                ~~~~~~
                **CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH**

                *Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*

                *Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ;*

                *Xét đề nghị của Ban giảm nghèo xã.*

                **QUYẾT ĐỊNH:**

                ## Điều 1.

                Công nhận 23 hộ nghèo và 27 hộ cận nghèo năm 2024 trên địa bàn xã (có danh sách kèm theo).

                ## Điều 2. Hiệu lực thi hành

                Quyết định có hiệu lực kể từ ngày ký.

                ## Điều 3.

                Văn phòng UBND xã, Ban giảm nghèo xã và các hộ có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
                """);
        assertThat(run.out()).contains("  Đọc được: loại QUYẾT ĐỊNH → type=chinh-sach; tiêu đề \"Quyết định về việc "
                + "công nhận hộ nghèo, hộ cận nghèo năm 2024\"; số hiệu 215/QĐ-UBND; ngày 20/12/2023.")
                .contains("(5 dòng: Nơi nhận: / - Như Điều 3; / - Lưu: VT. / CHỦ TỊCH / Nguyễn Văn Mẫu)");
        Document page = publishAndBake(site, file, "chinh-sach/2023-12-cong-nhan-ho-ngheo-ho-can-ngheo-nam-2024.html");
        assertThat(page.select("main h2").eachText()).contains("Điều 1.", "Điều 2. Hiệu lực thi hành", "Điều 3.");
    }

    @Test
    void aPlanHasItsNumberedSectionsListsAndTable() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        new Docx().header(UBND_OLD, "171/KH-UBND", "Phú Thịnh, ngày 25 tháng 3 năm 2024")
                .title("KẾ HOẠCH", "Cải thiện chỉ số PAPI năm 2024")
                .p("Thực hiện Kế hoạch số 112/KH-UBND của UBND huyện, UBND xã ban hành Kế hoạch như sau:")
                .p("**I. MỤC ĐÍCH, YÊU CẦU**")
                .p("**1. Mục đích**")
                .numbered("Nâng cao chất lượng điều hành của chính quyền xã.")
                .numbered("Tăng cường sự tham gia của người dân.")
                .p("**2. Yêu cầu**")
                .bullet("Triển khai đồng bộ, có hiệu quả.")
                .p("**II. NHIỆM VỤ CỤ THỂ**")
                .table(new String[]{"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"},
                        new String[]{"1", "Công khai danh sách hộ nghèo", "Ban giảm nghèo", "30/6/2024"},
                        new String[]{"2", "Tổ chức đối thoại với Nhân dân", "UBND xã", "Quý III"})
                .p("**III. TỔ CHỨC THỰC HIỆN**")
                .p("Các bộ phận chuyên môn căn cứ Kế hoạch này triển khai thực hiện./.")
                .signatureTable(List.of("Nơi nhận:", "- UBND huyện;", "- Lưu: VP."),
                        List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa"))
                .save(site.dir().resolve("nguon/ke-hoach-papi.docx"));
        Run run = nhap(site, "nguon/ke-hoach-papi.docx", null, false);
        assertThat(run.status()).as(run.err()).isZero();
        Path file = site.dir().resolve("content/thong-bao/2024-03-cai-thien-chi-so-papi-nam-2024.md");
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo("""
                title=Kế hoạch cải thiện chỉ số PAPI năm 2024
                date=2024-03-25
                type=thong-bao
                status=draft
                so_hieu=171/KH-UBND
                muc_cong_khai=14
                ~~~~~~
                Thực hiện Kế hoạch số 112/KH-UBND của UBND huyện, UBND xã ban hành Kế hoạch như sau:

                ## I. MỤC ĐÍCH, YÊU CẦU

                ### 1. Mục đích

                1. Nâng cao chất lượng điều hành của chính quyền xã.
                2. Tăng cường sự tham gia của người dân.

                ### 2. Yêu cầu

                - Triển khai đồng bộ, có hiệu quả.

                ## II. NHIỆM VỤ CỤ THỂ

                | STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |
                | --- | --- | --- | --- |
                | 1 | Công khai danh sách hộ nghèo | Ban giảm nghèo | 30/6/2024 |
                | 2 | Tổ chức đối thoại với Nhân dân | UBND xã | Quý III |

                ## III. TỔ CHỨC THỰC HIỆN

                Các bộ phận chuyên môn căn cứ Kế hoạch này triển khai thực hiện./.
                """);
        Document page = publishAndBake(site, file, "thong-bao/2024-03-cai-thien-chi-so-papi-nam-2024.html");
        assertThat(page.select("main table th").eachText()).containsExactly("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn");
        assertThat(page.select("main ol li")).hasSize(2);
        assertThat(site.site().resolve("thong-bao/2024-03-cai-thien-chi-so-papi-nam-2024.pdf")).exists();
    }

    @Test
    void aTableWithMergedCellsKeepsEachTextInItsFirstCellAndIsReported() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        new Docx().header(UBND, "88/TB-UBND", "Phú Thịnh, ngày 05 tháng 7 năm 2024")
                .title("THÔNG BÁO", "Kết quả hỗ trợ thiệt hại do mưa lũ tháng 6")
                .p("UBND xã thông báo kết quả hỗ trợ như sau:")
                .table(new String[]{"Xóm", "Số hộ được hỗ trợ", ">"},
                        new String[]{"^", "Nhà ở", "Hoa màu"},
                        new String[]{"Xóm Kết Thành", "12", "30"},
                        new String[]{"Xóm Đồng Kè", "8", "21"},
                        new String[]{"Cộng", "20", "51"})
                .p("Nơi nhận:").p("- Các xóm;").p("- Lưu: VP.").p("**TM. ỦY BAN NHÂN DÂN**").p("**CHỦ TỊCH**")
                .p("Nguyễn Văn Mẫu")
                .save(site.dir().resolve("mua-lu.docx"));
        Run run = nhap(site, "mua-lu.docx", null, false);
        assertThat(run.status()).as(run.err()).isZero();
        Path file = site.dir().resolve("content/thong-bao/2024-07-ket-qua-ho-tro-thiet-hai-do-mua-lu-thang-6.md");
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo("""
                title=Thông báo kết quả hỗ trợ thiệt hại do mưa lũ tháng 6
                date=2024-07-05
                type=thong-bao
                status=draft
                so_hieu=88/TB-UBND
                muc_cong_khai=14
                ~~~~~~
                UBND xã thông báo kết quả hỗ trợ như sau:

                | Xóm | Số hộ được hỗ trợ |  |
                | --- | --- | --- |
                |  | Nhà ở | Hoa màu |
                | Xóm Kết Thành | 12 | 30 |
                | Xóm Đồng Kè | 8 | 21 |
                | Cộng | 20 | 51 |
                """);
        assertThat(run.out()).contains("  Lưu ý: Bảng thứ 1 có ô gộp: chữ của ô gộp ghi ở ô đầu, các ô nó phủ để "
                + "trống. Kiểm tra lại bảng này.\n").contains("(6 dòng: Nơi nhận: / - Các xóm; / - Lưu: VP. / "
                + "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn Mẫu)");
        Document page = publishAndBake(site, file, "thong-bao/2024-07-ket-qua-ho-tro-thiet-hai-do-mua-lu-thang-6.html");
        assertThat(page.select("main table tbody tr")).hasSize(4);
    }

    @Test
    void aDocumentWithoutHeaderTakesItsTitleFromTheFirstBoldLineAndTodaysDate() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        new Docx().p("**Lịch trực Tết Nguyên đán Ất Tỵ 2025**")
                .p("Ủy ban nhân dân xã Phú Thịnh thông báo lịch trực Tết như sau:")
                .bullet("Ngày 28 tháng Chạp: đồng chí Nguyễn Văn Mẫu, Chủ tịch UBND xã.")
                .bullet("Ngày mùng 1 Tết: đồng chí Lê Thị Hoa, Phó Chủ tịch UBND xã.")
                .p("Mọi việc cần giải quyết xin liên hệ trụ sở UBND xã.")
                .save(site.dir().resolve("lich-truc-tet.docx"));
        Run run = nhap(site, "lich-truc-tet.docx", null, false);
        assertThat(run.status()).as(run.err()).isZero();
        Path file = site.dir().resolve("content/thong-bao/2024-07-lich-truc-tet-nguyen-dan-at-ty-2025.md");
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo("""
                title=Lịch trực Tết Nguyên đán Ất Tỵ 2025
                date=2024-07-20
                type=thong-bao
                status=draft
                muc_cong_khai=14
                ~~~~~~
                Ủy ban nhân dân xã Phú Thịnh thông báo lịch trực Tết như sau:

                - Ngày 28 tháng Chạp: đồng chí Nguyễn Văn Mẫu, Chủ tịch UBND xã.
                - Ngày mùng 1 Tết: đồng chí Lê Thị Hoa, Phó Chủ tịch UBND xã.

                Mọi việc cần giải quyết xin liên hệ trụ sở UBND xã.
                """);
        assertThat(run.out()).contains("  Đọc được: không thấy loại văn bản → type=thong-bao; tiêu đề \"Lịch trực Tết "
                + "Nguyên đán Ất Tỵ 2025\"; số hiệu (không có); ngày (không thấy, tạm ghi hôm nay 20/07/2024).");
        publishAndBake(site, file, "thong-bao/2024-07-lich-truc-tet-nguyen-dan-at-ty-2025.html");
    }

    @Test
    void theOriginalIsPublishedOnlyWhenAskedForAsAnAttachment() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        notice(site.dir());
        Run run = nhap(site, "thong-bao.docx", null, true);
        assertThat(run.status()).as(run.err()).isZero();
        String name = "2024-06-to-chuc-tiep-cong-dan-dinh-ky-quy-iii-nam-2024";
        Path file = site.dir().resolve("content/thong-bao/" + name + ".md");
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo(NOTICE.replace("muc_cong_khai=14\n",
                "muc_cong_khai=14\ntep=[{\"ten\": \"Bản gốc (Word)\", \"duong_dan\": \"" + name + ".docx\"}]\n"));
        assertThat(run.out()).contains("  Đính kèm bản gốc: content/thong-bao/" + name + ".docx (được đăng cùng văn bản).");
        publishAndBake(site, file, "thong-bao/" + name + ".html");
        assertThat(site.site().resolve("thong-bao/" + name + ".docx")).hasSameBinaryContentAs(site.dir().resolve("thong-bao.docx"));
    }

    @Test
    void aFileThatIsNotAWordDocumentIsAClearErrorWithoutTrace() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        Files.writeString(site.dir().resolve("hong.docx"), "không phải tệp Word");
        assertThat(nhap(site, "hong.docx", null, false)).isEqualTo(new Run(1, "", "Không đọc được hong.docx: tệp "
                + "không phải văn bản Word (.docx) hoặc đã bị hỏng. Cách sửa: mở tệp bằng Word, chọn Lưu thành (Save "
                + "As) kiểu Word Document (.docx), rồi chạy lại.\n"));
        Files.writeString(site.dir().resolve("cu.doc"), "Word 97");
        assertThat(nhap(site, "cu.doc", null, false)).isEqualTo(new Run(1, "", "Tệp cu.doc là văn bản Word cũ (.doc), "
                + "chưa nhập được. Cách sửa: mở tệp bằng Word, chọn Lưu thành (Save As) kiểu Word Document (.docx), "
                + "rồi chạy lại với tệp .docx đó.\n"));
        assertThat(nhap(site, "khong-co.docx", null, false).err()).isEqualTo("Không tìm thấy tệp khong-co.docx. Cách sửa: "
                + "đặt tệp trong thư mục của xã (cạnh pom.xml) và viết đúng tên, ví dụ -Dtep=khong-co.docx.\n");
        notice(site.dir());
        assertThat(nhap(site, "thong-bao.docx", "ho-ngheo", false).err()).isEqualTo("Lỗi: văn bản Word chỉ nhập được "
                + "thành loại thong-bao, chinh-sach, thanh-tra, trang; bỏ -Dloai để chọn theo loại văn bản.\n");
        assertThat(site.dir().resolve("content/thong-bao")).doesNotExist();
    }

    /** Publishes an imported draft, bakes the fixture (every check of the generator) and returns the page. */
    static Document publishAndBake(FixtureSite site, Path file, String page) throws Exception {
        Files.writeString(file, Files.readString(file).replace("status=draft", "status=published"));
        site.bake();
        return Jsoup.parse(site.page(page));
    }
}
