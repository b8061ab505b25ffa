package vn.congkhai.content;

import vn.congkhai.problem.Problems;

import java.util.function.UnaryOperator;

/**
 * Where a type's own checks report: one document, the problems found in it (a {@link Problems#part()} of the
 * build's), a JSON-Pointer-addressed line for each, and how a field inside lists ({@code ho[3].stt}) is shown to
 * the officer (the type's row names, which this layer cannot read itself).
 */
public record Checks(SourceDocument doc, Problems problems, UnaryOperator<String> fields) {

    /** Checks of {@code doc} whose problems also go to {@code build}, their fields shown by {@code fields}. */
    public static Checks of(SourceDocument doc, Problems build, UnaryOperator<String> fields) {
        return new Checks(doc, build.part(), fields);
    }

    public void add(String pointer, String field, String message) {
        problems.add(doc.path(), doc.lineOf(pointer), shown(field), message);
    }

    /** A field as the officer reads it, also for a message that points at another row ("trùng với hộ thứ 2 …"). */
    public String shown(String field) {
        return fields.apply(field);
    }

    /** Whether these checks found a problem. */
    public boolean failed() {
        return !problems.isEmpty();
    }
}
