package vn.congkhai.validate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ID number stops the build wherever it is written, grouped or labelled or not; a labelled phone number too. Each
 * case is a good file ({@link GoodFiles}) with one line written wrong, and the officer reads exactly one error.
 */
class PersonalDataGuardIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            grouped CCCD in a household row | content/ho-ngheo/2024.json | 15 | `{"stt": 3, "chu_ho": "Lê Văn Cường", "xom": "Đồng Kè", "phan_loai": "ngheo", "so_nhan_khau": 5, "ghi_chu": "CCCD 001.099.012.345"},` | `content/ho-ngheo/2024.json:15: hộ thứ 3 (Lê Văn Cường), ghi_chu: có giá trị "001.099.012.345" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            CMND grouped like an amount in a reception row | content/lich-tiep-dan/quy-3.json | 10 | `{"ngay": "2024-07-18", "tu": "13:30", "den": "16:30", "nguoi_tiep": "Bà Lê Thị Mẫu, CMND: 123.456.789", "dia_diem": "Phòng tiếp công dân"}` | `content/lich-tiep-dan/quy-3.json:10: buổi tiếp thứ 3 (2024-07-18), nguoi_tiep: có giá trị "123.456.789" giống số chứng minh nhân dân hoặc căn cước công dân (9 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            grouped ID starting with 0 in a JSON text | content/ngan-sach/2024-6-thang.json | 21 | `"thuyet_minh": "Thu đạt **54,2%** dự toán năm. Hoàn trả hộ có số 001.099.012.345."` | `content/ngan-sach/2024-6-thang.json:21: thuyet_minh: có số "001.099.012.345" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số tiền, viết có dấu chấm ngăn cách hoặc kèm đơn vị, ví dụ 125.000.000 đồng.`
            labelled ID deep in a plan | content/ke-hoach/kh.json | 11 | `"bao_cao": [{"ky": "2024-Q2", "trang_thai": "hoan-thanh", "tien_do": 100, "ket_qua": "Đã niêm yết; ông A (CCCD số 001099012345) nhận thay.", "minh_chung": ["ho-ngheo/2024.html"]}]},` | `content/ke-hoach/kh.json:11: nhiệm vụ thứ 1 (1), nhiệm vụ thứ 1 (1.1), báo cáo thứ 1 (2024-Q2), ket_qua: có số "001099012345" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            ID labelled without diacritics in a Markdown header | content/chinh-sach/bhyt.md | 6 | `doi_tuong=Người thuộc hộ cận nghèo, so dinh danh 001 099 012 345` | `content/chinh-sach/bhyt.md:6: doi_tuong: có số "001 099 012 345" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            ID in a title | content/bang/quy.json | 2 | `"title": "Quỹ đền ơn đáp nghĩa năm 2024 - CMT 123456789",` | `content/bang/quy.json:2: title: có số "123456789" giống số chứng minh nhân dân hoặc căn cước công dân (9 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            9 digits without a unit in a Markdown body | content/chinh-sach/bhyt.md | 9 | `Hỗ trợ 125000000 cho hộ.` | `content/chinh-sach/bhyt.md:9: (nội dung): có số "125000000" giống số chứng minh nhân dân hoặc căn cước công dân (9 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số tiền, viết có dấu chấm ngăn cách hoặc kèm đơn vị, ví dụ 125.000.000 đồng.`
            labelled phone in a Markdown body | content/chinh-sach/bhyt.md | 9 | `Liên hệ cán bộ Hà, SĐT 0912 345 678.` | `content/chinh-sach/bhyt.md:9: (nội dung): có số điện thoại "0912 345 678". Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi đúng như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties, hoặc ghi số đó vào thông tin liên hệ của tệp cơ cấu tổ chức (content/co-cau-to-chuc/).`
            Zalo in a Markdown body | content/chinh-sach/bhyt.md | 9 | `Liên hệ anh Tâm (Zalo: 0368123456).` | `content/chinh-sach/bhyt.md:9: (nội dung): có số điện thoại "0368123456". Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi đúng như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties, hoặc ghi số đó vào thông tin liên hệ của tệp cơ cấu tổ chức (content/co-cau-to-chuc/).`
            +84 mobile grouped in a Markdown body | content/chinh-sach/bhyt.md | 9 | `Gọi chị Hoa +84 912 345 678.` | `content/chinh-sach/bhyt.md:9: (nội dung): có số điện thoại "+84 912 345 678". Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi đúng như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties, hoặc ghi số đó vào thông tin liên hệ của tệp cơ cấu tổ chức (content/co-cau-to-chuc/).`
            +84 mobile in a header field | content/chinh-sach/bhyt.md | 6 | `doi_tuong=Người thuộc hộ cận nghèo (hỏi chị Hoa +84912345678)` | `content/chinh-sach/bhyt.md:6: doi_tuong: có số điện thoại "+84912345678". Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi đúng như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties, hoặc ghi số đó vào thông tin liên hệ của tệp cơ cấu tổ chức (content/co-cau-to-chuc/).`
            birth date after a name in a Markdown body | content/chinh-sach/bhyt.md | 9 | `Ông Nguyễn Văn An, sinh ngày 12/03/1975, được hỗ trợ.` | `content/chinh-sach/bhyt.md:9: (nội dung): có ngày sinh "sinh ngày 12/03/1975". Văn bản công khai không được có ngày sinh của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá ngày sinh khỏi tệp.`
            NS in a Markdown table | content/chinh-sach/bhyt.md | 9 | `| Bà Lưu Thị Mai | NS: 1951-03-12 |\\n|---|---|` | `content/chinh-sach/bhyt.md:9: (nội dung): có ngày sinh "NS: 1951-03-12". Văn bản công khai không được có ngày sinh của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá ngày sinh khỏi tệp.`
            """)
    void anIdNumberOrALabelledPhoneStopsTheBuildWhereverItIs(String check, String file, int line, String written,
                                                            String expected) {
        FixtureSite site = GoodFiles.withLine(tmp, file, line, written.replace("\\n", "\n"));
        assertThat(site.problems()).containsExactly(expected);
    }

    /** A payment notice dated {@code date} with an ID number on line 8, and what the officer reads of it. */
    private static String paymentWithAnIdNumber(String date) {
        return """
                title=Chi trả hỗ trợ làm nhà
                date=%s
                type=chinh-sach
                muc_cong_khai=7
                ~~~~~~
                UBND xã chi trả hỗ trợ làm nhà cho các hộ sau.

                Ông Nguyễn Văn An, căn cước công dân: 001.099.012.345, nhận 2.500.000 đồng.
                """.formatted(date);
    }

    private static final String ID_IN_PAYMENT = "content/chinh-sach/chi-tra.md:8: (nội dung): có số "
            + "\"001.099.012.345\" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Văn bản công "
            + "khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân "
            + "91/2025/QH15). Cách sửa: xoá số này khỏi tệp.";

    @Test
    void aProblemInAMarkdownBodyNamesTheLineOfTheFile() {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write("content/chinh-sach/chi-tra.md", paymentWithAnIdNumber("2024-07-01"));
        assertThat(site.problems()).containsExactly(ID_IN_PAYMENT);
    }

    /** A plan's full text is published inside its page: guarded as any body, its own file and line named. */
    @Test
    void anIdNumberInAPlansFullTextIsReportedAtItsLine() {
        FixtureSite site = FixtureSite.inline(tmp, GoodFiles.PLAN.replace("\"so_hieu\": \"10/KH-UBND\",",
                "\"so_hieu\": \"10/KH-UBND\", \"toan_van\": \"kh-toan-van.md\",") + """
                -- content/ke-hoach/kh-toan-van.md --
                KẾ HOẠCH THỬ

                Giao ông Nguyễn Văn An (CCCD 001099012345) theo dõi việc niêm yết.
                """);
        assertThat(site.problems()).containsExactly("content/ke-hoach/kh-toan-van.md:3: (nội dung): có số "
                + "\"001099012345\" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Văn bản công "
                + "khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân "
                + "91/2025/QH15). Cách sửa: xoá số này khỏi tệp.");
    }

    /** Every problem of a build at once: a mistake in the header does not hide an ID number in the body. */
    @Test
    void anIdNumberIsReportedBesideAMistakeInTheSameFilesHeader() {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write("content/chinh-sach/chi-tra.md", paymentWithAnIdNumber("2024-13-45"));
        assertThat(site.problems()).hasSize(2).last().isEqualTo(ID_IN_PAYMENT);
        assertThat(site.problems().get(0)).startsWith("content/chinh-sach/chi-tra.md:2: date: ");
    }

    @Test
    void amountsDatesDocumentNumbersProcedureCodesAndTheCommunesOwnNumbersBake() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write("content/chinh-sach/chi-tra.md", """
                title=Chi trả hỗ trợ làm nhà năm 2024
                date=2024-07-01
                type=chinh-sach
                so_hieu=171/KH-UBND
                muc_cong_khai=7
                ~~~~~~
                Theo Kế hoạch số 171/KH-UBND ngày 25/03/2024 (thủ tục 1.001193 và 2.000815), xã đã chi 125.000.000 đồng.

                | Nội dung | Số tiền |
                |---|---|
                | Hỗ trợ làm nhà | 125000000 đồng |
                | Hỗ trợ sửa nhà | 125 000 000 đ |
                | Tổng | 1.250.000.000 VNĐ |

                Thời gian: từ 01/07/2024 đến 2024-07-30, tại nhà văn hoá trên đường ĐT 261.
                Liên hệ: điện thoại 0208 3000 111, đường dây nóng: ĐT 0208.3000.222 hoặc +84 208 3000 111.
                """);
        site.replace("content/lich-tiep-dan/quy-3.json", "\"dia_diem\": \"Phòng tiếp công dân\"}\n  ]",
                "\"dia_diem\": \"Phòng tiếp công dân (ĐT 0208 3000 222)\"}\n  ]");
        site.replace("content/ho-ngheo/2024.json", "\"ghi_chu\": \"Hộ có người khuyết tật\"",
                "\"ghi_chu\": \"Hộ có người khuyết tật, được hỗ trợ 125000000 đồng làm nhà\"");
        assertThat(Files.readString(site.dir().resolve("content/ngan-sach/2024-6-thang.json")))
                .as("a 9-digit JSON number in a budget").contains("\"thuc_hien\": 125000000");
        site.bake();
        assertThat(Jsoup.parse(site.page("chinh-sach/chi-tra.html")).text()).contains("125 000 000 đ")
                .contains("+84 208 3000 111");
    }

    private static final String LIST_RULE = " Danh sách công khai không được có số định danh, số điện thoại, ngày "
            + "sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).";
    private static final String TEXT_RULE = " Văn bản công khai không được có số định danh, số điện thoại của người "
            + "dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).";

    /** Every finding of a line is reported, so that removing one does not publish the others. */
    @Test
    void everyFindingOfALineIsReportedAtOnce() {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.replace("content/chinh-sach/bhyt.md", "Xem [danh sách",
                "Ông An (NS: 1951-03-12, CCCD 001099012345, Zalo: 0368123456). Xem [danh sách");
        assertThat(site.problems()).containsExactly(
                "content/chinh-sach/bhyt.md:9: (nội dung): có ngày sinh \"NS: 1951-03-12\". Văn bản công khai không "
                        + "được có ngày sinh của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá "
                        + "ngày sinh khỏi tệp.",
                "content/chinh-sach/bhyt.md:9: (nội dung): có số \"001099012345\" giống số chứng minh nhân dân hoặc "
                        + "căn cước công dân (12 chữ số)." + TEXT_RULE + " Cách sửa: xoá số này khỏi tệp.",
                "content/chinh-sach/bhyt.md:9: (nội dung): có số điện thoại \"0368123456\"." + TEXT_RULE + " Cách "
                        + "sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi đúng như xa.dien_thoai hoặc "
                        + "xa.duong_day_nong trong jbake.properties, hoặc ghi số đó vào thông tin liên hệ của tệp cơ cấu tổ "
                        + "chức (content/co-cau-to-chuc/).");
    }

    /**
     * A table of people as a spreadsheet import wrote it before it kept leading zeros: numbers that lost theirs, a
     * date column headed "NS", a "Năm sinh" column: every column is reported, not only the one named for personal data.
     */
    @Test
    void everyColumnOfPersonalDataInATableIsReportedWhateverItsJsonType() {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write("content/bang/ho.json", """
                {
                  "title": "Danh sách hộ được hỗ trợ năm 2024",
                  "date": "2024-07-05",
                  "type": "bang",
                  "muc_cong_khai": 14,
                  "cot": [
                    {"ma": "ho_va_ten", "ten": "Họ và tên", "kieu": "text"},
                    {"ma": "ns", "ten": "NS", "kieu": "ngay"},
                    {"ma": "ma_so", "ten": "Mã số", "kieu": "so"},
                    {"ma": "lien_he", "ten": "Liên hệ", "kieu": "so"},
                    {"ma": "sinh", "ten": "Năm sinh", "kieu": "so"},
                    {"ma": "ngay", "ten": "Ngày", "kieu": "ngay"}
                  ],
                  "dong": [
                    {"ho_va_ten": "Nguyễn Văn An", "ns": "1951-03-12", "ma_so": 1161012345, "lien_he": 912345678, "sinh": 1951, "ngay": "1975-04-30"}
                  ]
                }
                """);
        String has = "có giá trị ";
        assertThat(site.problems()).containsExactly(
                "content/bang/ho.json:8: cột thứ 2, ten: trường \"NS\" chứa dữ liệu cá nhân (số định danh, điện thoại, "
                        + "ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách "
                        + "sửa: xoá trường này khỏi tệp, kể cả khi để trống.",
                "content/bang/ho.json:11: cột thứ 5, ten: trường \"Năm sinh\" chứa dữ liệu cá nhân (số định danh, điện "
                        + "thoại, ngày sinh, dân tộc…) không được công khai (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). "
                        + "Cách sửa: xoá trường này khỏi tệp, kể cả khi để trống.",
                "content/bang/ho.json:15: dòng thứ 1 (Nguyễn Văn An), lien_he: " + has + "912345678 giống số định danh hoặc số điện thoại "
                        + "đã mất số 0 ở đầu (9 chữ số)." + LIST_RULE + " Cách sửa: xoá số này khỏi tệp.",
                "content/bang/ho.json:15: dòng thứ 1 (Nguyễn Văn An), ma_so: " + has + "1161012345 giống số định danh hoặc số điện thoại "
                        + "đã mất số 0 ở đầu (10 chữ số)." + LIST_RULE + " Cách sửa: xoá số này khỏi tệp.",
                "content/bang/ho.json:15: dòng thứ 1 (Nguyễn Văn An), ngay: " + has + "\"1975-04-30\" giống ngày sinh." + LIST_RULE
                        + " Cách sửa: xoá cột ngày sinh khỏi tệp; nếu đó là ngày của một việc, ghi rõ việc đó trong "
                        + "tên cột, ví dụ \"Ngày nhận\".",
                "content/bang/ho.json:15: dòng thứ 1 (Nguyễn Văn An), ns: " + has + "\"1951-03-12\" giống ngày sinh." + LIST_RULE
                        + " Cách sửa: xoá cột ngày sinh khỏi tệp; nếu đó là ngày của một việc, ghi rõ việc đó trong "
                        + "tên cột, ví dụ \"Ngày nhận\".",
                "content/bang/ho.json:15: dòng thứ 1 (Nguyễn Văn An), sinh: " + has + "1951 giống năm sinh." + LIST_RULE
                        + " Cách sửa: xoá năm sinh khỏi tệp.");
    }

    /**
     * What the guard must let through in lists and texts: amounts, counts, decision numbers, dates of issue and of
     * payment in a table of people, map sheets and parcels, the commune's own phones, "phát sinh ngày", a school year.
     */
    @Test
    void amountsCodesDatesOfIssueParcelsAndTheCommunesPhonesInListsBake() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write("content/bang/nhan.json", """
                {
                  "title": "Danh sách hộ nhận hỗ trợ năm 2024",
                  "date": "2024-07-05",
                  "type": "bang",
                  "muc_cong_khai": 14,
                  "so_hieu": "171/KH-UBND",
                  "cot": [
                    {"ma": "ho_va_ten", "ten": "Họ và tên chủ hộ", "kieu": "text"},
                    {"ma": "ngay_cap", "ten": "Ngày cấp GCN", "kieu": "ngay"},
                    {"ma": "ngay_nhan", "ten": "Ngày nhận", "kieu": "ngay"},
                    {"ma": "to_ban_do", "ten": "Tờ bản đồ", "kieu": "text"},
                    {"ma": "so_thua", "ten": "Số thửa", "kieu": "so"},
                    {"ma": "so_tien", "ten": "Hỗ trợ", "kieu": "so"},
                    {"ma": "lien_he", "ten": "Liên hệ", "kieu": "text"},
                    {"ma": "can_cu", "ten": "Căn cứ", "kieu": "text"}
                  ],
                  "dong": [
                    {"ho_va_ten": "Nguyễn Văn An", "ngay_cap": "1998-05-12", "ngay_nhan": "2024-03-05", "to_ban_do": "12", "so_thua": 245, "so_tien": 125000000, "lien_he": "UBND xã, 0208 3000 111", "can_cu": "Quyết định 171/QĐ-UBND ngày 25/03/2024"}
                  ]
                }
                """);
        site.replace("content/chinh-sach/bhyt.md", "Xem [danh sách", "Các khoản phát sinh ngày 12/03/2024 và "
                + "hỗ trợ học sinh 2024-2025 theo Nghị định 81/2021/NĐ-CP; ngân sách NS 2024. Xem [danh sách");
        site.bake();
        assertThat(Jsoup.parse(site.page("bang/nhan.html")).text()).contains("125.000.000").contains("1998");
    }
}
