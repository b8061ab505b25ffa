package vn.congkhai.render;

/** A labelled fact in a page's head, e.g. "Ngày hiệu lực: 01/07/2024". */
public record Fact(String label, String value) {
}
