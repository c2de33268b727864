package vn.vungcao.ssg.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.diag.Diagnostic;

/**
 * Rendered bodies kept between builds of a preview, by file and body; all are forgotten when the
 * settings the rendering depends on (the base path, the images) change. A body read from an
 * unchanged file is the same instance as last time, so most look-ups compare no text. Thread-safe.
 */
public final class MarkdownCache {

    /** A rendered body and the warnings it gave. */
    public record Entry(Body body, RenderedMarkdown rendered, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private String settings;

    /** Starts a build with these settings: when they differ from the last build's, nothing is reused. */
    public synchronized void settings(String key) {
        if (!key.equals(settings)) entries.clear();
        settings = key;
    }

    public Entry get(String file, Body body) {
        Entry e = entries.get(file);
        return e != null && (e.body() == body || e.body().equals(body)) ? e : null;
    }

    public void put(String file, Entry entry) {
        entries.put(file, entry);
    }

    /** Ends a build whose bodies came from {@code files}: the bodies of other files (deleted, renamed) are forgotten. */
    public void keep(Set<String> files) {
        if (entries.size() > files.size()) entries.keySet().retainAll(files);
    }

    /** How many rendered bodies are held for the next build. */
    public int held() {
        return entries.size();
    }
}
