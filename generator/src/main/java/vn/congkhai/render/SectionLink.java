package vn.congkhai.render;

/**
 * A section as every page's navigation and breadcrumb show it: its name and list page, not what it lists, so that a
 * page does not depend on the other disclosures of its section (and is not rendered again when one of them changes).
 */
public record SectionLink(String code, String name, String href) {

    static SectionLink of(SectionView section) {
        return new SectionLink(section.code(), section.name(), section.href());
    }
}
