package vn.congkhai.answer;

import vn.congkhai.kind.DisclosureKind;
import vn.congkhai.kind.ExtraPage;
import vn.congkhai.kind.PageInput;
import vn.congkhai.kind.ReadInput;
import vn.congkhai.kind.SectionExtras;
import vn.congkhai.kind.Table;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Hamlet;
import vn.congkhai.model.Link;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.text.Markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static vn.congkhai.kind.Table.field;

/**
 * Answers to citizens ({@code tra-loi}): explanations (giải trình), answers to voters' petitions, results of
 * dialogues; Art. 11 item 14 by default. Questions are published as asked, without the asker's personal data: each
 * row is read by the personal-data guard as a row of a list of people.
 */
public final class AnswerKind implements DisclosureKind<AnswerList> {

    @Override
    public DisclosureType type() {
        return DisclosureType.TRA_LOI;
    }

    @Override
    public Class<AnswerList> dataClass() {
        return AnswerList.class;
    }

    @Override
    public AnswerList read(ReadInput in) {
        return AnswerReader.read(in.checks());
    }

    @Override
    public Object view(AnswerList list, PageInput in) {
        return AnswerView.of(list);
    }

    /** The answers of all lists by topic and by hamlet: an index linked from the section, and a page for each. */
    @Override
    public SectionExtras sectionExtras(SiteContent content) {
        AnswerIndex answers = AnswerIndex.of(content);
        if (answers.isEmpty()) {
            return SectionExtras.NONE;
        }
        String title = "Tra cứu câu trả lời theo lĩnh vực, theo xóm";
        List<ExtraPage> pages = new ArrayList<>();
        pages.add(ExtraPage.web(SitePages.ANSWERS_INDEX, "tra-loi-tra-cuu", title, Map.of("answers", answers)));
        answers.topics().forEach(f -> pages.add(ExtraPage.web(f.href(), "tra-loi-loc",
                "Trả lời, giải trình: lĩnh vực " + f.name(), Map.of("filter", f, "hamlets", List.of()))));
        // a hamlet's answers lead to everything disclosed about it, and to its feed
        answers.hamlets().forEach(f -> pages.add(ExtraPage.web(f.href(), "tra-loi-loc",
                "Trả lời, giải trình: xóm " + f.name(), Map.of("filter", f, "hamlets", Hamlet.of(f.name()).stream()
                        .toList()))));
        return new SectionExtras(pages, List.of(new Link(title, SitePages.ANSWERS_INDEX)), Map.of());
    }

    @Override
    public Table table(AnswerList list) {
        List<List<Object>> rows = new ArrayList<>();
        for (Answer a : list.answers()) {
            rows.add(Table.row(a.number(), a.received(), a.hamlet(), a.topic(), a.question(), a.answer(),
                    a.answeredBy(), a.answeredOn(), a.status().label()));
        }
        return new Table(List.of(field("stt", "STT", "integer"), field("ngay_nhan", "Ngày nhận", "date"),
                field("xom", "Xóm", "string"), field("linh_vuc", "Lĩnh vực", "string"),
                field("noi_dung", "Nội dung câu hỏi, kiến nghị", "string"), field("tra_loi", "Trả lời", "string"),
                field("nguoi_tra_loi", "Người trả lời", "string"), field("ngay_tra_loi", "Ngày trả lời", "date"),
                field("trang_thai", "Trạng thái", "string")), rows);
    }

    @Override
    public List<String> peopleLists() {
        return List.of("muc");
    }

    /** Dates, and the commune's own words ({@code cua-xa}: its answer and who gave it). */
    @Override
    public Map<String, String> peopleColumnKinds() {
        // The answer is the commune's text: the dates it names are not birth dates (validate.PersonalDataGuard).
        return Map.of("ngay_nhan", "ngay", "ngay_tra_loi", "ngay", "tra_loi", "cua-xa", "nguoi_tra_loi", "cua-xa");
    }

    @Override
    public List<String> hamlets(AnswerList list) {
        return list.answers().stream().map(Answer::hamlet).filter(Objects::nonNull).distinct().toList();
    }

    @Override
    public String summary(AnswerList list) {
        long answered = list.answers().stream().filter(a -> a.status() == AnswerStatus.DA_TRA_LOI).count();
        return list.answers().size() + " câu hỏi, kiến nghị, đã trả lời " + answered;
    }

    /** Listed by the year of the latest question it answers. */
    @Override
    public String group(AnswerList list) {
        return "Năm " + list.answers().stream().map(Answer::received).max(java.time.LocalDate::compareTo)
                .orElseThrow().getYear();
    }

    @Override
    public String searchText(AnswerList list, Markdown markdown) {
        Set<String> parts = new LinkedHashSet<>();
        list.answers().forEach(a -> {
            parts.add(a.topic());
            if (a.hamlet() != null) {
                parts.add(a.hamlet());
            }
        });
        list.answers().forEach(a -> parts.add(a.question() + " " + a.answer()));
        return String.join(" ", parts);
    }
}
