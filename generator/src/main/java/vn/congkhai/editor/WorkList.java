package vn.congkhai.editor;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.ContentReader;
import vn.congkhai.content.ContentTree;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.answer.AnswerList;
import vn.congkhai.answer.AnswerStatus;
import vn.congkhai.consultation.OpenConsultations;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.SiteContent;
import vn.congkhai.text.VietnameseFormat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The editor's home page: each section with its disclosures, newest first, and the state of each. */
final class WorkList {

    /** A section of the site and its disclosures. */
    record Section(DisclosureType type, List<Item> items) {
    }

    /** A disclosure: its file, its title and its state in words ("Nháp", "Có lỗi", "Niêm yết đến 26/12/2024"). */
    record Item(String file, String title, String date, String state, String stateClass) {
    }

    /** Something waiting for the commune: an open consultation, a question not yet answered. */
    record ToDo(String file, String title, String what) {
    }

    private WorkList() {
    }

    /** The consultations open today, the one closing soonest first, then the questions still being dealt with. */
    static List<ToDo> toDo(SiteContent content) {
        List<ToDo> toDo = new ArrayList<>();
        for (OpenConsultations.Entry open : OpenConsultations.of(content)) {
            toDo.add(new ToDo(open.disclosure().source().path(), open.disclosure().title(),
                    open.state().label()));
        }
        for (Disclosure d : content.published(DisclosureType.TRA_LOI)) {
            content.data(d, AnswerList.class).ifPresent(list -> list.answers().stream()
                    .filter(a -> a.status() == AnswerStatus.DANG_GIAI_QUYET)
                    .forEach(a -> toDo.add(new ToDo(d.source().path(), d.title(), "câu " + a.number()
                            + (a.received() == null ? "" : " (nhận ngày " + VietnameseFormat.date(a.received()) + ")")
                            + " đang giải quyết, chưa có trả lời"))));
        }
        return toDo;
    }

    /** The sections of the commune in {@code project}, each file with problems in {@code withProblems} so marked. */
    static List<Section> of(Path project, Collection<String> withProblems, LocalDate today) {
        ContentTree tree = new ContentReader(project, project.resolve("content")).read();
        List<Section> sections = new ArrayList<>();
        for (DisclosureType type : DisclosureType.values()) {
            List<Item> items = new ArrayList<>();
            for (SourceDocument d : tree.documents()) {
                if (!d.path().startsWith("content/" + type.code() + "/")) {
                    continue;
                }
                items.add(item(d, withProblems.contains(d.path()), today));
            }
            items.sort(Comparator.comparing(Item::date).reversed().thenComparing(Item::file));
            sections.add(new Section(type, items));
        }
        return sections;
    }

    private static Item item(SourceDocument d, boolean problems, LocalDate today) {
        JsonNode meta = d.metadata();
        String title = meta.path("title").asText("").isBlank() ? d.path() : meta.path("title").asText();
        String date = meta.path("date").asText("");
        if (problems) {
            return new Item(d.path(), title, date, "Có lỗi", "co-loi");
        }
        if ("draft".equals(meta.path("status").asText())) {
            return new Item(d.path(), title, date, "Nháp", "nhap");
        }
        LocalDate until = day(meta.path("niem_yet_den").asText(""));
        LocalDate from = day(meta.path("niem_yet_tu").asText(""));
        if (until != null && from != null && !today.isBefore(from) && !today.isAfter(until)) {
            return new Item(d.path(), title, date, "Đang niêm yết đến " + VietnameseFormat.date(until), "niem-yet");
        }
        return new Item(d.path(), title, date, "Đã đăng", "da-dang");
    }

    private static LocalDate day(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
