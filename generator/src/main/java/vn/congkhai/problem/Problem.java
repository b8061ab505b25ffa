package vn.congkhai.problem;

import java.util.Comparator;

/**
 * One thing wrong with the content, told to an officer: which file, which line, which field, what is wrong and how
 * to fix it (in Vietnamese). Printed as {@code path:line: field: message}.
 */
public record Problem(String path, int line, String field, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    public String format() {
        return path + ":" + line + ": " + field + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
