package vn.vungcao.ssg.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Planned and rendered pages kept between builds of a preview.
 *
 * <p>A page is planned again only when what it is made from (its inputs: the records and views it
 * shows, compared by value, most often as the very same instances) or the settings every page
 * depends on changed; otherwise the last build's {@link PageJob} is given again. A page whose job
 * is that same instance, with the same site views and templates, is not even fingerprinted; other
 * pages are rendered again only when their fingerprint (template with everything it extends or
 * includes, and variables) changed. Thread-safe.
 */
public final class PageCache {

    /** A rendered page: {@code file} is the output path, kept so that writing it again hashes no new string. */
    record Entry(String fingerprint, byte[] bytes, PageJob job, String settings, String theme, String file) {
    }

    private record Planned(List<Object> inputs, PageJob job) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final vn.vungcao.ssg.fingerprint.Fingerprint.Memory texts = new vn.vungcao.ssg.fingerprint.Fingerprint.Memory();
    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger planned = new java.util.concurrent.atomic.AtomicInteger();

    private List<Object> planSettings;
    /** Planned pages by their site path (lists) or by the identity of the record they show. */
    private Map<Object, Planned> previous = new HashMap<>();
    private Map<Object, Planned> current = new HashMap<>();
    private Map<Object, Planned> previousByRecord = new java.util.IdentityHashMap<>();
    private Map<Object, Planned> currentByRecord = new java.util.IdentityHashMap<>();

    Entry entry(String sitePath) {
        return entries.get(sitePath);
    }

    void put(String sitePath, Entry entry) {
        entries.put(sitePath, entry);
    }

    void counted() {
        rendered.incrementAndGet();
    }

    /** Starts planning with these settings: when they differ from the last plan's, every page is planned again. */
    synchronized void nextPlan(List<Object> settings) {
        boolean same = settings.equals(planSettings);
        previous = same ? current : new HashMap<>();
        previousByRecord = same ? currentByRecord : new java.util.IdentityHashMap<>();
        current = new HashMap<>(Math.max(16, previous.size() * 2));
        currentByRecord = new java.util.IdentityHashMap<>(previousByRecord.size());
        planSettings = settings;
    }

    /**
     * The last plan's job for {@code owner} when its inputs equal {@code inputs}, else the one
     * {@code make} gives. The owner is the page's site path, or the very record the page shows
     * (then the page's path and everything else it takes from the record are part of its inputs).
     */
    synchronized PageJob job(Object owner, List<Object> inputs, Supplier<PageJob> make) {
        boolean byPath = owner instanceof String;
        Planned p = (byPath ? previous : previousByRecord).get(owner);
        if (p == null || !same(p.inputs(), inputs)) {
            p = new Planned(inputs, make.get());
            planned.incrementAndGet();
        }
        (byPath ? current : currentByRecord).put(owner, p);
        return p.job();
    }

    /** Equal values, found equal at once when they are the very same instances (lists element by element). */
    private static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) return false;
            }
            return true;
        }
        return a != null && a.equals(b);
    }

    /** The digests of the long texts of the last build's pages (their bodies), for the next one's fingerprints. */
    vn.vungcao.ssg.fingerprint.Fingerprint.Memory texts() {
        return texts;
    }

    /** How many pages were rendered (not taken from the cache) since the last call. */
    public int takeRendered() {
        return rendered.getAndSet(0);
    }

    /** How many pages were planned again (not taken from the last plan) since the last call. */
    public int takePlanned() {
        return planned.getAndSet(0);
    }
}
