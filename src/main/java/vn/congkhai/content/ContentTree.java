package vn.congkhai.content;

import vn.congkhai.validate.Problem;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything under {@code content/} as read from disk.
 *
 * @param documents  the Markdown and JSON files that have a header or are JSON objects: the disclosures
 * @param texts      Markdown files without a header, by content path: full texts that a JSON disclosure names
 * @param files      every file's content path, attachments included, to check that what is named exists
 * @param problems   files that could not be read at all (malformed JSON, bad file names)
 */
public record ContentTree(List<SourceDocument> documents, Map<String, String> texts, Set<String> files,
                          List<Problem> problems) {
}
