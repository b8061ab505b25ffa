package vn.congkhai.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a pure function gave for a value, kept from one bake to the next by the preview only. The key is the whole
 * input by value and the result immutable, so nothing can go stale; each {@link #nextRound()} forgets what the last
 * bake did not ask for, and at most {@code limit} results are kept.
 *
 * @param <K> the function's input, compared by value
 * @param <V> its result, immutable
 */
public final class PureMemo<K, V> {

    private final int limit;
    private volatile Map<K, V> last = new ConcurrentHashMap<>();
    private volatile Map<K, V> now = new ConcurrentHashMap<>();

    private PureMemo(int limit) {
        this.limit = limit;
    }

    /** Keeps nothing: the function is run every time (a one-off bake's). */
    public static <K, V> PureMemo<K, V> none() {
        return new PureMemo<>(0);
    }

    /** Keeps at most {@code limit} results of the last bake and this one. */
    public static <K, V> PureMemo<K, V> kept(int limit) {
        return new PureMemo<>(limit);
    }

    /** {@code function.apply(key)}, or what it gave for an equal key in the last bake or this one. */
    public V apply(K key, Function<K, V> function) {
        if (limit == 0) { // keeps nothing: not even the key's hash, which for a page's text costs a pass over it
            return function.apply(key);
        }
        V value = find(key);
        if (value == null) {
            value = function.apply(key);
            if (now.size() < limit) {
                now.put(key, value);
            }
        }
        return value;
    }

    /** What the function gave for an equal key in the last bake or this one, or null. */
    public V find(K key) {
        V value = now.get(key);
        if (value == null) {
            value = last.get(key);
            if (value != null && now.size() < limit) {
                now.put(key, value);
            }
        }
        return value;
    }

    /** A new bake begins: what the bake before the last one asked for, and the last did not, is forgotten. */
    public void nextRound() {
        last = now;
        now = new ConcurrentHashMap<>();
    }
}
