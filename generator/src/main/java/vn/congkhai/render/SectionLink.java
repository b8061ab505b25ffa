package vn.congkhai.render;

/**
 * A section as navigation and breadcrumbs show it: not what it lists, so that a page is not rendered again when
 * another disclosure of its section changes.
 */
public record SectionLink(String code, String name, String href) {

    static SectionLink of(SectionView section) {
        return new SectionLink(section.code(), section.name(), section.href());
    }
}
