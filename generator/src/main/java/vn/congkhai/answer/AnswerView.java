package vn.congkhai.answer;

import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An answer list's page, filterable without a server: the answers grouped by topic (each group an anchor the topic
 * index links to), an index by hamlet, and how many answers stand in each status.
 */
public record AnswerView(List<Topic> topics, List<Hamlet> hamlets, List<StatusCount> statuses, List<Answer> all) {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** The answers of one topic ({@code linh_vuc}), in the list's order. */
    public record Topic(String name, String anchor, List<Answer> answers) {
    }

    /** A hamlet and the answers that came from it. */
    public record Hamlet(String name, List<Answer> answers) {
    }

    /** How many answers are in a status. */
    public record StatusCount(String label, String code, int count) {
    }

    public static AnswerView of(AnswerList list) {
        Map<String, List<Answer>> byTopic = new TreeMap<>(VIETNAMESE::compare);
        Map<String, List<Answer>> byHamlet = new TreeMap<>(VIETNAMESE::compare);
        Map<AnswerStatus, Integer> counts = new EnumMap<>(AnswerStatus.class);
        for (Answer a : list.answers()) {
            byTopic.computeIfAbsent(a.topic(), k -> new ArrayList<>()).add(a);
            if (a.hamlet() != null) {
                byHamlet.computeIfAbsent(a.hamlet(), k -> new ArrayList<>()).add(a);
            }
            counts.merge(a.status(), 1, Integer::sum);
        }
        List<Topic> topics = new ArrayList<>();
        byTopic.forEach((name, answers) -> topics.add(new Topic(name, "linh-vuc-" + (topics.size() + 1),
                List.copyOf(answers))));
        List<Hamlet> hamlets = byHamlet.entrySet().stream().map(e -> new Hamlet(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        List<StatusCount> statuses = counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey().label(), e.getKey().code(), e.getValue())).toList();
        return new AnswerView(List.copyOf(topics), hamlets, statuses, list.answers());
    }
}
