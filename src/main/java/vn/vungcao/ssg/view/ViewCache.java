package vn.vungcao.ssg.view;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Views kept between builds of a preview: a record read from a file that did not change is the
 * very same instance in the next build, and while its rendered body and the settings the views
 * depend on (base URL, config, images, the theme's words, the names of schools and campaigns, the
 * money the statements give each campaign) are the same, its view is too. Views of records that
 * are gone are dropped now and then, all at once. Thread-safe.
 */
public final class ViewCache {

    private record Made(Object body, Object view) {
    }

    private List<Object> settings;
    private Map<Object, Made> views = new IdentityHashMap<>();

    /**
     * Starts a build of {@code records} records whose views depend on {@code key}: when it differs
     * from the last build's, nothing is reused.
     */
    synchronized void nextBuild(List<Object> key, int records) {
        // every edit leaves the view of a record that is gone; when they are as many as the live ones, start again
        if (!key.equals(settings) || views.size() > 2 * records + 64) views = new IdentityHashMap<>(records * 2);
        settings = key;
    }

    /** The view made for this very record with this very body, or null. */
    synchronized Object get(Object record, Object body) {
        Made m = views.get(record);
        return m != null && m.body() == body ? m.view() : null;
    }

    synchronized void put(Object record, Object body, Object view) {
        views.put(record, new Made(body, view));
    }
}
