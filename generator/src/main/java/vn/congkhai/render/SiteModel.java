package vn.congkhai.render;

import vn.congkhai.kind.ExtraPage;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.SectionExtras;
import vn.congkhai.model.Link;
import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.history.Change;
import vn.congkhai.history.GitHistory;
import vn.congkhai.metadata.Described;
import vn.congkhai.metadata.JsonLd;
import vn.congkhai.metadata.SchemaOrg;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.text.Markdown;
import vn.congkhai.types.ContentTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Everything the site's pages and printouts are made from, worked out once: the site's sections and every published
 * disclosure as a {@link BuiltPage} (in section order, newest first), each Markdown body rendered once, and what
 * each type adds across its section (its kind's {@link SectionExtras}).
 */
public final class SiteModel {

    /** A page a type adds across its section (the fees of all procedures, the answers on one topic). */
    public record SectionPage(SectionView section, ExtraPage page) {
    }

    private final SiteContent content;
    private final SiteView site;
    private final List<SectionView> sections;
    private final List<BuiltPage> pages;
    private final List<ComplianceWarning> warnings;
    private final GitHistory history;
    private final List<SectionPage> sectionPages;
    /** What the types add to the home page's model, by name. */
    private final Map<String, Object> home;

    private SiteModel(SiteContent content, SiteView site, List<SectionView> sections, List<BuiltPage> pages,
                      List<ComplianceWarning> warnings, GitHistory history, List<SectionPage> sectionPages,
                      Map<String, Object> home) {
        this.sections = sections;
        this.sectionPages = sectionPages;
        this.home = home;
        this.content = content;
        this.site = site;
        this.pages = pages;
        this.warnings = warnings;
        this.history = history;
    }

    public static SiteModel of(SiteContent content, List<ComplianceWarning> warnings, GitHistory history) {
        Markdown markdown = content.markdown();
        List<SectionView> sections = new ArrayList<>();
        List<SectionPage> sectionPages = new ArrayList<>();
        Map<String, Object> home = new HashMap<>();
        for (DisclosureType type : DisclosureType.values()) {
            List<Disclosure> items = content.published(type);
            SectionExtras extras = ContentTypes.sectionExtras(type, content);
            SectionView section = SectionView.of(type, items, SectionView.groups(type, items, content),
                    extras.related());
            sections.add(section);
            extras.pages().forEach(p -> sectionPages.add(new SectionPage(section, p)));
            home.putAll(extras.home());
        }
        DisclosurePages disclosurePages = new DisclosurePages(content, markdown, history);
        List<BuiltPage> pages = new ArrayList<>();
        for (SectionView section : sections) {
            List<Disclosure> items = section.items();
            // each page is worked out on its own (the Markdown body is most of it): on every core, kept in order
            pages.addAll(IntStream.range(0, items.size()).parallel().mapToObj(i -> page(content, markdown,
                    disclosurePages, section, i)).toList());
        }
        SiteView site = new SiteView(content.config().commune(), sections.stream().map(SectionLink::of).toList());
        return new SiteModel(content, site, List.copyOf(sections), List.copyOf(pages), List.copyOf(warnings), history,
                List.copyOf(sectionPages), Map.copyOf(home));
    }

    private static BuiltPage page(SiteContent content, Markdown markdown, DisclosurePages disclosurePages,
                                  SectionView section, int i) {
        List<Disclosure> items = section.items();
        Disclosure d = items.get(i);
        String body = d.source().markdownBody() == null ? "" : markdown.toHtml(d.source().markdownBody());
        DisclosurePage page = disclosurePages.page(d, section, body, i > 0 ? Link.to(items.get(i - 1)) : null,
                i + 1 < items.size() ? Link.to(items.get(i + 1)) : null);
        List<ExtraPage> extras = ContentTypes.extraPages(content.data().get(d.uri()),
                new PageInput(d, content, markdown));
        return new BuiltPage(d, page, disclosurePages.dataset(d), extras);
    }

    /** The pages the types add across their sections, section by section. */
    public List<SectionPage> sectionPages() {
        return sectionPages;
    }

    /** What the types add to the home page's model (the open consultations), by the name its template uses. */
    public Map<String, Object> home() {
        return home;
    }

    public SiteContent content() {
        return content;
    }

    public SiteView site() {
        return site;
    }

    /** The sections with what each lists, in the site's order. */
    public List<SectionView> sections() {
        return sections;
    }

    /** Every published disclosure's page, section by section. */
    public List<BuiltPage> pages() {
        return pages;
    }

    public List<ComplianceWarning> warnings() {
        return warnings;
    }

    public GitHistory history() {
        return history;
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

    /** The model of a page a disclosure adds (a plan's period report, {@code doc} its plan). */
    public Map<String, Object> extraModel(BuiltPage doc, ExtraPage extra) {
        Map<String, Object> specific = extraSpecific(doc.page().section(), extra);
        specific.put("doc", doc.disclosure());
        return context(extra.href(), specific);
    }

    /** The model of a page a type adds across its section. */
    public Map<String, Object> extraModel(SectionPage page) {
        return context(page.page().href(), extraSpecific(page.section(), page.page()));
    }

    /** {@code section}: what its breadcrumb leads back to (the section's link or view). */
    private static Map<String, Object> extraSpecific(Object section, ExtraPage extra) {
        Map<String, Object> specific = new LinkedHashMap<>(extra.model());
        specific.put("section", section);
        specific.put("title", extra.title());
        if (extra.printout() != null) {
            specific.put("pdf", SitePages.pdf(extra.href()));
        }
        return specific;
    }

    /**
     * What every template gets besides its own model: the site, the way to the root, the page's address, and its
     * JSON-LD ({@code jsonLd}, null for none).
     */
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
