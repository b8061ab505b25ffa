package vn.congkhai.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.SheetLayout;

import java.util.List;
import java.util.function.Function;

/**
 * How an officer's spreadsheet becomes a draft disclosure of one type: the columns of its list, the reading of the
 * rows under the heading row, the fields its title tells, and the Art. 11 item ({@code muc_cong_khai}) it usually
 * belongs to.
 */
public record SpreadsheetMapping(ListColumns columns, Function<SheetLayout, ImportResult> reader, TitleFields title,
                                 int defaultItem) {

    /**
     * Fields the title tells (a list's year and round, a budget's stage), added to {@code doc}; a field it cannot
     * tell is a problem for the officer. {@code year} is the year the title names, or the import's own.
     */
    @FunctionalInterface
    public interface TitleFields {
        TitleFields NONE = (doc, title, year, problems) -> {
        };

        void add(ObjectNode doc, String title, int year, List<String> problems);
    }

    /** Headings (folded, without diacritics) that tell the heading row from the title rows above it. */
    public List<String> knownHeadings() {
        return columns.knownHeadings();
    }

    /** The type's data fields from the rows under the heading row. */
    public ImportResult read(SheetLayout sheet) {
        return reader.apply(sheet);
    }

    public void fromTitle(ObjectNode doc, String title, int year, List<String> problems) {
        this.title.add(doc, title, year, problems);
    }
}
