package vn.congkhai.render;

import vn.congkhai.compliance.ComplianceData;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.metadata.JsonLd;
import vn.congkhai.metadata.SchemaOrg;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.Link;
import vn.congkhai.model.Schemas;
import vn.congkhai.model.SitePages;
import vn.congkhai.search.SearchIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The register of outputs: every file the bake makes (not copies), with its template and what makes its model. The
 * pages, printouts, open data, feeds, sitemap and search read it; a type adds its pages through its kind.
 */
public final class SitePlan {

    private static final int LATEST_ON_HOME = 10;

    /** A web page, a printout (templates/in/), open data, a feed, or a site's file about itself (template = path). */
    public enum Kind { PAGE, PRINTOUT, DATA, FEED, SITE }

    public static final String CSV = "du-lieu-mo.csv";
    public static final String JSON = "du-lieu-mo.json";
    public static final String POSTING_RECORDS = "in/bien-ban-niem-yet";
    /** The feed package's writer, not a page template. */
    public static final String ATOM = "atom";

    /** What a feed lists; {@code page} shows the same list (its alternate). */
    public record Feed(String title, String page, List<Disclosure> items) {

        public Feed {
            items = List.copyOf(items);
        }
    }

    public static Feed feed(Address address) {
        return (Feed) address.model().get().get("feed");
    }

    /**
     * An address of the site; {@code of} is the disclosure's page it belongs to, {@code extra} the page a type adds
     * that it is or prints, the other parts null where they do not apply ({@code model} for open data).
     */
    public record Address(String path, Kind kind, BuiltPage of, String template,
                          Supplier<Map<String, Object>> model, ExtraPage extra, boolean sitemap,
                          LocalDate lastModified, SearchIndex.Entry search) {
    }

    private final List<Address> addresses = new ArrayList<>();
    /** Each disclosure's page model, made once: its page and its printouts show the same. */
    private final Map<String, Map<String, Object>> pageModels = new ConcurrentHashMap<>();
    private final SiteModel model;

    private SitePlan(SiteModel model) {
        this.model = model;
    }

    public List<Address> addresses() {
        return Collections.unmodifiableList(addresses);
    }

    public List<Address> addresses(Kind kind) {
        return addresses.stream().filter(a -> a.kind() == kind).toList();
    }

    /** The search entries of pages that are no disclosure's. */
    public List<SearchIndex.Entry> searchEntries() {
        return addresses.stream().map(Address::search).filter(Objects::nonNull).toList();
    }

    /** The plan of {@code model}'s site. A disclosure's page and printout take its type's template, else van-ban. */
    public static SitePlan of(SiteModel model, Templates templates) {
        SitePlan plan = new SitePlan(model);
        for (BuiltPage page : model.pages()) {
            Disclosure d = page.disclosure();
            String code = d.type().code();
            Supplier<Map<String, Object>> pageModel = () -> plan.pageModels.computeIfAbsent(d.uri(),
                    uri -> model.pageModel(page));
            plan.add(d.uri(), Kind.PAGE, page, templates.exists(code) ? code : "van-ban", pageModel, null, true,
                    model.lastChanged(d), null);
            // the printouts and open data at the addresses its page links to
            DisclosurePage shown = page.page();
            plan.printout(shown.pdf().href(), page, "in/" + (templates.exists("in/" + code) ? code : "van-ban"),
                    pageModel, null);
            for (Link records : shown.records()) {
                plan.printout(records.href(), page, POSTING_RECORDS, pageModel, null);
            }
            for (ExtraPage extra : page.extras()) {
                Supplier<Map<String, Object>> extraModel = () -> model.extraModel(shown.section(), d, extra);
                plan.add(extra.href(), Kind.PAGE, page, extra.template(), extraModel, extra, true, null, null);
                if (extra.printout() != null) {
                    plan.printout(SitePages.pdf(extra.href()), page, extra.printout().template(), extraModel, extra);
                }
            }
            if (shown.csv() != null) {
                plan.data(shown.csv().href(), page, CSV);
                plan.data(shown.json().href(), page, JSON);
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
            plan.add(extra.href(), Kind.PAGE, null, extra.template(),
                    () -> model.extraModel(page.section(), null, extra), extra, true, null, extra.search() == null
                            ? null : new SearchIndex.Entry(extra.title(), extra.href(), page.section().name(), "",
                            extra.search()));
        }
        List<Disclosure> published = model.content().published();
        plan.feed(SitePages.FEED, new Feed("Công khai thông tin - " + committee, SitePages.HOME, published));
        Map<String, Object> home = new HashMap<>(model.home());
        home.putAll(Map.of("latest", published.stream().limit(LATEST_ON_HOME).toList(),
                "posted", published.stream().filter(d -> d.posting() != null
                        && d.posting().isPostedOn(model.today())).toList(),
                "sections", model.sections(), "title", "Công khai thông tin", "hamlets", hamlets,
                "jsonLd", JsonLd.script(SchemaOrg.home(model.site().commune()))));
        plan.page(SitePages.HOME, "index", home, true);
        plan.page(SitePages.NOT_FOUND, "404", Map.of("title", "Không tìm thấy trang"), false);
        String article11 = "Công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở";
        plan.add(SitePages.ARTICLE_11, Kind.PAGE, null, "dieu-11", () -> model.context(SitePages.ARTICLE_11,
                Map.of("items", ListingViews.article11(published), "title", article11)), null, true, null,
                new SearchIndex.Entry(article11, SitePages.ARTICLE_11, "", "",
                        "14 nội dung công khai Điều 11 Luật 10/2022/QH15"));
        List<String> siteFiles = new ArrayList<>(SitePages.SITE_FILES);
        siteFiles.add(ComplianceData.SCHEMA);
        Schemas.all().keySet().forEach(type -> siteFiles.add(SitePages.schema(type)));
        siteFiles.forEach(path -> plan.add(path, Kind.SITE, null, path, null, null, false, null, null));
        plan.page(SitePages.OPEN_DATA, "du-lieu-mo", Map.of("datasets", ListingViews.datasetLines(model.pages()),
                "schemas", Schemas.all().keySet().stream().map(t -> new Link(t.sectionName(), SitePages.schema(t)))
                        .toList(), "title", "Dữ liệu mở"), true);
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
        return plan;
    }

    private void add(String path, Kind kind, BuiltPage of, String template, Supplier<Map<String, Object>> model,
                     ExtraPage extra, boolean sitemap, LocalDate lastModified, SearchIndex.Entry search) {
        addresses.add(new Address(path, kind, of, template, model, extra, sitemap, lastModified, search));
    }

    private void page(String path, String template, Map<String, Object> specific, boolean sitemap) {
        add(path, Kind.PAGE, null, template, () -> model.context(path, specific), null, sitemap, null, null);
    }

    private void printout(String path, BuiltPage of, String template, Supplier<Map<String, Object>> model,
                          ExtraPage extra) {
        add(path, Kind.PRINTOUT, of, template, model, extra, false, null, null);
    }

    private void data(String path, BuiltPage of, String template) {
        add(path, Kind.DATA, of, template, null, null, false, null, null);
    }

    private void feed(String path, Feed feed) {
        Map<String, Object> model = Map.of("feed", feed);
        add(path, Kind.FEED, null, ATOM, () -> model, null, false, null, null);
    }
}
