package vn.congkhai.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.bake.BakeReport;
import vn.congkhai.testing.FixtureSite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Compliance warnings on the "types" fixture (bake date 2024-07-20). */
class ComplianceCheckIT {

    @TempDir
    Path tmp;

    /** A Q1 budget execution disclosed on {@code date} (no separate posting date). */
    private static String q1Execution(String date) {
        return """
                {
                  "title": "Công khai thực hiện ngân sách quý I năm 2024",
                  "date": "%s",
                  "type": "ngan-sach",
                  "muc_cong_khai": 2,
                  "nam": 2024,
                  "giai_doan": "thuc-hien-q1",
                  "thu": [{"noi_dung": "Thu ngân sách xã", "du_toan": 1200000000, "thuc_hien": 300000000}]
                }
                """.formatted(date);
    }

    /**
     * The warnings about when things were disclosed: without Decree 42's about what a document gives (the fixture's
     * budget and schedule have no number), checked in {@link Decree42ComplianceIT}.
     */
    private static List<ComplianceWarning> timeliness(List<ComplianceWarning> warnings) {
        return warnings.stream().filter(w -> !w.rule().equals(Decree42Check.DOCUMENT_RULE)).toList();
    }

    private List<ComplianceWarning> bake(FixtureSite site) throws Exception {
        BakeReport report = site.bake();
        return report.warnings();
    }

    @Test
    void budgetExecutionDisclosedTwentyDaysAfterTheQuarterIsNamed() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write("content/ngan-sach/2024-q1.json", q1Execution("2024-04-20"));
        List<ComplianceWarning> warnings = bake(site);
        assertThat(timeliness(warnings)).filteredOn(w -> "ngan-sach/2024-q1.html".equals(w.uri())).singleElement()
                .satisfies(w -> assertThat(w.format()).isEqualTo("Cảnh báo: Công khai thực hiện ngân sách quý I năm 2024: "
                        + "công khai ngày 20/04/2024, 20 ngày sau khi kết thúc kỳ (31/03/2024), quá hạn 15 ngày."));
    }

    @Test
    void budgetExecutionDisclosedTenDaysAfterTheQuarterIsFine() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write("content/ngan-sach/2024-q1.json", q1Execution("2024-04-10"));
        List<ComplianceWarning> warnings = bake(site);
        assertThat(timeliness(warnings)).noneMatch(w -> "ngan-sach/2024-q1.html".equals(w.uri()));
        assertThat(warnings).noneMatch(w -> w.message().contains("quý I"));
    }

    @Test
    void aMissingBudgetExecutionIsNamedOnceItsDeadlineHasPassed() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        List<ComplianceWarning> warnings = bake(site);
        assertThat(warnings).extracting(ComplianceWarning::format)
                .contains("Cảnh báo: Ngân sách năm 2024: chưa công khai tình hình thực hiện ngân sách quý I (hạn 15/04/2024).")
                .noneMatch(f -> f.contains("9 tháng"));
    }

    @Test
    void aReceptionSchedulePostedLessThanFiveWorkingDaysAheadIsNamed() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        // Posted Monday 1 July, first session Thursday 4 July: 3 working days.
        List<ComplianceWarning> warnings = bake(site);
        assertThat(timeliness(warnings)).filteredOn(w -> "lich-tiep-dan/quy-3.html".equals(w.uri())).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("niêm yết ngày 01/07/2024, chỉ 3 ngày làm việc "
                        + "trước buổi tiếp đầu tiên (04/07/2024)."));
        assertThat(WorkingDays.between(LocalDate.of(2024, 6, 27), LocalDate.of(2024, 7, 4))).isEqualTo(5);
    }

    @Test
    void articleElevenItemsWithoutAnyDisclosureAreListed() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        List<ComplianceWarning> warnings = bake(site);
        assertThat(warnings).extracting(ComplianceWarning::subject).contains("Mục 3: Dự án đầu tư; thu hồi đất, bồi thường, "
                + "tái định cư; quy hoạch, kế hoạch sử dụng đất").noneMatch(s -> s.startsWith("Mục 7:"));
    }

    @Test
    void theReportPageExistsButIsNotLinkedUnlessTheSettingSaysSo() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        bake(site);
        Document report = Jsoup.parse(site.page("tuan-thu/index.html"));
        assertThat(report.select("table.compliance tbody tr")).isNotEmpty();
        assertThat(report.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(site.page("index.html")).doesNotContain("tuan-thu/");

        site.write("jbake.properties", java.nio.file.Files.readString(site.dir().resolve("jbake.properties"))
                + "\nbao_cao_tuan_thu.cong_khai=true\n");
        bake(site);
        assertThat(Jsoup.parse(site.page("index.html")).select("footer a[href=tuan-thu/index.html]")).hasSize(1);
        assertThat(Jsoup.parse(site.page("tuan-thu/index.html")).select("meta[name=robots]")).isEmpty();
    }

    @Test
    void theComplianceDataNamesALateBudgetUnderItsItemAndFollowsItsSchema() throws Exception {
        FixtureSite site = FixtureSite.of("types", tmp);
        site.write("content/ngan-sach/2024-q1.json", q1Execution("2024-04-20"));
        bake(site);
        String published = site.page(ComplianceData.PATH);
        JsonNode data = new ObjectMapper().readTree(published);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(site.page(ComplianceData.SCHEMA));
        assertThat(schema.validate(data)).isEmpty();
        assertThat(data.path("ngay_tao").asText()).isEqualTo("2024-07-20");
        assertThat(data.path("xa").path("dia_chi_web").asText()).isNotBlank();
        JsonNode budget = data.path("muc").get(1);
        assertThat(budget.path("trang_thai").asText()).isEqualTo("tre");
        assertThat(budget.path("tre")).extracting(late -> late.path("ly_do").asText())
                .contains("công khai ngày 20/04/2024, 20 ngày sau khi kết thúc kỳ (31/03/2024), quá hạn 15 ngày.");
        assertThat(data.path("muc").get(2).path("trang_thai").asText()).isEqualTo("thieu");
        assertThat(data.path("moi").get(0).path("ngay").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ComplianceData.read(published.getBytes(java.nio.charset.StandardCharsets.UTF_8)).json())
                .as("read back, written the same").isEqualTo(published);
    }

    @Test
    void aQuestionStillUnansweredThirtyDaysAfterItCameIsNamedAndPublished() throws Exception {
        FixtureSite site = FixtureSite.of("participation", tmp);
        List<ComplianceWarning> warnings = bake(site);
        assertThat(warnings).extracting(ComplianceWarning::format).contains("Cảnh báo: Trả lời kiến nghị cử tri "
                + "trước kỳ họp thứ 7: câu 2 (nhận ngày 12/06/2024) chưa được trả lời, đã quá hạn (12/07/2024). "
                + "Cách làm: trả lời người dân, rồi ghi câu trả lời (tra_loi), ngày trả lời (ngay_tra_loi) và "
                + "trạng thái da-tra-loi (trang_thai) vào tệp.");
        JsonNode overdue = new ObjectMapper().readTree(site.page(ComplianceData.PATH)).path("cau_hoi_qua_han");
        assertThat(overdue).singleElement().satisfies(q -> {
            assertThat(q.path("duong_dan").asText()).endsWith("#cau-2");
            assertThat(q.path("ngay_nhan").asText()).isEqualTo("2024-06-12");
            assertThat(q.path("han").asText()).isEqualTo("2024-07-12");
        });
    }
}
