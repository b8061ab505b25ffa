package vn.congkhai.render;

import vn.congkhai.model.Disclosure;

import java.util.List;

/** Views of the pages that gather disclosures across sections. */
public final class ListingViews {

    private ListingViews() {
    }

    /** An item of Art. 11 with what was published under it. */
    public record Article11Item(int number, String name, boolean permanent, List<Disclosure> items) {
    }

    /** A fee of a procedure on the "Phí, lệ phí" page. */
    public record FeeLine(Link procedure, String field, String name, String amount, String note) {
    }

    /** A line of the quarterly disclosure list (Art. 13). */
    public record QuarterLine(int number, Link disclosure, String documentNumber, String item, String form,
                              String issued, String posted) {
    }

    /** A quarter's disclosure list. */
    public record Quarter(String title, String href, List<QuarterLine> lines) {
    }

    /** A dataset on the "Dữ liệu mở" page. */
    public record DatasetLine(Link page, String section, String csv, String json, int rows) {
    }
}
