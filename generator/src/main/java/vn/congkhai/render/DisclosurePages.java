package vn.congkhai.render;

import vn.congkhai.model.Link;
import vn.congkhai.text.Markdown;
import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.history.GitHistory;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SitePages;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Revision;
import vn.congkhai.model.SiteContent;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.opendata.Datasets;
import vn.congkhai.kind.PageInput;
import vn.congkhai.types.ContentTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds what each disclosure's page shows ({@link DisclosurePage}): the facts of its head, its typed view, its
 * posting period, revision, history, printouts and open data. The same model serves the web page and the printout.
 */
final class DisclosurePages {

    private final SiteContent content;
    private final Markdown markdown;
    private final GitHistory history;
    /** Revisions by page address: a disclosure's file is hashed once, for its printout and its page. */
    private final java.util.Map<String, String> revisions = new java.util.concurrent.ConcurrentHashMap<>();

    DisclosurePages(SiteContent content, Markdown markdown, GitHistory history) {
        this.content = content;
        this.markdown = markdown;
        this.history = history;
    }

    /** The open-data table of a JSON disclosure, or null. */
    Dataset dataset(Disclosure d) {
        DisclosureData data = content.data().get(d.uri());
        return data == null ? null : Datasets.of(d, data);
    }

    /** What the page of {@code d} shows, with {@code body} its rendered Markdown (or empty). */
    DisclosurePage page(Disclosure d, SectionView section, String body, Link newer, Link older) {
        Dataset dataset = dataset(d);
        JsonNode meta = d.source().metadata();
        Object view = view(d);
        Link json = dataset == null ? null : new Link("Dữ liệu JSON", dataset.jsonPath());
        Link csv = dataset == null ? null : new Link("Bảng tính CSV", dataset.path());
        String fullTextPath = ContentTypes.fullTextPath(d, content.data().get(d.uri()));
        String fullText = fullTextPath == null ? null : content.texts().get(fullTextPath);
        String revision = revisions.computeIfAbsent(d.uri(), uri -> Revision.of(d, fullText));
        List<Link> records = new ArrayList<>();
        if (d.posting() != null && d.posting().from() != null) {
            records.add(new Link(d.posting().permanent() ? "Biên bản niêm yết"
                    : "Biên bản niêm yết và kết thúc niêm yết", SitePages.postingRecords(d.uri())));
        }
        return new DisclosurePage(d, SectionLink.of(section), d.itemName(), (d.posting() == null ? null : d.posting().sentence()), facts(d, meta), body, view, newer,
                older, sampleNote(meta.get("du_lieu_mau")), content.config().commune().siteAddress() + "/" + d.uri(),
                json, csv, revision, new Link("In / Tải PDF", SitePages.pdf(d.uri())), records,
                HistoryView.of(history.of(d.source().contentPath()), d.date()));
    }

    private Object view(Disclosure d) {
        return ContentTypes.view(content.data().get(d.uri()), new PageInput(d, content, markdown));
    }

    /** Facts a Markdown type adds to the page head: who a policy is for, its field. */
    private static List<Fact> facts(Disclosure d, JsonNode meta) {
        List<Fact> facts = new ArrayList<>();
        if (d.type() == DisclosureType.CHINH_SACH) {
            Optional.ofNullable(meta.get("doi_tuong")).ifPresent(v -> facts.add(new Fact("Đối tượng", v.asText())));
            Optional.ofNullable(meta.get("linh_vuc")).ifPresent(v -> facts.add(new Fact("Lĩnh vực", v.asText())));
        }
        return facts;
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
}
