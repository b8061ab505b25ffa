package vn.congkhai.render;

import vn.congkhai.metadata.JsonLd;
import vn.congkhai.metadata.SchemaOrg;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.Link;
import vn.congkhai.model.Schemas;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.search.SearchIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every web page, printout and open-data file the site has, each with its template and what makes its model, listed
 * once from the {@link SiteModel}: the pages are rendered from it, the printouts and the open data made from it, the
 * sitemap and the search's entries for the pages that are no disclosure read it. A new page is a new line here (or
 * its type's {@link ExtraPage}), not a line in each of them.
 */
public final class SitePlan {

    private static final int LATEST_ON_HOME = 10;

    /** What kind of file an address is. */
    public enum Kind {
        /** A web page, from a template of {@code templates/}. */
        PAGE,
        /** A printout for the notice board (PDF/A), from a template of {@code templates/in/}. */
        PRINTOUT,
        /**
         * Open data: a disclosure's, {@link #CSV} or {@link #JSON} (its template names which), or, of no page, the
         * site's data package, DCAT catalogue and compliance data (its template is its path).
         */
        DATA,
        /** An Atom feed, the site's, a section's or a hamlet's: its model's {@code feed} is a {@link Feed}. */
        FEED
    }

    /** The open-data table of a disclosure, as CSV. */
    public static final String CSV = "du-lieu-mo.csv";
    /** The published fields of a disclosure, as JSON. */
    public static final String JSON = "du-lieu-mo.json";

    /** The template of every feed: the feed package's writer, not a page template. */
    public static final String ATOM = "atom";

    /**
     * What a feed lists.
     *
     * @param title its title in a feed reader
     * @param page  the page that shows the same list (its alternate), from the site root
     * @param items the disclosures it announces
     */
    public record Feed(String title, String page, List<Disclosure> items) {

        public Feed {
            items = List.copyOf(items);
        }
    }

    /** The feed of a {@link Kind#FEED} address. */
    public static Feed feed(Address address) {
        return (Feed) address.model().get().get("feed");
    }

    /** How a printout is headed, besides the model of the web page it prints. */
    public enum Form {
        /** A disclosure's own printout. */
        DISCLOSURE,
        /** The records of the start and end of a disclosure's posting, to sign. */
        POSTING_RECORDS,
        /** A page issued under a disclosure but not one itself (a plan's period report), headed {@code kind, title}. */
        PAGE
    }

    /**
     * What a printout is of.
     *
     * @param page  the web page it prints, whose address its header shows
     * @param kind  for {@link Form#PAGE}, what its header calls it ("BÁO CÁO"); else null
     * @param title for {@link Form#PAGE}, its title under that word; else null
     */
    public record Printed(Form form, String page, String kind, String title) {
    }

    /**
     * An address of the site.
     *
     * @param path         where, from the site root
     * @param of           the disclosure's page it belongs to (issued under), or null for the site's own pages
     * @param template     its template
     * @param model        makes its template's model (for a printout, the model of the page it prints); null for
     *                     open data, made from its page's dataset
     * @param printed      for a printout, what it is of; else null
     * @param sitemap      whether the sitemap lists it
     * @param lastModified for the sitemap, the day it last changed, or null
     * @param search       its entry in the search index when it is no disclosure's page and is searched; else null
     */
    public record Address(String path, Kind kind, BuiltPage of, String template,
                          Supplier<Map<String, Object>> model, Printed printed, boolean sitemap,
                          LocalDate lastModified, SearchIndex.Entry search) {
    }

    private final List<Address> addresses;

    private SitePlan(List<Address> addresses) {
        this.addresses = List.copyOf(addresses);
    }

    /** Every address, in the order they are listed: disclosures' pages first, section by section. */
    public List<Address> addresses() {
        return addresses;
    }

    public List<Address> pages() {
        return addresses.stream().filter(a -> a.kind() == Kind.PAGE).toList();
    }

    public List<Address> printouts() {
        return addresses.stream().filter(a -> a.kind() == Kind.PRINTOUT).toList();
    }

    public List<Address> data() {
        return addresses.stream().filter(a -> a.kind() == Kind.DATA).toList();
    }

    public List<Address> feeds() {
        return addresses.stream().filter(a -> a.kind() == Kind.FEED).toList();
    }

    /**
     * The plan of the site of {@code model}. A disclosure's page takes its type's template, else {@code van-ban}, and
     * so does its printout under {@code in/}.
     */
    public static SitePlan of(SiteModel model, Templates templates) {
        Builder plan = new Builder(model);
        for (BuiltPage page : model.pages()) {
            Disclosure d = page.disclosure();
            String code = d.type().code();
            Supplier<Map<String, Object>> pageModel = () -> model.pageModel(page);
            plan.add(new Address(d.uri(), Kind.PAGE, page, templates.exists(code) ? code : "van-ban",
                    pageModel, null, true, model.lastChanged(d), null));
            plan.add(new Address(SitePages.pdf(d.uri()), Kind.PRINTOUT, page, "in/" + (templates.exists("in/" + code)
                    ? code : "van-ban"), pageModel, new Printed(Form.DISCLOSURE, d.uri(), null, null), false,
                    null, null));
            if (d.posting() != null && d.posting().from() != null) {
                plan.add(new Address(SitePages.postingRecords(d.uri()), Kind.PRINTOUT, page, "in/bien-ban-niem-yet",
                        pageModel, new Printed(Form.POSTING_RECORDS, d.uri(), null, null), false, null,
                        null));
            }
            for (ExtraPage extra : page.extras()) {
                Supplier<Map<String, Object>> extraModel = () -> model.extraModel(page, extra);
                plan.add(new Address(extra.href(), Kind.PAGE, page, extra.template(), extraModel, null, true,
                        null, null));
                ExtraPage.Printout p = extra.printout();
                if (p != null) {
                    plan.add(new Address(SitePages.pdf(extra.href()), Kind.PRINTOUT, page, p.template(),
                            extraModel, new Printed(Form.PAGE, extra.href(), p.kind(), p.title()), false, null, null));
                }
            }
            if (page.dataset() != null) {
                plan.add(new Address(page.dataset().path(), Kind.DATA, page, CSV, null, null, false, null,
                        null));
                plan.add(new Address(page.dataset().jsonPath(), Kind.DATA, page, JSON, null, null, false,
                        null, null));
            }
        }
        String committee = model.site().commune().committee();
        for (SectionView section : model.sections()) {
            plan.page(section.href(), "section", Map.of("section", section, "title", section.name()), true);
            plan.feed(section.feed(), new Feed(section.name() + " - " + committee, section.href(), section.items()));
        }
        List<HamletView> hamlets = HamletView.of(model.content());
        for (HamletView hamlet : hamlets) {
            plan.page(hamlet.href(), "xom", Map.of("hamlet", hamlet, "title", hamlet.title()), true);
            plan.feed(hamlet.feed(), new Feed(hamlet.title() + " - " + committee, hamlet.href(), hamlet.items()));
        }
        if (!hamlets.isEmpty()) {
            plan.page(SitePages.HAMLETS, "xom-danh-sach", Map.of("hamlets", hamlets, "title", "Thông tin theo xóm"),
                    true);
        }
        for (SiteModel.SectionPage page : model.sectionPages()) {
            ExtraPage extra = page.page();
            plan.add(new Address(extra.href(), Kind.PAGE, null, extra.template(), () -> model.extraModel(page),
                    null, true, null, extra.search() == null ? null : new SearchIndex.Entry(extra.title(),
                    extra.href(), page.section().name(), "", extra.search())));
        }
        List<Disclosure> published = model.content().published();
        plan.feed(SitePages.FEED, new Feed("Công khai thông tin - " + committee, SitePages.HOME, published));
        List<Disclosure> posted = published.stream()
                .filter(d -> d.posting() != null && d.posting().isPostedOn(model.today())).toList();
        Map<String, Object> home = new LinkedHashMap<>(model.home());
        home.putAll(Map.of("latest", published.stream().limit(LATEST_ON_HOME).toList(), "posted", posted,
                "sections", model.sections(), "title", "Công khai thông tin", "hamlets", hamlets,
                "jsonLd", JsonLd.script(SchemaOrg.home(model.site().commune()))));
        plan.page(SitePages.HOME, "index", home, true);
        plan.page(SitePages.NOT_FOUND, "404", Map.of("title", "Không tìm thấy trang"), false);
        String article11 = "Công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở";
        plan.add(new Address(SitePages.ARTICLE_11, Kind.PAGE, null, "dieu-11", () -> model.context(
                SitePages.ARTICLE_11, Map.of("items", ListingViews.article11(published), "title", article11)), null,
                true, null, new SearchIndex.Entry(article11, SitePages.ARTICLE_11, "", "",
                "14 nội dung công khai Điều 11 Luật 10/2022/QH15")));
        List<Dataset> datasets = model.pages().stream().map(BuiltPage::dataset).filter(Objects::nonNull).toList();
        // the site-wide descriptions of the open data: of no one page, made from all of them
        plan.add(new Address(SitePages.DATA_PACKAGE, Kind.DATA, null, SitePages.DATA_PACKAGE, null, null,
                false, null, null));
        plan.add(new Address(SitePages.CATALOG, Kind.DATA, null, SitePages.CATALOG, null, null, false, null,
                null));
        plan.add(new Address(SitePages.COMPLIANCE_DATA, Kind.DATA, null, SitePages.COMPLIANCE_DATA, null, null,
                false, null, null));
        plan.page(SitePages.OPEN_DATA, "du-lieu-mo", Map.of(
                "datasets", ListingViews.datasetLines(model.content(), datasets),
                "schemas", Schemas.all().keySet().stream().map(t -> new Link(t.sectionName(),
                        SitePages.SCHEMAS + t.code() + ".schema.json")).toList(), "title", "Dữ liệu mở"), true);
        List<ListingViews.Quarter> quarters = ListingViews.quarters(published);
        for (ListingViews.Quarter q : quarters) {
            plan.page(q.href(), "danh-muc-quy", Map.of("quarter", q, "title", q.title()), true);
        }
        // for officers: listed for search engines only when the commune links it
        plan.page(SitePages.COMPLIANCE, "tuan-thu", Map.of("warnings", model.warnings(),
                "title", "Báo cáo tuân thủ công khai"), model.content().config().complianceLinked());
        plan.page(SitePages.QUARTERLY, "danh-muc", Map.of("quarters", quarters,
                "title", "Danh mục thông tin đã công khai theo quý"), true);
        plan.page(SitePages.SEARCH, "tim-kiem", Map.of("title", "Tìm kiếm"), true);
        return new SitePlan(plan.addresses);
    }

    /** Collects the addresses of a plan. */
    private static final class Builder {

        private final SiteModel model;
        private final List<Address> addresses = new ArrayList<>();

        Builder(SiteModel model) {
            this.model = model;
        }

        void add(Address address) {
            addresses.add(address);
        }

        /** A page of the site's own, its model {@code specific} in the context every page gets. */
        void page(String uri, String template, Map<String, Object> specific, boolean sitemap) {
            add(new Address(uri, Kind.PAGE, null, template, () -> model.context(uri, specific), null, sitemap,
                    null, null));
        }

        /** A feed: written by the feed package from what it lists, never in the sitemap. */
        void feed(String uri, Feed feed) {
            Map<String, Object> model = Map.of("feed", feed);
            add(new Address(uri, Kind.FEED, null, ATOM, () -> model, null, false, null, null));
        }
    }

    /** The search entries of pages that are no disclosure's, in plan order. */
    public List<SearchIndex.Entry> searchEntries() {
        return addresses.stream().map(Address::search).filter(Objects::nonNull).toList();
    }
}
