package vn.congkhai.plan;

/**
 * Where a task stands at the end of a period: its status and progress (0–100), either reported for the task
 * (the latest report up to that period) or derived from its sub-tasks.
 *
 * @param report the report it comes from, or null when derived or not yet reported
 */
public record TaskState(TaskStatus status, double progress, StatusReport report, boolean derived) {

    public static final TaskState NOT_STARTED = new TaskState(TaskStatus.CHUA_THUC_HIEN, 0, null, false);

    public boolean isDone() {
        return status == TaskStatus.HOAN_THANH;
    }
}
