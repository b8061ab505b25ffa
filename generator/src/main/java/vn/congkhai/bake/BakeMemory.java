package vn.congkhai.bake;

import vn.congkhai.history.GitHistory;
import vn.congkhai.model.Disclosure;
import vn.congkhai.search.SearchIndex;
import vn.congkhai.validate.ContentValidator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a bakery keeps in memory from one bake to the next. A one-off bake keeps nothing ({@link #none()}); the
 * preview ({@link #kept()}) keeps JBake's store, whose database takes seconds to start, and the git history while the
 * same commit is checked out, and brings its site up to date where it is. What a bake takes from the last one on disk
 * (the whole site for unchanged sources, each output whose hash is unchanged) is the same for both: {@link BakeCache}.
 */
abstract sealed class BakeMemory implements AutoCloseable permits BakeMemory.None, BakeMemory.Kept {

    /** Keeps nothing: each bake opens its own store and reads the history afresh. */
    static BakeMemory none() {
        return new None();
    }

    /** Keeps the store and the history for the next bake, and bakes into the site where it is. */
    static BakeMemory kept() {
        return new Kept();
    }

    /** A store for this bake's crawl: a new one, or the one kept. Called on a background thread. */
    abstract JBakeStore store();

    /** Crawls {@code published} into {@code store}, which must then hold exactly them. */
    abstract void crawl(JBakeStore store, List<Disclosure> published);

    /** After the bake, whatever happened; {@code inDoubt} when the bake ran out of resources mid-step. */
    abstract void after(JBakeStore store, boolean inDoubt);

    /** The history of the commune's content in git. */
    abstract GitHistory history(Path contentDir);

    /** Whether a bake brings the last bake's site up to date where it is instead of swapping a new folder in. */
    abstract boolean inPlace();

    /** What the search index may take from the last bake: pure results by value ({@code PureMemo}); none by default. */
    SearchIndex.Memo searchMemo() {
        return SearchIndex.Memo.none();
    }

    /** A bake begins (the kept memos forget what the bake before the last one asked for). */
    void begin() {
    }

    /** The check's memo for a new bake ({@link ContentValidator.Memo}): none by default. */
    ContentValidator.Memo nextCheckMemo() {
        return ContentValidator.Memo.none();
    }

    /** How many stores this memory has opened (a kept one: one unless a crawl went wrong). */
    int storesOpened() {
        return 0;
    }

    @Override
    public void close() {
    }

    /** The memory of a one-off bake: nothing. */
    static final class None extends BakeMemory {

        @Override
        JBakeStore store() {
            return new JBakeStore();
        }

        @Override
        void crawl(JBakeStore store, List<Disclosure> published) {
            store.crawl(published);
        }

        @Override
        void after(JBakeStore store, boolean inDoubt) {
            if (store != null) {
                store.close();
            }
        }

        @Override
        GitHistory history(Path contentDir) {
            return GitHistory.read(contentDir);
        }

        @Override
        boolean inPlace() {
            return false;
        }
    }

    /** The preview's memory. */
    static final class Kept extends BakeMemory {
        private JBakeStore store;
        private GitHistory history;
        private int opened;
        /** Room for the search entries of a site of this many pages; a bigger site keeps this many. */
        private final SearchIndex.Memo search = SearchIndex.Memo.kept(50_000);
        /** Room for the documents of a commune of this many files (ten times the largest measured). */
        private final ContentValidator.Memo check = ContentValidator.Memo.kept(50_000);

        @Override
        synchronized JBakeStore store() {
            if (store == null) {
                store = new JBakeStore();
                opened++;
            }
            return store;
        }

        /** A store whose crawl failed is in doubt: it is dropped and the crawl done afresh in a new one. */
        @Override
        void crawl(JBakeStore into, List<Disclosure> published) {
            try {
                into.crawl(published);
            } catch (RuntimeException e) {
                drop();
                store().crawl(published);
            }
        }

        @Override
        void after(JBakeStore used, boolean inDoubt) {
            if (inDoubt) {
                drop();
            }
        }

        @Override
        GitHistory history(Path contentDir) {
            history = GitHistory.read(contentDir, history);
            return history;
        }

        @Override
        boolean inPlace() {
            return true;
        }

        @Override
        SearchIndex.Memo searchMemo() {
            return search;
        }

        @Override
        void begin() {
            search.nextRound();
        }

        @Override
        ContentValidator.Memo nextCheckMemo() {
            check.nextRound();
            return check;
        }

        @Override
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
}
