package vn.congkhai.bake;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** JBake's store, kept between bakes as the preview keeps it, given only what changed. */
class JBakeStoreTest {

    @Test
    void aKeptStoreHoldsExactlyWhatIsPublishedAfterDocumentsAreAddedRetypedAndRemoved() {
        try (JBakeStore store = new JBakeStore()) {
            store.file(Map.of("thong-bao/a.md", "thong-bao", "thong-bao/b.md", "thong-bao",
                    "ho-ngheo/c.json", "ho-ngheo"));
            assertThat(store.held()).isEqualTo(3);

            store.file(Map.of("thong-bao/a.md", "chinh-sach", "ho-ngheo/c.json", "ho-ngheo",
                    "thu-tuc/d.json", "thu-tuc"));
            assertThat(store.held()).as("b removed, a retyped, d added").isEqualTo(3);

            store.file(Map.of());
            assertThat(store.held()).isZero();
        }
    }

    @Test
    void twoStoresOfOneProcessShareNothing() {
        try (JBakeStore one = new JBakeStore(); JBakeStore other = new JBakeStore()) {
            one.file(Map.of("thong-bao/a.md", "thong-bao"));
            assertThat(other.held()).isZero();
        }
    }
}
