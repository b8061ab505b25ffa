package vn.congkhai.budget;

import vn.congkhai.model.DisclosureData;

import java.util.List;

/**
 * A commune budget disclosure ({@code ngan-sach}): revenue and expenditure at one stage of the budget year.
 *
 * @param explanation Markdown ({@code thuyet_minh}), or null
 */
public record Budget(int year, BudgetStage stage, List<BudgetLine> revenue, List<BudgetLine> expenditure,
                     String explanation) implements DisclosureData {

    public String stageLabel() {
        return stage.label();
    }

    /** Whether the disclosure reports actual figures beside the estimate. */
    public boolean hasActual() {
        return revenue.stream().anyMatch(l -> l.actual() != null) || expenditure.stream().anyMatch(l -> l.actual() != null);
    }
}
