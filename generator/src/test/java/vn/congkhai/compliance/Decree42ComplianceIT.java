package vn.congkhai.compliance;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.Bakery;
import vn.congkhai.testing.FixtureSite;
import vn.congkhai.testing.GoodFiles;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decree 42/2022's duties in the compliance report, beside Art. 11's: the organisation with its contacts and focal
 * officer, its English version, the documents' number and effective date, the procedures. Each warning names the fix,
 * and none makes an Art. 11 item late on the province's board.
 */
class Decree42ComplianceIT {

    private static final List<String> RULES = List.of(Decree42Check.ORGANISATION_RULE, Decree42Check.ENGLISH_RULE,
            Decree42Check.DOCUMENT_RULE, Decree42Check.PROCEDURE_RULE);

    @TempDir
    Path tmp;

    /** The Decree 42 warnings of the site, as the build prints them. */
    private static List<ComplianceWarning> decree42(FixtureSite site) throws Exception {
        return new Bakery(site.dir(), site.site()).check().warnings().stream()
                .filter(w -> RULES.contains(w.rule())).toList();
    }

    @Test
    void aSiteWithoutOrganisationOrProceduresAndDocumentsWithoutNumberOrEffectiveDateIsToldTheFix() throws Exception {
        FixtureSite site = FixtureSite.inline(tmp, GoodFiles.POLICY.replace("ngay_hieu_luc=2024-02-01\n", "") + """
                -- content/thong-bao/hop-dan.md --
                title=Thông báo họp dân xóm Kết Thành
                date=2024-06-03
                type=thong-bao
                muc_cong_khai=14
                ~~~~~~
                Mời bà con dự họp.
                """ + GoodFiles.HOUSEHOLDS);
        List<ComplianceWarning> warnings = decree42(site);
        assertThat(warnings).extracting(ComplianceWarning::format).containsExactly(
                "Cảnh báo: Cơ cấu tổ chức, liên hệ: chưa đăng thông tin tổ chức của xã. Cách làm: tạo tệp bằng lệnh "
                        + "mvnw cong-khai:tao -Dloai=co-cau-to-chuc -Dten=uy-ban-nhan-dan (hoặc \"Tạo mới\" ở mục Cơ "
                        + "cấu tổ chức, liên hệ trong trình soạn thảo), ghi lãnh đạo (lanh_dao), điện thoại, thư điện "
                        + "tử và người đầu mối (dau_moi), rồi đăng.",
                "Cảnh báo: Danh sách hộ nghèo, hộ cận nghèo năm 2024: quyết định chưa ghi ngày có hiệu lực. Cách "
                        + "làm: thêm ngay_hieu_luc (năm-tháng-ngày) như văn bản ghi; văn bản có hiệu lực từ ngày ký thì "
                        + "ghi ngày ký (01/07/2024).",
                "Cảnh báo: Thông báo họp dân xóm Kết Thành: chưa ghi số, ký hiệu văn bản. Cách làm: thêm "
                        + "so_hieu=171/TB-UBND như in ở đầu văn bản.",
                "Cảnh báo: Hỗ trợ bảo hiểm y tế cho người thuộc hộ cận nghèo: chưa ghi số, ký hiệu văn bản. Cách "
                        + "làm: thêm so_hieu=171/TB-UBND như in ở đầu văn bản.",
                "Cảnh báo: Hỗ trợ bảo hiểm y tế cho người thuộc hộ cận nghèo: chính sách chưa ghi ngày có hiệu lực. "
                        + "Cách làm: thêm ngay_hieu_luc (năm-tháng-ngày) như văn bản ghi; văn bản có hiệu lực từ ngày "
                        + "ký thì ghi ngày ký (15/01/2024).",
                "Cảnh báo: Thủ tục hành chính: chưa đăng thủ tục nào. Cách làm: tạo mỗi thủ tục một tệp bằng lệnh "
                        + "mvnw cong-khai:tao -Dloai=thu-tuc -Dten=<tên-thủ-tục> (hoặc \"Tạo mới\" ở mục Thủ tục hành "
                        + "chính trong trình soạn thảo), ghi địa chỉ dịch vụ công trực tuyến (dich_vu_cong_truc_tuyen) "
                        + "nếu có.");
        // Decree 42's duties are no Art. 11 item: the province's board counts none of them as late
        assertThat(warnings).allSatisfy(w -> assertThat(w.item()).isEqualTo(ComplianceWarning.NO_ITEM));
    }

    @Test
    void anOrganisationWhoseEnglishIsIncompleteIsNamedOnTheReportPageAndAFullOneIsNot() throws Exception {
        FixtureSite site = FixtureSite.inline(tmp, GoodFiles.ORGANISATION + GoodFiles.PROCEDURE);
        String english = "Cảnh báo: Cơ cấu tổ chức và thông tin liên hệ của Ủy ban nhân dân xã Phú Thịnh: trang tiếng "
                + "Anh còn 1 nội dung chưa dịch, đang hiện bằng tiếng Việt: bo_phan[1].nhiem_vu_tieng_anh. Cách làm: "
                + "ghi bản dịch tiếng Anh vào các trường đó trong tệp content/co-cau-to-chuc/uy-ban.json.";
        assertThat(decree42(site)).extracting(ComplianceWarning::format).containsExactly(english);
        // the build prints it among the warnings, after its headline
        assertThat(site.bake().warningLines()).contains("- " + english);
        assertThat(Jsoup.parse(site.page("tuan-thu/index.html")).select("table.compliance tbody tr").eachText())
                .contains(Decree42Check.ENGLISH_RULE + " Cơ cấu tổ chức và thông tin liên hệ của Ủy ban nhân dân xã "
                        + "Phú Thịnh trang tiếng Anh còn 1 nội dung chưa dịch, đang hiện bằng tiếng Việt: "
                        + "bo_phan[1].nhiem_vu_tieng_anh. Cách làm: ghi bản dịch tiếng Anh vào các trường đó trong "
                        + "tệp content/co-cau-to-chuc/uy-ban.json.");

        site.replace("content/co-cau-to-chuc/uy-ban.json", "\"nhiem_vu\": \"Chứng thực, đăng ký hộ tịch\"",
                "\"nhiem_vu\": \"Chứng thực, đăng ký hộ tịch\", \"nhiem_vu_tieng_anh\": \"Certification, civil status "
                        + "registration\"");
        assertThat(decree42(site)).isEmpty();
    }
}
