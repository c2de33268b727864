package vn.vungcao.ssg.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import vn.vungcao.ssg.bench.SyntheticSite;
import vn.vungcao.ssg.pipeline.BuildCache;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;
import vn.vungcao.ssg.publish.Staging;

/** {@code bench}: generates a synthetic site, builds it, and prints the figures. */
final class BenchCommand extends Command {

    int children = 1000;
    int news = 250;
    Path dir;
    int builds = 3;
    int rebuilds = 3;

    @Override
    String name() {
        return "bench";
    }

    @Override
    String description() {
        return "Generate a synthetic site of N children and M news posts, build it and print timings.";
    }

    @Override
    List<Option> options() {
        return List.of(
                new Option("--children", "N", "Children (default: 1000).", v -> children = number("--children", v)),
                new Option("--news", "M", "News posts (default: 250).", v -> news = number("--news", v)),
                new Option("--dir", "DIR", "Where to write the site (default: a temporary folder, deleted after).",
                        v -> dir = path("--dir", v)),
                new Option("--builds", "K", "Full builds to run in this JVM, each reading, rendering and indexing everything;"
                        + " one more follows with what they kept in .cache/ (default: 3).", v -> builds = number("--builds", v)),
                new Option("--rebuilds", "R", "Incremental rebuilds timed per kind of edit (default: 3).",
                        v -> rebuilds = number("--rebuilds", v)));
    }


    /** The CPU time of the whole JVM so far (every thread, the compiler's and collector's too), or 0 when unknown. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    @Override
    int call() throws IOException, UsageException {
        Path site = dir != null ? dir : Files.createTempDirectory("vungcao-bench-");
        try {
            long t0 = System.nanoTime();
            SyntheticSite.write(site, children, news);
            out.printf("generated %d children and %d news posts in %s (%d ms)%n", children, news, site,
                    (System.nanoTime() - t0) / 1_000_000);
            BuildOptions full = new BuildOptions(site, site.resolve("public"), null, false, false,
                    Instant.parse("2030-01-01T00:00:00Z"), BuildOptions.defaultThreads());
            // full builds read, render and index everything (fresh: nothing is taken from the stores the
            // build before kept in .cache/); the last build takes from them, as a maintainer's second build does
            for (int i = 1; i <= Math.max(1, builds) + 1; i++) {
                boolean stored = i > Math.max(1, builds);
                long start = System.nanoTime();
                BuildResult result = SiteBuilder.build(full.withFresh(!stored));
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (result.hasErrors()) {
                    err.println("the synthetic site has errors: " + result.diagnostics().get(0));
                    return Main.CONTENT_ERRORS;
                }
                out.printf("%s: %d pages, %d files, %.1f MB in %d ms (%.0f pages/s) [%s]%n",
                        stored ? "build with the stores in .cache/" : "build " + i, result.pages(),
                        result.files(), result.bytes() / 1e6, millis, result.pages() * 1000.0 / Math.max(1, millis),
                        result.stageMillis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
            }
            // the preview's incremental rebuilds: one news post, then one child, edited
            Path served = Files.createTempDirectory("vungcao-bench-served-");
            try {
                BuildCache cache = new BuildCache(served);
                BuildOptions options = new BuildOptions(site, served, null, false, false,
                        Instant.parse("2030-01-01T00:00:00Z"), BuildOptions.defaultThreads());
                SiteBuilder.build(options, cache);
                cache.pages().takeRendered();
                for (String kind : List.of("news", "children")) {
                    Path file;
                    try (var files = Files.list(site.resolve("content").resolve(kind))) {
                        file = files.sorted().findFirst().orElseThrow();
                    }
                    List<Long> times = new ArrayList<>();
                    List<Long> cpuTimes = new ArrayList<>();
                    for (int i = 1; i <= Math.max(1, rebuilds); i++) {
                        Files.writeString(file, Files.readString(file).replace("\n---\n", "\n---\nĐã sửa. "));
                        long cpuStart = processCpuNanos();
                        long start = System.nanoTime();
                        // as the preview's watcher does: only the edited file is looked at
                        cache.changed(List.of(file));
                        BuildResult r = SiteBuilder.build(options, cache);
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        long cpu = (processCpuNanos() - cpuStart) / 1_000_000;
                        times.add(millis);
                        cpuTimes.add(cpu);
                        out.printf("incremental rebuild after editing one %s: %d ms (CPU %d ms), %d pages rendered, %d files changed [%s]%n",
                                kind.equals("news") ? "news post" : "child", millis, cpu, cache.pages().takeRendered(),
                                cache.output().changed(),
                                r.stageMillis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                        .collect(Collectors.joining(", ")));
                    }
                    Collections.sort(times);
                    Collections.sort(cpuTimes);
                    out.printf("incremental rebuilds after editing one %s: min %d ms, median %d ms (%d runs); CPU min %d ms, median %d ms%n",
                            kind.equals("news") ? "news post" : "child", times.get(0), times.get(times.size() / 2),
                            times.size(), cpuTimes.get(0), cpuTimes.get(cpuTimes.size() / 2));
                }
            } finally {
                Staging.deleteTree(served);
            }
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.printf("peak heap: %d MB (max heap %d MB)%n", peak / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            return Main.OK;
        } finally {
            if (dir == null) Staging.deleteTree(site);
        }
    }
}
