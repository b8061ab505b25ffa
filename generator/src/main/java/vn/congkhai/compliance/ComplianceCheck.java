package vn.congkhai.compliance;

import vn.congkhai.budget.Budget;
import vn.congkhai.consultation.Consultation;
import vn.congkhai.model.ArticleElevenItem;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.reception.ReceptionSchedule;
import vn.congkhai.text.VietnameseFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the law expects of the commune's disclosures, checked at bake time against the content and the bake date
 * (Law 10/2022 Art. 11–13, Circular 343/2016 on budget disclosure, Law 42/2013 Art. 24 on reception schedules,
 * Decree 42/2022 on state bodies' portals: {@link Decree42Check}).
 * The result is a list of warnings for officers: the site still bakes.
 */
public final class ComplianceCheck {

    /** Budget execution must be disclosed within this many days after the period ends. */
    static final int BUDGET_DAYS = 15;
    /** A reception schedule is posted at least this many working days before its first session. */
    static final int RECEPTION_WORKING_DAYS = 5;
    /** A closed consultation's result is published within this many days. */
    static final int CONSULTATION_RESULT_DAYS = 30;

    /** The Art. 11 item of the commune's budget. */
    static final int BUDGET_ITEM = 2;

    private static final Map<String, String> BUDGET_PERIODS = new java.util.LinkedHashMap<>(Map.of(
            "thuc-hien-q1", "03-31", "thuc-hien-6-thang", "06-30", "thuc-hien-9-thang", "09-30"));

    private final SiteContent content;
    private final LocalDate today;

    public ComplianceCheck(SiteContent content) {
        this.content = content;
        this.today = content.config().bakeDate();
    }

    public List<ComplianceWarning> run() {
        List<ComplianceWarning> warnings = new ArrayList<>();
        budgetExecution(warnings);
        receptionSchedules(warnings);
        consultationResults(warnings);
        overdueAnswers(warnings);
        quarterlyLists(warnings);
        articleElevenItems(warnings);
        warnings.addAll(new Decree42Check(content).run());
        return warnings;
    }

    /** Quarterly, 6-month and 9-month budget execution: disclosed within 15 days after the period, and not missing. */
    private void budgetExecution(List<ComplianceWarning> warnings) {
        String rule = "Công khai tình hình thực hiện ngân sách trong " + BUDGET_DAYS + " ngày sau khi kết thúc kỳ";
        TreeSet<Integer> years = new TreeSet<>();
        for (Disclosure d : content.published(DisclosureType.NGAN_SACH)) {
            Optional<Budget> budget = content.data(d, Budget.class);
            if (budget.isEmpty()) {
                continue;
            }
            years.add(budget.get().year());
            String end = BUDGET_PERIODS.get(budget.get().stage().code());
            if (end == null) {
                continue;
            }
            LocalDate periodEnd = LocalDate.parse(budget.get().year() + "-" + end);
            LocalDate disclosed = SiteContent.disclosedOn(d);
            long days = java.time.temporal.ChronoUnit.DAYS.between(periodEnd, disclosed);
            if (days > BUDGET_DAYS) {
                warnings.add(new ComplianceWarning(rule, d.title(), d.uri(), "công khai ngày "
                        + VietnameseFormat.date(disclosed) + ", " + days + " ngày sau khi kết thúc kỳ ("
                        + VietnameseFormat.date(periodEnd) + "), quá hạn " + BUDGET_DAYS + " ngày."));
            }
        }
        for (int year : years) {
            for (Map.Entry<String, String> period : BUDGET_PERIODS.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue()).toList()) {
                LocalDate due = LocalDate.parse(year + "-" + period.getValue()).plusDays(BUDGET_DAYS);
                boolean published = content.published(DisclosureType.NGAN_SACH).stream()
                        .map(d -> content.data(d, Budget.class)).flatMap(Optional::stream)
                        .anyMatch(b -> b.year() == year && b.stage().code().equals(period.getKey()));
                if (due.isBefore(today) && !published) {
                    warnings.add(new ComplianceWarning(rule, "Ngân sách năm " + year, null, "chưa công khai "
                            + stageName(period.getKey()) + " (hạn " + VietnameseFormat.date(due) + ").",
                            BUDGET_ITEM));
                }
            }
        }
    }

    /** Reception schedules: posted 5 working days ahead, and one always posted with sessions to come. */
    private void receptionSchedules(List<ComplianceWarning> warnings) {
        String rule = "Niêm yết lịch tiếp công dân trước ít nhất " + RECEPTION_WORKING_DAYS + " ngày làm việc";
        List<Disclosure> schedules = content.published(DisclosureType.LICH_TIEP_DAN);
        boolean current = false;
        for (Disclosure d : schedules) {
            Optional<ReceptionSchedule> schedule = content.data(d, ReceptionSchedule.class);
            if (schedule.isEmpty()) {
                continue;
            }
            LocalDate first = schedule.get().firstDay();
            LocalDate posted = SiteContent.disclosedOn(d);
            int ahead = WorkingDays.between(posted, first);
            if (ahead < RECEPTION_WORKING_DAYS) {
                warnings.add(new ComplianceWarning(rule, d.title(), d.uri(), "niêm yết ngày "
                        + VietnameseFormat.date(posted) + ", chỉ " + Math.max(0, ahead) + " ngày làm việc trước buổi tiếp đầu tiên ("
                        + VietnameseFormat.date(first) + ")."));
            }
            boolean posting = d.posting() == null || d.posting().isPostedOn(today);
            current |= posting && !schedule.get().coming(today).isEmpty();
        }
        if (!current) {
            Optional<Disclosure> latest = schedules.stream().findFirst();
            warnings.add(new ComplianceWarning("Lịch tiếp công dân luôn được niêm yết (Luật Tiếp công dân, Điều 24)",
                    latest.map(Disclosure::title).orElse("Lịch tiếp công dân"), latest.map(Disclosure::uri).orElse(null),
                    latest.isEmpty() ? "chưa đăng lịch tiếp công dân nào."
                            : "lịch mới nhất đã hết thời gian niêm yết hoặc không còn buổi tiếp sắp tới, chưa có lịch thay thế."));
        }
    }

    /**
     * A consultation that closed more than {@value #CONSULTATION_RESULT_DAYS} days ago publishes its result: the
     * number of opinions, the opinions with the commune's answers, or the decision (Art. 11 item 11).
     */
    private void consultationResults(List<ComplianceWarning> warnings) {
        for (Disclosure d : content.published(DisclosureType.LAY_Y_KIEN)) {
            Optional<Consultation> c = content.data(d, Consultation.class);
            if (c.isEmpty() || c.get().hasResult()) {
                continue;
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(c.get().to(), today);
            if (days > CONSULTATION_RESULT_DAYS) {
                warnings.add(new ComplianceWarning("Công khai kết quả lấy ý kiến Nhân dân (khoản 11 Điều 11)",
                        d.title(), d.uri(), "đã kết thúc lấy ý kiến ngày " + VietnameseFormat.date(c.get().to())
                        + ", " + days + " ngày trước, nhưng chưa công khai kết quả. Cách làm: thêm số ý kiến "
                        + "(so_y_kien), tổng hợp ý kiến và giải trình (y_kien), quyết định (ket_qua) vào tệp."));
            }
        }
    }

    /** A citizen's question still without an answer {@value OverdueAnswers#DAYS} days after it was received. */
    private void overdueAnswers(List<ComplianceWarning> warnings) {
        for (OverdueAnswers.Overdue o : OverdueAnswers.of(content)) {
            warnings.add(new ComplianceWarning("Trả lời câu hỏi, kiến nghị của Nhân dân trong "
                    + OverdueAnswers.DAYS + " ngày kể từ ngày nhận", o.disclosure().title(), o.uri(),
                    "câu " + o.answer().number() + " (nhận ngày " + VietnameseFormat.date(o.answer().received())
                    + ") chưa được trả lời, đã quá hạn (" + VietnameseFormat.date(o.due()) + "). Cách làm: trả lời "
                    + "người dân, rồi ghi câu trả lời (tra_loi), ngày trả lời (ngay_tra_loi) và trạng thái "
                    + "da-tra-loi (trang_thai) vào tệp."));
        }
    }

    /** Every ended quarter since the first disclosure has a list of what was disclosed in it (Art. 13). */
    private void quarterlyLists(List<ComplianceWarning> warnings) {
        Optional<LocalDate> first = content.published().stream().filter(d -> d.item() != null)
                .map(SiteContent::disclosedOn).min(LocalDate::compareTo);
        if (first.isEmpty()) {
            return;
        }
        TreeSet<String> quarters = new TreeSet<>(content.quarterPages());
        LocalDate start = first.get().withDayOfMonth(1).withMonth(((first.get().getMonthValue() - 1) / 3) * 3 + 1);
        for (LocalDate q = start; q.plusMonths(3).isBefore(today) || q.plusMonths(3).isEqual(today); q = q.plusMonths(3)) {
            int quarter = (q.getMonthValue() + 2) / 3;
            if (!quarters.contains(vn.congkhai.model.SitePages.quarter(q.getYear(), quarter))) {
                warnings.add(new ComplianceWarning("Hằng quý niêm yết danh mục thông tin đã công khai (Điều 13)",
                        "Quý " + new String[]{"I", "II", "III", "IV"}[quarter - 1] + " năm " + q.getYear(), null,
                        "không có thông tin nào được công khai trong quý, danh mục quý chưa có nội dung."));
            }
        }
    }

    /** A commune with a website publishes all 14 items of Art. 11 on it (Art. 12). */
    private void articleElevenItems(List<ComplianceWarning> warnings) {
        for (int item = ArticleElevenItem.FIRST; item <= ArticleElevenItem.LAST; item++) {
            int i = item;
            if (content.published().stream().noneMatch(d -> d.item() != null && d.item() == i)) {
                warnings.add(new ComplianceWarning("Trang thông tin điện tử đăng đủ 14 nội dung của Điều 11",
                        "Mục " + item + ": " + ArticleElevenItem.name(item), null, "chưa có văn bản nào được đăng."));
            }
        }
    }

    private static String stageName(String stage) {
        return switch (stage) {
            case "thuc-hien-q1" -> "tình hình thực hiện ngân sách quý I";
            case "thuc-hien-6-thang" -> "tình hình thực hiện ngân sách 6 tháng";
            default -> "tình hình thực hiện ngân sách 9 tháng";
        };
    }
}
