package vn.congkhai.answer;

import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.model.Link;
import vn.congkhai.model.SiteContent;
import vn.congkhai.model.SitePages;
import vn.congkhai.text.VietnameseText;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every published answer to citizens, across all answer lists, filtered without a server: one static page per topic
 * ({@code tra-loi/linh-vuc-<tên>.html}) and per hamlet ({@code tra-loi/xom-<tên>.html}), newest question first, and an
 * index of them ({@link SitePages#ANSWERS_INDEX}).
 */
public record AnswerIndex(List<Filter> topics, List<Filter> hamlets) {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** The answers of one topic or hamlet. */
    public record Filter(String name, String href, List<Entry> entries) {
        public int count() {
            return entries.size();
        }
    }

    /** An answer and the list it stands in. */
    public record Entry(Link source, Answer answer) {
        /** The answer's place on its list's page. */
        public String href() {
            return source.href() + "#" + answer.anchor();
        }
    }

    public static AnswerIndex of(SiteContent content) {
        List<Entry> all = new ArrayList<>();
        for (Disclosure d : content.published(DisclosureType.TRA_LOI)) {
            content.data(d, AnswerList.class).ifPresent(list -> list.answers()
                    .forEach(a -> all.add(new Entry(Link.to(d), a))));
        }
        all.sort(Comparator.comparing((Entry e) -> e.answer().received()).reversed()
                .thenComparing(e -> e.source().href()).thenComparingInt(e -> e.answer().number()));
        return new AnswerIndex(filters(all, "linh-vuc", Answer::topic), filters(all, "xom", Answer::hamlet));
    }

    public boolean isEmpty() {
        return topics.isEmpty();
    }

    private static List<Filter> filters(List<Entry> all, String by, Function<Answer, String> key) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Entry>> bySlug = new TreeMap<>();
        for (Entry e : all) {
            String name = key.apply(e.answer());
            if (name == null) {
                continue;
            }
            String slug = VietnameseText.fold(name).replace(' ', '-');
            if (slug.isEmpty()) {
                continue;
            }
            names.putIfAbsent(slug, name);
            bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(e);
        }
        return bySlug.entrySet().stream()
                .map(e -> new Filter(names.get(e.getKey()), SitePages.answers(by, e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(Filter::name, VIETNAMESE::compare)).toList();
    }
}
