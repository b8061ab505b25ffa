package vn.congkhai.plan;

import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Link;
import vn.congkhai.text.Markdown;
import vn.congkhai.text.SignatureBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static vn.congkhai.kind.Table.field;

/** A plan of the commune with its tasks and their progress ({@code ke-hoach}), such as the PAPI plan. */
public final class PlanKind implements DisclosureKind<Plan> {

    @Override
    public DisclosureType type() {
        return DisclosureType.KE_HOACH;
    }

    @Override
    public Class<Plan> dataClass() {
        return Plan.class;
    }

    @Override
    public Plan read(ReadInput in) {
        return PlanReader.read(in.checks(), in.texts());
    }

    @Override
    public Object view(Plan plan, PageInput in) {
        String fullText = plan.fullTextPath() == null ? null
                : SignatureBlock.layout(in.markdown().toHtml(in.content().texts().get(plan.fullTextPath()), 1));
        List<Period> periods = new PlanProgress(plan).reportedPeriods();
        PlanViews.Dashboard dashboard = periods.isEmpty() ? null
                : PlanViews.dashboard(plan, periods.get(periods.size() - 1), in.bakeDate(), "bieu-do");
        List<Link> reports = periods.stream().map(p -> new Link("Báo cáo " + p.label(),
                PlanViews.reportHref(in.disclosure(), p))).toList();
        return new PlanView(fullText, dashboard, PlanViews.rows(plan), reports);
    }

    @Override
    public Table table(Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanTask t : plan.allTasks()) {
            rows.add(Table.row(t.code(), t.text(), t.dimension(), PapiDimension.name(t.dimension()),
                    t.leadUnit(), String.join("; ", t.partners()),
                    t.isContinuous() ? "thuong-xuyen" : t.deadline().toString()));
        }
        return new Table(List.of(field("ma", "Mã", "string"), field("noi_dung", "Nội dung nhiệm vụ", "string"),
                field("chi_so_papi", "Chỉ số PAPI", "integer"), field("ten_chi_so", "Tên chỉ số PAPI", "string"),
                field("don_vi_chu_tri", "Đơn vị chủ trì", "string"), field("phoi_hop", "Phối hợp", "string"),
                field("thoi_han", "Thời hạn", "string")), rows);
    }

    @Override
    public String summary(Plan plan) {
        return plan.allTasks().size() + " nhiệm vụ";
    }

    @Override
    public String searchText(Plan plan, Markdown markdown) {
        List<String> parts = new ArrayList<>();
        plan.allTasks().forEach(t -> parts.add(t.text()));
        return String.join(" ", parts);
    }

    @Override
    public String fullTextPath(Plan plan) {
        return plan.fullTextPath();
    }

    /** A report for each period with reports, as a page of its own and a printout for the notice board. */
    @Override
    public List<ExtraPage> extraPages(Plan plan, PageInput in) {
        return new PlanProgress(plan).reportedPeriods().stream().map(p -> PlanViews.report(in.disclosure(), plan, p))
                .map(report -> new ExtraPage(report.href(), "bao-cao-ky", report.title(), Map.of("report", report),
                        new ExtraPage.Printout("in/bao-cao-ky", "BÁO CÁO",
                                report.title().substring("Báo cáo ".length())), null))
                .toList();
    }
}
