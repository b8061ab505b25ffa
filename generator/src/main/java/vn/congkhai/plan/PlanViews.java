package vn.congkhai.plan;

import vn.congkhai.model.Link;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SitePages;
import vn.congkhai.plan.PapiDimension;
import vn.congkhai.plan.Period;
import vn.congkhai.plan.Plan;
import vn.congkhai.plan.PlanProgress;
import vn.congkhai.plan.PlanTask;
import vn.congkhai.plan.StatusReport;
import vn.congkhai.plan.TaskState;
import vn.congkhai.plan.TaskStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The views of a plan: its page with the dashboard, and one report per reporting period. */
public final class PlanViews {

    private PlanViews() {
    }

    /** The dashboard of a period: overall progress, per PAPI dimension, counts by status, overdue tasks. */
    public record Dashboard(String periodLabel, String overall, String chartSvg, List<DimensionLine> dimensions,
                            List<StatusCount> counts, int tasks, List<TaskLine> overdue) {
    }

    public record DimensionLine(int number, String name, String progress) {
    }

    public record StatusCount(String code, String label, int count) {
    }

    /** A task with its state in a period. */
    public record TaskLine(String code, String text, String leadUnit, String deadline, String status,
                           String statusCode, String progress, String result, List<Link> evidence) {
    }

    /** What was done and what is behind under one PAPI dimension in a period. */
    public record DimensionReport(int number, String name, String progress, List<TaskLine> done, List<TaskLine> behind) {
    }

    /** A period report: "Báo cáo kết quả thực hiện Kế hoạch … (quý II năm 2024)". */
    public record PeriodReport(String title, String href, String periodLabel, Dashboard summary,
                               List<DimensionReport> dimensions, Link plan) {
    }

    public static String reportHref(Disclosure plan, Period period) {
        return SitePages.planReport(plan.uri(), period.code());
    }

    public static Dashboard dashboard(Plan plan, Period period, LocalDate overdueOn, String chartId) {
        PlanProgress progress = new PlanProgress(plan);
        List<DimensionLine> dimensions = new ArrayList<>();
        List<ProgressChart.Bar> bars = new ArrayList<>();
        for (Map.Entry<Integer, Double> d : progress.byDimension(period).entrySet()) {
            dimensions.add(new DimensionLine(d.getKey(), PapiDimension.name(d.getKey()), percent(d.getValue())));
            bars.add(new ProgressChart.Bar(d.getKey() + ". " + PapiDimension.name(d.getKey()), d.getValue()));
        }
        List<StatusCount> counts = new ArrayList<>();
        progress.countByStatus(period).forEach((s, n) -> counts.add(new StatusCount(s.code(), s.label(), n)));
        List<TaskLine> overdue = progress.overdue(period, overdueOn).stream()
                .map(t -> line(t, progress.state(t, period), null)).toList();
        String svg = ProgressChart.svg(chartId, "Tiến độ theo chỉ số PAPI, " + period.label(), bars);
        return new Dashboard(period.label(), percent(progress.overall(period)), svg, dimensions, counts,
                progress.leaves().size(), overdue);
    }

    public static PeriodReport report(Disclosure d, Plan plan, Period period) {
        PlanProgress progress = new PlanProgress(plan);
        Dashboard summary = dashboard(plan, period, period.end().plusDays(1), "bieu-do-ky");
        List<DimensionReport> dimensions = new ArrayList<>();
        for (Map.Entry<Integer, Double> dim : progress.byDimension(period).entrySet()) {
            List<TaskLine> done = new ArrayList<>();
            List<TaskLine> behind = new ArrayList<>();
            for (PlanTask t : progress.leaves()) {
                if (t.dimension() != dim.getKey()) {
                    continue;
                }
                TaskState s = progress.state(t, period);
                StatusReport inPeriod = s.report() != null && s.report().period().equals(period.code()) ? s.report() : null;
                if (s.status() == TaskStatus.CHAM_TIEN_DO || s.status() == TaskStatus.CHUA_THUC_HIEN) {
                    behind.add(line(t, s, inPeriod));
                } else if (inPeriod != null) {
                    done.add(line(t, s, inPeriod));
                }
            }
            dimensions.add(new DimensionReport(dim.getKey(), PapiDimension.name(dim.getKey()), percent(dim.getValue()),
                    done, behind));
        }
        String number = d.number() == null ? "" : " số " + d.number();
        return new PeriodReport("Báo cáo kết quả thực hiện Kế hoạch" + number + " (" + period.label() + ")",
                reportHref(d, period), period.label(), summary, dimensions, new Link(d.title(), d.uri()));
    }

    /** The task rows of the plan page, each with its latest state and its history across periods. */
    public static List<PlanTaskRow> rows(Plan plan) {
        PlanProgress progress = new PlanProgress(plan);
        List<Period> periods = progress.reportedPeriods();
        Period latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        List<PlanTaskRow> rows = new ArrayList<>();
        List<PlanTask> tasks = plan.allTasks(); // the same order as the rows: parents first, document order
        List<PlanTaskRow> plain = PlanTaskRow.of(plan.tasks());
        for (int i = 0; i < plain.size(); i++) {
            PlanTaskRow row = plain.get(i);
            PlanTask task = tasks.get(i);
            List<TaskLine> history = new ArrayList<>();
            for (Period p : periods) {
                TaskState s = progress.state(task, p);
                StatusReport here = s.report() != null && s.report().period().equals(p.code()) ? s.report() : null;
                if (here != null || task.hasChildren()) {
                    history.add(new TaskLine(p.code(), p.label(), null, null, s.status().label(), s.status().code(),
                            percent(s.progress()), here == null ? null : here.result(), evidence(here)));
                }
            }
            TaskState now = latest == null ? TaskState.NOT_STARTED : progress.state(task, latest);
            rows.add(row.withState(now.status().label(), now.status().code(), percent(now.progress()), history));
        }
        return rows;
    }

    private static TaskLine line(PlanTask t, TaskState s, StatusReport report) {
        return new TaskLine(t.code(), t.text(), t.leadUnit(),
                t.isContinuous() ? "Thường xuyên" : VietnameseFormat.date(t.deadline()), s.status().label(),
                s.status().code(), percent(s.progress()), report == null ? null : report.result(), evidence(report));
    }

    private static List<Link> evidence(StatusReport report) {
        if (report == null) {
            return List.of();
        }
        return report.evidence().stream().map(e -> new Link(e, e.replaceFirst("^/", ""))).toList();
    }

    static String percent(double value) {
        return VietnameseFormat.percent(BigDecimal.valueOf(value).divide(BigDecimal.valueOf(100)));
    }
}
