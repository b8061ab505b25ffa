package vn.congkhai.validate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ID number stops the build wherever it is written, grouped or labelled or not; a labelled phone number too. Each
 * case is a good fixture with one mistake put in, and the officer reads exactly one error.
 */
class PersonalDataGuardIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            grouped CCCD in a household row | ho-ngheo/2024.json | `"ghi_chu": "Hộ có người khuyết tật"` | `"ghi_chu": "CCCD 001.099.012.345"` | `content/ho-ngheo/2024.json:15: ho[2].ghi_chu: Dòng số thứ tự 3 có giá trị "001.099.012.345" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            CMND grouped like an amount in a reception row | lich-tiep-dan/quy-3.json | `"nguoi_tiep": "Bà Lê Thị Mẫu - Phó Chủ tịch UBND xã"` | `"nguoi_tiep": "Bà Lê Thị Mẫu, CMND: 123.456.789"` | `content/lich-tiep-dan/quy-3.json:10: lich[2].nguoi_tiep: Dòng thứ 3 có giá trị "123.456.789" giống số chứng minh nhân dân hoặc căn cước công dân (9 chữ số). Danh sách công khai không được có số định danh, số điện thoại, ngày sinh (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            grouped ID starting with 0 in a JSON text | ngan-sach/2024-6-thang.json | `"thuyet_minh": "Thu đạt **54,2%** dự toán năm."` | `"thuyet_minh": "Thu đạt **54,2%** dự toán năm. Hoàn trả hộ có số 001.099.012.345."` | `content/ngan-sach/2024-6-thang.json:21: thuyet_minh: có số "001.099.012.345" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số tiền, viết có dấu chấm ngăn cách hoặc kèm đơn vị, ví dụ 125.000.000 đồng.`
            labelled ID deep in a plan | ke-hoach/kh.json | `"ket_qua": "Đã niêm yết."` | `"ket_qua": "Đã niêm yết; ông A (CCCD số 001099012345) nhận thay."` | `content/ke-hoach/kh.json:11: nhiem_vu[0].nhiem_vu[0].bao_cao[0].ket_qua: có số "001099012345" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            ID labelled without diacritics in a Markdown header | chinh-sach/bhyt.md | `doi_tuong=Người thuộc hộ cận nghèo` | `doi_tuong=Người thuộc hộ cận nghèo, so dinh danh 001 099 012 345` | `content/chinh-sach/bhyt.md:6: doi_tuong: có số "001 099 012 345" giống số chứng minh nhân dân hoặc căn cước công dân (12 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            ID in a title | bang/quy.json | `"title": "Quỹ đền ơn đáp nghĩa năm 2024"` | `"title": "Quỹ đền ơn đáp nghĩa năm 2024 - CMT 123456789"` | `content/bang/quy.json:2: title: có số "123456789" giống số chứng minh nhân dân hoặc căn cước công dân (9 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp.`
            9 digits without a unit in a Markdown body | chinh-sach/bhyt.md | `Xem [danh sách` | `Hỗ trợ 125000000 cho hộ. Xem [danh sách` | `content/chinh-sach/bhyt.md:9: (nội dung): có số "125000000" giống số chứng minh nhân dân hoặc căn cước công dân (9 chữ số). Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số tiền, viết có dấu chấm ngăn cách hoặc kèm đơn vị, ví dụ 125.000.000 đồng.`
            labelled phone in a Markdown body | chinh-sach/bhyt.md | `Xem [danh sách` | `Liên hệ cán bộ Hà, SĐT 0912 345 678. Xem [danh sách` | `content/chinh-sach/bhyt.md:9: (nội dung): có số điện thoại "0912 345 678". Văn bản công khai không được có số định danh, số điện thoại của người dân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Cách sửa: xoá số này khỏi tệp; nếu đó là số của UBND xã, ghi đúng như xa.dien_thoai hoặc xa.duong_day_nong trong jbake.properties.`
            """)
    void anIdNumberOrALabelledPhoneStopsTheBuildWhereverItIs(String check, String file, String from, String to,
                                                            String expected) {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.replace("content/" + file, from, to);
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
}
