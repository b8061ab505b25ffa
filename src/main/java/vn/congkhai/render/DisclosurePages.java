package vn.congkhai.render;

import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseFormat;
import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.budget.Budget;
import vn.congkhai.history.GitHistory;
import vn.congkhai.household.HouseholdList;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.SitePages;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.IsoDate;
import vn.congkhai.model.Revision;
import vn.congkhai.model.SiteContent;
import vn.congkhai.opendata.Dataset;
import vn.congkhai.opendata.Datasets;
import vn.congkhai.plan.Period;
import vn.congkhai.plan.Plan;
import vn.congkhai.plan.PlanProgress;
import vn.congkhai.procedure.Procedure;
import vn.congkhai.reception.ReceptionSchedule;
import vn.congkhai.sheet.DataSheet;

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
    private final java.util.Map<String, String> revisions = new java.util.HashMap<>();

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
        String fullText = content.data(d, Plan.class).map(p -> p.fullTextPath() == null ? null : content.texts().get(p.fullTextPath()))
                .orElse(null);
        String revision = revisions.computeIfAbsent(d.uri(), uri -> Revision.of(d, fullText));
        List<Link> records = new ArrayList<>();
        if (d.posting() != null && d.posting().from() != null) {
            records.add(new Link(d.posting().permanent() ? "Biên bản niêm yết"
                    : "Biên bản niêm yết và kết thúc niêm yết", SitePages.postingRecords(d.uri())));
        }
        return new DisclosurePage(d, section, d.itemName(), (d.posting() == null ? null : d.posting().sentence()), facts(d, meta), body, view, newer,
                older, sampleNote(meta.get("du_lieu_mau")), content.config().commune().siteAddress() + "/" + d.uri(),
                json, csv, revision, new Link("In / Tải PDF", SitePages.pdf(d.uri())), records,
                HistoryView.of(history.of(d.source().contentPath()), d.date()));
    }

    private Object view(Disclosure d) {
        DisclosureData data = content.data().get(d.uri());
        if (data instanceof Plan plan) {
            String fullText = plan.fullTextPath() == null ? null
                    : SignatureBlock.layout(markdown.toHtml(content.texts().get(plan.fullTextPath()), 1));
            List<Period> periods = new PlanProgress(plan).reportedPeriods();
            PlanViews.Dashboard dashboard = periods.isEmpty() ? null
                    : PlanViews.dashboard(plan, periods.get(periods.size() - 1), content.config().bakeDate(), "bieu-do");
            List<Link> reports = periods.stream().map(p -> new Link("Báo cáo " + p.label(),
                    PlanViews.reportHref(d, p))).toList();
            return new PlanView(fullText, dashboard, PlanViews.rows(plan), reports);
        }
        if (data instanceof HouseholdList list) {
            List<Link> others = content.published(DisclosureType.HO_NGHEO).stream().filter(o -> !o.equals(d))
                    .map(Link::to).toList();
            return HouseholdView.of(list, others);
        }
        if (data instanceof Budget budget) {
            return BudgetView.of(budget, budget.explanation() == null ? null : markdown.toHtml(budget.explanation(), 1));
        }
        if (data instanceof DataSheet sheet) {
            return SheetView.of(sheet);
        }
        if (data instanceof ReceptionSchedule schedule) {
            return ScheduleView.of(schedule, content.config().bakeDate());
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
            Optional.ofNullable(meta.get("ngay_hieu_luc")).flatMap(v -> IsoDate.parse(v.asText()))
                    .ifPresent(date -> facts.add(new Fact("Ngày có hiệu lực", VietnameseFormat.date(date))));
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
