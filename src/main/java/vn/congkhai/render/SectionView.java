package vn.congkhai.render;

import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SitePages;

import java.util.List;

/**
 * A section of the site: its name, its list page and what it lists, newest first, and grouped where citizens look
 * for a group (procedures by field, household lists and budgets by year).
 */
public record SectionView(String code, String name, String href, List<Disclosure> items, List<Group> groups,
                          List<Link> related) {

    /** Items under a heading. */
    public record Group(String name, List<Disclosure> items) {
    }

    public static SectionView of(DisclosureType type, List<Disclosure> items, List<Group> groups, List<Link> related) {
        return new SectionView(type.code(), type.sectionName(), SitePages.section(type), items, groups, related);
    }

    public int count() {
        return items.size();
    }
}
