package vn.congkhai.household;

import vn.congkhai.text.VietnameseFormat;

import vn.congkhai.model.Link;
import vn.congkhai.household.Household;
import vn.congkhai.household.HouseholdCategory;
import vn.congkhai.household.HouseholdList;
import vn.congkhai.household.HouseholdSummary;

import java.util.ArrayList;
import java.util.List;

/** A household list's page: the summary per hamlet and category, then every household, then the other years. */
public record HouseholdView(HouseholdList list, List<String> columns, List<SummaryRow> summary, SummaryRow total,
                            boolean people, List<Household> households, List<Link> otherLists) {

    /** One line of the summary: a hamlet (or the total) and, per category, households (people). */
    public record SummaryRow(String label, List<String> cells, String all) {
    }

    public static HouseholdView of(HouseholdList list, List<Link> otherLists) {
        HouseholdSummary s = list.summary();
        List<String> columns = s.categories().stream().map(HouseholdCategory::label).toList();
        List<SummaryRow> rows = new ArrayList<>();
        for (String hamlet : s.hamlets()) {
            List<String> cells = new ArrayList<>();
            for (HouseholdCategory c : s.categories()) {
                cells.add(cell(s.cell(hamlet, c)));
            }
            rows.add(new SummaryRow(hamlet, cells, cell(s.hamletTotal(hamlet))));
        }
        List<String> totals = s.categories().stream().map(c -> cell(s.total(c))).toList();
        return new HouseholdView(list, columns, rows, new SummaryRow("Toàn xã", totals, cell(s.grandTotal())),
                s.hasPeople(), list.households(), otherLists);
    }

    /** "12 hộ (41 khẩu)", or "12 hộ" when the list gives no members; "–" for none. */
    static String cell(HouseholdSummary.Cell c) {
        if (c.households() == 0) {
            return "–";
        }
        return VietnameseFormat.count(c.households(), "hộ")
                + (c.people() == null ? "" : " (" + VietnameseFormat.count(c.people(), "khẩu") + ")");
    }
}
