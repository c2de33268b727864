package vn.vungcao.ssg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vungcao.ssg.content.ContentLoader;
import vn.vungcao.ssg.source.SiteFiles;

/**
 * Builds a site: a one-shot build, or one build of the preview with what its earlier builds
 * made. Both run the same stages ({@link Build}), taking what earlier builds made through
 * {@link Reuse}. Content mistakes become diagnostics, never exceptions; when there is any error
 * the output folder is left exactly as it was.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /**
     * Builds the site described by {@code options}, taking from and keeping in the stores of its
     * kept folder what a next run can take.
     *
     * @throws UsageException when the output folder would overwrite the site's own files
     * @throws IOException    when the output cannot be written (a disk problem, not a content one)
     */
    public static BuildResult build(BuildOptions options) throws UsageException, IOException {
        return build(options, null);
    }

    /**
     * Builds with {@code cache} (when not null) from earlier builds of the same site: only what
     * changed is parsed and rendered again, and the cache's output folder is updated in place.
     */
    public static BuildResult build(BuildOptions options, BuildCache cache) throws UsageException, IOException {
        Path site = options.site().toAbsolutePath().normalize();
        Path out = options.output().toAbsolutePath().normalize();
        checkOutput(site, out);
        Reuse reuse = cache != null ? cache : new OneShot(options);
        reuse.startBuild(options);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), daemonThreads());
        try {
            return new Build(options, site, out, reuse, pool).run();
        } finally {
            // before the pool stops: a store its worker is writing is waited for, not interrupted
            if (reuse.stores() != null) reuse.stores().save();
            pool.shutdownNow();
        }
    }

    /**
     * Whatever the output folder holds that the build did not make is deleted, so it must not be
     * (or contain) the site folder, nor sit inside the folders the site is read from, judged by
     * their real places (every link on the way resolved). An output folder that is itself a
     * symbolic link is refused: replacing it would delete what it points at. Also asked by the
     * preview ({@code build --preview}), which builds elsewhere and then writes here.
     */
    public static void checkOutput(Path site, Path out) throws UsageException {
        if (Files.isSymbolicLink(out)) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(out));
            } catch (IOException | RuntimeException e) {
                target = "?";
            }
            throw new UsageException("The output folder " + SiteFiles.printable(out.toString())
                    + " is a symbolic link (to " + SiteFiles.printable(target) + "); nothing was written or deleted. "
                    + "Give a real folder, such as " + SiteFiles.printable(site.resolve("public").toString()) + ".");
        }
        Path realSite = realPlace(site);
        Path realOut = realPlace(out);
        if (realSite.startsWith(realOut)) {
            throw new UsageException("The output folder " + SiteFiles.printable(out.toString())
                    + " contains the site itself; it would be deleted. "
                    + "Choose another folder, such as " + SiteFiles.printable(site.resolve("public").toString()) + ".");
        }
        for (String inner : List.of(ContentLoader.CONTENT, "themes", ".git", "src")) {
            if (realOut.startsWith(realPlace(site.resolve(inner)))) {
                throw new UsageException("The output folder " + SiteFiles.printable(out.toString()) + " is inside " + inner
                        + "/ of the site; choose a folder outside it, such as "
                        + SiteFiles.printable(site.resolve("public").toString()) + ".");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("The output path " + SiteFiles.printable(out.toString()) + " is a file, not a folder.");
        }
    }

    /**
     * Where {@code path} really is: its nearest existing folder with every link resolved, and the
     * rest of it as written (a path that does not exist yet).
     */
    static Path realPlace(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path rest = p.getFileSystem().getPath("");
        while (p != null) {
            try {
                return p.toRealPath().resolve(rest).normalize();
            } catch (IOException e) {
                if (p.getFileName() == null) break;
                rest = p.getFileName().resolve(rest);
                p = p.getParent();
            }
        }
        return path.toAbsolutePath().normalize();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "build-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

}
