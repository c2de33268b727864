package vn.vungcao.ssg.fingerprint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A 128-bit digest of a value made of records, lists, maps, strings, numbers, dates and nulls, as
 * a 32-digit hex string: two values get the same fingerprint exactly when they would print the same
 * (the chance that different values collide is about 2<sup>-128</sup>; the hash is not meant to
 * resist someone who crafts collisions on purpose). It walks the value's structure instead of
 * printing it, and remembers the digest of each record, list and map it has seen (by identity),
 * so a view shown on many pages is digested once per instance.
 *
 * <p>One instance per build: it remembers the objects it has seen (until it is dropped), so
 * values must not change while it is in use (they are immutable records here). Thread-safe.
 */
public final class Fingerprint {

    private static final long K1 = 0x87c37b91114253d5L;
    private static final long K2 = 0x4cf5ad432745937fL;

    /** Digests by object identity, one map per thread so that threads do not wait for each other. */
    private final ThreadLocal<Map<Object, long[]>> seen = ThreadLocal.withInitial(IdentityHashMap::new);
    private final Map<Class<?>, Method[]> accessors = new ConcurrentHashMap<>();
    private final Memory memory;

    /** Strings at least this long are digested on their own, and remembered by a {@link Memory}. */
    private static final int LONG_TEXT = 256;

    /** A fingerprint that remembers nothing beyond itself. */
    public Fingerprint() {
        this(null);
    }

    /** @param memory long texts' digests from the previous build (the same bodies, as the same strings), or null */
    public Fingerprint(Memory memory) {
        this.memory = memory;
    }

    /**
     * The digests of long texts, kept from one build to the next by identity: a body that did not
     * change is the very same string in the next build, so it is not read again. Only the last
     * build's texts are kept. Thread-safe.
     */
    public static final class Memory {
        private Map<String, long[]> previous = new IdentityHashMap<>();
        private Map<String, long[]> current = new IdentityHashMap<>();

        /** Starts a build: what the build before last used is forgotten. */
        public synchronized void nextBuild() {
            previous = current;
            current = new IdentityHashMap<>();
        }

        synchronized long[] get(String text) {
            long[] d = current.get(text);
            if (d == null) {
                d = previous.get(text);
                if (d != null) current.put(text, d);
            }
            return d;
        }

        synchronized void put(String text, long[] digest) {
            current.put(text, digest);
        }
    }

    /** The fingerprint of {@code values}, in order. */
    public String of(Object... values) {
        Map<Object, long[]> seen = this.seen.get();
        Hasher h = new Hasher();
        for (Object v : values) add(h, v, seen);
        long[] d = h.finish();
        return HexFormat.of().toHexDigits(d[0]) + HexFormat.of().toHexDigits(d[1]);
    }

    private long[] digest(Object value, Map<Object, long[]> seen) {
        boolean remember = value instanceof Record || value instanceof Collection<?> || value instanceof Map<?, ?>;
        if (remember) {
            long[] known = seen.get(value);
            if (known != null) return known;
        }
        Hasher h = new Hasher();
        add(h, value, seen);
        long[] d = h.finish();
        if (remember) seen.put(value, d);
        return d;
    }

    private void add(Hasher h, Object value, Map<Object, long[]> seen) {
        if (value == null) {
            h.tag('n');
        } else if (value instanceof String s && s.length() >= LONG_TEXT) {
            h.tag('t');
            h.digest(longText(s));
        } else if (value instanceof String s) {
            h.tag('s');
            h.text(s);
        } else if (value instanceof Record r) {
            h.tag('r');
            h.text(r.getClass().getName());
            for (Method m : accessors(r.getClass())) h.digest(digest(invoke(m, r), seen));
        } else if (value instanceof Map<?, ?> map) {
            h.tag('m');
            h.number(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                h.digest(digest(e.getKey(), seen));
                h.digest(digest(e.getValue(), seen));
            }
        } else if (value instanceof Collection<?> list) {
            h.tag('l');
            h.number(list.size());
            for (Object o : list) h.digest(digest(o, seen));
        } else {
            // numbers, booleans, dates, enums: what a template prints is their text
            h.tag('o');
            h.text(value.getClass().getName());
            h.text(value.toString());
        }
    }

    private long[] longText(String s) {
        long[] d = memory == null ? null : memory.get(s);
        if (d == null) {
            Hasher h = new Hasher();
            h.text(s);
            d = h.finish();
            if (memory != null) memory.put(s, d);
        }
        return d;
    }

    private Method[] accessors(Class<?> type) {
        return accessors.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] methods = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
                methods[i].trySetAccessible();
            }
            return methods;
        });
    }

    private static Object invoke(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    private static final char[] NO_CHARS = new char[0];

    /** Two 64-bit lanes mixed as MurmurHash3 mixes them, fed chars, numbers and digests. */
    private static final class Hasher {
        private long h1 = 0x9e3779b97f4a7c15L;
        private long h2 = 0xc2b2ae3d27d4eb4fL;
        private long length;

        void tag(char c) {
            mix(c, 0x5bd1e995L);
        }

        void number(long n) {
            mix(n, 0x27d4eb2f165667c5L);
        }

        /** The chars of the text being mixed: C1 checks the index of every {@code charAt} of Vietnamese text in a call. */
        private char[] chars = NO_CHARS;

        void text(String s) {
            int n = s.length();
            number(n);
            if (chars.length < n) chars = new char[Math.max(n, Math.max(64, chars.length * 2))];
            char[] c = chars;
            s.getChars(0, n, c, 0);
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                mix(((long) c[i] << 48) | ((long) c[i + 1] << 32) | ((long) c[i + 2] << 16) | c[i + 3], 0);
            }
            long rest = 0;
            for (; i < n; i++) rest = (rest << 16) | c[i];
            mix(rest, 0x165667b19e3779f9L);
        }

        void digest(long[] d) {
            mix(d[0], 0x94d049bb133111ebL);
            mix(d[1], 0xbf58476d1ce4e5b9L);
        }

        private void mix(long k, long salt) {
            length++;
            long k1 = (k ^ salt) * K1;
            k1 = Long.rotateLeft(k1, 31) * K2;
            h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            long k2 = (k + salt) * K2;
            k2 = Long.rotateLeft(k2, 33) * K1;
            h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }

        long[] finish() {
            long a = h1 ^ length;
            long b = h2 ^ length;
            a += b;
            b += a;
            a = fmix(a);
            b = fmix(b);
            a += b;
            b += a;
            return new long[] {a, b};
        }

        private static long fmix(long k) {
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            k *= 0xc4ceb93fe53a87bbL;
            k ^= k >>> 33;
            return k;
        }
    }
}
