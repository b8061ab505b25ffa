package vn.congkhai.render;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Renders every web page of the site's {@link SitePlan}, each once, in time linear in the number of disclosures. */
public final class SiteRenderer {

    private SiteRenderer() {
    }

    /**
     * Runs {@code write} on every item, on every core, and returns only when no item is still being written, failed
     * or not: a parallel stream's {@code forEach} rethrows the first failure while other cores are still writing into
     * the staging folder the bake then deletes. After a failure, the items not yet started are skipped.
     */
    static <T> void eachToTheEnd(List<T> items, Consumer<T> write) {
        AtomicBoolean failed = new AtomicBoolean();
        // no lambda throws and nothing short-circuits, so the stream ends only when every item has
        List<Throwable> failures = items.parallelStream().map(item -> {
            if (failed.get()) {
                return null;
            }
            try {
                write.accept(item);
                return null;
            } catch (RuntimeException | Error e) {
                failed.set(true);
                return (Throwable) e;
            }
        }).filter(Objects::nonNull).toList();
        if (!failures.isEmpty()) {
            Throwable e = failures.get(0);
            if (e instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e;
        }
    }

    /** Renders every web page of {@code plan}, on every core: each page is a file of its own. */
    public static void render(SitePlan plan, PageWriter out) {
        eachToTheEnd(plan.pages(), page -> out.page(page.path(), page.template(), page.model().get()));
    }
}
