package vn.congkhai.budget;

import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.budget.Budget;
import vn.congkhai.budget.BudgetLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget's page: revenue and expenditure as rows with estimate, actual and the ratio of actual to estimate;
 * nested lines carry their depth; totals are the sums of the top-level lines. Estimate and actual are never added.
 */
public record BudgetView(Budget budget, List<Row> revenue, Row revenueTotal, List<Row> expenditure,
                         Row expenditureTotal, boolean actual, String explanationHtml) {

    /** One line, formatted: {@code 1.250.000 đ}, {@code 85,5%}; empty strings where there is no figure. */
    public record Row(int depth, String code, String text, String estimate, String actual, String ratio) {
    }

    public static BudgetView of(Budget budget, String explanationHtml) {
        List<Row> revenue = new ArrayList<>();
        rows(budget.revenue(), 0, revenue);
        List<Row> expenditure = new ArrayList<>();
        rows(budget.expenditure(), 0, expenditure);
        return new BudgetView(budget, revenue, total("Tổng thu", budget.revenue()), expenditure,
                total("Tổng chi", budget.expenditure()), budget.hasActual(), explanationHtml);
    }

    private static void rows(List<BudgetLine> lines, int depth, List<Row> out) {
        for (BudgetLine l : lines) {
            out.add(row(depth, l.code(), l.text(), l.estimate(), l.actual()));
            rows(l.children(), depth + 1, out);
        }
    }

    private static Row total(String label, List<BudgetLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        long estimate = lines.stream().mapToLong(BudgetLine::estimate).sum();
        boolean anyActual = lines.stream().anyMatch(l -> l.actual() != null);
        Long actual = anyActual ? lines.stream().mapToLong(l -> l.actual() == null ? 0 : l.actual()).sum() : null;
        return row(0, "", label, estimate, actual);
    }

    static Row row(int depth, String code, String text, long estimate, Long actual) {
        return new Row(depth, code == null ? "" : code, text, VietnameseFormat.money(estimate),
                actual == null ? "" : VietnameseFormat.money(actual), ratio(estimate, actual));
    }

    /** Actual as a share of the estimate; empty where there is no actual or no estimate. */
    static String ratio(long estimate, Long actual) {
        if (actual == null || estimate == 0) {
            return "";
        }
        return VietnameseFormat.percent(BigDecimal.valueOf(actual).divide(BigDecimal.valueOf(estimate), 6, RoundingMode.HALF_UP));
    }
}
