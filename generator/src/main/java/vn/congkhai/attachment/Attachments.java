package vn.congkhai.attachment;

import vn.congkhai.content.ContentTree;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.SitePages;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files a disclosure names (attachments in {@code tep}, a procedure's forms, files a Markdown text links to),
 * resolved and checked before anything is published: the site publishes a file as it is only when a published
 * disclosure names it, it is of an allowed kind ({@link FileKind}), within the size limit, and it does not take the
 * name of a file the bake writes itself. A relative name is looked up next to the disclosure ({@code qd-123.pdf});
 * a name starting with {@code /} from the site root, in {@code content/} or {@code assets/}.
 */
public final class Attachments {

    /** The outcome of naming a file: its site path when it may be published, else why not (null when missing). */
    public record Named(String sitePath, String refusal) {
        public boolean found() {
            return sitePath != null;
        }

        public boolean missing() {
            return sitePath == null && refusal == null;
        }
    }

    private static final Named MISSING = new Named(null, null);

    private final ContentTree tree;
    /**
     * Files the bake writes that an attachment could take the address of, by site path, with what writes them (for the
     * collision message): an attachment is a PDF, image or Word file, so of the bake's own files only printouts.
     */
    private final Map<String, String> generated = new HashMap<>();
    private final Set<String> named = new TreeSet<>();
    private final Map<String, Named> checked = new HashMap<>();
    private final Map<String, Path> published = new TreeMap<>();

    public Attachments(ContentTree tree) {
        this.tree = tree;
        for (SourceDocument doc : tree.documents()) {
            String page = doc.contentPath().substring(0, doc.contentPath().lastIndexOf('.')) + ".html";
            generated.put(SitePages.pdf(page), "bản in (PDF) của " + doc.path());
            generated.put(SitePages.postingRecords(page), "biên bản niêm yết của " + doc.path());
        }
        tree.assets().keySet().forEach(a -> generated.put(a, "tệp assets/" + a));
    }

    /** Resolves {@code link}, named by the document at {@code documentContentPath}, and checks the file. */
    public Named name(String documentContentPath, String link) {
        Optional<String> sitePath = sitePath(documentContentPath, link);
        if (sitePath.isEmpty()) {
            return MISSING;
        }
        String path = sitePath.get();
        Path content = tree.files().get(path);
        Path file = content != null ? content : tree.assets().get(path);
        if (file == null) {
            return MISSING;
        }
        named.add(path);
        return checked.computeIfAbsent(path, p -> check(p, file, content != null));
    }

    /** Checks a named file once, however many times it is named. */
    private Named check(String path, Path file, boolean inContent) {
        String display = path.substring(path.lastIndexOf('/') + 1);
        Optional<String> refusal = FileKind.refusal(display, file, false);
        if (refusal.isPresent()) {
            return new Named(null, refusal.get());
        }
        String writer = generated.get(path);
        if (inContent && writer != null) {
            return new Named(null, collision(path, writer));
        }
        return new Named(path, null);
    }

    /**
     * Why the file named at {@code link} may not be published, when it was accepted but takes the address of one of
     * {@code printouts} (by site path, with what writes it): the printouts of the kinds' extra pages, known only once
     * the typed data is read, after the files were named.
     */
    public Optional<String> takesPrintout(String documentContentPath, String link, Map<String, String> printouts) {
        return sitePath(documentContentPath, link)
                .filter(path -> printouts.containsKey(path) && checked.containsKey(path) && checked.get(path).found())
                .map(path -> collision(path, printouts.get(path)));
    }

    private static String collision(String path, String writer) {
        String display = path.substring(path.lastIndexOf('/') + 1);
        return "tệp \"" + display + "\" trùng tên với " + writer + ", tệp do hệ thống tạo ra. Cách sửa: đổi tên tệp "
                + "đính kèm, ví dụ \"" + display.replaceFirst("(\\.[^.]+)$", "-dinh-kem$1") + "\".";
    }

    /** Marks a file named by a published disclosure for publishing. */
    public void publish(String sitePath) {
        Path content = tree.files().get(sitePath);
        published.put(sitePath, content != null ? content : tree.assets().get(sitePath));
    }

    /** Whether a content file was named by some disclosure (a draft's included), whether or not it may be published. */
    public boolean isNamed(String contentPath) {
        return named.contains(contentPath);
    }

    /** Files published as they are, by site path, with the file to copy. */
    public Map<String, Path> published() {
        return Map.copyOf(published);
    }

    /** The file's path from the site root (without a leading slash), if it names a place inside the site. */
    static Optional<String> sitePath(String documentContentPath, String link) {
        if (link.contains("://") || link.contains("\\") || link.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        String folder = documentContentPath.contains("/")
                ? documentContentPath.substring(0, documentContentPath.lastIndexOf('/') + 1) : "";
        String joined = link.startsWith("/") ? link.substring(1) : folder + link;
        Path normal;
        try {
            normal = Path.of(joined).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (normal.startsWith("..") || normal.toString().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(normal.toString().replace('\\', '/'));
    }
}
