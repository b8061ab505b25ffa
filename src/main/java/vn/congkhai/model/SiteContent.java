package vn.congkhai.model;

import vn.congkhai.config.SiteConfig;
import vn.congkhai.plan.Plan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated content of the whole site: every disclosure (drafts included, so that checks can see them), the
 * typed data of those that have it, and the full texts that JSON disclosures name.
 */
public record SiteContent(SiteConfig config, List<Disclosure> disclosures, Map<String, Plan> plans,
                          Map<String, String> texts) {

    /** Newest first; same day by address, so that the order never depends on the file system. */
    public static final Comparator<Disclosure> NEWEST_FIRST = Comparator.comparing(Disclosure::date).reversed()
            .thenComparing(Disclosure::uri);

    /** What citizens see on the bake date: no drafts, nothing dated after it. */
    public List<Disclosure> published() {
        return disclosures.stream().filter(d -> d.isPublishedOn(config.bakeDate())).sorted(NEWEST_FIRST).toList();
    }

    public List<Disclosure> published(DisclosureType type) {
        return published().stream().filter(d -> d.type() == type).toList();
    }

    public Optional<Disclosure> bySourceFile(java.nio.file.Path file) {
        java.nio.file.Path normal = file.toAbsolutePath().normalize();
        return disclosures.stream().filter(d -> d.source().file().equals(normal)).findFirst();
    }

    public Optional<Plan> plan(Disclosure disclosure) {
        return Optional.ofNullable(plans.get(disclosure.uri()));
    }
}
