package vn.congkhai.validate;

import vn.congkhai.content.SourceDocument;

/** Where a type's own checks report: one document, its problems, and a JSON-Pointer-addressed line for each. */
public record Checks(SourceDocument doc, Problems problems) {

    public void add(String pointer, String field, String message) {
        problems.add(doc.path(), doc.lineOf(pointer), field, message);
    }

    public int count() {
        return problems.size();
    }
}
