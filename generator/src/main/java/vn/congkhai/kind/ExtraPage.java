package vn.congkhai.kind;

import java.util.Map;

/**
 * A page a type adds to the site besides its disclosures' own (a plan's period report, the fees of all procedures,
 * the answers on one topic). Its template gets {@code model} with the site's context, its title and its section.
 *
 * @param href     its address from the site root
 * @param template the template of its web page
 * @param title    its title
 * @param model    what its template prints, besides the context every page gets
 * @param printout how it is printed for the notice board, or null when it is not
 * @param search   the words a citizen could look for it by, or null when the search does not list it
 */
public record ExtraPage(String href, String template, String title, Map<String, Object> model, Printout printout,
                        String search) {

    public ExtraPage {
        model = Map.copyOf(model);
    }

    /** A web page only: not printed, not in the search. */
    public static ExtraPage web(String href, String template, String title, Map<String, Object> model) {
        return new ExtraPage(href, template, title, model, null, null);
    }

    /**
     * The printout of an extra page.
     *
     * @param template its template ({@code in/...})
     * @param kind     what its header calls it ("BÁO CÁO")
     * @param title    its title under that word
     */
    public record Printout(String template, String kind, String title) {
    }
}
