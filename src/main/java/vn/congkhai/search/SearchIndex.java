package vn.congkhai.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import vn.congkhai.budget.Budget;
import vn.congkhai.budget.BudgetLine;
import vn.congkhai.household.HouseholdList;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.plan.Plan;
import vn.congkhai.procedure.Procedure;
import vn.congkhai.reception.ReceptionSchedule;
import vn.congkhai.text.Markdown;
import vn.congkhai.text.VietnameseFormat;
import vn.congkhai.sheet.DataSheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The search index of the site, built at bake time for a small script on the search page (no server): per page its
 * title, address, section, date, a snippet, and the distinct words of its text. The script matches with or without
 * diacritics; the index keeps the words as written so that exact tones can rank first.
 */
public final class SearchIndex {

    /** Words kept per page: enough to find a page by what it is about, small enough for slow networks. */
    static final int MAX_WORDS = 500;
    static final int SNIPPET = 160;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private SearchIndex() {
    }

    /** A page to index: what it is and its text. */
    public record Entry(String title, String uri, String section, String date, String text) {
    }

    /** @param bodyHtml the rendered Markdown of a Markdown disclosure (ignored for JSON ones) */
    public static Entry of(Disclosure d, DisclosureData data, String bodyHtml, Markdown markdown) {
        String text = switch (d.type().format()) {
            case MARKDOWN -> Jsoup.parse(bodyHtml).text();
            case JSON -> dataText(data, markdown);
        };
        String summary = summary(data);
        return new Entry(d.title(), d.uri(), d.type().sectionName(), VietnameseFormat.date(d.date()),
                summary == null ? text : summary + ". " + text);
    }

    /** What a list is, in a sentence, for the start of its snippet: a list's snippet is not a run of names. */
    static String summary(DisclosureData data) {
        if (data instanceof HouseholdList list) {
            return list.roundLabel() + " năm " + list.year() + ", " + list.households().size() + " hộ";
        }
        if (data instanceof Budget b) {
            return b.stageLabel() + " năm " + b.year();
        }
        if (data instanceof Procedure p) {
            return "Thủ tục lĩnh vực " + p.field() + ", thời hạn giải quyết: " + p.processingTime();
        }
        if (data instanceof DataSheet sheet) {
            return sheet.rows().size() + " dòng";
        }
        if (data instanceof ReceptionSchedule schedule) {
            return schedule.sessions().size() + " buổi tiếp công dân";
        }
        if (data instanceof Plan plan) {
            return plan.allTasks().size() + " nhiệm vụ";
        }
        return null;
    }

    /** The text a citizen could look for in a JSON disclosure. */
    static String dataText(DisclosureData data, Markdown markdown) {
        List<String> parts = new ArrayList<>();
        if (data instanceof HouseholdList list) {
            list.households().forEach(h -> parts.add(h.head() + " " + h.hamlet() + " " + h.category().label()));
        } else if (data instanceof Procedure p) {
            parts.add(p.name() + ". " + p.field() + ". " + String.join(" ", p.steps()) + " " + p.applicants());
            p.fees().forEach(f -> parts.add(f.name() + " phí lệ phí"));
            p.documents().forEach(doc -> parts.add(doc.name()));
        } else if (data instanceof Budget b) {
            addLines(parts, b.revenue());
            addLines(parts, b.expenditure());
            if (b.explanation() != null) {
                parts.add(Jsoup.parse(markdown.toHtml(b.explanation())).text());
            }
        } else if (data instanceof DataSheet sheet) {
            sheet.columns().forEach(c -> parts.add(c.heading()));
            sheet.rows().forEach(r -> r.values().forEach(v -> parts.add(v instanceof String s ? s : "")));
        } else if (data instanceof ReceptionSchedule schedule) {
            schedule.sessions().forEach(s -> parts.add(s.receiver() + " " + s.place()));
        } else if (data instanceof Plan plan) {
            plan.allTasks().forEach(t -> parts.add(t.text()));
        }
        return String.join(" ", parts);
    }

    private static void addLines(List<String> parts, List<BudgetLine> lines) {
        for (BudgetLine l : lines) {
            parts.add(l.text());
            addLines(parts, l.children());
        }
    }

    /** The index as compact JSON: sections once, then one array per page. */
    public static String json(List<Entry> entries) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode sections = root.putArray("s");
        List<String> sectionNames = new ArrayList<>();
        for (DisclosureType t : DisclosureType.values()) {
            sectionNames.add(t.sectionName());
            sections.add(t.sectionName());
        }
        ArrayNode pages = root.putArray("d");
        for (Entry e : entries) {
            ArrayNode page = pages.addArray();
            page.add(e.title()).add(e.uri()).add(Math.max(0, sectionNames.indexOf(e.section()))).add(e.date())
                    .add(snippet(e.text())).add(words(e.title() + " " + e.text()));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String snippet(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= SNIPPET) {
            return t;
        }
        int cut = t.lastIndexOf(' ', SNIPPET);
        return t.substring(0, cut > 0 ? cut : SNIPPET) + "…";
    }

    /** The distinct words of a text, lowercase, in order of first appearance, at most {@link #MAX_WORDS}. */
    static String words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(VI).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !w.chars().allMatch(Character::isDigit)) {
                words.add(w);
                if (words.size() == MAX_WORDS) {
                    break;
                }
            }
        }
        return String.join(" ", words);
    }
}
