package vn.congkhai.content;

import vn.congkhai.problem.Problems;

/**
 * Where a type's own checks report: one document, the problems found in it (a {@link Problems#part()} of the
 * build's), and a JSON-Pointer-addressed line for each.
 */
public record Checks(SourceDocument doc, Problems problems) {

    /** Checks of {@code doc} whose problems also go to {@code build}. */
    public static Checks of(SourceDocument doc, Problems build) {
        return new Checks(doc, build.part());
    }

    public void add(String pointer, String field, String message) {
        problems.add(doc.path(), doc.lineOf(pointer), field, message);
    }

    /** Whether these checks found a problem. */
    public boolean failed() {
        return !problems.isEmpty();
    }
}
