package vn.congkhai.bake;

import vn.congkhai.history.GitHistory;
import vn.congkhai.model.Disclosure;
import vn.congkhai.search.SearchIndex;
import vn.congkhai.validate.ContentValidator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a bakery keeps from one bake to the next: nothing for a one-off bake; for the preview ({@code kept}), JBake's
 * store, which takes seconds to start, the git history, and the check's and search index's pure results, by value.
 */
final class BakeMemory implements AutoCloseable {

    /** Whether anything is kept; a bake that keeps also updates its site in place rather than swapping one in. */
    final boolean kept;
    private final SearchIndex.Memo search;
    private final ContentValidator.Memo check;
    private JBakeStore store;
    private GitHistory history;
    private int opened;

    BakeMemory(boolean kept) {
        this.kept = kept;
        this.search = kept ? SearchIndex.Memo.kept(50_000) : SearchIndex.Memo.none(); // room for 50,000 pages
        this.check = kept ? ContentValidator.Memo.kept(50_000) : ContentValidator.Memo.none(); // and files
    }

    /** The store this bake files its documents into: the one kept, or a new one, slow to start. */
    synchronized JBakeStore store() {
        if (store == null) {
            store = new JBakeStore();
            opened++;
        }
        return store;
    }

    /** Files {@code published} into the {@link #store}; a kept one that failed to take them is replaced. */
    void file(List<Disclosure> published) {
        Map<String, String> wanted = published.stream().collect(Collectors.toMap(d -> d.source().contentPath(),
                d -> d.type().code(), (one, other) -> other));
        try {
            store().file(wanted);
        } catch (RuntimeException e) {
            if (!kept) {
                throw e;
            }
            close();
            store().file(wanted);
        }
    }

    /** After a bake, whatever happened; {@code inDoubt} when it ran out of resources mid-step. */
    void after(boolean inDoubt) {
        if (!kept || inDoubt) {
            close();
        }
    }

    GitHistory history(Path contentDir) {
        GitHistory read = GitHistory.read(contentDir, history);
        history = kept ? read : null;
        return read;
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

    /** Drops the store; a new one replaces it when next asked for. */
    @Override
    public synchronized void close() {
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
