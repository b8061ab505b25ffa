package vn.congkhai.bake;

import vn.congkhai.feed.AtomFeed;
import vn.congkhai.feed.Sitemap;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.history.Change;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.Schemas;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.opendata.OpenDataWriter;
import vn.congkhai.render.BuiltPage;
import vn.congkhai.render.ListingViews;
import vn.congkhai.render.PageWriter;
import vn.congkhai.render.SiteModel;
import vn.congkhai.search.SearchIndex;
import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outputs derived from the built pages, each a step of its own: open data (JSON, CSV, data package, schemas),
 * the search index, the Atom feed, the sitemap and robots.txt.
 */
final class DerivedOutputs {

    private DerivedOutputs() {
    }

    static void write(SiteModel model, PageWriter out, SearchIndex.Memory search) {
        openData(model, out);
        search(model, out, search);
        feedAndSitemap(model, out);
        robots(model, out);
    }

    static void openData(SiteModel model, PageWriter out) {
        OpenDataWriter openData = new OpenDataWriter(out.folder());
        List<Dataset> datasets = new ArrayList<>();
        for (BuiltPage page : model.pages()) {
            Dataset dataset = page.dataset();
            if (dataset != null) {
                datasets.add(dataset);
                Disclosure d = page.disclosure();
                out.file(dataset.path(), "du-lieu-mo.csv", dataset, () -> openData.writeCsv(dataset));
                // The published JSON is the disclosure's fields that its type's schema (the generator's) publishes.
                out.file(dataset.jsonPath(), "du-lieu-mo.json", List.of(d.source(), d.type()),
                        () -> openData.writeJson(d, Schemas.of(d.type()).orElseThrow(), dataset));
            }
        }
        openData.writeDataPackage(model.site().commune(), datasets);
        openData.writeSchemas(Schemas.all());
    }

    static void search(SiteModel model, PageWriter out, SearchIndex.Memory memory) {
        Markdown markdown = model.content().markdown();
        Map<String, SearchIndex.Entry> byUri = new java.util.concurrent.ConcurrentHashMap<>();
        model.pages().parallelStream().forEach(page -> {
            Disclosure d = page.disclosure();
            byUri.put(d.uri(), SearchIndex.of(d, model.content().data().get(d.uri()), page.page().bodyHtml(), markdown,
                    memory));
        });
        List<SearchIndex.Entry> entries = new ArrayList<>(model.content().published().stream()
                .map(d -> byUri.get(d.uri())).toList());
        for (SiteModel.SectionPage page : model.sectionPages()) {
            ExtraPage extra = page.page();
            if (extra.search() != null) {
                entries.add(new SearchIndex.Entry(extra.title(), extra.href(), page.section().name(), "",
                        extra.search()));
            }
        }
        entries.add(new SearchIndex.Entry("Công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở", SitePages.ARTICLE_11,
                "", "", "14 nội dung công khai Điều 11 Luật 10/2022/QH15"));
        out.text(SitePages.SEARCH_INDEX, SearchIndex.json(entries, memory));
    }

    static void feedAndSitemap(SiteModel model, PageWriter out) {
        List<Disclosure> published = model.content().published();
        List<AtomFeed.Entry> feed = new ArrayList<>();
        List<Sitemap.Url> urls = new ArrayList<>();
        for (Disclosure d : published) {
            List<Change> changes = model.history().of(d.source().contentPath());
            feed.add(new AtomFeed.Entry(d.title(), d.uri(), d.date(), d.type().sectionName()
                    + (d.number() == null ? "" : ", số " + d.number()) + ", ngày " + VietnameseFormat.date(d.date()), null));
            changes.stream().filter(c -> !c.minor() && c.date().isAfter(d.date()))
                    .forEach(c -> feed.add(new AtomFeed.Entry(d.title(), d.uri(), c.date(), c.message(), c.id())));
            urls.add(new Sitemap.Url(d.uri(), changes.isEmpty() ? d.date() : changes.get(0).date()));
        }
        String address = model.site().commune().siteAddress();
        out.text("feed.xml", AtomFeed.xml(address, "Công khai thông tin - " + model.site().commune().committee(),
                model.site().commune().committee(), feed));
        for (String page : List.of(SitePages.HOME, SitePages.ARTICLE_11, SitePages.OPEN_DATA, SitePages.QUARTERLY,
                SitePages.SEARCH)) {
            urls.add(new Sitemap.Url(page, null));
        }
        model.site().sections().forEach(s -> urls.add(new Sitemap.Url(s.href(), null)));
        ListingViews.quarters(published).forEach(q -> urls.add(new Sitemap.Url(q.href(), null)));
        model.pages().forEach(p -> p.extras().forEach(extra -> urls.add(new Sitemap.Url(extra.href(), null))));
        model.sectionPages().forEach(p -> urls.add(new Sitemap.Url(p.page().href(), null)));
        if (model.content().config().complianceLinked()) {
            urls.add(new Sitemap.Url(SitePages.COMPLIANCE, null));
        }
        out.text("sitemap.xml", Sitemap.xml(address, urls));
    }

    /** robots.txt: the compliance report is for officers, kept out of search engines. */
    static void robots(SiteModel model, PageWriter out) {
        String compliance = "/" + SitePages.COMPLIANCE.substring(0, SitePages.COMPLIANCE.lastIndexOf('/') + 1);
        out.text("robots.txt", "User-agent: *\nDisallow: " + compliance + "\n\nSitemap: "
                + model.site().commune().siteAddress() + "/sitemap.xml\n");
    }
}
