package vn.vungcao.ssg.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages kept between builds of a preview: a page whose template (with everything it
 * extends or includes) and whose variables are the same as last time is not rendered again.
 * Thread-safe.
 */
public final class PageCache {

    record Entry(String fingerprint, byte[] bytes) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final vn.vungcao.ssg.fingerprint.Fingerprint.Memory texts = new vn.vungcao.ssg.fingerprint.Fingerprint.Memory();
    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();

    byte[] get(String sitePath, String fingerprint) {
        Entry e = entries.get(sitePath);
        return e != null && e.fingerprint().equals(fingerprint) ? e.bytes() : null;
    }

    void put(String sitePath, String fingerprint, byte[] bytes) {
        entries.put(sitePath, new Entry(fingerprint, bytes));
        rendered.incrementAndGet();
    }

    /** The digests of the long texts of the last build's pages (their bodies), for the next one's fingerprints. */
    vn.vungcao.ssg.fingerprint.Fingerprint.Memory texts() {
        return texts;
    }

    /** How many pages were rendered (not taken from the cache) since the last call. */
    public int takeRendered() {
        return rendered.getAndSet(0);
    }
}
