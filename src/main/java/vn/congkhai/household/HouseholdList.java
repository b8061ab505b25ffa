package vn.congkhai.household;

import vn.congkhai.model.DisclosureData;

import java.util.List;
import java.util.Map;

/**
 * A list of poor and near-poor households ({@code ho-ngheo}) for a year and a round of review.
 *
 * @param round    {@code so-bo}, {@code chinh-thuc} or {@code bo-sung}
 * @param declared the counts per category the officer declared ({@code tong_hop}), checked against the rows
 */
public record HouseholdList(int year, String round, String decision, List<Household> households,
                            Map<HouseholdCategory, Integer> declared) implements DisclosureData {

    public String roundLabel() {
        return switch (round) {
            case "so-bo" -> "Danh sách sơ bộ";
            case "chinh-thuc" -> "Danh sách chính thức";
            case "bo-sung" -> "Danh sách bổ sung";
            default -> round;
        };
    }

    public HouseholdSummary summary() {
        return HouseholdSummary.of(households);
    }
}
