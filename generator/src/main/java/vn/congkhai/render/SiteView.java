package vn.congkhai.render;

import vn.congkhai.config.Commune;

import java.util.List;

/** What every page's header, navigation and footer show: who publishes the site, and its sections' links. */
public record SiteView(Commune commune, List<SectionLink> sections) {

    public SiteView {
        sections = List.copyOf(sections);
    }
}
