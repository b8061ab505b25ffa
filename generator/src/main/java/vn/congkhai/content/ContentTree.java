package vn.congkhai.content;

import vn.congkhai.problem.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything under {@code content/} (and the files of {@code assets/}) as read from disk.
 *
 * @param documents  the Markdown and JSON files that have a header or are JSON objects: the disclosures
 * @param texts      Markdown files without a header, by content path: full texts that a JSON disclosure names
 * @param files      every usable file under content/ (attachments included) by content path, with the real file
 * @param assets     the site's assets by path inside assets/: the theme's, and every usable file of the commune's
 *                   assets/ over them, with the real file
 * @param problems   files that could not be read at all (malformed JSON, bad file names, links out of the repository)
 * @param warnings   files ignored on purpose (junk left by office software)
 */
public record ContentTree(List<SourceDocument> documents, Map<String, String> texts, Map<String, Path> files,
                          Map<String, Path> assets, List<Problem> problems, List<Problem> warnings) {
}
