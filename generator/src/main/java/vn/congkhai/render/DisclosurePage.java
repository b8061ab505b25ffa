package vn.congkhai.render;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.history.Change;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Link;
import vn.congkhai.model.Revision;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.types.ContentTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a disclosure's page and its printout show, computed in Java so that templates only print it.
 *
 * @param bodyHtml   rendered Markdown, the only HTML a template prints unescaped (empty for none)
 * @param view       the typed view of a JSON disclosure, from its type's kind, or null
 * @param sampleNote why this page holds sample data ({@code du_lieu_mau}), or null
 * @param revision   short hash of the content, printed on the page and on the printout
 * @param records    the posting records to print, if it has a posting period
 */
public record DisclosurePage(Disclosure doc, SiteView.SectionLink section, String itemName, String posting,
                             List<Fact> facts, String bodyHtml, Object view, Link newer, Link older, String sampleNote,
                             String address, Link json, Link csv, String revision, Link pdf, List<Link> records,
                             HistoryView history) {

    public DisclosurePage {
        facts = List.copyOf(facts);
        records = List.copyOf(records);
    }

    /** A labelled fact in the page's head, e.g. "Đối tượng: Hộ nghèo". */
    public record Fact(String label, String value) {
    }

    static DisclosurePage of(Disclosure d, SiteContent content, SiteView.SectionLink section, String bodyHtml,
                             Object view, Dataset dataset, Link newer, Link older, List<Change> changes) {
        String fullTextPath = ContentTypes.fullTextPath(d, content.data().get(d.uri()));
        String fullText = fullTextPath == null ? null : content.texts().get(fullTextPath);
        List<String> printouts = SitePages.printouts(d);
        List<Link> records = printouts.stream().skip(1).map(href -> new Link(d.posting().permanent()
                ? "Biên bản niêm yết" : "Biên bản niêm yết và kết thúc niêm yết", href)).toList();
        JsonNode meta = d.source().metadata();
        return new DisclosurePage(d, section, d.itemName(), d.posting() == null ? null : d.posting().sentence(),
                facts(d, meta), bodyHtml, view, newer, older, sampleNote(meta.get("du_lieu_mau")),
                content.config().commune().siteAddress() + "/" + d.uri(),
                dataset == null ? null : new Link("Dữ liệu JSON", dataset.jsonPath()),
                dataset == null ? null : new Link("Bảng tính CSV", dataset.path()), Revision.of(d, fullText),
                new Link("In / Tải PDF", printouts.get(0)), records, HistoryView.of(changes, d.date()));
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
        String text = note == null || note.isNull() ? "false" : note.asText();
        return switch (text) {
            case "false" -> null;
            case "true" -> "Trang này là dữ liệu mẫu để minh hoạ, không phải thông tin thật của xã.";
            default -> text;
        };
    }
}
