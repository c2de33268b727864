package vn.vungcao.ssg.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.vungcao.ssg.fingerprint.Fingerprint;

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

    /**
     * A rendered page: {@code file} is the output path, kept so that writing it again hashes no new
     * string, and {@link #written} what the output gave back when the page was last written.
     */
    static final class Entry {
        private final String fingerprint;
        private final byte[] bytes;
        private final PageJob job;
        private final String settings;
        private final String theme;
        private final String file;
        /** The output's handle for the page ({@link SiteRenderer.Sink#keep}), or null; set by the render that writes it. */
        volatile Object written;

        Entry(String fingerprint, byte[] bytes, PageJob job, String settings, String theme, String file) {
            this.fingerprint = fingerprint;
            this.bytes = bytes;
            this.job = job;
            this.settings = settings;
            this.theme = theme;
            this.file = file;
        }

        String fingerprint() {
            return fingerprint;
        }

        byte[] bytes() {
            return bytes;
        }

        PageJob job() {
            return job;
        }

        String settings() {
            return settings;
        }

        String theme() {
            return theme;
        }

        String file() {
            return file;
        }
    }

    private record Planned(Object owner, List<Object> inputs, PageJob job) {
    }

    /**
     * The items of the last build in their order, found by walking them alongside this build's:
     * most are at the same place, or one further (after an item was added or removed), so most
     * look-ups compare two references and hash nothing. An item not found there is most often new
     * (an edited record is a new instance); only after a few such misses in a row are the last
     * build's items indexed. Owners are strings (compared by value) or records (by identity). Not
     * thread-safe.
     */
    private static final class Walk<T> {
        private final List<T> last;
        private final Function<T, Object> owner;
        private int at;
        private int misses;
        private Map<Object, Integer> places;

        Walk(List<T> last, Function<T, Object> owner) {
            this.last = last;
            this.owner = owner;
        }

        /** The last build's item of {@code key}, or null. */
        T find(Object key) {
            for (int i = at; i < Math.min(at + 2, last.size()); i++) {
                if (same(key, owner.apply(last.get(i)))) {
                    at = i + 1;
                    misses = 0;
                    return last.get(i);
                }
            }
            if (places == null && ++misses < 4) return null;
            if (places == null) {
                places = new HashMap<>(last.size() * 2);
                for (int i = 0; i < last.size(); i++) places.putIfAbsent(Key.of(owner.apply(last.get(i))), i);
            }
            Integer i = places.get(Key.of(key));
            if (i == null) return null;
            at = i + 1;
            return last.get(i);
        }

        private static boolean same(Object key, Object other) {
            return key == other || key instanceof String s && s.equals(other);
        }
    }

    /** A map key: a string by value, anything else by identity. */
    private record Key(Object value) {
        static Object of(Object value) {
            return value instanceof String ? value : new Key(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Fingerprint.Memory texts = new Fingerprint.Memory();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger planned = new AtomicInteger();

    private List<Object> planSettings;
    /** The last plan's pages in order, and this plan's so far. */
    private List<Planned> lastPlan = List.of();
    private List<Planned> plan = new ArrayList<>();
    private Walk<Planned> planWalk = new Walk<>(List.of(), Planned::owner);
    /** The pages the last render wrote, in order (from the entries), for {@link #rendered}. */
    private List<Entry> lastRender = List.of();
    private Walk<Entry> renderWalk = new Walk<>(List.of(), e -> e.job());

    Entry entry(String sitePath) {
        return entries.get(sitePath);
    }

    /** Starts rendering: the entries of the last render are walked in order. */
    synchronized void nextRender() {
        renderWalk = new Walk<>(lastRender, e -> e.job());
    }

    /** The entry the last render made from this very job (its bytes belong to its settings and templates), or null. */
    synchronized Entry rendered(PageJob job) {
        return renderWalk.find(job);
    }

    /**
     * Ends rendering: remembers this render's entries, in the order of its jobs, and forgets the
     * pages it did not make (deleted, renamed or failed), so a long preview holds only the site's
     * current pages. Every entry of {@code now} is held, so more held entries means stale ones.
     */
    synchronized void rendered(List<Entry> now) {
        lastRender = now;
        if (entries.size() > now.size()) {
            Set<String> current = new HashSet<>(now.size() * 2);
            for (Entry e : now) current.add(e.job().sitePath());
            entries.keySet().retainAll(current);
        }
    }

    /** How many rendered pages are held for the next build. */
    public int held() {
        return entries.size();
    }

    void put(String sitePath, Entry entry) {
        entries.put(sitePath, entry);
    }

    void counted() {
        rendered.incrementAndGet();
    }

    /** Starts planning with these settings: when they differ from the last plan's, every page is planned again. */
    synchronized void nextPlan(List<Object> settings) {
        lastPlan = settings.equals(planSettings) ? plan : List.of();
        plan = new ArrayList<>(lastPlan.size() + 16);
        planWalk = new Walk<>(lastPlan, Planned::owner);
        planSettings = settings;
    }

    /**
     * The last plan's job for {@code owner} when its inputs equal {@code inputs}, else the one
     * {@code make} gives. The owner is the page's site path, or the very record the page shows
     * (then the page's path and everything else it takes from the record are part of its inputs).
     */
    synchronized PageJob job(Object owner, List<Object> inputs, Supplier<PageJob> make) {
        Planned p = planWalk.find(owner);
        if (p == null || !same(p.inputs(), inputs)) {
            p = new Planned(owner, inputs, make.get());
            planned.incrementAndGet();
        }
        plan.add(p);
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
    Fingerprint.Memory texts() {
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
