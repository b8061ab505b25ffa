package vn.congkhai.validate;

import vn.congkhai.config.Commune;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.model.Disclosure;
import vn.congkhai.model.DisclosureType;
import vn.congkhai.problem.Problems;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the checks that look at one document alone (the guards: personal data, characters, sizes; its type's JSON
 * Schema; its metadata) found in each document of the last bake, for a bakery that bakes again and again (the
 * preview's): a document read again unchanged (the very same object: {@code SourceMemory} gives it back while its
 * file keeps its stamp), under the same type and for the same commune, is not checked again.
 */
public final class CheckMemory {

    /** A check of a document by identity (what was read of one file), with what the check depends on besides. */
    private record Key(String check, Object document, DisclosureType type, Commune commune) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.check.equals(check) && k.document == document && k.type == type
                    && k.commune.equals(commune);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(document) * 31 + check.hashCode()) * 31
                    + (type == null ? 0 : type.hashCode());
        }
    }

    private final Map<Key, Problems> last;
    private final Map<Key, Problems> now = new ConcurrentHashMap<>();
    private final Map<Key, Disclosure> lastDisclosures;
    private final Map<Key, Disclosure> disclosures = new ConcurrentHashMap<>();

    /** Nothing checked yet. */
    public CheckMemory() {
        this(Map.of(), Map.of());
    }

    private CheckMemory(Map<Key, Problems> last, Map<Key, Disclosure> lastDisclosures) {
        this.last = last;
        this.lastDisclosures = lastDisclosures;
    }

    /** A memory for the next bake, holding what this one found (and only that). */
    public CheckMemory next() {
        return new CheckMemory(now, disclosures);
    }

    /**
     * The disclosure {@code check} makes of {@code doc}'s metadata, or the one it made of the same document last time
     * for the same commune. Only a disclosure that was found faultless and names no attachment is kept: naming a file
     * is checked against the whole content each time (it may have gone, or have been named by another document).
     */
    Optional<Disclosure> disclosure(SourceDocument doc, Commune commune, Problems problems,
                                    Function<Problems, Optional<Disclosure>> check) {
        Key key = new Key("metadata", doc, null, commune);
        Disclosure kept = lastDisclosures.get(key);
        if (kept == null) {
            Problems found = problems.part(); // what it finds is the bake's too
            Optional<Disclosure> made = check.apply(found);
            if (made.isEmpty() || !found.isEmpty() || !made.get().attachments().isEmpty()) {
                return made;
            }
            kept = made.get();
        }
        disclosures.put(key, kept);
        return Optional.of(kept);
    }

    /**
     * What {@code check} (named {@code name}) finds in {@code doc}, or what it found in the same document last time; the
     * problems found are never added to.
     */
    Problems of(String name, SourceDocument doc, DisclosureType type, Commune commune, Supplier<Problems> check) {
        Key key = new Key(name, doc, type, commune);
        Problems found = last.get(key);
        if (found == null) {
            found = check.get();
        }
        now.put(key, found);
        return found;
    }
}
