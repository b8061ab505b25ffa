package vn.congkhai.render;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.congkhai.budget.Budget;
import vn.congkhai.compliance.ComplianceWarning;
import vn.congkhai.content.Format;
import vn.congkhai.household.HouseholdList;
import vn.congkhai.model.ArticleElevenItem;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.PostingPeriod;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.opendata.Datasets;
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
import vn.congkhai.print.SignatureBlock;
import vn.congkhai.model.Revision;
import vn.congkhai.procedure.Procedure;
import vn.congkhai.reception.ReceptionSchedule;
import vn.congkhai.sheet.DataSheet;
import vn.congkhai.validate.SchemaRules;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Renders every page and derived output of the site in one pass, in time linear in the number of documents: each
 * type's documents are loaded from JBake's store once, neighbours are computed from that list, and each page is
 * written once. (JBake's stock DocumentsRenderer re-queries a type's documents for every page it renders.)
 */
public final class SiteRenderer implements RenderingTool, AutoCloseable {

    private static final int LATEST_ON_HOME = 10;
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final SiteContent content;
    private final Templates templates;
    private final Markdown markdown;
    private final LocalDate today;
    private final List<ComplianceWarning> warnings;
    private final GitHistory history;
    private Path out;
    private final SiteView site;
    private Printouts printouts;

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
            sections.add(SectionView.of(type, items, groups(type, items), type == DisclosureType.THU_TUC
                    ? List.of(new Link("Phí, lệ phí của các thủ tục", SitePages.FEES)) : List.of()));
        }
        this.site = new SiteView(content.config().commune(), sections);
    }

    /**
     * Starts making the printouts on worker threads, writing into {@code out}: they need no JBake, so they are made
     * while JBake crawls the content and the pages render. {@link #render} waits for them at the end.
     */
    public void startPrintouts(Path out, PdfCache cache) {
        printouts = new Printouts(site.commune(), today, templates, out, cache);
        for (SectionView section : site.sections()) {
            List<Disclosure> items = section.items();
            for (int i = 0; i < items.size(); i++) {
                Disclosure d = items.get(i);
                String body = d.type().format() == Format.MARKDOWN ? markdown.toHtml(d.source().markdownBody()) : "";
                DisclosurePage page = page(d, section, body, newer(items, i), older(items, i), dataset(d));
                Map<String, Object> model = context(d.uri(), Map.of("page", page, "title", d.title()));
                printouts.disclosure(d, page.revision(), model);
                printouts.postingRecords(d, page.revision(), model);
                content.plan(d).ifPresent(plan -> new PlanProgress(plan).reportedPeriods().forEach(period -> {
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
            startPrintouts(out, new PdfCache(out.resolveSibling(out.getFileName() + "-pdf-cache")));
        }
        int pages = renderAll(site.sections(), loadCrawled(db));
        return pages + printouts.finish();
    }

    @Override
    public void close() {
        if (printouts != null) {
            printouts.close();
        }
    }

    private int renderAll(List<SectionView> sections, Map<Path, DocumentModel> crawled) throws RenderingException {
        OpenDataWriter openData = new OpenDataWriter(out);
        List<Dataset> datasets = new ArrayList<>();
        int pages = 0;
        for (SectionView section : sections) {
            List<Disclosure> items = section.items();
            for (int i = 0; i < items.size(); i++) {
                Disclosure d = items.get(i);
                DocumentModel jbake = crawled.get(d.source().file());
                if (jbake == null) {
                    throw new RenderingException("JBake did not crawl " + d.source().path());
                }
                Dataset dataset = dataset(d);
                if (dataset != null) {
                    datasets.add(dataset);
                    openData.writeCsv(dataset);
                    openData.writeJson(d, SchemaRules.schemaOf(d.type()).orElseThrow(), dataset);
                }
                String body = d.type().format() == Format.MARKDOWN ? BodyHtml.clean(jbake.getBody()) : "";
                DisclosurePage page = page(d, section, body, newer(items, i), older(items, i), dataset);
                String template = templates.exists(d.type().code()) ? d.type().code() : "van-ban";
                write(d.uri(), template, Map.of("page", page, "title", d.title()));
                pages++;
                Optional<Plan> plan = content.plan(d);
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
                "posted", posted, "title", site.commune().title()));
        write(SitePages.NOT_FOUND, "404", Map.of("title", "Không tìm thấy trang"));
        write(SitePages.ARTICLE_11, "dieu-11", Map.of("items", article11(published),
                "title", "Công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở"));
        write(SitePages.FEES, "phi-le-phi", Map.of("fees", fees(), "title", "Phí, lệ phí của các thủ tục hành chính"));
        write(SitePages.OPEN_DATA, "du-lieu-mo", Map.of("datasets", datasetLines(datasets),
                "schemas", SchemaRules.all().keySet().stream().map(t -> new Link(t.sectionName(),
                        SitePages.SCHEMAS + t.code() + ".schema.json")).toList(), "title", "Dữ liệu mở"));
        List<ListingViews.Quarter> quarters = quarters(published);
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
        List<SearchIndex.Entry> entries = new ArrayList<>();
        List<AtomFeed.Entry> feed = new ArrayList<>();
        List<Sitemap.Url> urls = new ArrayList<>();
        for (Disclosure d : published) {
            SearchIndex.Entry entry = SearchIndex.of(d, content.data().get(d.uri()), markdown);
            entries.add(entry);
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
        published.forEach(d -> content.plan(d).ifPresent(plan -> new PlanProgress(plan).reportedPeriods()
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
        return i > 0 ? link(items.get(i - 1)) : null;
    }

    private static Link older(List<Disclosure> items, int i) {
        return i + 1 < items.size() ? link(items.get(i + 1)) : null;
    }

    /** Every crawled document, by source file: one query per type. */
    private static Map<Path, DocumentModel> loadCrawled(ContentStore db) {
        Map<Path, DocumentModel> byFile = new HashMap<>();
        for (DisclosureType type : DisclosureType.values()) {
            for (DocumentModel doc : db.getAllContent(type.code())) {
                byFile.put(Path.of(doc.getFile()).toAbsolutePath().normalize(), doc);
            }
        }
        return byFile;
    }

    private List<SectionView.Group> groups(DisclosureType type, List<Disclosure> items) {
        return switch (type) {
            case THU_TUC -> group(items, d -> content.data(d, Procedure.class).map(Procedure::field).orElse("Khác"),
                    VIETNAMESE::compare, Comparator.comparing(Disclosure::title, VIETNAMESE::compare));
            case HO_NGHEO -> group(items, d -> "Năm " + content.data(d, HouseholdList.class).map(HouseholdList::year)
                    .orElse(d.date().getYear()), Comparator.reverseOrder(), SiteContent.NEWEST_FIRST);
            case NGAN_SACH -> group(items, d -> "Năm " + content.data(d, Budget.class).map(Budget::year)
                    .orElse(d.date().getYear()), Comparator.reverseOrder(), SiteContent.NEWEST_FIRST);
            default -> List.of();
        };
    }

    private static List<SectionView.Group> group(List<Disclosure> items, Function<Disclosure, String> key,
                                                 Comparator<String> order, Comparator<Disclosure> within) {
        Map<String, List<Disclosure>> groups = new TreeMap<>(order);
        items.forEach(d -> groups.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d));
        return groups.entrySet().stream()
                .map(e -> new SectionView.Group(e.getKey(), e.getValue().stream().sorted(within).toList())).toList();
    }

    private Dataset dataset(Disclosure d) {
        DisclosureData data = content.data().get(d.uri());
        return data == null ? null : Datasets.of(d, data);
    }

    private DisclosurePage page(Disclosure d, SectionView section, String body, Link newer, Link older,
                                Dataset dataset) {
        JsonNode meta = d.source().metadata();
        Object view = view(d);
        Link json = dataset == null ? null : new Link("Dữ liệu JSON", dataset.jsonPath());
        Link csv = dataset == null ? null : new Link("Bảng tính CSV", dataset.path());
        String fullText = content.plan(d).map(p -> p.fullTextPath() == null ? null : content.texts().get(p.fullTextPath()))
                .orElse(null);
        String revision = Revision.of(d, fullText);
        List<Link> records = new ArrayList<>();
        if (d.posting() != null && d.posting().from() != null) {
            records.add(new Link(d.posting().permanent() ? "Biên bản niêm yết"
                    : "Biên bản niêm yết và kết thúc niêm yết", Printouts.recordsPath(d.uri())));
        }
        return new DisclosurePage(d, section, d.itemName(), posting(d.posting()), facts(d, meta), body, view, newer,
                older, sampleNote(meta.get("du_lieu_mau")), content.config().commune().siteAddress() + "/" + d.uri(),
                json, csv, revision, new Link("In / Tải PDF", Printouts.pdfPath(d.uri())), records,
                HistoryView.of(history.of(d.source().contentPath()), d.date()));
    }

    private Object view(Disclosure d) {
        DisclosureData data = content.data().get(d.uri());
        if (data instanceof Plan plan) {
            String fullText = plan.fullTextPath() == null ? null
                    : SignatureBlock.layout(markdown.toHtml(content.texts().get(plan.fullTextPath()), 1));
            List<Period> periods = new PlanProgress(plan).reportedPeriods();
            PlanViews.Dashboard dashboard = periods.isEmpty() ? null
                    : PlanViews.dashboard(plan, periods.get(periods.size() - 1), today, "bieu-do");
            List<Link> reports = periods.stream().map(p -> new Link("Báo cáo " + p.label(),
                    PlanViews.reportHref(d, p))).toList();
            return new PlanView(fullText, dashboard, PlanViews.rows(plan), reports);
        }
        if (data instanceof HouseholdList list) {
            List<Link> others = content.published(DisclosureType.HO_NGHEO).stream().filter(o -> !o.equals(d))
                    .map(SiteRenderer::link).toList();
            return HouseholdView.of(list, others);
        }
        if (data instanceof Budget budget) {
            return BudgetView.of(budget, budget.explanation() == null ? null : markdown.toHtml(budget.explanation(), 1));
        }
        if (data instanceof DataSheet sheet) {
            return SheetView.of(sheet);
        }
        if (data instanceof ReceptionSchedule schedule) {
            return ScheduleView.of(schedule, today);
        }
        if (data instanceof Procedure procedure) {
            return ProcedureView.of(procedure);
        }
        return null;
    }

    /** Facts a Markdown type adds to the page head: a policy's effective date, who it is for, its field. */
    private static List<Fact> facts(Disclosure d, JsonNode meta) {
        List<Fact> facts = new ArrayList<>();
        if (d.type() == DisclosureType.CHINH_SACH) {
            Optional.ofNullable(meta.get("ngay_hieu_luc")).flatMap(v -> vn.congkhai.model.IsoDate.parse(v.asText()))
                    .ifPresent(date -> facts.add(new Fact("Ngày có hiệu lực", VietnameseFormat.date(date))));
            Optional.ofNullable(meta.get("doi_tuong")).ifPresent(v -> facts.add(new Fact("Đối tượng", v.asText())));
            Optional.ofNullable(meta.get("linh_vuc")).ifPresent(v -> facts.add(new Fact("Lĩnh vực", v.asText())));
        }
        return facts;
    }

    private List<ListingViews.Article11Item> article11(List<Disclosure> published) {
        List<ListingViews.Article11Item> items = new ArrayList<>();
        for (int i = ArticleElevenItem.FIRST; i <= ArticleElevenItem.LAST; i++) {
            int item = i;
            items.add(new ListingViews.Article11Item(item, ArticleElevenItem.name(item),
                    ArticleElevenItem.isPermanent(item),
                    published.stream().filter(d -> d.item() != null && d.item() == item).toList()));
        }
        return items;
    }

    private List<ListingViews.FeeLine> fees() {
        List<ListingViews.FeeLine> lines = new ArrayList<>();
        List<Disclosure> procedures = new ArrayList<>(content.published(DisclosureType.THU_TUC));
        procedures.sort(Comparator.comparing((Disclosure d) -> content.data(d, Procedure.class).map(Procedure::field)
                .orElse(""), VIETNAMESE::compare).thenComparing(Disclosure::title, VIETNAMESE::compare));
        for (Disclosure d : procedures) {
            Procedure p = content.data(d, Procedure.class).orElseThrow();
            if (p.fees().isEmpty()) {
                lines.add(new ListingViews.FeeLine(link(d), p.field(), "Không thu phí, lệ phí", "Miễn phí", null));
            }
            for (Procedure.Fee fee : p.fees()) {
                ProcedureView.FeeRow row = ProcedureView.fee(fee);
                lines.add(new ListingViews.FeeLine(link(d), p.field(), row.name(), row.amount(), row.note()));
            }
        }
        return lines;
    }

    private List<ListingViews.Quarter> quarters(List<Disclosure> published) {
        Map<String, List<Disclosure>> byQuarter = new TreeMap<>(Comparator.reverseOrder());
        for (Disclosure d : published) {
            if (d.item() != null) {
                LocalDate day = SiteContent.disclosedOn(d);
                byQuarter.computeIfAbsent(day.getYear() + "-" + (day.getMonthValue() + 2) / 3, k -> new ArrayList<>()).add(d);
            }
        }
        List<ListingViews.Quarter> quarters = new ArrayList<>();
        for (Map.Entry<String, List<Disclosure>> e : byQuarter.entrySet()) {
            int year = Integer.parseInt(e.getKey().substring(0, 4));
            int quarter = Integer.parseInt(e.getKey().substring(5));
            List<Disclosure> items = e.getValue().stream()
                    .sorted(Comparator.comparing(SiteContent::disclosedOn).thenComparing(Disclosure::uri)).toList();
            List<ListingViews.QuarterLine> lines = new ArrayList<>();
            for (Disclosure d : items) {
                boolean board = d.posting() != null;
                lines.add(new ListingViews.QuarterLine(lines.size() + 1, link(d), d.number(),
                        d.item() + ". " + d.itemName(),
                        board ? "Niêm yết tại trụ sở UBND xã; đăng trên trang thông tin điện tử của xã"
                                : "Đăng trên trang thông tin điện tử của xã",
                        VietnameseFormat.date(d.date()), board ? posting(d.posting()) : "Đăng từ ngày "
                        + VietnameseFormat.date(d.date())));
            }
            quarters.add(new ListingViews.Quarter("Danh mục thông tin công khai quý " + roman(quarter) + " năm " + year,
                    SitePages.quarter(year, quarter), lines));
        }
        return quarters;
    }

    private List<ListingViews.DatasetLine> datasetLines(List<Dataset> datasets) {
        Map<String, Disclosure> byUri = new LinkedHashMap<>();
        content.published().forEach(d -> byUri.put(d.uri(), d));
        return datasets.stream().sorted(Comparator.comparing(Dataset::pageUri)).map(ds -> {
            Disclosure d = byUri.get(ds.pageUri());
            return new ListingViews.DatasetLine(link(d), d.type().sectionName(), ds.path(), ds.jsonPath(), ds.rows().size());
        }).toList();
    }

    private static String roman(int quarter) {
        return new String[]{"I", "II", "III", "IV"}[quarter - 1];
    }

    static String posting(PostingPeriod p) {
        if (p == null) {
            return null;
        }
        if (p.permanent()) {
            return p.from() == null ? "Niêm yết thường xuyên"
                    : "Niêm yết thường xuyên từ ngày " + VietnameseFormat.date(p.from());
        }
        return "Niêm yết từ ngày " + VietnameseFormat.date(p.from()) + " đến ngày " + VietnameseFormat.date(p.to());
    }

    private static String sampleNote(JsonNode note) {
        if (note == null || note.isNull() || (note.isBoolean() && !note.asBoolean()) || note.asText().equals("false")) {
            return null;
        }
        if (note.isBoolean() || note.asText().equals("true")) {
            return "Trang này là dữ liệu mẫu để minh hoạ, không phải thông tin thật của xã.";
        }
        return note.asText();
    }

    private static Link link(Disclosure d) {
        return new Link(d.title(), d.uri());
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
