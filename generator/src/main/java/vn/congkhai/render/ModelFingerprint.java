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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SHA-256 of what a template can reach from its model: values and JSON trees by their text, records by their
 * components, lists, maps and sets by content (maps and sets whatever their order), a source file by its paths and
 * the digest of its bytes. A model holding anything else, or nested deeper than {@link #DEPTH} (a cycle), has no
 * fingerprint, so its output is always made.
 */
public final class ModelFingerprint {

    /** Deeper than any model the generator builds. */
    private static final int DEPTH = 64;
    private static final MessageDigest PROTOTYPE = Sha256.digest();
    private static final Map<Class<?>, List<Method>> COMPONENTS = new ConcurrentHashMap<>();
    private static final byte[] UNHASHABLE = new byte[0];

    /** Each record's digest, by identity: the sections and disclosures shared by thousands of models cost it once. */
    private final Map<Identity, byte[]> records = new ConcurrentHashMap<>();

    /** The fingerprint of a template's model, as hex; null when the model cannot be looked into. */
    public String of(Object model) {
        try {
            MessageDigest sha = digest();
            value(sha, model, 0);
            return HexFormat.of().formatHex(sha.digest());
        } catch (RuntimeException e) { // Unhashable, or a JSON tree that cannot be written
            return null;
        }
    }

    private void value(MessageDigest sha, Object v, int depth) {
        if (depth > DEPTH) {
            throw new Unhashable();
        }
        if (v == null) {
            sha.update((byte) 0);
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
        } else if (v instanceof Map<?, ?> map) { // in the order of the keys' texts, whatever order it iterates in
            text(sha, 'M', Integer.toString(map.size()));
            map.entrySet().stream().sorted(Comparator.comparing((Map.Entry<?, ?> e) -> String.valueOf(e.getKey())))
                    .forEach(e -> {
                        value(sha, e.getKey(), depth + 1);
                        value(sha, e.getValue(), depth + 1);
                    });
        } else if (v instanceof Collection<?> c) { // a set in the order of its items' texts
            text(sha, v instanceof Set ? 'S' : 'L', Integer.toString(c.size()));
            (v instanceof Set ? c.stream().sorted(Comparator.comparing(String::valueOf)) : c.stream())
                    .forEach(item -> value(sha, item, depth + 1));
        } else if (v instanceof Record r) {
            record(sha, r, depth);
        } else {
            throw new Unhashable();
        }
    }

    /** A record, hashed into a digest of its own the first time it is met. */
    private void record(MessageDigest sha, Record r, int depth) {
        Identity id = new Identity(r);
        byte[] digest = records.get(id);
        if (digest == null) {
            MessageDigest own = digest();
            text(own, 'R', r.getClass().getName());
            try {
                for (Method component : components(r.getClass())) {
                    value(own, component.invoke(r), depth + 1);
                }
                digest = own.digest();
            } catch (RuntimeException | ReflectiveOperationException e) { // Unhashable, or a class that cannot be opened
                digest = UNHASHABLE;
            }
            records.put(id, digest);
        }
        if (digest == UNHASHABLE) {
            throw new Unhashable();
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

    private static MessageDigest digest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return Sha256.digest();
        }
    }

    private static List<Method> components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, k -> Arrays.stream(k.getRecordComponents()).map(c -> {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor;
        }).toList());
    }

    private record Identity(Object object) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /** What cannot be looked into: the model has no fingerprint. */
    private static final class Unhashable extends RuntimeException {
        Unhashable() {
            super(null, null, false, false);
        }
    }
}
