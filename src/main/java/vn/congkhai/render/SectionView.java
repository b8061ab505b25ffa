package vn.congkhai.render;

import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;

import java.util.List;

/** A section of the site: its name, its list page and what it lists, newest first. */
public record SectionView(String code, String name, String href, List<Disclosure> items) {

    public static SectionView of(DisclosureType type, List<Disclosure> items) {
        return new SectionView(type.code(), type.sectionName(), type.code() + "/index.html", items);
    }

    public int count() {
        return items.size();
    }
}
