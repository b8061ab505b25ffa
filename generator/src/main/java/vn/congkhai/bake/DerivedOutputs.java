package vn.congkhai.bake;

import vn.congkhai.feed.AtomFeed;
import vn.congkhai.feed.Sitemap;
import vn.congkhai.compliance.ComplianceData;
import vn.congkhai.config.Commune;
import vn.congkhai.metadata.DcatCatalog;
import vn.congkhai.metadata.JsonLd;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.Schemas;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.opendata.OpenDataWriter;
import vn.congkhai.render.BuiltPage;
import vn.congkhai.render.PageWriter;
import vn.congkhai.render.SiteModel;
import vn.congkhai.render.SitePlan;
import vn.congkhai.search.SearchIndex;
import vn.congkhai.text.VietnameseFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of the site's plan made from the built pages rather than rendered from a template: each disclosure's open
 * data, the feeds, and the site's files about itself.
 */
final class DerivedOutputs {

    private DerivedOutputs() {
    }

    static void write(SiteModel model, SitePlan plan, PageWriter out, SearchIndex.Memo searchMemo) {
        OpenDataWriter openData = new OpenDataWriter(out.folder());
        for (SitePlan.Address file : plan.addresses(SitePlan.Kind.DATA)) {
            Dataset dataset = file.of().dataset();
            Disclosure d = file.of().disclosure();
            if (file.template().equals(SitePlan.CSV)) {
                out.file(file.path(), file.template(), dataset, () -> openData.writeCsv(dataset));
            } else {
                // The published JSON is the disclosure's fields that its type's schema (the generator's) publishes.
                out.file(file.path(), file.template(), List.of(d.source(), d.type()),
                        () -> openData.writeJson(d, Schemas.of(d.type()).orElseThrow(), dataset));
            }
        }
        Commune commune = model.site().commune();
        feeds(model, plan, out, commune);
        List<BuiltPage> withData = model.pages().stream().filter(p -> p.dataset() != null).toList();
        for (String path : plan.addresses(SitePlan.Kind.SITE).stream().map(SitePlan.Address::path).toList()) {
            switch (path) {
                case SitePages.DATA_PACKAGE -> openData.writeDataPackage(commune,
                        withData.stream().map(BuiltPage::dataset).toList());
                case SitePages.CATALOG -> out.text(path, JsonLd.file(DcatCatalog.of(commune, model.today(),
                        withData.stream().map(model::described).toList())));
                case SitePages.COMPLIANCE_DATA -> out.text(path,
                        ComplianceData.of(model.content(), model.warnings()).json());
                case ComplianceData.SCHEMA -> out.text(path, ComplianceData.schema());
                case SitePages.SEARCH_INDEX -> search(model, plan, out, searchMemo);
                case SitePages.SITEMAP -> out.text(path, Sitemap.xml(commune.siteAddress(),
                        plan.addresses(SitePlan.Kind.PAGE).stream().filter(SitePlan.Address::sitemap)
                                .map(page -> new Sitemap.Url(page.path(), page.lastModified())).toList()));
                // the compliance report is for officers, kept out of search engines
                case SitePages.ROBOTS -> out.text(path, "User-agent: *\nDisallow: /"
                        + SitePages.COMPLIANCE.substring(0, SitePages.COMPLIANCE.lastIndexOf('/') + 1)
                        + "\n\nSitemap: " + commune.siteAddress() + "/" + SitePages.SITEMAP + "\n");
                default -> openData.writeSchemas(Schemas.all().entrySet().stream()
                        .filter(e -> SitePages.schema(e.getKey()).equals(path)).findFirst()
                        .map(e -> Map.of(e.getKey(), e.getValue()))
                        .orElseThrow(() -> new IllegalStateException("no maker for the site's file " + path)));
            }
        }
    }

    private static void search(SiteModel model, SitePlan plan, PageWriter out, SearchIndex.Memo memo) {
        Map<String, SearchIndex.Entry> byUri = model.pages().parallelStream().collect(Collectors.toConcurrentMap(
                page -> page.disclosure().uri(), page -> SearchIndex.of(page.disclosure(), model.content().data()
                        .get(page.disclosure().uri()), page.page().bodyHtml(), model.content().markdown(), memo)));
        out.text(SitePages.SEARCH_INDEX, SearchIndex.json(Stream.concat(model.content().published().stream()
                .map(d -> byUri.get(d.uri())), plan.searchEntries().stream()).toList(), memo));
    }

    /** The feeds the plan lists; each disclosure's entries (its publication, its substantive changes) made once. */
    private static void feeds(SiteModel model, SitePlan plan, PageWriter out, Commune commune) {
        Map<String, List<AtomFeed.Entry>> entries = new HashMap<>();
        for (Disclosure d : model.content().published()) {
            List<AtomFeed.Entry> of = new ArrayList<>();
            of.add(new AtomFeed.Entry(d.title(), d.uri(), d.date(), d.type().sectionName()
                    + (d.number() == null ? "" : ", số " + d.number()) + ", ngày " + VietnameseFormat.date(d.date()), null));
            model.history().of(d.source().contentPath()).stream().filter(c -> !c.minor() && c.date().isAfter(d.date()))
                    .forEach(c -> of.add(new AtomFeed.Entry(d.title(), d.uri(), c.date(), c.message(), c.id())));
            entries.put(d.uri(), of);
        }
        String address = commune.siteAddress();
        for (SitePlan.Address file : plan.addresses(SitePlan.Kind.FEED)) {
            SitePlan.Feed feed = SitePlan.feed(file);
            String page = feed.page().equals(SitePages.HOME) ? "" : feed.page();
            // the site's feed keeps the identifier it always had, which readers subscribed to it know it by
            String id = file.path().equals(SitePages.FEED) ? address + "/" : address + "/" + file.path();
            out.text(file.path(), AtomFeed.xml(address, new AtomFeed.Channel(id, feed.title(),
                    address + "/" + file.path(), address + "/" + page, commune.committee()),
                    feed.items().stream().flatMap(d -> entries.get(d.uri()).stream()).toList()));
        }
    }
}
