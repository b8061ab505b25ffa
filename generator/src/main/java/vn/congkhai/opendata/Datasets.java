package vn.congkhai.opendata;

import vn.congkhai.kind.Table;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureData;
import vn.congkhai.types.ContentTypes;

/** Turns a JSON disclosure into its open-data table, named and placed beside its page. */
public final class Datasets {

    private Datasets() {
    }

    public static Dataset of(Disclosure d, DisclosureData data) {
        String stem = d.uri().substring(0, d.uri().length() - ".html".length());
        Table table = ContentTypes.table(d, data);
        return new Dataset(stem.replace('/', '-'), d.title(), stem + ".csv", stem + ".json", d.uri(), table.fields(),
                table.rows());
    }
}
