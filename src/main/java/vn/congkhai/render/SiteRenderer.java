package vn.congkhai.render;

import vn.congkhai.text.BodyHtml;
import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseFormat;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.content.Format;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.opendata.OpenDataWriter;
import vn.congkhai.plan.Period;
import vn.congkhai.plan.Plan;
import vn.congkhai.plan.PlanProgress;
import vn.congkhai.feed.AtomFeed;
import vn.congkhai.feed.Sitemap;
import vn.congkhai.history.Change;
import vn.congkhai.history.GitHistory;
import vn.congkhai.search.SearchIndex;
import vn.congkhai.print.PdfCache;
import vn.congkhai.print.Printouts;
import vn.congkhai.validate.SchemaRules;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders every page and derived output of the site in one pass, in time linear in the number of documents: each
 * type's documents are loaded from JBake's store once, neighbours are computed from that list, and each page is
 * written once. (JBake's stock DocumentsRenderer re-queries a type's documents for every page it renders.)
 */
public final class SiteRenderer implements RenderingTool, AutoCloseable {

    private static final int LATEST_ON_HOME = 10;

    private final SiteContent content;
    private final Templates templates;
    private final Markdown markdown;
    private final LocalDate today;
    private final List<ComplianceWarning> warnings;
    private final GitHistory history;
    private Path out;
    private final SiteView site;
    private Printouts printouts;
    private final Map<String, SearchIndex.Entry> searchEntries = new HashMap<>();
    private final DisclosurePages disclosurePages;

    public SiteRenderer(SiteContent content, Templates templates, Markdown markdown,
                        List<ComplianceWarning> warnings, GitHistory history) {
        this.content = content;
        this.history = history;
        this.warnings = warnings;
        this.templates = templates;
        this.markdown = markdown;
        this.today = content.config().bakeDate();
        List<SectionView> sections = new ArrayList<>();
        for (DisclosureType type : DisclosureType.values()) {
            List<Disclosure> items = content.published(type);
            sections.add(SectionView.of(type, items, SectionView.groups(type, items, content), type == DisclosureType.THU_TUC
                    ? List.of(new Link("Phí, lệ phí của các thủ tục", SitePages.FEES)) : List.of()));
        }
        this.site = new SiteView(content.config().commune(), sections);
        this.disclosurePages = new DisclosurePages(content, markdown, history);
    }

    /**
     * Starts making the printouts on worker threads, writing into {@code out}: they need no JBake, so they are made
     * while JBake crawls the content and the pages render. {@link #render} waits for them at the end.
     */
    public void startPrintouts(Path out, PdfCache cache) {
        printouts = new Printouts(site.commune(), today, templates, out, cache);
        if (Printouts.skipped()) {
            return;
        }
        for (SectionView section : site.sections()) {
            List<Disclosure> items = section.items();
            for (int i = 0; i < items.size(); i++) {
                Disclosure d = items.get(i);
                String body = d.type().format() == Format.MARKDOWN ? markdown.toHtml(d.source().markdownBody()) : "";
                DisclosurePage page = disclosurePages.page(d, section, body, newer(items, i), older(items, i));
                Map<String, Object> model = context(d.uri(), Map.of("page", page, "title", d.title()));
                printouts.disclosure(d, page.revision(), model);
                printouts.postingRecords(d, page.revision(), model);
                content.data(d, Plan.class).ifPresent(plan -> new PlanProgress(plan).reportedPeriods().forEach(period -> {
                    PlanViews.PeriodReport report = PlanViews.report(d, plan, period);
                    printouts.page(d, report.href(), "bao-cao-ky", "BÁO CÁO",
                            report.title().substring("Báo cáo ".length()), page.revision(),
                            context(report.href(), reportModel(report, d, section)));
                }));
            }
        }
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        out = config.getDestinationFolder().toPath();
        if (printouts == null) {
            startPrintouts(out, new PdfCache(out.resolveSibling("pdf-cache")));
        }
        int pages = renderAll(site.sections(), loadCrawled(db, config.getContentFolder().toPath()));
        return pages + printouts.finish();
    }

    @Override
    public void close() {
        if (printouts != null) {
            printouts.close();
        }
    }

    private int renderAll(List<SectionView> sections, Map<String, DocumentModel> crawled) throws RenderingException {
        OpenDataWriter openData = new OpenDataWriter(out);
        List<Dataset> datasets = new ArrayList<>();
        int pages = 0;
        for (SectionView section : sections) {
            List<Disclosure> items = section.items();
            for (int i = 0; i < items.size(); i++) {
                Disclosure d = items.get(i);
                DocumentModel jbake = crawled.get(d.source().contentPath());
                if (jbake == null) {
                    throw new RenderingException("JBake did not crawl " + d.source().path());
                }
                Dataset dataset = disclosurePages.dataset(d);
                if (dataset != null) {
                    datasets.add(dataset);
                    openData.writeCsv(dataset);
                    openData.writeJson(d, SchemaRules.schemaOf(d.type()).orElseThrow(), dataset);
                }
                String body = d.type().format() == Format.MARKDOWN ? BodyHtml.clean(jbake.getBody()) : "";
                searchEntries.put(d.uri(), SearchIndex.of(d, content.data().get(d.uri()), body, markdown));
                DisclosurePage page = disclosurePages.page(d, section, body, newer(items, i), older(items, i));
                String template = templates.exists(d.type().code()) ? d.type().code() : "van-ban";
                write(d.uri(), template, Map.of("page", page, "title", d.title()));
                pages++;
                Optional<Plan> plan = content.data(d, Plan.class);
                if (plan.isPresent()) {
                    pages += writePeriodReports(d, plan.get(), section);
                }
            }
            write(section.href(), "section", Map.of("section", section, "title", section.name()));
            pages++;
        }
        openData.writeDataPackage(site.commune(), datasets);
        openData.writeSchemas(SchemaRules.all());
        List<Disclosure> published = content.published();
        List<Disclosure> posted = published.stream()
                .filter(d -> d.posting() != null && d.posting().isPostedOn(today)).toList();
        write(SitePages.HOME, "index", Map.of("latest", published.stream().limit(LATEST_ON_HOME).toList(),
                "posted", posted, "title", "Công khai thông tin"));
        write(SitePages.NOT_FOUND, "404", Map.of("title", "Không tìm thấy trang"));
        write(SitePages.ARTICLE_11, "dieu-11", Map.of("items", ListingViews.article11(published),
                "title", "Công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở"));
        write(SitePages.FEES, "phi-le-phi", Map.of("fees", ListingViews.fees(content), "title", "Phí, lệ phí của các thủ tục hành chính"));
        write(SitePages.OPEN_DATA, "du-lieu-mo", Map.of("datasets", ListingViews.datasetLines(content, datasets),
                "schemas", SchemaRules.all().keySet().stream().map(t -> new Link(t.sectionName(),
                        SitePages.SCHEMAS + t.code() + ".schema.json")).toList(), "title", "Dữ liệu mở"));
        List<ListingViews.Quarter> quarters = ListingViews.quarters(published);
        for (ListingViews.Quarter q : quarters) {
            write(q.href(), "danh-muc-quy", Map.of("quarter", q, "title", q.title()));
        }
        write(SitePages.COMPLIANCE, "tuan-thu", Map.of("warnings", warnings,
                "title", "Báo cáo tuân thủ công khai"));
        write(SitePages.QUARTERLY, "danh-muc", Map.of("quarters", quarters,
                "title", "Danh mục thông tin đã công khai theo quý"));
        writeSearchFeedAndSitemap(published, quarters);
        return pages + 7 + quarters.size();
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("Use render(Renderer, ContentStore, JBakeConfiguration)");
    }

    /** The search index and page, the Atom feed, the sitemap and robots.txt. */
    private void writeSearchFeedAndSitemap(List<Disclosure> published, List<ListingViews.Quarter> quarters) {
        List<SearchIndex.Entry> entries = new ArrayList<>(published.stream().map(d -> searchEntries.get(d.uri())).toList());
        List<AtomFeed.Entry> feed = new ArrayList<>();
        List<Sitemap.Url> urls = new ArrayList<>();
        for (Disclosure d : published) {
            List<Change> changes = history.of(d.source().contentPath());
            feed.add(new AtomFeed.Entry(d.title(), d.uri(), d.date(), d.type().sectionName()
                    + (d.number() == null ? "" : ", số " + d.number()) + ", ngày " + VietnameseFormat.date(d.date()), null));
            changes.stream().filter(c -> !c.minor() && c.date().isAfter(d.date()))
                    .forEach(c -> feed.add(new AtomFeed.Entry(d.title(), d.uri(), c.date(), c.message(), c.id())));
            urls.add(new Sitemap.Url(d.uri(), changes.isEmpty() ? d.date() : changes.get(0).date()));
        }
        entries.add(new SearchIndex.Entry("Phí, lệ phí của các thủ tục hành chính", SitePages.FEES,
                DisclosureType.THU_TUC.sectionName(), "", "phí lệ phí khoản thu mức thu thủ tục hành chính"));
        entries.add(new SearchIndex.Entry("Công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở", SitePages.ARTICLE_11,
                "", "", "14 nội dung công khai Điều 11 Luật 10/2022/QH15"));
        write(SitePages.SEARCH_INDEX, SearchIndex.json(entries));
        write(SitePages.SEARCH, "tim-kiem", Map.of("title", "Tìm kiếm"));
        write("feed.xml", AtomFeed.xml(site.commune().siteAddress(), "Công khai thông tin - " + site.commune().committee(),
                site.commune().committee(), feed));
        for (String page : List.of(SitePages.HOME, SitePages.ARTICLE_11, SitePages.FEES, SitePages.OPEN_DATA,
                SitePages.QUARTERLY, SitePages.SEARCH)) {
            urls.add(new Sitemap.Url(page, null));
        }
        site.sections().forEach(s -> urls.add(new Sitemap.Url(s.href(), null)));
        quarters.forEach(q -> urls.add(new Sitemap.Url(q.href(), null)));
        published.forEach(d -> content.data(d, Plan.class).ifPresent(plan -> new PlanProgress(plan).reportedPeriods()
                .forEach(p -> urls.add(new Sitemap.Url(PlanViews.reportHref(d, p), null)))));
        if (content.config().complianceLinked()) {
            urls.add(new Sitemap.Url(SitePages.COMPLIANCE, null));
        }
        write("sitemap.xml", Sitemap.xml(site.commune().siteAddress(), urls));
        write("robots.txt", "User-agent: *\nDisallow: /tuan-thu/\n\nSitemap: " + site.commune().siteAddress()
                + "/sitemap.xml\n");
    }

    /** One report page per period that has reports. */
    private int writePeriodReports(Disclosure d, Plan plan, SectionView section) {
        List<Period> periods = new PlanProgress(plan).reportedPeriods();
        for (Period period : periods) {
            PlanViews.PeriodReport report = PlanViews.report(d, plan, period);
            write(report.href(), "bao-cao-ky", reportModel(report, d, section));
        }
        return periods.size();
    }

    private static Map<String, Object> reportModel(PlanViews.PeriodReport report, Disclosure d, SectionView section) {
        return Map.of("report", report, "doc", d, "section", section, "title", report.title(),
                "pdf", Printouts.pdfPath(report.href()));
    }

    private static Link newer(List<Disclosure> items, int i) {
        return i > 0 ? Link.to(items.get(i - 1)) : null;
    }

    private static Link older(List<Disclosure> items, int i) {
        return i + 1 < items.size() ? Link.to(items.get(i + 1)) : null;
    }

    /** Every crawled document, by content path: one query per type. */
    private static Map<String, DocumentModel> loadCrawled(ContentStore db, Path contentFolder) {
        Map<String, DocumentModel> byFile = new HashMap<>();
        Path folder = contentFolder.toAbsolutePath().normalize();
        for (DisclosureType type : DisclosureType.values()) {
            for (DocumentModel doc : db.getAllContent(type.code())) {
                byFile.put(folder.relativize(Path.of(doc.getFile()).toAbsolutePath().normalize()).toString()
                        .replace('\\', '/'), doc);
            }
        }
        return byFile;
    }

    /** What every template gets besides its own model: the site, the way to the root, the page's address. */
    private Map<String, Object> context(String uri, Map<String, Object> specific) {
        Map<String, Object> model = new LinkedHashMap<>(specific);
        model.put("site", site);
        model.put("root", uri.equals(SitePages.NOT_FOUND) ? "/" : "../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        model.put("uri", uri);
        model.put("today", today);
        model.put("complianceLinked", content.config().complianceLinked());
        return model;
    }

    /** Writes a file that is not a page (index, feed, sitemap). */
    private void write(String path, String text) {
        Path file = out.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String uri, String template, Map<String, Object> specific) {
        String html = templates.render(template, context(uri, specific));
        Path file = out.resolve(uri);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
