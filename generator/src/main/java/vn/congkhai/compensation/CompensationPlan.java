package vn.congkhai.compensation;

import vn.congkhai.model.DisclosureData;

import java.util.List;

/**
 * A compensation, support and resettlement plan for a project ({@code boi-thuong}, Art. 11 item 3).
 *
 * @param project       the project ({@code du_an})
 * @param decision      the decision approving the plan ({@code quyet_dinh})
 * @param declaredTotal the plan's declared total ({@code tong_cong}), or null
 */
public record CompensationPlan(String project, String decision, List<CompensatedHousehold> households,
                               Long declaredTotal) implements DisclosureData {

    public long landTotal() {
        return households.stream().mapToLong(CompensatedHousehold::landAmount).sum();
    }

    public long assetsTotal() {
        return households.stream().mapToLong(CompensatedHousehold::assetsAmount).sum();
    }

    public long supportTotal() {
        return households.stream().mapToLong(CompensatedHousehold::support).sum();
    }

    public long total() {
        return households.stream().mapToLong(CompensatedHousehold::total).sum();
    }
}
