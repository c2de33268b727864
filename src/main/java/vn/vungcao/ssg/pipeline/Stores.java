package vn.vungcao.ssg.pipeline;

import java.util.List;
import java.util.concurrent.ExecutorService;
import vn.vungcao.ssg.ledger.LedgerSummary;
import vn.vungcao.ssg.ledger.StoredLedger;
import vn.vungcao.ssg.markdown.RenderedMarkdown;
import vn.vungcao.ssg.markdown.StoredMarkdown;
import vn.vungcao.ssg.search.StoredFiles;
import vn.vungcao.ssg.source.StoredYaml;
import vn.vungcao.ssg.source.YamlNode;
import vn.vungcao.ssg.store.Store;

/**
 * What a build keeps on disk for the next one, in {@code <site>/.cache/} (a one-shot build, and a
 * preview's first build): front matter, rendered bodies, search files, page fingerprints, the
 * statements' summary and the QR codes. See {@link Store}.
 */
record Stores(Store<YamlNode.Mapping> frontMatter, Store<RenderedMarkdown> markdown, Store<List<byte[]>> search,
              Store<String> pages, Store<LedgerSummary> ledger, Store<String> qr) {

    /** The stores the last build left, or empty ones with {@link BuildOptions#fresh()}. */
    static Stores open(BuildOptions options) {
        return new Stores(open(options, "front-matter", new StoredYaml()),
                open(options, "markdown", new StoredMarkdown()),
                open(options, "search", new StoredFiles()),
                open(options, "pages", Store.TEXT),
                open(options, "ledger", new StoredLedger()),
                open(options, "qr", Store.TEXT));
    }

    private static <T> Store<T> open(BuildOptions options, String name, Store.Codec<T> codec) {
        return options.fresh() ? Store.fresh(options.store(name), codec) : Store.open(options.store(name), codec);
    }

    private List<Store<?>> all() {
        return List.of(frontMatter, markdown, search, pages, ledger, qr);
    }

    /** Starts writing each store this build changed on {@code pool}; {@link #save()} then waits for them. */
    void startSaving(ExecutorService pool) {
        for (Store<?> s : all()) pool.submit(s::save);
    }

    /** Writes each store this build changed, or waits for {@link #startSaving} to have written it. */
    void save() {
        for (Store<?> s : all()) s.save();
    }
}
