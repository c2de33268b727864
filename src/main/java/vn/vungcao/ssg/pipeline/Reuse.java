package vn.vungcao.ssg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.vungcao.ssg.content.ContentCache;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.RecordChecks;
import vn.vungcao.ssg.feed.Feeds;
import vn.vungcao.ssg.markdown.MarkdownCache;
import vn.vungcao.ssg.offline.VersionCache;
import vn.vungcao.ssg.publish.Output;
import vn.vungcao.ssg.render.PageCache;
import vn.vungcao.ssg.render.PageJob;
import vn.vungcao.ssg.search.SearchCache;
import vn.vungcao.ssg.view.ViewCache;

/**
 * What one build takes from the builds of the same site before it, behind one interface, so that
 * a one-shot build and the preview run the same stages: {@link OneShot} keeps what it makes in
 * the stores of the kept folder ({@link Stores}) for the next run, and {@link BuildCache} keeps
 * it in memory from one preview build to the next (reading and updating the stores at its first
 * build). The in-memory caches are null where a one-shot build has none; every stage gives the
 * same bytes whatever it takes. Not for concurrent builds.
 */
interface Reuse {

    /** Called when a build with {@code options} starts, before anything is read. */
    void startBuild(BuildOptions options);

    /** The stores on disk this build reads and updates, or null (a preview after its first build). */
    Stores stores();

    /** Parsed content files from the last build, or null. */
    ContentCache content();

    /** Rendered bodies from the last build, or null. */
    MarkdownCache markdown();

    /** Views from the last build, or null. */
    ViewCache views();

    /** What the checks of single records found at the last build, or null. */
    RecordChecks checks();

    /** Search files from the last build, or null. */
    SearchCache search();

    /** Rendered pages from the last build, or null. */
    PageCache pages();

    /** The service worker's last version, or null. */
    VersionCache version();

    /**
     * The value {@code make} gives for {@code key} from the theme's files (its words, static
     * files, templates, images): made again unless the key is equal and no file of the theme
     * changed; the diagnostics it gave are added to {@code diagnostics} each time.
     */
    <T> T fromTheme(String name, List<Object> key, Diagnostics diagnostics, Function<Diagnostics, T> make);

    /**
     * The value {@code make} gives from the file {@code file} (an image of the content) and
     * {@code key}: made again unless the file was reported changed, its size or time changed, or
     * the key is not equal; the diagnostics it gave are added to {@code diagnostics} each time.
     * Thread-safe.
     */
    <T> T fromFile(Path file, List<Object> key, Diagnostics diagnostics, Function<Diagnostics, T> make);

    /** The value {@code make} gives for {@code key}, made again unless the key is equal (it depends on nothing else). */
    <T> T same(String name, List<Object> key, Supplier<T> make);

    /** The last build's sitemap, by its jobs; this build's replaces it. */
    SitemapEntries sitemapEntries();

    void sitemapEntries(SitemapEntries entries);

    /**
     * A build's pages, in the plan's order, each one's sitemap entry ({@code Boolean.FALSE} for a
     * page not in it), and the sitemap's entries in order.
     */
    record SitemapEntries(List<PageJob> jobs, Object[] entries, List<Feeds.SitemapEntry> listed) {
        static final SitemapEntries NONE = new SitemapEntries(List.of(), new Object[0], List.of());
    }

    /** Where this build writes the site that {@code options} names (its output folder, resolved as {@code out}). */
    Output output(BuildOptions options, Path out) throws IOException;
}
