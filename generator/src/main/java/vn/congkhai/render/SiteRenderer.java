package vn.congkhai.render;

import vn.congkhai.kind.ExtraPage;
import vn.congkhai.model.Link;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.model.Schemas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Renders every web page of the site from the {@link SiteModel}, each once, in time linear in the number of
 * disclosures: the disclosures' pages and the pages they add (plans' period reports), the sections' lists and the
 * pages their types add (fees, answers by topic), the home page, the Art. 11, open data, quarterly, compliance,
 * search and not-found pages.
 */
public final class SiteRenderer {

    private static final int LATEST_ON_HOME = 10;

    private SiteRenderer() {
    }

    /**
     * Runs {@code write} on every item, on every core, and returns only when no item is still being written, failed
     * or not: a parallel stream's {@code forEach} rethrows the first failure while other cores are still writing into
     * the staging folder the bake then deletes. After a failure, the items not yet started are skipped.
     */
    static <T> void eachToTheEnd(List<T> items, Consumer<T> write) {
        AtomicBoolean failed = new AtomicBoolean();
        // no lambda throws and nothing short-circuits, so the stream ends only when every item has
        List<Throwable> failures = items.parallelStream().map(item -> {
            if (failed.get()) {
                return null;
            }
            try {
                write.accept(item);
                return null;
            } catch (RuntimeException | Error e) {
                failed.set(true);
                return (Throwable) e;
            }
        }).filter(Objects::nonNull).toList();
        if (!failures.isEmpty()) {
            Throwable e = failures.get(0);
            if (e instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e;
        }
    }

    public static void render(SiteModel model, PageWriter out) {
        eachToTheEnd(model.pages(), page -> { // each page is a file of its own: on every core
            Disclosure d = page.disclosure();
            String template = out.templates().exists(d.type().code()) ? d.type().code() : "van-ban";
            boolean carried = model.carried(page);
            out.page(d.uri(), template, carried, () -> model.pageModel(page));
            for (ExtraPage extra : page.extras()) {
                out.page(extra.href(), extra.template(), carried, () -> model.extraModel(page, extra));
            }
        });
        for (SectionView section : model.sections()) {
            out.page(section.href(), "section", model.context(section.href(),
                    Map.of("section", section, "title", section.name())));
        }
        List<Disclosure> published = model.content().published();
        List<Disclosure> posted = published.stream()
                .filter(d -> d.posting() != null && d.posting().isPostedOn(model.today())).toList();
        Map<String, Object> home = new LinkedHashMap<>(model.home());
        home.putAll(Map.of("latest", published.stream().limit(LATEST_ON_HOME).toList(), "posted", posted,
                "sections", model.sections(), "title", "Công khai thông tin"));
        page(model, out, SitePages.HOME, "index", home);
        page(model, out, SitePages.NOT_FOUND, "404", Map.of("title", "Không tìm thấy trang"));
        page(model, out, SitePages.ARTICLE_11, "dieu-11", Map.of("items", ListingViews.article11(published),
                "title", "Công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở"));
        List<Dataset> datasets = model.pages().stream().map(BuiltPage::dataset).filter(Objects::nonNull).toList();
        page(model, out, SitePages.OPEN_DATA, "du-lieu-mo", Map.of(
                "datasets", ListingViews.datasetLines(model.content(), datasets),
                "schemas", Schemas.all().keySet().stream().map(t -> new Link(t.sectionName(),
                        SitePages.SCHEMAS + t.code() + ".schema.json")).toList(), "title", "Dữ liệu mở"));
        List<ListingViews.Quarter> quarters = ListingViews.quarters(published);
        for (ListingViews.Quarter q : quarters) {
            page(model, out, q.href(), "danh-muc-quy", Map.of("quarter", q, "title", q.title()));
        }
        page(model, out, SitePages.COMPLIANCE, "tuan-thu", Map.of("warnings", model.warnings(),
                "title", "Báo cáo tuân thủ công khai"));
        page(model, out, SitePages.QUARTERLY, "danh-muc", Map.of("quarters", quarters,
                "title", "Danh mục thông tin đã công khai theo quý"));
        page(model, out, SitePages.SEARCH, "tim-kiem", Map.of("title", "Tìm kiếm"));
        for (SiteModel.SectionPage page : model.sectionPages()) {
            out.page(page.page().href(), page.page().template(), model.extraModel(page));
        }
    }

    private static void page(SiteModel model, PageWriter out, String uri, String template, Map<String, Object> specific) {
        out.page(uri, template, model.context(uri, specific));
    }
}
