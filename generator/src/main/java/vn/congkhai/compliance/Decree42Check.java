package vn.congkhai.compliance;

import vn.congkhai.content.Format;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.organisation.Organisation;
import vn.congkhai.organisation.OrganisationKind;
import vn.congkhai.text.VietnameseFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Decree 42/2022 asks of a portal besides Art. 11's items: the organisation with its leaders, contacts and a
 * named focal officer (the organisation file's schema makes a published one carry them), its English version, the
 * documents with their number and, where one applies, their effective date, and the administrative procedures. Its
 * warnings count for no Art. 11 item ({@link ComplianceWarning#NO_ITEM}).
 */
final class Decree42Check {

    static final String ORGANISATION_RULE = "Giới thiệu cơ cấu tổ chức, lãnh đạo, thông tin liên hệ và người đầu mối "
            + "(Nghị định 42/2022/NĐ-CP)";
    static final String ENGLISH_RULE = "Thông tin tổ chức và liên hệ bằng tiếng Anh (Nghị định 42/2022/NĐ-CP)";
    static final String DOCUMENT_RULE = "Văn bản ghi loại, cơ quan ban hành, số, ký hiệu, ngày ban hành và ngày có "
            + "hiệu lực (Nghị định 42/2022/NĐ-CP)";
    static final String PROCEDURE_RULE = "Công khai thủ tục hành chính trên trang (Nghị định 42/2022/NĐ-CP)";

    private final SiteContent content;

    Decree42Check(SiteContent content) {
        this.content = content;
    }

    List<ComplianceWarning> run() {
        List<ComplianceWarning> warnings = new ArrayList<>();
        organisation(warnings);
        documents(warnings);
        if (content.published(DisclosureType.THU_TUC).isEmpty()) {
            warnings.add(warning(PROCEDURE_RULE, DisclosureType.THU_TUC.sectionName(), null, "chưa đăng thủ tục "
                    + "nào. Cách làm: tạo mỗi thủ tục một tệp bằng lệnh mvnw cong-khai:tao -Dloai=thu-tuc "
                    + "-Dten=<tên-thủ-tục> (hoặc \"Tạo mới\" ở mục Thủ tục hành chính trong trình soạn thảo), ghi "
                    + "địa chỉ dịch vụ công trực tuyến (dich_vu_cong_truc_tuyen) nếu có."));
        }
        return warnings;
    }

    /** The current organisation file is published, and its English is complete. */
    private void organisation(List<ComplianceWarning> warnings) {
        List<Disclosure> files = content.published(DisclosureType.CO_CAU_TO_CHUC);
        if (files.isEmpty()) {
            warnings.add(warning(ORGANISATION_RULE, DisclosureType.CO_CAU_TO_CHUC.sectionName(), null, "chưa đăng "
                    + "thông tin tổ chức của xã. Cách làm: tạo tệp bằng lệnh mvnw cong-khai:tao -Dloai=co-cau-to-chuc "
                    + "-Dten=uy-ban-nhan-dan (hoặc \"Tạo mới\" ở mục Cơ cấu tổ chức, liên hệ trong trình soạn thảo), "
                    + "ghi lãnh đạo (lanh_dao), điện thoại, thư điện tử và người đầu mối (dau_moi), rồi đăng."));
            return;
        }
        Disclosure current = files.get(0);
        Optional<Organisation> organisation = content.data(current, Organisation.class);
        List<String> missing = organisation.map(Organisation::untranslated).orElse(List.of());
        if (!missing.isEmpty()) {
            warnings.add(warning(ENGLISH_RULE, current.title(), OrganisationKind.ENGLISH_PAGE, "trang tiếng Anh còn "
                    + missing.size() + " nội dung chưa dịch, đang hiện bằng tiếng Việt: " + String.join(", ", missing)
                    + ". Cách làm: ghi bản dịch tiếng Anh vào các trường đó trong tệp " + current.source().path()
                    + "."));
        }
    }

    /**
     * Each published disclosure that is a document (not a procedure's description) gives its number; a policy, and a
     * decision (a number "…/QĐ-…"), gives the day it takes effect. Type, issuing body and date of issue every
     * disclosure has (the type, and the People's Committee from the configuration where it names none).
     */
    private void documents(List<ComplianceWarning> warnings) {
        for (Disclosure d : content.published()) {
            if (!d.type().isDisclosure() || d.type() == DisclosureType.THU_TUC) {
                continue;
            }
            if (d.number() == null) {
                warnings.add(warning(DOCUMENT_RULE, d.title(), d.uri(), "chưa ghi số, ký hiệu văn bản. Cách làm: "
                        + "thêm " + field(d, "so_hieu", "171/TB-UBND") + " như in ở đầu văn bản."));
            }
            boolean effectApplies = d.type() == DisclosureType.CHINH_SACH
                    || d.number() != null && d.number().contains("/QĐ-");
            if (effectApplies && d.effective() == null) {
                warnings.add(warning(DOCUMENT_RULE, d.title(), d.uri(), (d.type() == DisclosureType.CHINH_SACH
                        ? "chính sách" : "quyết định") + " chưa ghi ngày có hiệu lực. Cách làm: thêm ngay_hieu_luc "
                        + "(năm-tháng-ngày) như văn bản ghi; văn bản có hiệu lực từ ngày ký thì ghi ngày ký ("
                        + VietnameseFormat.date(d.date()) + ")."));
            }
        }
    }

    /** How {@code d}'s file writes {@code key} with {@code example}: a Markdown header line or a JSON field. */
    private static String field(Disclosure d, String key, String example) {
        return d.source().format() == Format.MARKDOWN ? key + "=" + example : "\"" + key + "\": \"" + example + "\"";
    }

    private static ComplianceWarning warning(String rule, String subject, String uri, String message) {
        return new ComplianceWarning(rule, subject, uri, message, ComplianceWarning.NO_ITEM);
    }
}
