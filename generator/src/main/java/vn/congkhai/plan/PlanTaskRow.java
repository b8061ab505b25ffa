package vn.congkhai.plan;

import vn.congkhai.plan.PlanViews;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.plan.PapiDimension;
import vn.congkhai.plan.PlanTask;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a plan's task table: the tree flattened, with each task's depth for indentation, its latest state
 * and its history across the reporting periods.
 */
public record PlanTaskRow(int depth, String code, String text, int dimension, String dimensionName, String leadUnit,
                          String partners, String deadline, boolean parent, String status, String statusCode,
                          String progress, List<PlanViews.TaskLine> history) {

    PlanTaskRow withState(String status, String statusCode, String progress, List<PlanViews.TaskLine> history) {
        return new PlanTaskRow(depth, code, text, dimension, dimensionName, leadUnit, partners, deadline, parent,
                status, statusCode, progress, history);
    }

    public static List<PlanTaskRow> of(List<PlanTask> tasks) {
        List<PlanTaskRow> rows = new ArrayList<>();
        add(tasks, 0, rows);
        return rows;
    }

    private static void add(List<PlanTask> tasks, int depth, List<PlanTaskRow> rows) {
        for (PlanTask t : tasks) {
            String deadline = t.isContinuous() ? "Thường xuyên" : VietnameseFormat.date(t.deadline());
            rows.add(new PlanTaskRow(depth, t.code(), t.text(), t.dimension(), PapiDimension.name(t.dimension()),
                    t.leadUnit(), String.join(", ", t.partners()), deadline, t.hasChildren(), null, null, null,
                    List.of()));
            add(t.children(), depth + 1, rows);
        }
    }
}
