package vn.congkhai.render;

import vn.congkhai.config.Commune;

import java.util.List;

/** What every page's header, navigation and footer show: who publishes the site, and its sections' links. */
public record SiteView(Commune commune, List<SectionLink> sections) {

    public SiteView {
        sections = List.copyOf(sections);
    }

    /** A section as navigation shows it, not what it lists: a page stays unchanged when its section's list grows. */
    public record SectionLink(String code, String name, String href) {
    }
}
