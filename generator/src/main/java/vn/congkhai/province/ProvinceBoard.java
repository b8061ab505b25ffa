package vn.congkhai.province;

import vn.congkhai.compliance.ComplianceData;
import vn.congkhai.model.ArticleElevenItem;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The province's board, made in Java for its templates: a row per commune (its addresses, its counts and the state
 * of each Art. 11 item) and a row per item (which communes have it, lack it, are late), plus each commune's own page.
 */
public final class ProvinceBoard {

    /** The states of an item as the board shows them: a word, never a colour alone. */
    private static final java.util.Map<ComplianceData.State, String> LABELS = java.util.Map.of(
            ComplianceData.State.co, "Có", ComplianceData.State.thieu, "Thiếu", ComplianceData.State.tre, "Trễ hạn");

    /** An item's state in a commune. */
    public record Cell(int number, String code, String label, String title) {
    }

    /**
     * A commune on the board.
     *
     * @param href    its page on the province's site ({@code xa/phu-thinh.html}), or null when unreadable
     * @param problem why it could not be read, or null
     */
    public record CommuneRow(String name, String slug, String href, String committee, String address, String site,
                             String bakeDate, int present, int missing, int late, int openConsultations,
                             int overdueQuestions, List<Cell> items, String source, String problem) {

        /** The items missing, "khoản 3, 6", or empty. */
        public String missingItems() {
            return numbers("thieu");
        }

        /** The items late, "khoản 2", or empty. */
        public String lateItems() {
            return numbers("tre");
        }

        private String numbers(String code) {
            List<String> n = items.stream().filter(c -> c.code().equals(code)).map(c -> String.valueOf(c.number()))
                    .toList();
            return n.isEmpty() ? "" : "khoản " + String.join(", ", n);
        }
    }

    /** An Art. 11 item across communes: their names by state. */
    public record ItemRow(int number, String name, List<String> present, List<String> missing, List<String> late) {
    }

    /** A link to a page of a commune's site, with a line under it. */
    public record Line(String title, String href, String meta) {
    }

    /** A commune's own page: its items with what is late, its open consultations, overdue questions, warnings. */
    public record CommunePage(CommuneRow row, List<ItemDetail> items, List<Line> consultations, List<Line> questions,
                              List<Line> warnings) {
    }

    /** An item of a commune, with the late things of it. */
    public record ItemDetail(int number, String name, String code, String label, int disclosures, List<Line> late) {
    }

    private final List<CommuneRow> rows;
    private final List<ItemRow> items;
    private final List<CommunePage> pages;

    private ProvinceBoard(List<CommuneRow> rows, List<ItemRow> items, List<CommunePage> pages) {
        this.rows = rows;
        this.items = items;
        this.pages = pages;
    }

    /** The board of {@code communes}, readable ones by name, then the unreadable ones as given. */
    public static ProvinceBoard of(List<ReadCommune> communes) {
        List<ReadCommune> ordered = ordered(communes);
        List<CommuneRow> rows = new ArrayList<>();
        List<CommunePage> pages = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (ReadCommune c : ordered) {
            if (!c.readable()) {
                rows.add(new CommuneRow(c.problem().source(), null, null, null, null, null, null, 0, 0, 0, 0, 0,
                        List.of(), c.problem().source(), c.problem().reason()));
                continue;
            }
            ComplianceData d = c.data();
            String slug = unique(VietnameseText.fold(d.commune().name()).replace(' ', '-'), slugs);
            List<Cell> cells = d.items().stream().map(i -> new Cell(i.number(), i.state().name(),
                    LABELS.get(i.state()), "Khoản " + i.number() + ": " + ArticleElevenItem.name(i.number()))).toList();
            CommuneRow row = new CommuneRow(d.commune().name(), slug, "xa/" + slug + ".html", d.commune().committee(),
                    d.commune().address(), site(d), VietnameseFormat.date(LocalDate.parse(d.bakeDate())),
                    count(d, ComplianceData.State.co), count(d, ComplianceData.State.thieu),
                    count(d, ComplianceData.State.tre), d.openConsultations().size(), d.overdueQuestions().size(),
                    cells, c.source().given(), null);
            rows.add(row);
            pages.add(page(row, d));
        }
        return new ProvinceBoard(List.copyOf(rows), itemRows(rows), List.copyOf(pages));
    }

    static List<ReadCommune> ordered(List<ReadCommune> communes) {
        return communes.stream().sorted(Comparator.comparing((ReadCommune c) -> !c.readable())
                .thenComparing(c -> c.readable() ? VietnameseText.fold(c.data().commune().name()) : "")
                .thenComparing(c -> c.readable() ? c.data().commune().name() : c.problem().source())).toList();
    }

    private static String unique(String slug, Set<String> taken) {
        String base = slug.isEmpty() ? "xa" : slug;
        String s = base;
        for (int n = 2; !taken.add(s); n++) {
            s = base + "-" + n;
        }
        return s;
    }

    private static int count(ComplianceData d, ComplianceData.State state) {
        return (int) d.items().stream().filter(i -> i.state() == state).count();
    }

    /** The commune's site address without its final '/'. */
    static String site(ComplianceData d) {
        String s = d.commune().siteAddress();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** A page of the commune's site, absolute; null for none. */
    static String link(ComplianceData d, String uri) {
        return uri == null ? null : site(d) + "/" + uri;
    }

    private static List<ItemRow> itemRows(List<CommuneRow> rows) {
        List<ItemRow> items = new ArrayList<>();
        for (int i = ArticleElevenItem.FIRST; i <= ArticleElevenItem.LAST; i++) {
            int n = i;
            items.add(new ItemRow(n, ArticleElevenItem.name(n), names(rows, n, "co"), names(rows, n, "thieu"),
                    names(rows, n, "tre")));
        }
        return List.copyOf(items);
    }

    private static List<String> names(List<CommuneRow> rows, int item, String code) {
        return rows.stream().filter(r -> r.problem() == null && r.items().get(item - 1).code().equals(code))
                .map(CommuneRow::name).toList();
    }

    private static CommunePage page(CommuneRow row, ComplianceData d) {
        List<ItemDetail> items = d.items().stream().map(i -> new ItemDetail(i.number(), ArticleElevenItem.name(
                i.number()), i.state().name(), LABELS.get(i.state()), i.disclosures(), i.late().stream()
                .map(l -> new Line(l.subject(), link(d, l.uri()), l.reason())).toList())).toList();
        List<Line> consultations = d.openConsultations().stream().map(o -> new Line(o.title(), link(d, o.uri()),
                "Lấy ý kiến từ " + day(o.from()) + " đến hết " + day(o.to()))).toList();
        List<Line> questions = d.overdueQuestions().stream().map(q -> new Line(q.question(), link(d, q.uri()),
                q.list() + " · nhận ngày " + day(q.received()) + ", hạn trả lời " + day(q.due()))).toList();
        List<Line> warnings = d.warnings().stream().map(w -> new Line(w.subject(), link(d, w.uri()),
                w.rule() + ": " + w.message())).toList();
        return new CommunePage(row, items, consultations, questions, warnings);
    }

    private static String day(String iso) {
        return VietnameseFormat.date(LocalDate.parse(iso));
    }

    public List<CommuneRow> rows() {
        return rows;
    }

    public List<ItemRow> items() {
        return items;
    }

    public List<CommunePage> pages() {
        return pages;
    }

    /** The communes the province could not read. */
    public List<CommuneRow> unreadable() {
        return rows.stream().filter(r -> r.problem() != null).toList();
    }
}
