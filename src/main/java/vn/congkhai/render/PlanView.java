package vn.congkhai.render;

import java.util.List;

/** A plan's page: its full text (rendered Markdown, headings moved under the page's) and its tasks. */
public record PlanView(String fullTextHtml, List<PlanTaskRow> tasks) {
}
