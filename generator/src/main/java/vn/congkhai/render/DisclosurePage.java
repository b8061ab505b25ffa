package vn.congkhai.render;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.history.Change;
import vn.congkhai.history.GitHistory;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Link;
import vn.congkhai.model.Revision;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.types.ContentTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a disclosure's page and its printout show, computed in Java so that templates only print it.
 *
 * @param bodyHtml   rendered Markdown, the only HTML a template prints unescaped (empty for none)
 * @param sampleNote why this page holds sample data ({@code du_lieu_mau}), or null
 * @param revision   short hash of the content, printed on the page and on the printout
 */
public record DisclosurePage(Disclosure doc, SiteModel.SectionLink section, String itemName, String posting,
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

    /** A disclosure's change history as its page shows it: the substantive changes, then the minor ones (typos). */
    public record HistoryView(String lastChanged, List<Line> substantive, List<Line> minor) {

        public HistoryView {
            substantive = List.copyOf(substantive);
            minor = List.copyOf(minor);
        }

        /** A change: "25/03/2024", what was changed, the short commit id. */
        public record Line(String date, String message, String id) {
        }

        static HistoryView of(List<Change> changes, LocalDate issued) {
            LocalDate last = changes.isEmpty() ? issued : changes.get(0).date();
            return new HistoryView(VietnameseFormat.date(last),
                    changes.stream().filter(c -> !c.minor()).map(HistoryView::line).toList(),
                    changes.stream().filter(Change::minor).map(HistoryView::line).toList());
        }

        private static Line line(Change c) {
            return new Line(VietnameseFormat.date(c.date()), c.message(), c.id());
        }

        public boolean isEmpty() {
            return substantive.isEmpty() && minor.isEmpty();
        }
    }

    /** The page of the {@code i}th disclosure of {@code section}. */
    static DisclosurePage of(SiteContent content, GitHistory history, SectionView section, int i, Object view,
                             Dataset dataset) {
        List<Disclosure> items = section.items();
        Disclosure d = items.get(i);
        String body = d.source().markdownBody() == null ? "" : content.markdown().toHtml(d.source().markdownBody());
        String fullTextPath = ContentTypes.fullTextPath(d, content.data().get(d.uri()));
        String fullText = fullTextPath == null ? null : content.texts().get(fullTextPath);
        List<String> printouts = SitePages.printouts(d);
        List<Link> records = printouts.stream().skip(1).map(href -> new Link(d.posting().permanent()
                ? "Biên bản niêm yết" : "Biên bản niêm yết và kết thúc niêm yết", href)).toList();
        JsonNode meta = d.source().metadata();
        return new DisclosurePage(d, section.link(), d.itemName(), d.posting() == null ? null : d.posting().sentence(),
                facts(d, meta), body, view, i > 0 ? Link.to(items.get(i - 1)) : null,
                i + 1 < items.size() ? Link.to(items.get(i + 1)) : null, sampleNote(meta.get("du_lieu_mau")),
                content.config().commune().siteAddress() + "/" + d.uri(),
                dataset == null ? null : new Link("Dữ liệu JSON", dataset.jsonPath()),
                dataset == null ? null : new Link("Bảng tính CSV", dataset.path()), Revision.of(d, fullText),
                new Link("In / Tải PDF", printouts.get(0)), records,
                HistoryView.of(history.of(d.source().contentPath()), d.date()));
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
