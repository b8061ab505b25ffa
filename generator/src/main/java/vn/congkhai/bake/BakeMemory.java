package vn.congkhai.bake;

import vn.congkhai.history.GitHistory;
import vn.congkhai.model.Disclosure;
import vn.congkhai.search.SearchIndex;
import vn.congkhai.validate.ContentValidator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a bakery keeps in memory from one bake to the next: nothing for a one-off bake ({@link #none()}); for the
 * preview ({@link #kept()}) JBake's store, whose database takes seconds to start, the git history while the same
 * commit is checked out, and the pure results of the check and the search index, by value; the preview's bakes also
 * update its site in place.
 */
final class BakeMemory implements AutoCloseable {

    private final boolean kept;
    private final SearchIndex.Memo search;
    private final ContentValidator.Memo check;
    private JBakeStore store;
    private GitHistory history;
    private int opened;

    private BakeMemory(boolean kept) {
        this.kept = kept;
        this.search = kept ? SearchIndex.Memo.kept(50_000) : SearchIndex.Memo.none(); // room for 50,000 pages
        this.check = kept ? ContentValidator.Memo.kept(50_000) : ContentValidator.Memo.none(); // and files
    }

    static BakeMemory none() {
        return new BakeMemory(false);
    }

    static BakeMemory kept() {
        return new BakeMemory(true);
    }

    /** The store this bake files its documents into: the one kept, or a new one. Called on a background thread. */
    synchronized JBakeStore store() {
        if (store == null) {
            store = new JBakeStore();
            opened++;
        }
        return store;
    }

    /** Files {@code published} into {@code into}; a kept store that failed to take them is in doubt: filed afresh. */
    void file(JBakeStore into, List<Disclosure> published) {
        try {
            into.file(published);
        } catch (RuntimeException e) {
            if (!kept) {
                throw e;
            }
            drop();
            store().file(published);
        }
    }

    /** After a bake, whatever happened; {@code inDoubt} when it ran out of resources mid-step. */
    void after(boolean inDoubt) {
        if (!kept || inDoubt) {
            drop();
        }
    }

    GitHistory history(Path contentDir) {
        GitHistory read = GitHistory.read(contentDir, history);
        history = kept ? read : null;
        return read;
    }

    /** Whether a bake brings the last bake's site up to date where it is instead of swapping a new folder in. */
    boolean inPlace() {
        return kept;
    }

    /** The search index's memo for a new bake: it forgets what the bake before the last one asked for. */
    SearchIndex.Memo nextSearchMemo() {
        search.nextRound();
        return search;
    }

    /** The check's memo for a new bake, likewise. */
    ContentValidator.Memo nextCheckMemo() {
        check.nextRound();
        return check;
    }

    synchronized int storesOpened() {
        return opened;
    }

    @Override
    public void close() {
        drop();
    }

    private synchronized void drop() {
        if (store != null) {
            try {
                store.close();
            } catch (RuntimeException e) {
                // in doubt already: a new store replaces it
            }
            store = null;
        }
    }
}
