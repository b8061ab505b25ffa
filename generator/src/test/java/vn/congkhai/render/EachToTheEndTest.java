package vn.congkhai.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EachToTheEndTest {

    private final List<Integer> pages = IntStream.range(0, 64).boxed().toList();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();

    private volatile int failing;

    /** One page fails at once; every other takes a while to write, as a page being written into staging would. */
    private void write(Integer page) {
        started.incrementAndGet();
        try {
            if (page == failing) {
                throw new IllegalStateException("mẫu trang có lỗi");
            }
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.incrementAndGet();
        }
    }

    @Test
    void aFailedPageIsRethrownOnlyOnceNoOtherPageIsStillBeingWritten() throws InterruptedException {
        for (int page : new int[] {0, 7, 31, 32, 63}) {
            failing = page;
            started.set(0);
            finished.set(0);
            assertThatThrownBy(() -> SiteRenderer.eachToTheEnd(pages, this::write)).hasMessage("mẫu trang có lỗi");
            int returned = started.get();
            assertThat(finished.get()).as("failing page %d", page).isEqualTo(returned);
            Thread.sleep(50);
            assertThat(started.get()).as("nothing starts after the failure is rethrown").isEqualTo(returned);
        }
    }

    @Test
    void everyPageIsWrittenWhenNoneFails() {
        SiteRenderer.eachToTheEnd(pages, page -> started.incrementAndGet());
        assertThat(started.get()).isEqualTo(pages.size());
    }

    /** The checker checked: a parallel stream's own forEach returns while other pages are still being written. */
    @Test
    void aParallelForEachWouldReturnWhilePagesAreStillBeingWritten() throws InterruptedException {
        Consumer<Integer> write = this::write;
        int stillWriting = 0;
        for (int page = 0; page < pages.size() && stillWriting == 0; page++) {
            failing = page;
            started.set(0);
            finished.set(0);
            assertThatThrownBy(() -> pages.parallelStream().forEach(write)).isInstanceOf(IllegalStateException.class);
            int returned = finished.get();
            Thread.sleep(50);
            stillWriting = finished.get() - returned;
        }
        assertThat(stillWriting).isPositive();
    }
}
