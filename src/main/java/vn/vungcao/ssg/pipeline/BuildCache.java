package vn.vungcao.ssg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.vungcao.ssg.content.ContentCache;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.RecordChecks;
import vn.vungcao.ssg.markdown.MarkdownCache;
import vn.vungcao.ssg.offline.VersionCache;
import vn.vungcao.ssg.publish.InPlaceOutput;
import vn.vungcao.ssg.publish.Output;
import vn.vungcao.ssg.publish.Staging;
import vn.vungcao.ssg.render.PageCache;
import vn.vungcao.ssg.render.PageJob;
import vn.vungcao.ssg.search.SearchCache;
import vn.vungcao.ssg.view.ViewCache;

/**
 * What a preview keeps from one build to the next so that a change re-does only what depends on
 * it: parsed files, rendered bodies, views, planned and rendered pages, the search files, the
 * service worker's version, the theme, and the output folder updated in place. A build with a
 * cache gives the same bytes as a build without one.
 *
 * <p>Whoever watches the site may tell the cache which files changed before each build
 * ({@link #changed}); the build then looks only at those files instead of walking the whole site,
 * and keeps the theme when no file of it changed. When nothing is reported before a build, or
 * {@link #changedUnknown} was called, the build looks at every file. Not for concurrent builds;
 * report changes between builds.
 */
public final class BuildCache implements Reuse {

    private final ContentCache content = new ContentCache();
    private final MarkdownCache markdown = new MarkdownCache();
    private final PageCache pages = new PageCache();
    private final ViewCache views = new ViewCache();
    private final SearchCache search = new SearchCache();
    private final RecordChecks checks = new RecordChecks();
    private final VersionCache version = new VersionCache();
    private final InPlaceOutput output;

    /** Whether a build has started with this cache. */
    private boolean started;
    /** The stores on disk, for the first build only: it reads them and updates them; the later builds keep everything here. */
    private Stores stores;

    /** Files reported changed since the last build started; null when none were reported. */
    private Set<Path> reported;
    private boolean unknown;
    /** Bumped whenever a file of the theme may have changed: what was made from the theme is made again. */
    private long themeGeneration;
    /** Values made from the theme (by generation) or from a key alone (generation -1), by name. */
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(long generation, List<Object> key, Object value, List<Diagnostic> diagnostics) {
    }

    /** @param output the folder the preview serves, updated in place */
    public BuildCache(Path output) throws IOException {
        this.output = new InPlaceOutput(output);
    }

    /**
     * Tells the cache that these files (or folders; deleted ones too) may have changed since the
     * last build. Reports add up until the next build.
     */
    public synchronized void changed(Collection<Path> files) {
        content.changed(files);
        for (Path f : files) {
            Path p = f.toAbsolutePath().normalize();
            // a folder's files too: a folder renamed or removed reports only itself
            fromFiles.keySet().removeIf(k -> k.startsWith(p));
        }
        if (unknown) return;
        if (reported == null) reported = new HashSet<>();
        for (Path f : files) reported.add(f.toAbsolutePath().normalize());
    }

    /** Tells the cache that anything may have changed (the watcher lost track): the next build looks at every file. */
    public synchronized void changedUnknown() {
        content.changedUnknown();
        fromFiles.clear();
        unknown = true;
        reported = null;
    }

    /**
     * Starts a build of the site at {@code site}: what was made from the theme is forgotten unless
     * the changes reported since the last build are known and none is under {@code themes/}.
     */
    @Override
    public synchronized void startBuild(BuildOptions options) {
        stores = started ? null : Stores.open(options);
        started = true;
        checks.nextBuild();
        Path themes = options.site().toAbsolutePath().normalize().resolve("themes");
        boolean themeSame = !unknown && reported != null && reported.stream().noneMatch(p -> p.startsWith(themes));
        if (!themeSame) themeGeneration++;
        reported = null;
        unknown = false;
    }

    /**
     * The value made by {@code make} for {@code key} from the theme's files, kept while the key is
     * equal and no file of the theme changed; the diagnostics it gave are added again to {@code diagnostics}.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromTheme(String name, List<Object> key, Diagnostics diagnostics, Function<Diagnostics, T> make) {
        Kept k = kept.get(name);
        long generation;
        synchronized (this) {
            generation = themeGeneration;
        }
        if (k == null || k.generation() != generation || !k.key().equals(key)) {
            Diagnostics local = diagnostics.fork();
            T value = make.apply(local);
            k = new Kept(generation, key, value, local.sorted());
            kept.put(name, k);
        }
        k.diagnostics().forEach(diagnostics::add);
        return (T) k.value();
    }

    /** Values made from one file each, by the file's absolute path. */
    private final Map<Path, Kept> fromFiles = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromFile(Path file, List<Object> key, Diagnostics diagnostics, Function<Diagnostics, T> make) {
        Path p = file.toAbsolutePath().normalize();
        List<Object> full = new ArrayList<>(key);
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            full.add(a.size());
            full.add(a.lastModifiedTime());
        } catch (IOException e) {
            full.add(null); // unreadable: made (and reported) every time
            fromFiles.remove(p);
        }
        Kept k = fromFiles.get(p);
        if (k == null || full.contains(null) || !k.key().equals(full)) {
            Diagnostics local = diagnostics.fork();
            T value = make.apply(local);
            k = new Kept(-2, full, value, local.sorted());
            if (!full.contains(null)) fromFiles.put(p, k);
        }
        k.diagnostics().forEach(diagnostics::add);
        return (T) k.value();
    }

    /** The value made by {@code make} for {@code key}, kept while the key is equal (it depends on nothing else). */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T same(String name, List<Object> key, Supplier<T> make) {
        Kept k = kept.get(name);
        if (k == null || k.generation() != -1 || !k.key().equals(key)) {
            k = new Kept(-1, key, make.get(), List.of());
            kept.put(name, k);
        }
        return (T) k.value();
    }

    /** The last build's sitemap, by its jobs. */
    private SitemapEntries sitemap = SitemapEntries.NONE;

    @Override
    public SitemapEntries sitemapEntries() {
        return sitemap;
    }

    @Override
    public void sitemapEntries(SitemapEntries entries) {
        sitemap = entries;
    }

    @Override
    public Stores stores() {
        return stores;
    }

    /** The preview's folder, updated in place (a check, which never publishes, builds beside it). */
    @Override
    public Output output(BuildOptions options, Path out) throws IOException {
        return options.check() ? Staging.open(out) : output.begin();
    }

    @Override
    public ContentCache content() {
        return content;
    }

    @Override
    public MarkdownCache markdown() {
        return markdown;
    }

    @Override
    public PageCache pages() {
        return pages;
    }

    @Override
    public ViewCache views() {
        return views;
    }

    @Override
    public RecordChecks checks() {
        return checks;
    }

    @Override
    public SearchCache search() {
        return search;
    }

    @Override
    public VersionCache version() {
        return version;
    }

    public InPlaceOutput output() {
        return output;
    }
}
