package vn.vungcao.ssg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.vungcao.ssg.content.ContentCache;
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
 * A one-shot build's {@link Reuse}: nothing in memory, everything from and into the stores the
 * last run kept ({@link Stores}); what is made from the theme is made once, here.
 */
final class OneShot implements Reuse {

    private final Stores stores;

    OneShot(BuildOptions options) {
        this.stores = Stores.open(options);
    }

    @Override
    public void startBuild(BuildOptions options) {
    }

    @Override
    public Stores stores() {
        return stores;
    }

    @Override
    public ContentCache content() {
        return null;
    }

    @Override
    public MarkdownCache markdown() {
        return null;
    }

    @Override
    public ViewCache views() {
        return null;
    }

    @Override
    public RecordChecks checks() {
        return null;
    }

    @Override
    public SearchCache search() {
        return null;
    }

    @Override
    public PageCache pages() {
        return null;
    }

    @Override
    public VersionCache version() {
        return null;
    }

    @Override
    public <T> T fromTheme(String name, List<Object> key, Diagnostics diagnostics, Function<Diagnostics, T> make) {
        return make.apply(diagnostics);
    }

    @Override
    public <T> T fromFile(Path file, List<Object> key, Diagnostics diagnostics, Function<Diagnostics, T> make) {
        return make.apply(diagnostics);
    }

    @Override
    public <T> T same(String name, List<Object> key, Supplier<T> make) {
        return make.get();
    }

    @Override
    public SitemapEntries sitemapEntries() {
        return SitemapEntries.NONE;
    }

    @Override
    public void sitemapEntries(SitemapEntries entries) {
    }

    /**
     * A folder beside the output, swapped in at the end, when there is no output folder yet (and
     * for a check, which never publishes); otherwise the existing folder, updated in place with
     * what changed.
     */
    @Override
    public Output output(BuildOptions options, Path out) throws IOException {
        if (options.check()) return Staging.open(out);
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) return new InPlaceOutput(out).begin();
        return Staging.open(out);
    }
}
