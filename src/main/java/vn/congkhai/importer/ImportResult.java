package vn.congkhai.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What an import made: the data fields of the disclosure, the rows it could not read (with their spreadsheet row
 * numbers and why), and notes for the officer (columns left out, values inferred).
 */
record ImportResult(ObjectNode data, int rows, List<String> problems, List<String> notes) {
}
