package vn.congkhai.render;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.text.Sha256;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A SHA-256 of everything a template can reach from its model: strings, numbers, dates, enums and paths by value;
 * records, lists, maps, JSON trees and the generator's own objects field by field, all the way down. Two models with
 * the same fingerprint render the same page with the same templates. What it cannot see into (a library's or the
 * JDK's object of another kind, a lambda) gets a value never seen before, so a page showing it is always rendered.
 *
 * <p>Each record or object is hashed once per fingerprinter (by identity): the site's sections and disclosures,
 * shared by thousands of page models, cost their size once. The models must not change while they are hashed.
 */
public final class ModelFingerprint {

    private static final byte NULL = 0, TEXT = 1, NUMBER = 2, BOOLEAN = 3, ENUM = 4, VALUE = 5, LIST = 6, MAP = 7,
            OBJECT = 8, JSON = 9, OPAQUE = 10, CYCLE = 11, REF = 12;

    /** Unique values for what cannot be looked into: never equal across fingerprinters or processes. */
    private static final AtomicLong OPAQUE_COUNT = new AtomicLong();
    private static final String RUN = java.util.UUID.randomUUID().toString();

    private final Map<Identity, byte[]> done = new ConcurrentHashMap<>();
    private final AtomicLong opaque = new AtomicLong();

    /** The fingerprint of a template's model, as hex. */
    public String of(Object model) {
        MessageDigest sha = Sha256.digest();
        new Walk(sha).value(model);
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** How many values could not be looked into so far (each makes its page be rendered every time). */
    public long opaqueValues() {
        return opaque.get();
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

    /** One walk through a model into one digest; {@code path} holds the objects being hashed, to spot cycles. */
    private final class Walk {
        private final MessageDigest sha;
        private final IdentityHashMap<Object, Integer> path = new IdentityHashMap<>();
        private boolean cyclic;

        Walk(MessageDigest sha) {
            this.sha = sha;
        }

        void value(Object v) {
            if (v == null) {
                tag(NULL);
            } else if (v instanceof CharSequence || v instanceof Character) {
                text(TEXT, v.toString());
            } else if (v instanceof Boolean b) {
                tag(BOOLEAN);
                sha.update((byte) (b ? 1 : 0));
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                    || v instanceof Double || v instanceof Float || v instanceof BigDecimal || v instanceof BigInteger) {
                text(NUMBER, v.getClass().getSimpleName() + ":" + v);
            } else if (v instanceof Enum<?> e) {
                text(ENUM, e.getDeclaringClass().getName() + "." + e.name());
            } else if (v instanceof TemporalAccessor || v instanceof Path || v instanceof URI
                    || v instanceof java.util.Locale) {
                text(VALUE, v.getClass().getName() + ":" + v);
            } else if (v instanceof Optional<?> o) {
                tag(LIST);
                value(o.orElse(null));
            } else {
                composite(v);
            }
        }

        /**
         * A record, collection, map, JSON tree or object: hashed once, by identity, into a digest of its own (not kept
         * when it points back at an object it is part of: such a digest is only right where it was made).
         */
        private void composite(Object v) {
            Integer depth = path.get(v);
            if (depth != null) { // a cycle: which object on the path it points back to
                cyclic = true;
                text(CYCLE, Integer.toString(path.size() - depth));
                return;
            }
            byte[] digest = done.get(new Identity(v));
            if (digest == null) {
                Walk inner = new Walk(Sha256.digest());
                inner.path.putAll(path);
                inner.path.put(v, path.size());
                inner.structure(v);
                digest = inner.sha.digest();
                if (inner.cyclic) {
                    cyclic = true;
                } else {
                    done.put(new Identity(v), digest);
                }
            }
            tag(REF);
            sha.update(digest);
        }

        private void structure(Object v) {
            Class<?> type = v.getClass();
            if (v instanceof JsonNode json) {
                json(json);
            } else if (type.isRecord()) {
                text(OBJECT, type.getName());
                for (RecordComponent c : type.getRecordComponents()) {
                    try {
                        c.getAccessor().setAccessible(true);
                        value(c.getAccessor().invoke(v));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        opaque(v);
                    }
                }
            } else if (v instanceof Set<?> set) {
                text(MAP, "set:" + set.size());
                unordered(set.stream().map(item -> digest(item, null)));
            } else if (v instanceof Collection<?> c) {
                text(LIST, Integer.toString(c.size()));
                for (Object item : c) {
                    value(item);
                }
            } else if (v instanceof Map<?, ?> m) {
                text(MAP, "map:" + m.size());
                unordered(m.entrySet().stream().map(e -> digest(e.getKey(), e.getValue())));
            } else if (type.isArray()) {
                int n = Array.getLength(v);
                text(LIST, type.getComponentType().getName() + ":" + n);
                for (int i = 0; i < n; i++) {
                    value(Array.get(v, i));
                }
            } else if (type.getName().startsWith("vn.congkhai.") && !type.isHidden() && !type.isSynthetic()) {
                fields(v, type);
            } else {
                opaque(v);
            }
        }

        /**
         * A set or map: its items' digests in sorted order. Templates look maps up by key; the order of a set or map
         * may change from run to run ({@code Map.of}, or a linked map filled from one), and a page that printed it
         * would not be reproducible in the first place.
         */
        private void unordered(java.util.stream.Stream<byte[]> digests) {
            digests.sorted(java.util.Arrays::compare).toList().forEach(sha::update);
        }

        /** The digest of one or two values on their own, on this walk's path. */
        private byte[] digest(Object first, Object second) {
            Walk inner = new Walk(Sha256.digest());
            inner.path.putAll(path);
            inner.value(first);
            inner.value(second);
            cyclic |= inner.cyclic;
            return inner.sha.digest();
        }

        /** One of the generator's own classes: its fields, its superclasses' too. */
        private void fields(Object v, Class<?> type) {
            text(OBJECT, type.getName());
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : declaredFields(c)) {
                    try {
                        f.setAccessible(true);
                        value(f.get(v));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        opaque(v);
                    }
                }
            }
        }

        private void json(JsonNode node) {
            text(JSON, node.getNodeType() + ":" + node.getClass().getSimpleName());
            if (node.isObject()) {
                tag(MAP);
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    text(TEXT, e.getKey());
                    value(e.getValue());
                }
            } else if (node.isArray()) {
                text(LIST, Integer.toString(node.size()));
                for (JsonNode item : node) {
                    value(item);
                }
            } else {
                text(VALUE, node.asText());
            }
        }

        private void opaque(Object v) {
            opaque.incrementAndGet();
            text(OPAQUE, v.getClass().getName() + "@" + RUN + "-" + OPAQUE_COUNT.incrementAndGet());
        }

        private void tag(byte tag) {
            sha.update(tag);
        }

        private void text(byte tag, String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            sha.update(tag);
            sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
    }

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    /** The instance fields of a class in a fixed order (their names'), static ones left out. */
    private static List<Field> declaredFields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            List<Field> fields = new ArrayList<>();
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.add(f);
                }
            }
            fields.sort(java.util.Comparator.comparing(Field::getName));
            return List.copyOf(fields);
        });
    }
}
