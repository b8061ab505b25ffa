package vn.congkhai.compensation;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A compensation plan's page: every household in the plan's order with its amounts, the plan's totals (land, assets,
 * support, all), and the totals per hamlet where the plan names hamlets.
 */
public record CompensationView(CompensationPlan plan, List<CompensatedHousehold> households, Totals totals,
                               List<HamletTotal> hamlets, boolean hasAssets, boolean hasSupport) {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** The plan's totals, in đồng. */
    public record Totals(long land, long assets, long support, long total) {
    }

    /** The households of a hamlet and what they receive. */
    public record HamletTotal(String hamlet, int households, long total) {
    }

    public static CompensationView of(CompensationPlan plan) {
        Map<String, List<CompensatedHousehold>> byHamlet = plan.households().stream()
                .filter(h -> h.hamlet() != null)
                .collect(Collectors.groupingBy(CompensatedHousehold::hamlet, () -> new TreeMap<>(VIETNAMESE::compare),
                        Collectors.toList()));
        List<HamletTotal> hamlets = byHamlet.entrySet().stream().map(e -> new HamletTotal(e.getKey(),
                e.getValue().size(), e.getValue().stream().mapToLong(CompensatedHousehold::total).sum())).toList();
        return new CompensationView(plan, plan.households(), new Totals(plan.landTotal(), plan.assetsTotal(),
                plan.supportTotal(), plan.total()), hamlets.size() > 1 ? hamlets : List.of(),
                plan.households().stream().anyMatch(h -> h.assetsAmount() != 0 || !h.assets().isEmpty()
                        || h.assetsNote() != null),
                plan.households().stream().anyMatch(h -> h.support() != 0));
    }
}
