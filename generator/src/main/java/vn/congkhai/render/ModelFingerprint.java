package vn.congkhai.render;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congkhai.content.SourceDocument;
import vn.congkhai.text.Sha256;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A SHA-256 of everything a template can reach from its model: strings, numbers, dates, enums and paths by value;
 * records, lists, maps, JSON trees and the generator's own objects field by field, all the way down; a source file
 * read by the bake by its paths and the digest of its bytes. Two models with the same fingerprint render the same page
 * with the same templates. What it cannot see into (a library's or the JDK's object of another kind, a lambda) gets a
 * value never seen before, so a page showing it is always rendered.
 *
 * <p>Maps and sets count by content, not by the order they iterate in: templates look maps up by key, and a page that
 * printed a map in an order changing from run to run ({@code Map.of}) would not be reproducible in the first place.
 *
 * <p>Each record and object is hashed once per fingerprinter (by identity): the site's sections and disclosures,
 * shared by thousands of page models, cost their size once. Models are immutable once built.
 */
public final class ModelFingerprint {

    private static final byte NULL = 0, TEXT = 1, NUMBER = 2, BOOLEAN = 3, ENUM = 4, VALUE = 5, LIST = 6, MAP = 7,
            OBJECT = 8, JSON = 9, OPAQUE = 10, CYCLE = 11, REF = 12;

    /** What cannot be looked into is told apart by a counter under this run's random name: never equal elsewhere. */
    private static final String RUN = UUID.randomUUID().toString();
    private static final AtomicLong OPAQUE_COUNT = new AtomicLong();
    private static final MessageDigest PROTOTYPE = Sha256.digest();
    private static final Map<Class<?>, List<Member>> MEMBERS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, byte[]> NAMES = new ConcurrentHashMap<>();

    /** Texts this long are hashed once per object, like records: a page's body is shared by its page and printout. */
    private static final int LONG_TEXT = 1024;

    /** What this fingerprinter hashed, by identity: the objects shared by many models cost their size once. */
    private final Map<Identity, byte[]> done = new ConcurrentHashMap<>();
    private final AtomicLong opaque = new AtomicLong();

    /** The fingerprint of a template's model, as hex. */
    public String of(Object model) {
        Walk walk = new Walk();
        walk.value(model);
        return HexFormat.of().formatHex(walk.sha.digest());
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

    /**
     * One walk through a model. Records and objects are hashed into digests of their own (pushed while they are walked)
     * so that their digest can be kept; {@code path} holds the objects being walked, to spot a cycle.
     */
    private final class Walk {
        private MessageDigest sha = newDigest();
        private final IdentityHashMap<Object, Integer> path = new IdentityHashMap<>();
        private final byte[] length = new byte[5];
        /** The shallowest object on the path that a cycle under the current object points back to. */
        private int cycleTarget = Integer.MAX_VALUE;

        void value(Object v) {
            if (v == null) {
                tag(NULL);
            } else if (v instanceof String s && s.length() >= LONG_TEXT) {
                once(s);
            } else if (v instanceof String s) {
                text(TEXT, s);
            } else if (v instanceof CharSequence || v instanceof Character) {
                text(TEXT, v.toString());
            } else if (v instanceof Boolean b) {
                tag(BOOLEAN);
                sha.update((byte) (b ? 1 : 0));
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                    || v instanceof Double || v instanceof Float || v instanceof BigDecimal || v instanceof BigInteger) {
                typed(NUMBER, v.getClass(), v.toString());
            } else if (v instanceof Enum<?> e) {
                typed(ENUM, e.getDeclaringClass(), e.name());
            } else if (v instanceof TemporalAccessor || v instanceof Path || v instanceof URI || v instanceof Locale) {
                typed(VALUE, v.getClass(), v.toString());
            } else if (v instanceof Optional<?> o) {
                tag(LIST);
                value(o.orElse(null));
            } else if (v instanceof JsonNode json) {
                json(json);
            } else if (v instanceof SourceDocument doc && doc.sha256() != null) {
                // A file read by the bake is its paths and the digest of its bytes: its body and its tree of fields
                // (typed by its schema or not) are what the generator makes of those bytes, in every bake alike.
                text(VALUE, "source:" + doc.file() + "\n" + doc.path() + "\n" + doc.contentPath() + "\n"
                        + doc.format() + "\n" + doc.bodyLine() + "\n" + doc.sha256());
            } else if (v instanceof Set<?> set) {
                text(MAP, "set:" + set.size());
                unordered(set.stream().map(item -> apart(item, null)));
            } else if (v instanceof Collection<?> c) {
                text(LIST, Integer.toString(c.size()));
                for (Object item : c) {
                    value(item);
                }
            } else if (v instanceof Map<?, ?> m) {
                map(m);
            } else if (v.getClass().isArray()) {
                int n = Array.getLength(v);
                text(LIST, v.getClass().getComponentType().getName() + ":" + n);
                for (int i = 0; i < n; i++) {
                    value(Array.get(v, i));
                }
            } else {
                object(v);
            }
        }

        /** A long text, hashed once by identity into a digest of its own. */
        private void once(String s) {
            byte[] digest = known(s);
            if (digest == null) {
                MessageDigest outer = sha;
                sha = newDigest();
                text(TEXT, s);
                digest = sha.digest();
                done.put(new Identity(s), digest);
                sha = outer;
            }
            tag(REF);
            sha.update(digest);
        }

        /** The digest of an object this fingerprinter hashed before. */
        private byte[] known(Object v) {
            return done.get(new Identity(v));
        }

        /** A record or one of the generator's objects: hashed once, by identity, into a digest of its own. */
        private void object(Object v) {
            Integer depth = path.get(v);
            if (depth != null) { // a cycle: which object on the path it points back to
                cycleTarget = Math.min(cycleTarget, depth);
                text(CYCLE, Integer.toString(path.size() - depth));
                return;
            }
            byte[] digest = known(v);
            if (digest == null) {
                MessageDigest outer = sha;
                int outerTarget = cycleTarget;
                int depthHere = path.size();
                sha = newDigest();
                cycleTarget = Integer.MAX_VALUE;
                path.put(v, depthHere);
                structure(v);
                path.remove(v);
                digest = sha.digest();
                if (cycleTarget >= depthHere) { // a cycle only within itself: the digest is its own wherever it is met
                    done.put(new Identity(v), digest);
                }
                sha = outer;
                cycleTarget = Math.min(outerTarget, cycleTarget);
            }
            tag(REF);
            sha.update(digest);
        }

        /** A record by its components, one of the generator's objects by its fields; anything else is opaque. */
        private void structure(Object v) {
            List<Member> members;
            try {
                members = members(v.getClass());
            } catch (RuntimeException e) { // a class that cannot be opened
                members = null;
            }
            if (members == null) {
                opaque(v);
                return;
            }
            bytes(OBJECT, name(v.getClass()));
            for (Member member : members) {
                try {
                    value(member.read(v));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    opaque(v);
                }
            }
        }

        /** A map by content: entries in key order when the keys are texts (templates' maps), else by their digests. */
        private void map(Map<?, ?> m) {
            text(MAP, "map:" + m.size());
            if (m.keySet().stream().allMatch(k -> k instanceof String)) {
                List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
                entries.sort(Comparator.comparing((Map.Entry<?, ?> e) -> (String) e.getKey()));
                for (Map.Entry<?, ?> e : entries) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else {
                unordered(m.entrySet().stream().map(e -> apart(e.getKey(), e.getValue())));
            }
        }

        private void unordered(java.util.stream.Stream<byte[]> digests) {
            digests.sorted(Arrays::compare).toList().forEach(sha::update);
        }

        /** The digest of one or two values on their own, on this walk's path. */
        private byte[] apart(Object first, Object second) {
            MessageDigest outer = sha;
            sha = newDigest();
            value(first);
            value(second);
            byte[] digest = sha.digest();
            sha = outer;
            return digest;
        }

        private void json(JsonNode node) {
            text(JSON, node.getNodeType() + ":" + node.getClass().getSimpleName());
            if (node.isObject()) {
                text(MAP, Integer.toString(node.size()));
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    text(TEXT, e.getKey());
                    json(e.getValue());
                }
            } else if (node.isArray()) {
                text(LIST, Integer.toString(node.size()));
                for (JsonNode item : node) {
                    json(item);
                }
            } else {
                text(VALUE, node.asText());
            }
        }

        private void opaque(Object v) {
            opaque.incrementAndGet();
            text(OPAQUE, v.getClass().getName() + "@" + RUN + "-" + OPAQUE_COUNT.incrementAndGet());
        }

        /** A value of a class by its text: the class's name (its bytes made once per class), then the text. */
        private void typed(byte tag, Class<?> type, String text) {
            bytes(tag, name(type));
            text(tag, text);
        }

        private void tag(byte tag) {
            sha.update(tag);
        }

        private void text(byte tag, String s) {
            bytes(tag, s.getBytes(StandardCharsets.UTF_8));
        }

        /** A tag, then {@code bytes} after their length (so that where one value ends is part of what is hashed). */
        private void bytes(byte tag, byte[] bytes) {
            int n = bytes.length;
            length[0] = tag;
            length[1] = (byte) (n >>> 24);
            length[2] = (byte) (n >>> 16);
            length[3] = (byte) (n >>> 8);
            length[4] = (byte) n;
            sha.update(length);
            sha.update(bytes);
        }
    }

    /** A class's name as bytes, made once per class. */
    private static byte[] name(Class<?> type) {
        return NAMES.computeIfAbsent(type, c -> c.getName().getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return Sha256.digest();
        }
    }

    /** A value of an object: a record's component or a field. */
    private interface Member {
        Object read(Object object) throws ReflectiveOperationException;
    }

    /**
     * What a class's value is made of, made readable: a record's components in order; the instance fields of one of
     * the generator's own classes and its superclasses (by name, class by class); null for any other class.
     */
    private static List<Member> members(Class<?> type) {
        if (!type.isRecord() && (!type.getName().startsWith("vn.congkhai.") || type.isHidden() || type.isSynthetic())) {
            return null;
        }
        return MEMBERS.computeIfAbsent(type, k -> {
            List<Member> members = new ArrayList<>();
            if (k.isRecord()) {
                for (RecordComponent c : k.getRecordComponents()) {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    members.add(accessor::invoke);
                }
                return List.copyOf(members);
            }
            for (Class<?> c = k; c != null && c != Object.class; c = c.getSuperclass()) {
                List<Field> own = new ArrayList<>();
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        own.add(f);
                    }
                }
                own.sort(Comparator.comparing(Field::getName));
                own.forEach(f -> members.add(f::get));
            }
            return List.copyOf(members);
        });
    }
}
