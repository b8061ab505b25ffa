package vn.congkhai.render;

import vn.congkhai.kind.ExtraPage;
import vn.congkhai.model.Disclosure;
import vn.congkhai.opendata.Dataset;

import java.util.List;

/** A published disclosure worked out once; {@code dataset} is null for a Markdown one. */
public record BuiltPage(Disclosure disclosure, DisclosurePage page, Dataset dataset, List<ExtraPage> extras) {

    public BuiltPage {
        extras = List.copyOf(extras);
    }
}
