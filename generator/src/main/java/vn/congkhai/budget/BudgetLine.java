package vn.congkhai.budget;

import java.util.List;

/**
 * A line of a revenue or expenditure table, in whole đồng. A line with sub-lines equals their sum.
 *
 * @param actual null where the disclosure has no actual figure (an estimate)
 */
public record BudgetLine(String code, String text, long estimate, Long actual, List<BudgetLine> children) {
}
