package vn.congkhai.render;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.PostingPeriod;
import vn.congkhai.model.SiteContent;
import vn.congkhai.plan.Plan;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders every page of the site in one pass, in time linear in the number of documents: each type's documents
 * are loaded from JBake's store once, neighbours are computed from that list, and each page is written once.
 * (JBake's stock DocumentsRenderer re-queries a type's documents for every page it renders.)
 */
public final class SiteRenderer implements RenderingTool {

    /** Keys of the content contract that every disclosure has: shown in the page head, not as data. */
    static final Set<String> METADATA = Set.of("title", "date", "type", "status", "so_hieu", "co_quan",
            "muc_cong_khai", "niem_yet_tu", "niem_yet_den", "tep", "du_lieu_mau", "toan_van");

    private static final int LATEST_ON_HOME = 10;

    private final SiteContent content;
    private final Templates templates;
    private final Markdown markdown;

    public SiteRenderer(SiteContent content, Templates templates, Markdown markdown) {
        this.content = content;
        this.templates = templates;
        this.markdown = markdown;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Path out = config.getDestinationFolder().toPath();
        Map<Path, DocumentModel> crawled = loadCrawled(db);
        List<SectionView> sections = new ArrayList<>();
        for (DisclosureType type : DisclosureType.values()) {
            sections.add(SectionView.of(type, content.published(type)));
        }
        SiteView site = new SiteView(content.config().commune(), sections);
        int pages = 0;
        for (SectionView section : sections) {
            List<Disclosure> items = section.items();
            for (int i = 0; i < items.size(); i++) {
                Disclosure d = items.get(i);
                DocumentModel jbake = crawled.get(d.source().file());
                if (jbake == null) {
                    throw new RenderingException("JBake did not crawl " + d.source().path());
                }
                Link newer = i > 0 ? link(items.get(i - 1)) : null;
                Link older = i + 1 < items.size() ? link(items.get(i + 1)) : null;
                DisclosurePage page = page(d, section, jbake, newer, older);
                String template = templates.exists(d.type().code()) ? d.type().code() : "van-ban";
                write(out, d.uri(), template, site, Map.of("page", page, "title", d.title()));
                pages++;
            }
            write(out, section.href(), "section", site, Map.of("section", section, "title", section.name()));
            pages++;
        }
        List<Disclosure> latest = content.published().stream().limit(LATEST_ON_HOME).toList();
        write(out, "index.html", "index", site, Map.of("latest", latest, "title", site.commune().title()));
        write(out, "404.html", "404", site, Map.of("title", "Không tìm thấy trang"));
        return pages + 2;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new UnsupportedOperationException("Use render(Renderer, ContentStore, JBakeConfiguration)");
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

    private DisclosurePage page(Disclosure d, SectionView section, DocumentModel jbake, Link newer, Link older) {
        String body = d.type().format() == vn.congkhai.content.Format.MARKDOWN ? jbake.getBody() : "";
        List<DataTable> data = List.of();
        String fullText = null;
        List<PlanTaskRow> tasks = List.of();
        JsonNode meta = d.source().metadata();
        if (d.type().format() == vn.congkhai.content.Format.JSON) {
            Plan plan = content.plan(d).orElse(null);
            if (plan != null) {
                tasks = PlanTaskRow.of(plan.tasks());
                if (plan.fullTextPath() != null) {
                    fullText = markdown.toHtml(content.texts().get(plan.fullTextPath()), 1);
                }
            } else {
                data = DataTable.of(meta, METADATA);
            }
        }
        String sample = sampleNote(meta.get("du_lieu_mau"));
        return new DisclosurePage(d, section, d.itemName(), posting(d.posting()), body, data, newer, older, sample,
                content.config().commune().siteAddress() + "/" + d.uri(), fullText, tasks);
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

    private void write(Path out, String uri, String template, SiteView site, Map<String, Object> specific) {
        Map<String, Object> model = new LinkedHashMap<>(specific);
        model.put("site", site);
        model.put("root", uri.equals("404.html") ? "/" : "../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        model.put("uri", uri);
        String html = templates.render(template, model);
        Path file = out.resolve(uri);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
