package vn.vungcao.ssg.view;

import java.util.HashMap;
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

    /** A list of views made by a build: of these very records, each with this very body. */
    private record Listed(List<?> records, Object[] bodies, List<?> views) {
    }

    private List<Object> settings;
    private Map<Object, Made> views = new IdentityHashMap<>();
    private final Map<String, Listed> lists = new HashMap<>();

    /**
     * Starts a build of {@code records} records whose views depend on {@code key}: when it differs
     * from the last build's, nothing is reused.
     */
    synchronized void nextBuild(List<Object> key, int records) {
        // every edit leaves the view of a record that is gone; when they are as many as the live ones, start again
        if (!key.equals(settings) || views.size() > 2 * records + 64) views = new IdentityHashMap<>(records * 2);
        if (!key.equals(settings)) lists.clear();
        settings = key;
    }

    /**
     * The list of views {@link #list(String, List, Object[], List)} kept for {@code kind}, when it
     * was made of these very records, each with the very body given here; else null. A news edit
     * leaves the children's list as it was: its views are taken whole, not looked up one by one.
     */
    synchronized List<?> list(String kind, List<?> records, Object[] bodies) {
        Listed l = lists.get(kind);
        if (l == null || l.records() != records || l.bodies().length != bodies.length) return null;
        for (int i = 0; i < bodies.length; i++) {
            if (l.bodies()[i] != bodies[i]) return null;
        }
        return l.views();
    }

    synchronized void list(String kind, List<?> records, Object[] bodies, List<?> made) {
        lists.put(kind, new Listed(records, bodies, made));
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
