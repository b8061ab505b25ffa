package vn.congkhai.household;

import vn.congkhai.model.DisclosureData;

import java.util.List;
import java.util.Map;

/**
 * A list of poor and near-poor households ({@code ho-ngheo}) for a year and a round of review.
 *
 * @param round    the round of review ({@code dot})
 * @param declared the counts per category the officer declared ({@code tong_hop}), checked against the rows
 */
public record HouseholdList(int year, HouseholdRound round, String decision, List<Household> households,
                            Map<HouseholdCategory, Integer> declared) implements DisclosureData {

    public String roundLabel() {
        return round.label();
    }

    public HouseholdSummary summary() {
        return HouseholdSummary.of(households);
    }
}
