package vn.congkhai.model;

/** A file an officer attached to a disclosure ({@code tep}): its name as shown and its address from the site root. */
public record Attachment(String name, String sitePath) {
}
