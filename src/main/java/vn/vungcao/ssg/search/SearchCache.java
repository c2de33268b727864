package vn.vungcao.ssg.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search files kept between builds of a preview, each with the fingerprint of the documents
 * it was made from: when the documents are the same, so are the bytes, and the index is not built
 * again. Thread-safe.
 */
public final class SearchCache {

    /** Files made from the documents of fingerprint {@code key}, and the hash that names them. */
    record Entry(String key, List<byte[]> bytes, String hash) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Entry get(String file, String key) {
        Entry e = entries.get(file);
        return e != null && e.key().equals(key) ? e : null;
    }

    void put(String file, Entry entry) {
        entries.put(file, entry);
    }
}
