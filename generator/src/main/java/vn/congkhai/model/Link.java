package vn.congkhai.model;

/** A link as templates print it: {@code href} is relative to the site root. */
public record Link(String title, String href) {

    /** A link to a disclosure's page, by its title. */
    public static Link to(vn.congkhai.model.Disclosure d) {
        return new Link(d.title(), d.uri());
    }
}
