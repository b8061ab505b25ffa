package vn.congkhai.household;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a household list per hamlet and category: households, and people where the list gives them. Hamlets in
 * the order they first appear in the list.
 *
 * @param people null in a cell when no household of that cell gives its number of members
 */
public record HouseholdSummary(List<String> hamlets, List<HouseholdCategory> categories,
                               Map<String, Map<HouseholdCategory, Cell>> cells, Map<HouseholdCategory, Cell> totals,
                               Cell grandTotal) {

    /** Households and people in one cell. */
    public record Cell(int households, Integer people) {
        static final Cell EMPTY = new Cell(0, null);

        Cell plus(Household h) {
            return new Cell(households + 1, add(people, h.members()));
        }

        Cell plus(Cell other) {
            return new Cell(households + other.households, add(people, other.people));
        }

        /** Sum of people where either side gives them; null only when neither does. */
        private static Integer add(Integer a, Integer b) {
            if (a == null) {
                return b;
            }
            return b == null ? a : Integer.valueOf(a + b);
        }
    }

    public static HouseholdSummary of(List<Household> households) {
        Map<String, Map<HouseholdCategory, Cell>> cells = new LinkedHashMap<>();
        Map<HouseholdCategory, Cell> totals = new EnumMap<>(HouseholdCategory.class);
        Cell grand = Cell.EMPTY;
        for (Household h : households) {
            cells.computeIfAbsent(h.hamlet(), k -> new EnumMap<>(HouseholdCategory.class))
                    .merge(h.category(), Cell.EMPTY.plus(h), (a, b) -> a.plus(h));
            totals.merge(h.category(), Cell.EMPTY.plus(h), (a, b) -> a.plus(h));
            grand = grand.plus(h);
        }
        List<HouseholdCategory> categories = new ArrayList<>();
        for (HouseholdCategory c : HouseholdCategory.values()) {
            if (totals.containsKey(c)) {
                categories.add(c);
            }
        }
        return new HouseholdSummary(List.copyOf(cells.keySet()), categories, cells, totals, grand);
    }

    public Cell cell(String hamlet, HouseholdCategory category) {
        return cells.getOrDefault(hamlet, Map.of()).getOrDefault(category, Cell.EMPTY);
    }

    /** All households of a hamlet, every category. */
    public Cell hamletTotal(String hamlet) {
        Cell total = Cell.EMPTY;
        for (Cell c : cells.getOrDefault(hamlet, Map.of()).values()) {
            total = total.plus(c);
        }
        return total;
    }

    public Cell total(HouseholdCategory category) {
        return totals.getOrDefault(category, Cell.EMPTY);
    }

    /** Whether any household gives its number of members, so the summary shows a people column. */
    public boolean hasPeople() {
        return grandTotal.people() != null;
    }
}
