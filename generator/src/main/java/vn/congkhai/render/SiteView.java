package vn.congkhai.render;

import vn.congkhai.config.Commune;

import java.util.List;

/** What every page knows about the site: who publishes it and its sections, for the header, navigation and footer. */
public record SiteView(Commune commune, List<SectionView> sections) {
}
