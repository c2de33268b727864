package vn.vungcao.ssg.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.vungcao.ssg.diag.Diagnostic;

/**
 * Parsed content files kept between builds of a preview, by path, size and modification time,
 * with the diagnostics each gave; all are forgotten when the settings that parsing depends on
 * change. A file that did not change is not read again. Thread-safe.
 */
public final class ContentCache {

    record Entry(Object key, Object item, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private String settings;

    /** Starts a build with these settings: when they differ from the last build's, nothing is reused. */
    synchronized void settings(String key) {
        if (!key.equals(settings)) entries.clear();
        settings = key;
    }

    Entry get(String file, Object key) {
        Entry e = entries.get(file);
        return e != null && e.key().equals(key) ? e : null;
    }

    void put(String file, Entry entry) {
        entries.put(file, entry);
    }

    /** Forgets files that are gone. */
    void retain(java.util.Set<String> files) {
        entries.keySet().retainAll(files);
    }
}
