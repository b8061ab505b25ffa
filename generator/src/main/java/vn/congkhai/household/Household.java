package vn.congkhai.household;

/** A row of a poor-household list: only the fields the contract allows to publish. */
public record Household(int number, String head, String hamlet, HouseholdCategory category, Integer members,
                        String note) {
}
