package vn.congkhai.render;

import vn.congkhai.kind.ExtraPage;
import vn.congkhai.model.Disclosure;
import vn.congkhai.opendata.Dataset;

import java.util.List;

/**
 * A published disclosure worked out once for its page, printout, open data and search entry.
 *
 * @param dataset its open-data table, or null for a Markdown disclosure
 * @param extras  the pages its kind adds besides its own (a plan's period reports)
 */
public record BuiltPage(Disclosure disclosure, DisclosurePage page, Dataset dataset, List<ExtraPage> extras) {

    public BuiltPage {
        extras = List.copyOf(extras);
    }
}
