package vn.vungcao.ssg.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Views kept between builds of a preview: a record read from a file that did not change is the
 * very same instance in the next build, and while its rendered body and the settings the views
 * depend on (base URL, config, images, the theme's words, the names of schools and campaigns, the
 * money the statements give each campaign) are the same, its view is too. Only the last build's
 * views are kept. Thread-safe.
 */
public final class ViewCache {

    private record Made(Object body, Object view) {
    }

    private List<Object> settings;
    private Map<Object, Made> previous = new IdentityHashMap<>();
    private Map<Object, Made> current = new IdentityHashMap<>();

    /** Starts a build whose views depend on {@code key}: when it differs from the last build's, nothing is reused. */
    synchronized void nextBuild(List<Object> key) {
        previous = key.equals(settings) ? current : new IdentityHashMap<>();
        current = new IdentityHashMap<>(previous.size());
        settings = key;
    }

    /** The view made last build for this very record with this very body (kept for the next build too), or null. */
    synchronized Object get(Object record, Object body) {
        Made m = previous.get(record);
        if (m == null || m.body() != body) return null;
        current.put(record, m);
        return m.view();
    }

    /** Keeps a view made in this build for the next. */
    synchronized void put(Object record, Object body, Object view) {
        current.put(record, new Made(body, view));
    }
}
