package vn.congkhai.render;

import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Link;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.types.ContentTypes;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A section of the site: what it lists, newest first, and in groups where its kind groups them (by field, year). */
public record SectionView(String code, String name, String href, List<Disclosure> items, List<Group> groups,
                          List<Link> related) {

    public SectionView {
        items = List.copyOf(items);
        groups = List.copyOf(groups);
        related = List.copyOf(related);
    }

    static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    public record Group(String name, List<Disclosure> items) {

        public Group {
            items = List.copyOf(items);
        }
    }

    static SectionView of(DisclosureType type, List<Disclosure> items, SiteContent content, List<Link> related) {
        return new SectionView(type.code(), type.sectionName(), SitePages.section(type), items,
                groups(type, items, content), related);
    }

    public int count() {
        return items.size();
    }

    public String feed() {
        return SitePages.sectionFeed(code);
    }

    SiteModel.SectionLink link() {
        return new SiteModel.SectionLink(code, name, href);
    }

    private static List<Group> groups(DisclosureType type, List<Disclosure> items, SiteContent content) {
        if (items.isEmpty() || ContentTypes.group(items.get(0), content.data().get(items.get(0).uri())) == null) {
            return List.of();
        }
        Function<Disclosure, String> key = d -> ContentTypes.group(d, content.data().get(d.uri()));
        return switch (ContentTypes.grouping(type)) {
            case ALPHABETICAL -> group(items, key, VIETNAMESE::compare,
                    Comparator.comparing(Disclosure::title, VIETNAMESE::compare));
            case NEWEST_FIRST -> group(items, key, Comparator.reverseOrder(), SiteContent.NEWEST_FIRST);
        };
    }

    private static List<Group> group(List<Disclosure> items, Function<Disclosure, String> key,
                                      Comparator<String> order, Comparator<Disclosure> within) {
        return items.stream().sorted(within).collect(Collectors.groupingBy(key, () -> new TreeMap<>(order),
                Collectors.toList())).entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }
}
