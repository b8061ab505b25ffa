package vn.congkhai.render;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Renders every web page of the site's {@link SitePlan}, each once, on every core. */
public final class SiteRenderer {

    private SiteRenderer() {
    }

    public static void render(SitePlan plan, PageWriter out) {
        eachToTheEnd(plan.addresses(SitePlan.Kind.PAGE),
                page -> out.page(page.path(), page.template(), page.model().get()));
    }

    /**
     * Runs {@code write} on every item, on every core, returning only once none is being written (a failing parallel
     * {@code forEach} returns while others still write into staging); after a failure the rest are skipped.
     */
    static <T> void eachToTheEnd(List<T> items, Consumer<T> write) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // no lambda throws, so the stream ends only when every item has
        items.parallelStream().forEach(item -> {
            if (failure.get() == null) {
                try {
                    write.accept(item);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        });
        if (failure.get() instanceof Error e) {
            throw e;
        } else if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
    }
}
