package vn.vungcao.ssg.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.pipeline.BuildCache;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;
import vn.vungcao.ssg.publish.Staging;
import vn.vungcao.ssg.text.Json;

/**
 * {@code serve}: builds the site into a temporary folder, serves it from 127.0.0.1, and rebuilds on
 * every change to the inputs. A good build reloads the open tabs; a broken one keeps the last good
 * site served and shows its problems over the page and in the terminal. Closing it removes the
 * temporary folder.
 */
public final class Preview implements AutoCloseable {

    private final Path temp;
    private final DevServer server;
    private final SiteWatcher watcher;
    private final BuildOptions options;
    private final BuildCache cache;
    private final Consumer<BuildResult> report;
    private final Object lock = new Object();
    private volatile long builds;

    /**
     * Starts serving.
     *
     * @param basePath the path the site is served under ({@code /} or {@code /vungcao/})
     * @param port     the port on 127.0.0.1, 0 for any free one
     * @param report   told of every build's result, for the terminal
     */
    public Preview(Path site, String basePath, int port, boolean drafts, boolean future, int threads,
                   Consumer<BuildResult> report) throws IOException {
        this.temp = Files.createTempDirectory("vungcao-serve-");
        Path out = temp.resolve("public");
        Files.createDirectories(out);
        this.report = report;
        DevServer started;
        try {
            started = new DevServer(out, basePath, port);
        } catch (IOException e) {
            Staging.deleteTree(temp);
            throw e;
        }
        this.server = started;
        this.options = new BuildOptions(site, out, "http://127.0.0.1:" + server.port() + basePath, drafts, future,
                Instant.now(), threads).withLiveReload(server.scriptPath());
        this.cache = new BuildCache(out);
        // watching starts first, so that no change made during the first build goes unreported
        this.watcher = new SiteWatcher(site, this::rebuild);
        rebuild();
    }

    public String url() {
        return server.url();
    }

    /** The temporary folder the site is built into; it is removed on {@link #close}. */
    public Path folder() {
        return temp;
    }

    /** How many builds have finished (for tests that wait for one). */
    public long builds() {
        return builds;
    }

    /** Builds now, looking at every file; called on start. */
    public void rebuild() {
        rebuild(null);
    }

    /**
     * Builds now after a change to {@code changed} (absolute paths), looking only at those files;
     * at every file when null.
     */
    public void rebuild(Set<Path> changed) {
        synchronized (lock) {
            if (changed == null) cache.changedUnknown();
            else cache.changed(changed);
            BuildResult result;
            try {
                result = SiteBuilder.build(options.withNow(Instant.now()), cache);
            } catch (UsageException | IOException | RuntimeException e) {
                Diagnostics internal = new Diagnostics();
                internal.error("internal", Position.ofFile("-"), String.valueOf(e.getMessage()));
                server.errors(json(internal.sorted()));
                builds++;
                return;
            }
            report.accept(result);
            if (result.hasErrors()) {
                server.errors(json(result.diagnostics()));
            } else {
                server.reload();
            }
            builds++;
        }
    }

    private static String json(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> list = diagnostics.stream().filter(Diagnostic::isError).map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", d.position().file());
            m.put("line", d.position().line());
            m.put("column", d.position().column());
            m.put("code", d.code());
            m.put("message", d.message());
            m.put("hint", d.hint());
            return m;
        }).toList();
        return Json.text(list);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        Staging.deleteTree(temp);
    }

    /**
     * Prints each build's result to a terminal: only the problems that are new since the last
     * build (a warning given again is counted, not printed again), grouped as a build prints them.
     * Not thread-safe: one preview's builds come one after another.
     */
    public static Consumer<BuildResult> printer(PrintStream out, PrintStream err) {
        Set<Diagnostic> printed = new HashSet<>();
        return result -> {
            Messages words = result.messages();
            List<Diagnostic> fresh = result.diagnostics().stream().filter(d -> !printed.contains(d)).toList();
            long again = result.diagnostics().size() - fresh.size();
            new DiagnosticPrinter.TextPrinter(DiagnosticPrinter.WARNINGS_PER_CODE, words).print(fresh, err);
            printed.clear();
            printed.addAll(result.diagnostics());
            if (again > 0) err.println(words.message("report.preview-again", again));
            if (result.hasErrors()) {
                err.println(words.message("report.preview-errors"));
            } else {
                out.println(words.message("report.rebuilt", result.stageMillis().values().stream().mapToLong(Long::longValue).sum(),
                        result.rendered(), result.changed()));
            }
        };
    }
}
