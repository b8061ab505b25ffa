package vn.congkhai.render;

/** A link as templates print it: {@code href} is relative to the site root. */
public record Link(String title, String href) {
}
