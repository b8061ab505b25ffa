package vn.congkhai.validate;

import vn.congkhai.config.Commune;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.problem.Problems;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the guards (personal data, characters, sizes) found in each document of the last bake, for a bakery that bakes
 * again and again (the preview's): a document read again unchanged (the very same object: {@code SourceMemory} gives
 * it back while its file keeps its stamp), under the same type and for the same commune, is not checked again.
 */
public final class GuardMemory {

    /** A document by identity (what was read of one file), with what its guards depend on besides. */
    private record Key(Object document, DisclosureType type, Commune commune) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.document == document && k.type == type && k.commune.equals(commune);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document) * 31 + (type == null ? 0 : type.hashCode());
        }
    }

    private final Map<Key, Problems> last;
    private final Map<Key, Problems> now = new ConcurrentHashMap<>();

    /** Nothing checked yet. */
    public GuardMemory() {
        this(Map.of());
    }

    private GuardMemory(Map<Key, Problems> last) {
        this.last = last;
    }

    /** A memory for the next bake, holding what this one found (and only that). */
    public GuardMemory next() {
        return new GuardMemory(now);
    }

    /** What {@code check} finds in {@code doc}, or what it found in the same document last time. */
    Problems of(SourceDocument doc, DisclosureType type, Commune commune, Supplier<Problems> check) {
        Key key = new Key(doc, type, commune);
        Problems found = last.get(key);
        if (found == null) {
            found = check.get();
        }
        now.put(key, found);
        return found;
    }
}
