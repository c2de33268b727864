package vn.vungcao.ssg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.markdown.MarkdownCache;
import vn.vungcao.ssg.markdown.MarkdownRenderer;
import vn.vungcao.ssg.markdown.RenderedMarkdown;
import vn.vungcao.ssg.store.Store;

/**
 * The Markdown stage: every body of the site rendered on the pool, each taken instead from the
 * preview's memory ({@link MarkdownCache}) or from the store when its text, its first line and
 * the settings are those it was made with. Rendering starts with {@link #start} and is collected
 * with {@link #collect}, so that the thread that started it can do other work meanwhile. One
 * instance per build.
 */
final class Bodies {

    private final List<Map.Entry<String, Body>> bodies;
    private final List<Future<RenderedMarkdown>> made;
    private final MarkdownCache memory;

    private Bodies(List<Map.Entry<String, Body>> bodies, List<Future<RenderedMarkdown>> made, MarkdownCache memory) {
        this.bodies = bodies;
        this.made = made;
        this.memory = memory;
    }

    /**
     * Starts rendering every body of {@code content} on {@code pool}, its warnings added to
     * {@code diagnostics} (a body taken from memory gives them here at once).
     *
     * @param memory   the preview's rendered bodies, or null
     * @param store    the rendered bodies kept on disk, or null
     * @param settings what every body's HTML depends on besides its text (base URL, images, language)
     */
    static Bodies start(SiteContent content, MarkdownRenderer renderer, ExecutorService pool, Diagnostics diagnostics,
                        MarkdownCache memory, Store<RenderedMarkdown> store, String settings) {
        List<Map.Entry<String, Body>> bodies = bodies(content);
        if (memory != null) memory.settings(settings);
        List<Future<RenderedMarkdown>> made = new ArrayList<>(bodies.size());
        for (Map.Entry<String, Body> b : bodies) {
            MarkdownCache.Entry known = memory == null ? null : memory.get(b.getKey(), b.getValue());
            if (known != null) {
                // a body rendered before is taken here: handing it to the pool would cost more than the look-up
                known.diagnostics().forEach(diagnostics::add);
                made.add(CompletableFuture.completedFuture(known.rendered()));
                continue;
            }
            made.add(pool.submit(() -> {
                Diagnostics local = diagnostics.fork();
                RenderedMarkdown rendered = renderOrTake(store, settings, renderer, b, local);
                List<Diagnostic> found = local.sorted();
                found.forEach(diagnostics::add);
                if (memory != null) memory.put(b.getKey(), new MarkdownCache.Entry(b.getValue(), rendered, found));
                return rendered;
            }));
        }
        return new Bodies(bodies, made, memory);
    }

    /** Every body's HTML by its file, once all are made. */
    Map<String, RenderedMarkdown> collect() {
        // looked up by file only, never walked: a hash map, not a sorted one
        Map<String, RenderedMarkdown> out = new HashMap<>(bodies.size() * 2);
        for (int i = 0; i < bodies.size(); i++) out.put(bodies.get(i).getKey(), get(made.get(i)));
        if (memory != null) memory.keep(out.keySet());
        return out;
    }

    /**
     * A body's HTML, its warnings added to {@code diagnostics}: from {@code store} (when not null)
     * when its text, first line and the settings are those it was kept with, else rendered (and kept).
     */
    private static RenderedMarkdown renderOrTake(Store<RenderedMarkdown> store, String settings, MarkdownRenderer renderer,
                                                 Map.Entry<String, Body> b, Diagnostics diagnostics) {
        if (store == null) return renderer.render(b.getValue(), b.getKey(), diagnostics);
        String digest = store.digest(b.getValue().markdown(), b.getValue().firstLine(), settings);
        Store.Hit<RenderedMarkdown> known = store.get(b.getKey(), digest);
        if (known != null) {
            known.diagnostics().forEach(diagnostics::add);
            return known.value();
        }
        Diagnostics local = diagnostics.fork();
        RenderedMarkdown rendered = renderer.render(b.getValue(), b.getKey(), local);
        List<Diagnostic> found = local.sorted();
        found.forEach(diagnostics::add);
        store.put(b.getKey(), digest, rendered, found);
        return rendered;
    }

    /** Every body of the site with its file: news, schools, children, campaigns, pages, questions. */
    private static List<Map.Entry<String, Body>> bodies(SiteContent content) {
        List<Map.Entry<String, Body>> bodies = new ArrayList<>();
        content.news().forEach(n -> bodies.add(Map.entry(n.origin().file(), n.body())));
        content.schools().forEach(s -> bodies.add(Map.entry(s.origin().file(), s.body())));
        content.children().forEach(c -> bodies.add(Map.entry(c.origin().file(), c.body())));
        content.campaigns().forEach(c -> bodies.add(Map.entry(c.origin().file(), c.body())));
        content.pages().forEach(p -> bodies.add(Map.entry(p.origin().file(), p.body())));
        content.faqs().forEach(q -> bodies.add(Map.entry(q.origin().file(), q.body())));
        return bodies;
    }

    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }
}
