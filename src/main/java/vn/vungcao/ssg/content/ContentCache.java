package vn.vungcao.ssg.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.vungcao.ssg.diag.Diagnostic;

/**
 * Parsed content files kept between builds of a preview, by path, size and modification time,
 * with the diagnostics each gave; all are forgotten when the settings that parsing depends on
 * change. A file that did not change is not read again.
 *
 * <p>It also keeps what the last folder walk found ({@link Snapshot}) and the files reported as
 * changed since ({@link #changed}): when every change is known, the next build reads only those
 * files instead of walking {@code content/} again. When no change is reported before a build, the
 * build walks the folder as usual. Thread-safe.
 */
public final class ContentCache {

    record Entry(Object key, Object item, List<Diagnostic> diagnostics) {
    }

    /**
     * What the last build found under {@code content/}: its documents, its published files and the
     * problems the walk itself reported (links, Markdown in unknown folders), by absolute path.
     * Owned by the loader of one build at a time.
     */
    static final class Snapshot {
        final TreeSet<Path> documents = new TreeSet<>();
        final TreeMap<Path, Asset> assets = new TreeMap<>();
        final TreeMap<Path, List<Diagnostic>> problems = new TreeMap<>();

        /** Whether the snapshot knows this very file. */
        boolean knows(Path file) {
            return documents.contains(file) || assets.containsKey(file) || problems.containsKey(file);
        }

        /** Whether the snapshot knows a file inside {@code dir} (a folder that was deleted). */
        boolean hasUnder(Path dir) {
            for (var set : List.of(documents, assets.keySet(), problems.keySet())) {
                for (Path p : set) {
                    if (!p.equals(dir) && p.startsWith(dir)) return true;
                }
            }
            return false;
        }

        void forget(Path file) {
            documents.remove(file);
            assets.remove(file);
            problems.remove(file);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private String settings;
    private Snapshot snapshot;
    /** Files reported changed since the last build read them; null when unknown (or none reported). */
    private Set<Path> changed;

    /** Starts a build with these settings: when they differ from the last build's, nothing is reused. */
    synchronized void settings(String key) {
        if (!key.equals(settings)) {
            entries.clear();
            snapshot = null;
        }
        settings = key;
    }

    /**
     * Tells the cache that these files (absolute paths; deleted ones too) may have changed since
     * the last build. Reports add up until a build reads them.
     */
    public synchronized void changed(Collection<Path> files) {
        if (snapshot == null) return;
        if (changed == null) changed = new HashSet<>();
        for (Path f : files) changed.add(f.toAbsolutePath().normalize());
    }

    /** Tells the cache that anything may have changed: the next build walks the whole folder. */
    public synchronized void changedUnknown() {
        snapshot = null;
        changed = null;
    }

    /**
     * The snapshot and the changes since it, taken out of the cache for one build (which puts a new
     * snapshot back when it is done); null when the build must walk the folder.
     */
    synchronized Taken take() {
        Snapshot s = snapshot;
        Set<Path> c = changed;
        snapshot = null;
        changed = null;
        return s == null || c == null ? null : new Taken(s, c);
    }

    record Taken(Snapshot snapshot, Set<Path> changed) {
    }

    /** Records of one kind as a build found them (in the order of their files) and as sorted. */
    private record Sorted(List<?> found, List<?> sorted) {
    }

    private final Map<String, Sorted> sorted = new ConcurrentHashMap<>();

    /**
     * The records sorted by {@code order}, as an unmodifiable list: the last build's very list when
     * these are the very records it sorted, in the same order (an edit of one news post leaves the
     * 8,000 children as they were: not sorted again, and the same list for the stages after).
     */
    @SuppressWarnings("unchecked")
    <T> List<T> sorted(String kind, List<T> found, Comparator<? super T> order) {
        Sorted last = sorted.get(kind);
        if (last != null && same(last.found(), found)) return (List<T>) last.sorted();
        List<T> made = last == null ? null : oneReplaced((List<T>) last.found(), (List<T>) last.sorted(), found, order);
        if (made == null) {
            made = new ArrayList<>(found);
            made.sort(order);
        }
        List<T> kept = List.copyOf(made);
        sorted.put(kind, new Sorted(found, kept));
        return kept;
    }

    /**
     * The last sorted list with the one record that differs from the last build taken out and the new
     * one put in its place by binary search (an edited news post at 2,000 posts: a dozen comparisons
     * instead of a sort); null when more than one record differs, or when the new one is equal in
     * {@code order} to one kept, where only a sort tells which comes first.
     */
    private static <T> List<T> oneReplaced(List<T> lastFound, List<T> lastSorted, List<T> found,
                                           Comparator<? super T> order) {
        if (lastFound.size() != found.size()) return null;
        int changed = -1;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) == lastFound.get(i)) continue;
            if (changed >= 0) return null;
            changed = i;
        }
        if (changed < 0) return null;
        T old = lastFound.get(changed);
        List<T> made = new ArrayList<>(lastSorted.size());
        for (T t : lastSorted) {
            if (t != old) made.add(t);
        }
        if (made.size() != lastSorted.size() - 1) return null;
        int at = Collections.binarySearch(made, found.get(changed), order);
        if (at >= 0) return null;
        made.add(-at - 1, found.get(changed));
        return made;
    }

    private static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) return false;
        }
        return true;
    }

    /** Puts back the snapshot a build made or updated; changes reported from now on apply to it. */
    synchronized void keep(Snapshot s) {
        snapshot = s;
        changed = null;
    }

    Entry get(String file, Object key) {
        Entry e = entries.get(file);
        return e != null && e.key().equals(key) ? e : null;
    }

    /** The entry of a file whatever its stamp (the file is known not to have changed), or null. */
    Entry known(String file) {
        return entries.get(file);
    }

    void put(String file, Entry entry) {
        entries.put(file, entry);
    }

    void remove(String file) {
        entries.remove(file);
    }
}
