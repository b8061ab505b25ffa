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
import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outputs made from the built pages rather than rendered from a template: the open data and feeds the plan lists,
 * and the site's files about itself (schemas, search index, sitemap, robots.txt).
 */
final class DerivedOutputs {

    private DerivedOutputs() {
    }

    static void write(SiteModel model, SitePlan plan, PageWriter out, SearchIndex.Memo searchMemo) {
        openData(model, plan, out);
        search(model, plan, out, searchMemo);
        feeds(model, plan, out);
        sitemap(model, plan, out);
        robots(model, out);
    }

    static void openData(SiteModel model, SitePlan plan, PageWriter out) {
        OpenDataWriter openData = new OpenDataWriter(out.folder());
        List<BuiltPage> withData = model.pages().stream().filter(p -> p.dataset() != null).toList();
        for (SitePlan.Address file : plan.data()) {
            if (file.of() == null) {
                siteData(model, file, withData, openData, out);
                continue;
            }
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
        openData.writeSchemas(Schemas.all());
    }

    /** A site-wide data file: the Frictionless data package, the DCAT-AP catalogue, or the compliance data. */
    private static void siteData(SiteModel model, SitePlan.Address file, List<BuiltPage> withData,
                                 OpenDataWriter openData, PageWriter out) {
        Commune commune = model.site().commune();
        switch (file.template()) {
            case SitePages.DATA_PACKAGE -> openData.writeDataPackage(commune,
                    withData.stream().map(BuiltPage::dataset).toList());
            case SitePages.CATALOG -> out.text(file.path(), JsonLd.file(DcatCatalog.of(commune, model.today(),
                    withData.stream().map(model::described).toList())));
            case SitePages.COMPLIANCE_DATA -> {
                out.text(file.path(), ComplianceData.of(model.content(), model.warnings()).json());
                out.text(ComplianceData.SCHEMA, ComplianceData.schema());
            }
            default -> throw new IllegalStateException("no maker for the site's data file " + file.path());
        }
    }

    static void search(SiteModel model, SitePlan plan, PageWriter out, SearchIndex.Memo memo) {
        Markdown markdown = model.content().markdown();
        Map<String, SearchIndex.Entry> byUri = new ConcurrentHashMap<>();
        model.pages().parallelStream().forEach(page -> {
            Disclosure d = page.disclosure();
            byUri.put(d.uri(), SearchIndex.of(d, model.content().data().get(d.uri()), page.page().bodyHtml(), markdown,
                    memo));
        });
        List<SearchIndex.Entry> entries = new ArrayList<>(model.content().published().stream()
                .map(d -> byUri.get(d.uri())).toList());
        entries.addAll(plan.searchEntries());
        out.text(SitePages.SEARCH_INDEX, SearchIndex.json(entries, memo));
    }

    /** The feeds the plan lists; each disclosure's entries (its publication, its substantive changes) made once. */
    static void feeds(SiteModel model, SitePlan plan, PageWriter out) {
        Map<String, List<AtomFeed.Entry>> entries = new HashMap<>();
        for (Disclosure d : model.content().published()) {
            List<AtomFeed.Entry> of = new ArrayList<>();
            of.add(new AtomFeed.Entry(d.title(), d.uri(), d.date(), d.type().sectionName()
                    + (d.number() == null ? "" : ", số " + d.number()) + ", ngày " + VietnameseFormat.date(d.date()), null));
            model.history().of(d.source().contentPath()).stream().filter(c -> !c.minor() && c.date().isAfter(d.date()))
                    .forEach(c -> of.add(new AtomFeed.Entry(d.title(), d.uri(), c.date(), c.message(), c.id())));
            entries.put(d.uri(), of);
        }
        Commune commune = model.site().commune();
        String address = commune.siteAddress();
        for (SitePlan.Address file : plan.feeds()) {
            SitePlan.Feed feed = SitePlan.feed(file);
            String page = feed.page().equals(SitePages.HOME) ? "" : feed.page();
            // the site's feed keeps the identifier it always had, which readers subscribed to it know it by
            String id = file.path().equals(SitePages.FEED) ? address + "/" : address + "/" + file.path();
            out.text(file.path(), AtomFeed.xml(address, new AtomFeed.Channel(id, feed.title(),
                    address + "/" + file.path(), address + "/" + page, commune.committee()),
                    feed.items().stream().flatMap(d -> entries.get(d.uri()).stream()).toList()));
        }
    }

    /** The sitemap: the plan's pages that search engines may list. */
    static void sitemap(SiteModel model, SitePlan plan, PageWriter out) {
        List<Sitemap.Url> urls = plan.pages().stream().filter(SitePlan.Address::sitemap)
                .map(page -> new Sitemap.Url(page.path(), page.lastModified())).toList();
        out.text("sitemap.xml", Sitemap.xml(model.site().commune().siteAddress(), urls));
    }

    /** robots.txt: the compliance report is for officers, kept out of search engines. */
    static void robots(SiteModel model, PageWriter out) {
        String compliance = "/" + SitePages.COMPLIANCE.substring(0, SitePages.COMPLIANCE.lastIndexOf('/') + 1);
        out.text("robots.txt", "User-agent: *\nDisallow: " + compliance + "\n\nSitemap: "
                + model.site().commune().siteAddress() + "/sitemap.xml\n");
    }
}
