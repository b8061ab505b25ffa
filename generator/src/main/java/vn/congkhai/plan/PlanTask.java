package vn.congkhai.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a plan ({@code nhiem_vu}): what is to be done, under which PAPI dimension, by whom, by when, and its
 * status reports. A task with sub-tasks has no reports of its own: its progress is derived from theirs.
 *
 * @param deadline null for a continuous task ({@code thuong-xuyen})
 * @param weight   its weight in its parent's progress ({@code trong_so}, default 1)
 */
public record PlanTask(String code, String text, int dimension, String leadUnit, List<String> partners,
                       LocalDate deadline, double weight, List<StatusReport> reports, List<PlanTask> children) {

    public boolean isContinuous() {
        return deadline == null;
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
