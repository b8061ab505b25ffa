package vn.congkhai.editor;

import vn.congkhai.content.Format;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.text.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A disclosure the editor may open or write: a file of {@code content/<loại>/}, named as the bake accepts, never
 * reached through a link and never outside the commune's folder, whatever the request names.
 *
 * @param relative the path as the officer sees it, {@code content/ho-ngheo/2024.json}
 */
record EditedFile(Path project, String relative, Path file, DisclosureType type, Format format) {

    private static final Pattern PATH = Pattern.compile(
            "content/([a-z0-9]+(?:-[a-z0-9]+)*)/(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:-[a-z0-9]+)*\\.(json|md)");

    /** The file {@code asked} names, if the editor may touch it. */
    static Optional<EditedFile> of(Path project, String asked) {
        if (asked == null || asked.length() > 300) {
            return Optional.empty();
        }
        var matched = PATH.matcher(asked);
        if (!matched.matches()) {
            return Optional.empty();
        }
        Optional<DisclosureType> type = DisclosureType.ofCode(matched.group(1));
        Format format = matched.group(2).equals("json") ? Format.JSON : Format.MARKDOWN;
        if (type.isEmpty() || !type.get().accepts(format)) {
            return Optional.empty();
        }
        Path root = project.toAbsolutePath().normalize();
        Path file = root.resolve(asked).normalize();
        if (!file.startsWith(root.resolve("content")) || throughALink(root, file)) {
            return Optional.empty();
        }
        return Optional.of(new EditedFile(root, asked, file, type.get(), format));
    }

    /** Whether a folder on the way, or the file itself, is a link (it might lead out of the commune's folder). */
    private static boolean throughALink(Path root, Path file) {
        for (Path at = file; at != null && at.startsWith(root) && !at.equals(root); at = at.getParent()) {
            if (Files.isSymbolicLink(at)) {
                return true;
            }
        }
        return false;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The file's version: the digest of its bytes, empty for a file not yet written. */
    String version() {
        if (!exists()) {
            return "";
        }
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
