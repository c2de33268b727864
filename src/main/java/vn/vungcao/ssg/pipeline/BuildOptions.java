package vn.vungcao.ssg.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import vn.vungcao.ssg.store.KeptFolder;

/**
 * What to build and how.
 *
 * @param site    the site folder (with {@code site-config.yml} and {@code content/})
 * @param output  the output folder, replaced as a whole when the build succeeds
 * @param baseUrl a base URL that overrides the config's, or null
 * @param drafts  publish posts marked {@code draft: true}
 * @param future  publish posts dated after {@code now}
 * @param now     the moment that decides which posts are in the future
 * @param threads the size of the worker pool (at least 1)
 * @param check   also check the rendered pages (links, anchors, images, unlisted children), and
 *                never publish: the output folder is only a place to build in
 * @param liveReload the address of the live-reload script to add to every page (only for
 *                {@code serve}; never in a published build), or null
 * @param fresh   take nothing from the stores the last build kept ({@link #keptFolder()}; resized
 *                images excepted): everything is made again, and kept there anew
 */
public record BuildOptions(Path site, Path output, String baseUrl, boolean drafts, boolean future, Instant now,
                           int threads, boolean check, String liveReload, boolean fresh) {

    public BuildOptions(Path site, Path output, String baseUrl, boolean drafts, boolean future, Instant now, int threads,
                        boolean check, String liveReload) {
        this(site, output, baseUrl, drafts, future, now, threads, check, liveReload, false);
    }

    public BuildOptions(Path site, Path output, String baseUrl, boolean drafts, boolean future, Instant now, int threads) {
        this(site, output, baseUrl, drafts, future, now, threads, false, null);
    }

    public BuildOptions(Path site, Path output, String baseUrl, boolean drafts, boolean future, Instant now, int threads,
                        boolean check) {
        this(site, output, baseUrl, drafts, future, now, threads, check, null);
    }

    public BuildOptions withCheck(boolean value) {
        return new BuildOptions(site, output, baseUrl, drafts, future, now, threads, value, liveReload, fresh);
    }

    /** Options that take nothing from the kept stores (the resized images excepted) and keep everything anew. */
    public BuildOptions withFresh(boolean value) {
        return new BuildOptions(site, output, baseUrl, drafts, future, now, threads, check, liveReload, value);
    }

    public BuildOptions withLiveReload(String script) {
        return new BuildOptions(site, output, baseUrl, drafts, future, now, threads, check, script, fresh);
    }

    /** Where processed images are kept between builds: {@code images/} of the {@link #keptFolder()}. */
    public Path cacheDir() {
        return keptFolder().resolve("images");
    }

    /**
     * What builds keep for the next ones, with the images' cache and the stores: a folder outside
     * the site ({@link vn.vungcao.ssg.store.KeptFolder}), since nothing a pull request can commit
     * may be taken as the generator's own work.
     */
    public Path keptFolder() {
        return KeptFolder.of(site);
    }

    /** The file in which a build keeps {@code name} ("markdown", "front-matter", "search", "pages", "ledger", "qr") for the next: {@code <name>.bin} in the {@link #keptFolder()}. */
    public Path store(String name) {
        return keptFolder().resolve(name + ".bin");
    }

    public static BuildOptions of(Path site, Path output) {
        return new BuildOptions(site, output, null, false, false, Instant.now(), defaultThreads());
    }

    public static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(site, output, url, drafts, future, now, threads, check, liveReload, fresh);
    }

    public BuildOptions withDrafts(boolean value) {
        return new BuildOptions(site, output, baseUrl, value, future, now, threads, check, liveReload, fresh);
    }

    public BuildOptions withFuture(boolean value) {
        return new BuildOptions(site, output, baseUrl, drafts, value, now, threads, check, liveReload, fresh);
    }

    public BuildOptions withNow(Instant value) {
        return new BuildOptions(site, output, baseUrl, drafts, future, value, threads, check, liveReload, fresh);
    }

    public BuildOptions withOutput(Path value) {
        return new BuildOptions(site, value, baseUrl, drafts, future, now, threads, check, liveReload, fresh);
    }
}
