package vn.congkhai.kind;

import vn.congkhai.model.Link;

import java.util.List;
import java.util.Map;

/**
 * What a type adds across its published disclosures: pages of its own (the answers by topic), links on its section's
 * page to them, and what the home page lists of it (the consultations open today) by the name its template uses.
 */
public record SectionExtras(List<ExtraPage> pages, List<Link> related, Map<String, Object> home) {

    public static final SectionExtras NONE = new SectionExtras(List.of(), List.of(), Map.of());

    public SectionExtras {
        pages = List.copyOf(pages);
        related = List.copyOf(related);
        home = Map.copyOf(home);
    }
}
