package vn.congkhai.kind;

import vn.congkhai.attachment.Attachments;
import vn.congkhai.content.Checks;
import vn.congkhai.content.SourceDocument;

import java.util.Set;

/**
 * What a kind reads from: the document, where its problems go, the attachments it may name, and the content paths
 * of the Markdown full texts in the repository.
 */
public record ReadInput(SourceDocument doc, Checks checks, Attachments attachments, Set<String> texts) {
}
