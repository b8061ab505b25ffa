package vn.congkhai.kind;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.congkhai.spreadsheet.ImportResult;
import vn.congkhai.spreadsheet.SheetLayout;

import java.util.List;

/** How an officer's spreadsheet becomes a draft disclosure of one type. */
public interface SpreadsheetMapping {

    /** Headings (folded, without diacritics) that tell the heading row from the title rows above it. */
    List<String> knownHeadings();

    /** The type's data fields from the rows under the heading row. */
    ImportResult read(SheetLayout sheet);

    /**
     * Fields the title tells (a list's year and round, a budget's stage), added to {@code doc}; a field it cannot
     * tell is a problem for the officer. {@code year} is the year the title names, or the import's own.
     */
    default void fromTitle(ObjectNode doc, String title, int year, List<String> problems) {
    }

    /** The Art. 11 item ({@code muc_cong_khai}) a disclosure of this type usually belongs to. */
    int defaultItem();
}
