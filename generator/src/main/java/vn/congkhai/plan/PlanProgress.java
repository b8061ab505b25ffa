package vn.congkhai.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plan's progress, computed from its status reports and never typed by hand: a task without sub-tasks stands
 * where its latest report up to a period says; a task with sub-tasks has the average of their progress, weighted by
 * {@code trong_so} where given, and a status derived from theirs.
 */
public final class PlanProgress {

    private final Plan plan;

    public PlanProgress(Plan plan) {
        this.plan = plan;
    }

    /** The periods that have at least one report, in order. */
    public List<Period> reportedPeriods() {
        TreeSet<Period> periods = new TreeSet<>();
        plan.allTasks().forEach(t -> t.reports().forEach(r -> periods.add(Period.parse(r.period()))));
        return List.copyOf(periods);
    }

    /** The state of a task at the end of {@code period}. */
    public TaskState state(PlanTask task, Period period) {
        if (task.hasChildren()) {
            double weighted = 0;
            double weights = 0;
            List<TaskState> children = new ArrayList<>();
            for (PlanTask child : task.children()) {
                TaskState s = state(child, period);
                children.add(s);
                weighted += child.weight() * s.progress();
                weights += child.weight();
            }
            return new TaskState(derivedStatus(children), weights == 0 ? 0 : weighted / weights, null, true);
        }
        StatusReport latest = null;
        Period latestPeriod = null;
        for (StatusReport r : task.reports()) {
            Period p = Period.parse(r.period());
            if (p.compareTo(period) <= 0 && (latestPeriod == null || p.compareTo(latestPeriod) >= 0)) {
                latest = r;
                latestPeriod = p;
            }
        }
        return latest == null ? TaskState.NOT_STARTED
                : new TaskState(latest.status(), latest.progress(), latest, false);
    }

    /** All sub-tasks done: done; any behind: behind; any started: in progress; else not started. */
    static TaskStatus derivedStatus(List<TaskState> children) {
        if (children.stream().allMatch(TaskState::isDone)) {
            return TaskStatus.HOAN_THANH;
        }
        if (children.stream().anyMatch(s -> s.status() == TaskStatus.CHAM_TIEN_DO)) {
            return TaskStatus.CHAM_TIEN_DO;
        }
        if (children.stream().anyMatch(s -> s.status() != TaskStatus.CHUA_THUC_HIEN)) {
            return TaskStatus.DANG_THUC_HIEN;
        }
        return TaskStatus.CHUA_THUC_HIEN;
    }

    /** Overall progress: the weighted average of the top-level tasks. */
    public double overall(Period period) {
        double weighted = 0;
        double weights = 0;
        for (PlanTask t : plan.tasks()) {
            weighted += t.weight() * state(t, period).progress();
            weights += t.weight();
        }
        return weights == 0 ? 0 : weighted / weights;
    }

    /** Tasks without sub-tasks: the ones officers report on. */
    public List<PlanTask> leaves() {
        return plan.allTasks().stream().filter(t -> !t.hasChildren()).toList();
    }

    /** Per PAPI dimension (1–8, only those with tasks): the average progress of its tasks without sub-tasks. */
    public Map<Integer, Double> byDimension(Period period) {
        Map<Integer, double[]> sums = new TreeMap<>();
        for (PlanTask t : leaves()) {
            double[] s = sums.computeIfAbsent(t.dimension(), d -> new double[2]);
            s[0] += state(t, period).progress();
            s[1]++;
        }
        Map<Integer, Double> averages = new LinkedHashMap<>();
        sums.forEach((d, s) -> averages.put(d, s[0] / s[1]));
        return averages;
    }

    /** How many tasks without sub-tasks are in each status. */
    public Map<TaskStatus, Integer> countByStatus(Period period) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0);
        }
        leaves().forEach(t -> counts.merge(state(t, period).status(), 1, Integer::sum));
        return counts;
    }

    /** Tasks whose deadline is before {@code today} and which are not done at the end of {@code period}. */
    public List<PlanTask> overdue(Period period, LocalDate today) {
        return plan.allTasks().stream()
                .filter(t -> !t.isContinuous() && t.deadline().isBefore(today) && !state(t, period).isDone())
                .toList();
    }
}
