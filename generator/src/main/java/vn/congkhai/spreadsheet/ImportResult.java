package vn.congkhai.spreadsheet;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What an import made: the data fields of the disclosure, the rows it could not read (with their spreadsheet row
 * numbers and why), problems with the sheet as a whole (a missing column), and notes for the officer (columns left
 * out, values inferred). Rows that cannot be read may be skipped on request; a problem of the sheet never.
 */
public record ImportResult(ObjectNode data, int rows, List<String> rowProblems, List<String> sheetProblems,
                           List<String> notes) {

    /** A sheet that could not be read at all. */
    public static ImportResult unreadable(List<String> sheetProblems, List<String> notes) {
        return new ImportResult(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), 0,
                List.of(), sheetProblems, notes);
    }
}
