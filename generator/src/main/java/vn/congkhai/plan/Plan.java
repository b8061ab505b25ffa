package vn.congkhai.plan;

import vn.congkhai.model.DisclosureData;

import java.util.List;

/**
 * A plan as data ({@code ke-hoach}): its reporting periods and its task tree.
 *
 * @param fullTextPath content path of the Markdown file holding the plan's full text ({@code toan_van}), or null
 */
public record Plan(List<String> periods, List<PlanTask> tasks, String fullTextPath) implements DisclosureData {

    /** Every task of the tree, parents before their children, in document order. */
    public List<PlanTask> allTasks() {
        List<PlanTask> all = new java.util.ArrayList<>();
        addAll(tasks, all);
        return all;
    }

    private static void addAll(List<PlanTask> tasks, List<PlanTask> into) {
        for (PlanTask task : tasks) {
            into.add(task);
            addAll(task.children(), into);
        }
    }
}
