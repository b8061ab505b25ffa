package vn.congkhai.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where a file named by a disclosure lives. A relative name is looked up next to the disclosure
 * ({@code qd-123.pdf}); a name starting with {@code /} from the site root, in {@code content/} or {@code assets/}.
 */
public final class AttachmentPaths {

    private AttachmentPaths() {
    }

    /** The file's path from the site root (without a leading slash), if it exists. */
    public static Optional<String> resolve(String documentContentPath, String link, Set<String> contentFiles,
                                           Path assetsDir) {
        if (link.contains("://") || link.contains("\\")) {
            return Optional.empty();
        }
        String folder = documentContentPath.contains("/")
                ? documentContentPath.substring(0, documentContentPath.lastIndexOf('/') + 1) : "";
        String joined = link.startsWith("/") ? link.substring(1) : folder + link;
        Path normal = Path.of(joined).normalize();
        if (normal.startsWith("..") || normal.toString().isEmpty()) {
            return Optional.empty();
        }
        String sitePath = normal.toString().replace('\\', '/');
        if (contentFiles.contains(sitePath) || Files.isRegularFile(assetsDir.resolve(sitePath))) {
            return Optional.of(sitePath);
        }
        return Optional.empty();
    }
}
