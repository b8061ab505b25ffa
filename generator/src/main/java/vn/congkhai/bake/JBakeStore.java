package vn.congkhai.bake;

import com.orientechnologies.orient.core.Orient;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import vn.congkhai.model.DisclosureType;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's content store, given each published disclosure (source path, type, status) through JBake's API: the pages
 * are rendered from the validated model, so JBake reads no file. Each store has a name of its own, so two bakeries of
 * one process never share one.
 */
final class JBakeStore implements AutoCloseable {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private final ContentStore db;
    /** What the store holds: each source path with its type. */
    private Map<String, String> filed = Map.of();

    /** An empty store; its database takes a while to start. */
    JBakeStore() {
        leaveStoppingToTheJvm();
        this.db = new ContentStore("memory", "cong-khai-" + NAMES.incrementAndGet());
        db.startup();
        db.updateSchema();
    }

    /** Makes the store hold exactly {@code wanted} (source path, type code), filing only what changed. */
    void file(Map<String, String> wanted) {
        Set<String> paths = new TreeSet<>(filed.keySet());
        paths.addAll(wanted.keySet());
        paths.removeIf(path -> Objects.equals(filed.get(path), wanted.get(path)));
        Map<String, String> before = filed;
        filed = Map.of(); // in doubt until filed and checked
        held(); // makes the store this thread's
        for (String path : paths) {
            if (before.containsKey(path)) { // a path not filed is not there: a fresh store deletes nothing
                db.deleteContent(path);
            }
            if (wanted.containsKey(path)) {
                DocumentModel document = DocumentModel.createDefaultDocumentModel();
                document.setSourceUri(path);
                document.setSha1(""); // JBake's own change check is not used
                document.setType(wanted.get(path));
                document.setStatus("published");
                db.addDocument(document);
            }
        }
        if (held() != wanted.size()) {
            throw new IllegalStateException("JBake holds " + held() + " of " + wanted.size() + " documents");
        }
        filed = Map.copyOf(wanted);
    }

    long held() {
        return Arrays.stream(DisclosureType.values()).mapToLong(type -> db.getDocumentCount(type.code())).sum();
    }

    @Override
    public void close() {
        try {
            db.drop();
        } finally {
            db.close();
        }
    }

    /**
     * OrientDB answers Ctrl+C itself, exiting with status 1 (read as content mistakes), and its shutdown hook waits on
     * the store's locks; the stores here are in memory, so the JVM's own handling ({@link Main}) is left to act alone.
     */
    private static void leaveStoppingToTheJvm() {
        Orient orient = Orient.instance();
        orient.removeSignalHandler();
        try {
            orient.removeShutdownHook();
        } catch (IllegalStateException e) {
            // the JVM is stopping already
        }
    }
}
