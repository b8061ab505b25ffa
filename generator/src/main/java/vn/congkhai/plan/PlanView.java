package vn.congkhai.plan;

import vn.congkhai.model.Link;
import vn.congkhai.text.Markdown;
import java.util.List;

/**
 * A plan's page: its full text (rendered Markdown, headings moved under the page's), the dashboard of the latest
 * reported period, its tasks with their history, and links to the period reports.
 */
public record PlanView(String fullTextHtml, PlanViews.Dashboard dashboard, List<PlanTaskRow> tasks,
                       List<Link> reports) {
}
