package vn.congkhai.budget;

import vn.congkhai.model.DisclosureData;

import java.util.List;

/**
 * A commune budget disclosure ({@code ngan-sach}): revenue and expenditure at one stage of the budget year.
 *
 * @param explanation Markdown ({@code thuyet_minh}), or null
 */
public record Budget(int year, String stage, List<BudgetLine> revenue, List<BudgetLine> expenditure,
                     String explanation) implements DisclosureData {

    public String stageLabel() {
        return switch (stage) {
            case "du-toan-trinh" -> "Dự toán trình Hội đồng nhân dân xã";
            case "du-toan" -> "Dự toán được giao";
            case "thuc-hien-q1" -> "Thực hiện quý I";
            case "thuc-hien-6-thang" -> "Thực hiện 6 tháng";
            case "thuc-hien-9-thang" -> "Thực hiện 9 tháng";
            case "thuc-hien-nam" -> "Thực hiện cả năm";
            case "quyet-toan" -> "Quyết toán";
            default -> stage;
        };
    }

    /** Whether the disclosure reports actual figures beside the estimate. */
    public boolean hasActual() {
        return revenue.stream().anyMatch(l -> l.actual() != null) || expenditure.stream().anyMatch(l -> l.actual() != null);
    }
}
