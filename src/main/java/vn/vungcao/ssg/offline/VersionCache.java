package vn.vungcao.ssg.offline;

import java.util.Arrays;
import java.util.List;

/**
 * The service worker's cache version kept between builds of a preview, with the files it was
 * computed from: when every precached file is the same as last time (most are the very same
 * arrays, taken from the preview's other caches), the version is not hashed again. Thread-safe.
 */
public final class VersionCache {

    private List<byte[]> parts = List.of();
    private String version;

    synchronized String get(List<byte[]> now) {
        if (version == null || now.size() != parts.size()) return null;
        for (int i = 0; i < now.size(); i++) {
            byte[] a = now.get(i);
            byte[] b = parts.get(i);
            if (a != b && !Arrays.equals(a, b)) return null;
        }
        return version;
    }

    synchronized void put(List<byte[]> now, String hash) {
        parts = List.copyOf(now);
        version = hash;
        config = null;
    }

    private List<String> precache;
    private String base;
    private String config;

    /** The settings made last for this version (see {@link #get}), this precache list and base path, or null. */
    synchronized String config(List<String> precache, String base) {
        return config != null && precache.equals(this.precache) && base.equals(this.base) ? config : null;
    }

    synchronized void config(List<String> precache, String base, String config) {
        this.precache = List.copyOf(precache);
        this.base = base;
        this.config = config;
    }
}
