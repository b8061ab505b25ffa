package vn.congkhai.render;

import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.config.Commune;
import vn.congkhai.history.Change;
import vn.congkhai.history.GitHistory;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.SectionExtras;
import vn.congkhai.metadata.Described;
import vn.congkhai.metadata.JsonLd;
import vn.congkhai.metadata.SchemaOrg;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.opendata.Datasets;
import vn.congkhai.types.ContentTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Everything the pages and printouts are made from, worked out once: the sections, every published disclosure as a
 * {@link BuiltPage} (section order, newest first), and what each type's kind adds across its section.
 *
 * @param home what the types add to the home page's model (the open consultations), by name
 */
public record SiteModel(SiteContent content, SiteView site, List<SectionView> sections, List<BuiltPage> pages,
                        List<SectionPage> sectionPages, Map<String, Object> home, List<ComplianceWarning> warnings,
                        GitHistory history) {

    /** What every page's header, navigation and footer show: who publishes the site, and its sections' links. */
    public record SiteView(Commune commune, List<SectionLink> sections) {

        public SiteView {
            sections = List.copyOf(sections);
        }
    }

    /** A section as navigation shows it, not what it lists: a page stays unchanged when its section's list grows. */
    public record SectionLink(String code, String name, String href) {
    }

    /** A page a type adds across its section. */
    public record SectionPage(SectionView section, ExtraPage page) {
    }

    public SiteModel {
        sections = List.copyOf(sections);
        pages = List.copyOf(pages);
        sectionPages = List.copyOf(sectionPages);
        home = Map.copyOf(home);
        warnings = List.copyOf(warnings);
    }

    public static SiteModel of(SiteContent content, List<ComplianceWarning> warnings, GitHistory history) {
        List<SectionView> sections = new ArrayList<>();
        List<SectionPage> sectionPages = new ArrayList<>();
        Map<String, Object> home = new HashMap<>();
        List<BuiltPage> pages = new ArrayList<>();
        for (DisclosureType type : DisclosureType.values()) {
            List<Disclosure> items = content.published(type);
            SectionExtras extras = ContentTypes.sectionExtras(type, content);
            SectionView section = SectionView.of(type, items, content, extras.related());
            sections.add(section);
            extras.pages().forEach(p -> sectionPages.add(new SectionPage(section, p)));
            home.putAll(extras.home());
            // on every core (the Markdown body is most of a page), kept in order
            pages.addAll(IntStream.range(0, items.size()).parallel()
                    .mapToObj(i -> page(content, history, section, i)).toList());
        }
        SiteView site = new SiteView(content.config().commune(), sections.stream().map(SectionView::link).toList());
        return new SiteModel(content, site, sections, pages, sectionPages, home, warnings, history);
    }

    private static BuiltPage page(SiteContent content, GitHistory history, SectionView section, int i) {
        Disclosure d = section.items().get(i);
        DisclosureData data = content.data().get(d.uri());
        PageInput input = new PageInput(d, content, content.markdown());
        Dataset dataset = data == null ? null : Datasets.of(d, data);
        DisclosurePage page = DisclosurePage.of(content, history, section, i, ContentTypes.view(data, input), dataset);
        return new BuiltPage(d, page, dataset, ContentTypes.extraPages(data, input));
    }

    public LocalDate today() {
        return content.config().bakeDate();
    }

    /** The model of a disclosure's page template, with its schema.org description. */
    public Map<String, Object> pageModel(BuiltPage page) {
        return context(page.disclosure().uri(), Map.of("page", page.page(), "title", page.disclosure().title(),
                "jsonLd", JsonLd.script(SchemaOrg.page(site.commune(), described(page)))));
    }

    /** A published disclosure as its metadata (page JSON-LD, the catalogue) describes it. */
    public Described described(BuiltPage page) {
        Disclosure d = page.disclosure();
        return Described.of(d, content.data().get(d.uri()), page.dataset(), lastChanged(d));
    }

    /** The day {@code d}'s file last changed: its last commit's, else its own date. */
    public LocalDate lastChanged(Disclosure d) {
        List<Change> changes = history.of(d.source().contentPath());
        return changes.isEmpty() ? d.date() : changes.get(0).date();
    }

    /** The model of a page a type adds, under a disclosure {@code doc} or (null) across its {@code section}. */
    Map<String, Object> extraModel(Object section, Disclosure doc, ExtraPage extra) {
        Map<String, Object> specific = new LinkedHashMap<>(extra.model());
        specific.put("section", section);
        specific.put("title", extra.title());
        if (extra.printout() != null) {
            specific.put("pdf", SitePages.pdf(extra.href()));
        }
        if (doc != null) {
            specific.put("doc", doc);
        }
        return context(extra.href(), specific);
    }

    /** What every template gets besides its own model; {@code jsonLd} is null for none. */
    public Map<String, Object> context(String uri, Map<String, Object> specific) {
        Map<String, Object> model = new LinkedHashMap<>(specific);
        model.putIfAbsent("jsonLd", null);
        model.put("site", site);
        model.put("root", uri.equals(SitePages.NOT_FOUND) ? "/"
                : "../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        model.put("uri", uri);
        model.put("today", today());
        model.put("complianceLinked", content.config().complianceLinked());
        return model;
    }
}
