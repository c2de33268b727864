package vn.vungcao.ssg.markdown;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.vungcao.ssg.diag.Diagnostic;

/**
 * Rendered bodies kept between builds of a preview, by file and a key made of everything the
 * rendering depends on (the Markdown text, the base path, the images). Thread-safe.
 */
public final class MarkdownCache {

    /** A rendered body and the warnings it gave. */
    public record Entry(String key, RenderedMarkdown rendered, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Entry get(String file, String key) {
        Entry e = entries.get(file);
        return e != null && e.key().equals(key) ? e : null;
    }

    public void put(String file, Entry entry) {
        entries.put(file, entry);
    }
}
