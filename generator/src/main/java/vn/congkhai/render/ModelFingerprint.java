package vn.congkhai.render;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.text.Sha256;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A SHA-256 of what a template can reach from its model: values and JSON trees by their text, records by their
 * components, lists, maps and sets by content (maps and sets whatever their order), a source file by its paths and
 * the digest of its bytes. A model holding anything else, or nested deeper than {@link #DEPTH} (a cycle), has no
 * fingerprint, so its output is always made.
 */
public final class ModelFingerprint {

    /** Deeper than any model the generator builds. */
    private static final int DEPTH = 64;
    /** Texts this long are worth a digest of their own: a page's JSON-LD is in its printouts' models too. */
    private static final int LONG = 256;
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    /** What cannot be looked into: the model has no fingerprint. */
    private static final RuntimeException UNHASHABLE = new RuntimeException("no fingerprint", null, false, false) { };

    /** Digests of records and texts, which cannot change, by identity: what thousands of models share costs it once. */
    private final Map<Object, byte[]> digests = Collections.synchronizedMap(new IdentityHashMap<>(1 << 16));

    /** The fingerprint of a template's model, as hex; null when the model cannot be looked into. */
    public String of(Object model) {
        try {
            MessageDigest sha = Sha256.digest();
            value(sha, model, 0);
            return HexFormat.of().formatHex(sha.digest());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void value(MessageDigest sha, Object v, int depth) {
        if (depth > DEPTH) {
            throw UNHASHABLE;
        }
        if (v == null) {
            sha.update((byte) 0);
        } else if (v instanceof String s && s.length() >= LONG) {
            own(sha, s, into -> text(into, 'T', s));
        } else if (v instanceof CharSequence) {
            text(sha, 'T', v.toString());
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Enum<?> || v instanceof TemporalAccessor) {
            text(sha, 'V', v.getClass().getName() + ":" + v);
        } else if (v instanceof JsonNode json) {
            text(sha, 'J', json.toString()); // its JSON text: its values, their kinds and order
        } else if (v instanceof SourceDocument doc && doc.sha256() != null) {
            // A file the bake read is its paths and its bytes: its body and fields are what the generator makes of them.
            text(sha, 'F', doc.file() + "\n" + doc.path() + "\n" + doc.contentPath() + "\n" + doc.format() + "\n"
                    + doc.bodyLine() + "\n" + doc.sha256());
        } else if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
            Map<?, ?> map = v instanceof Map<?, ?> m ? m : null;
            Object[] items = map != null ? map.keySet().toArray() : ((Collection<?>) v).toArray();
            text(sha, map != null ? 'M' : v instanceof Set ? 'S' : 'L', Integer.toString(items.length));
            if (map != null || v instanceof Set) { // in the order of their texts, whatever order they iterate in
                Arrays.sort(items, Comparator.comparing(String::valueOf));
            }
            for (Object item : items) {
                value(sha, item, depth + 1);
                if (map != null) {
                    value(sha, map.get(item), depth + 1);
                }
            }
        } else if (v instanceof Record r) {
            Shape shape = SHAPES.computeIfAbsent(r.getClass(), Shape::of);
            Consumer<MessageDigest> components = into -> {
                text(into, 'R', r.getClass().getName());
                try {
                    for (Method component : shape.components()) {
                        value(into, component.invoke(r), depth + 1);
                    }
                } catch (ReflectiveOperationException e) {
                    throw UNHASHABLE;
                }
            };
            if (shape.plain()) {
                components.accept(sha);
            } else {
                own(sha, r, components);
            }
        } else {
            throw UNHASHABLE;
        }
    }

    /** {@code v} hashed into a digest of its own the first time it is met, then that digest wherever it is. */
    private void own(MessageDigest sha, Object v, Consumer<MessageDigest> hash) {
        byte[] digest = digests.get(v);
        if (digest == null) {
            MessageDigest own = Sha256.digest();
            hash.accept(own);
            digest = own.digest();
            digests.put(v, digest);
        }
        sha.update(digest);
    }

    /** A tag, then the text after its length, so that where one value ends is part of what is hashed. */
    private static void text(MessageDigest sha, char tag, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        sha.update(new byte[] {(byte) tag, (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
    }


    /**
     * A record type's accessors, and whether it holds only plain values (texts, numbers, dates, or records of those):
     * such a record is hashed where it is met, a digest of its own costing more than its few values.
     */
    private record Shape(List<Method> components, boolean plain) {

        static Shape of(Class<?> type) {
            List<Method> accessors = Arrays.stream(type.getRecordComponents()).map(c -> c.getAccessor()).toList();
            accessors.forEach(a -> a.setAccessible(true));
            return new Shape(accessors, accessors.stream().map(Method::getReturnType).allMatch(t -> plain(t)
                    || t.isRecord() && Arrays.stream(t.getRecordComponents()).allMatch(c -> plain(c.getType()))));
        }

        private static boolean plain(Class<?> t) {
            return t.isPrimitive() || t == String.class || t == Boolean.class || t.isEnum()
                    || Number.class.isAssignableFrom(t) || TemporalAccessor.class.isAssignableFrom(t);
        }
    }
}
