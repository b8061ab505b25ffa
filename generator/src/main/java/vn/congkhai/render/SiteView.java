package vn.congkhai.render;

import vn.congkhai.config.Commune;

import java.util.List;

/**
 * What every page knows about the site: who publishes it and its sections, for the header, navigation and footer (the
 * sections' names and addresses only: a page showing what a section lists gets that section in its own model).
 */
public record SiteView(Commune commune, List<SectionLink> sections) {

    public SiteView {
        sections = List.copyOf(sections);
    }
}
