package vn.congkhai.render;

import vn.congkhai.kind.ExtraPage;
import vn.congkhai.model.Disclosure;
import vn.congkhai.opendata.Dataset;

import java.util.List;

/**
 * One published disclosure as the site shows it, worked out once for its page, its printout, its open data and its
 * search entry.
 *
 * @param page    what its page shows (the body rendered once, from the generator's Markdown dialect)
 * @param dataset its open-data table, or null for a Markdown disclosure
 * @param extras  the pages it adds besides its own (a plan's period reports), as its kind gives them
 */
public record BuiltPage(Disclosure disclosure, DisclosurePage page, Dataset dataset, List<ExtraPage> extras) {

    public BuiltPage {
        extras = List.copyOf(extras);
    }
}
