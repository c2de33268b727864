package vn.vungcao.ssg.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vungcao.ssg.bench.HugoSite;
import vn.vungcao.ssg.bench.TimedProcess;
import vn.vungcao.ssg.bench.SiteProfile;
import vn.vungcao.ssg.bench.SyntheticSite;
import vn.vungcao.ssg.pipeline.BuildCache;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;
import vn.vungcao.ssg.publish.Staging;
import vn.vungcao.ssg.store.KeptFolder;

/**
 * {@code bench}: writes a synthetic site (of the club's shape unless told otherwise), times one-shot
 * builds of it as processes of their own, beside Hugo's build of the same site when asked, then the
 * preview's incremental rebuilds after one edit, and prints the figures as tables.
 *
 * <p>The one-shot builds alternate, round after round: (a) ours as a deploy runs it,
 * {@code bin/vungcao build --site S --out NEW} with {@code VUNGCAO_CACHE} pointing at a folder
 * emptied before each run (no kept stores) and a new output folder each time; (b) ours as a
 * maintainer's next build, into the same output folder with the stores kept; (c) {@code hugo --quiet
 * -s H -d NEW} with its cache folder emptied and a new output folder each time. Each is timed from
 * the process's start to its exit, JVM start included, each after a {@code sync} so that none pays for
 * writing out the one before; the new folders are deleted after the last round, not between runs.
 * Untimed runs first make the launcher's class archive and (b)'s folder and stores.
 */
final class BenchCommand extends Command {

    Integer pages;
    Integer children;
    Integer news;
    SyntheticSite.Shape shape = SyntheticSite.Shape.REAL;
    Path dir;
    boolean versusHugo;
    String hugo;
    Path launcher;
    int rounds = 5;
    int builds = 0;
    int rebuilds = 3;

    @Override
    String name() {
        return "bench";
    }

    @Override
    String description() {
        return "Write a synthetic site, time one-shot builds of it (beside Hugo's with --versus-hugo) and the preview's rebuilds.";
    }

    @Override
    List<Option> options() {
        return List.of(
                new Option("--pages", "N", "Content pages: 80 % children, 20 % news (default: 1000).", v -> pages = number("--pages", v)),
                new Option("--children", "N", "Children, instead of 80 % of --pages.", v -> children = number("--children", v)),
                new Option("--news", "M", "News posts, instead of 20 % of --pages.", v -> news = number("--news", v)),
                new Option("--shape", "real|tiny", "real: bodies, names and statuses like the club's (default); tiny: the"
                        + " first benchmark's site, one body repeated everywhere.", v -> shape = shape(v)),
                new Option("--dir", "DIR", "Where to write the site (DIR/site), Hugo's (DIR/hugo) and the builds; kept after"
                        + " (default: a temporary folder, deleted after).", v -> dir = path("--dir", v)),
                Option.flag("--versus-hugo", "Also time Hugo building the same site, and print ours as ratios to it.",
                        () -> versusHugo = true),
                new Option("--hugo", "CMD", "The Hugo command (default: hugo on the PATH).", v -> hugo = v),
                new Option("--launcher", "FILE", "The launcher of the one-shot builds (default: bin/vungcao of this"
                        + " checkout, which runs target/vungcao-site.jar).", v -> launcher = path("--launcher", v)),
                new Option("--rounds", "K", "Rounds of one-shot builds, each kind once a round (default: 5; 0: none).",
                        v -> rounds = number("--rounds", v)),
                new Option("--builds", "K", "Full builds in this warm JVM, for comparison (default: 0).",
                        v -> builds = number("--builds", v)),
                new Option("--rebuilds", "R", "Incremental rebuilds timed per kind of edit (default: 3; 0: none).",
                        v -> rebuilds = number("--rebuilds", v)));
    }

    private static SyntheticSite.Shape shape(String v) {
        SyntheticSite.Shape s = SyntheticSite.Shape.of(v);
        if (s == null) throw new UsageError("--shape is real or tiny, not '" + v + "'.");
        return s;
    }

    /** The CPU time of the whole JVM so far (every thread, the compiler's and collector's too), or 0 when unknown. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    @Override
    int call() throws IOException, InterruptedException, UsageException {
        int[] split = SyntheticSite.split(pages != null ? pages : 1000);
        int childCount = children != null ? children : split[0];
        int newsCount = news != null ? news : split[1];
        if (childCount < 1 || newsCount < 1 || childCount + newsCount > 50_000) {
            throw new UsageError("the site needs at least one child and one news post, and at most 50,000 pages in all.");
        }
        Path work = dir != null ? dir.toAbsolutePath().normalize() : Files.createTempDirectory("vungcao-bench-");
        Path site = work.resolve("site");
        try {
            out.println("load average at the start: " + loadAverage());
            if (Files.exists(site)) Staging.deleteTree(site);
            long t0 = System.nanoTime();
            SyntheticSite.write(site, shape, childCount, newsCount);
            out.printf(Locale.ROOT, "wrote a %s site of %d children and %d news posts in %s (%d ms)%n",
                    shape.name().toLowerCase(Locale.ROOT), childCount, newsCount, site, (System.nanoTime() - t0) / 1_000_000);
            SiteProfile profile = SiteProfile.of(site);
            for (String line : profile.describe()) out.println("  " + line);

            Path hugoCommand = null;
            Path hugoSite = work.resolve("hugo");
            String hugoVersion = null;
            if (versusHugo) {
                hugoCommand = hugo != null ? (hugo.contains("/") ? Path.of(hugo) : TimedProcess.onPath(hugo)) : TimedProcess.onPath("hugo");
                if (hugoCommand == null || !Files.isExecutable(hugoCommand)) {
                    out.println("Hugo was not found (" + (hugo != null ? hugo : "hugo on the PATH")
                            + "; on Debian: apt-get install -y hugo): timing ours alone.");
                    hugoCommand = null;
                } else {
                    int n = HugoSite.write(site, hugoSite);
                    hugoVersion = version(hugoCommand, work);
                    out.println("wrote the same site for Hugo in " + hugoSite + " (" + n + " content files); " + hugoVersion);
                }
            }

            if (builds > 0) warmBuilds(site, work.resolve("warm"));
            if (rounds > 0) {
                int code = oneShots(site, work, hugoCommand, hugoSite, hugoVersion, childCount + newsCount, childCount, newsCount);
                if (code != Main.OK) return code;
            }
            if (rebuilds > 0) rebuilds(site, work.resolve("served"));
            // the one-shot builds' folders, kept until now (see oneShots)
            if (Files.exists(work.resolve("out"))) Staging.deleteTree(work.resolve("out"));
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            out.printf(Locale.ROOT, "this JVM's peak heap: %d MB (max heap %d MB)%n", peak / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.println("load average at the end: " + loadAverage());
            return Main.OK;
        } finally {
            if (dir == null) Staging.deleteTree(work);
        }
    }

    // ---------- one-shot builds ----------

    /** A kind of one-shot build and its runs. */
    private static final class Series {
        final String label;
        final List<TimedProcess.Run> runs = new ArrayList<>();
        final List<Integer> html = new ArrayList<>();
        final List<Integer> written = new ArrayList<>();

        Series(String label) {
            this.label = label;
        }

        double[] wall() {
            double[] w = runs.stream().mapToDouble(r -> r.wallNanos() / 1e9).toArray();
            return new double[] {mean(w), Arrays.stream(w).min().orElse(0), Arrays.stream(w).max().orElse(0)};
        }

        String wallText() {
            double[] w = wall();
            return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", w[0], w[1], w[2]);
        }

        String cpuText() {
            if (runs.isEmpty() || !runs.get(0).hasCpu()) return "?";
            return String.format(Locale.ROOT, "%.2f + %.2f s", mean(runs.stream().mapToDouble(TimedProcess.Run::userSeconds).toArray()),
                    mean(runs.stream().mapToDouble(TimedProcess.Run::systemSeconds).toArray()));
        }

        String rssText() {
            if (runs.isEmpty() || runs.get(0).peakRssKb() < 0) return "?";
            long min = runs.stream().mapToLong(TimedProcess.Run::peakRssKb).min().orElse(0) / 1024;
            long max = runs.stream().mapToLong(TimedProcess.Run::peakRssKb).max().orElse(0) / 1024;
            return min == max ? max + " MB" : min + "–" + max + " MB";
        }

        String rssMax() {
            if (runs.isEmpty() || runs.get(0).peakRssKb() < 0) return "?";
            return runs.stream().mapToLong(TimedProcess.Run::peakRssKb).max().orElse(0) / 1024 + "";
        }

        static String range(List<Integer> values) {
            int min = Collections.min(values);
            int max = Collections.max(values);
            return min == max ? String.format(Locale.ROOT, "%,d", min) : String.format(Locale.ROOT, "%,d–%,d", min, max);
        }
    }

    private int oneShots(Path site, Path work, Path hugoCommand, Path hugoSite, String hugoVersion, int contentPages,
                         int childCount, int newsCount) throws IOException, InterruptedException {
        Path bin = launcher != null ? launcher : defaultLauncher();
        if (bin == null || !Files.isExecutable(bin)) {
            err.println("error: the launcher " + (bin == null ? "bin/vungcao" : bin) + " was not found; run the bench from a checkout"
                    + " (bin/vungcao bench …) or give --launcher FILE.");
            return Main.USAGE;
        }
        Path jar = bin.toAbsolutePath().getParent().getParent().resolve("target/vungcao-site.jar");
        if (launcher == null && !Files.isRegularFile(jar)) {
            out.println();
            out.println("one-shot builds skipped: " + jar + " is missing; make it with 'mvn -q package -DskipTests'"
                    + " (then bin/vungcao bench …).");
            return Main.OK;
        }
        staleJarWarning(jar);
        Path outs = work.resolve("out");
        Path cacheClean = work.resolve("cache-clean");
        Path cacheKept = work.resolve("cache-kept");
        Path hugoCache = work.resolve("cache-hugo");
        Path scratch = work.resolve("runs");
        for (Path p : List.of(outs, cacheClean, cacheKept, hugoCache)) {
            if (Files.exists(p)) Staging.deleteTree(p);
        }
        Files.createDirectories(outs);
        Path again = outs.resolve("again");
        List<String> build = List.of(bin.toString(), "build", "--site", site.toString(), "--out");

        Series clean = new Series("ours, clean: new folder, no stores (a deploy)");
        Series kept = new Series("ours, again: same folder, stores kept (a maintainer's next build)");
        Series hugoSeries = hugoCommand == null ? null : new Series(hugoVersion == null ? "Hugo" : hugoVersion.replaceFirst("^hugo v?([0-9.]+).*", "Hugo $1")
                + ": new folder");

        out.println();
        out.println("one-shot builds with " + bin + (TimedProcess.measuresMemory() ? "" : " (no /usr/bin/time here: wall time only)"));
        out.print("  untimed first runs (the launcher's class archive, the folder and stores of 'again')");
        out.flush();
        // a run of each kind that is not timed: the launcher writes its class archive at the first build
        // after the jar was made; 'again' needs its folder, its stores and a build that fingerprints the pages
        TimedProcess.Run r = cleanRun(build, site, outs.resolve("first"), cacheClean, scratch);
        Staging.deleteTree(outs.resolve("first"));
        if (failed(r, "ours, clean")) return Main.CONTENT_ERRORS;
        for (int i = 0; i < 2; i++) {
            r = TimedProcess.run(with(build, again), Map.of(KeptFolder.ENV, cacheKept.toString()), scratch);
            if (failed(r, "ours, again")) return Main.CONTENT_ERRORS;
        }
        if (hugoCommand != null) {
            r = hugoRun(hugoCommand, hugoSite, outs.resolve("first-hugo"), hugoCache, scratch);
            if (failed(r, "Hugo")) return Main.CONTENT_ERRORS;
            Staging.deleteTree(outs.resolve("first-hugo"));
        }
        out.println(".");
        for (int round = 1; round <= rounds; round++) {
            out.printf(Locale.ROOT, "  round %d of %d:", round, rounds);
            Path o = outs.resolve("clean-" + round);
            r = cleanRun(build, site, o, cacheClean, scratch);
            if (failed(r, "ours, clean")) return Main.CONTENT_ERRORS;
            record(clean, r, o, -1);
            out.printf(Locale.ROOT, " clean %.2f s", r.wallNanos() / 1e9);

            Map<Path, FileTime> before = times(again);
            TimedProcess.sync();
            r = TimedProcess.run(with(build, again), Map.of(KeptFolder.ENV, cacheKept.toString()), scratch);
            if (failed(r, "ours, again")) return Main.CONTENT_ERRORS;
            record(kept, r, again, changedSince(again, before));
            out.printf(Locale.ROOT, ", again %.2f s", r.wallNanos() / 1e9);

            if (hugoSeries != null) {
                o = outs.resolve("hugo-" + round);
                r = hugoRun(hugoCommand, hugoSite, o, hugoCache, scratch);
                if (failed(r, "Hugo")) return Main.CONTENT_ERRORS;
                record(hugoSeries, r, o, -1);
                out.printf(Locale.ROOT, ", Hugo %.2f s", r.wallNanos() / 1e9);
            }
            out.println();
        }

        // deleted only after the preview's rebuilds (see call): a file system that has just deleted
        // thousands of files makes new ones slower, which would slow each round's builds into new folders
        // more than the round's before, and the preview's first build, which makes every file of its folder
        out.println();
        out.printf(Locale.ROOT, "%,d content pages (%,d children, %,d news), %d rounds, each kind once a round; wall time from"
                + " the process's start to its exit (JVM start included), each after a sync%s; load average now %s%n", contentPages, childCount,
                newsCount, rounds, TimedProcess.measuresMemory() ? ", CPU and peak RSS from /usr/bin/time" : "", loadAverage());
        out.println();
        out.println("| build | wall: mean (min–max) | ÷ Hugo | CPU user + sys (mean) | peak RSS | HTML pages in the output | files written |");
        out.println("|---|---|---|---|---|---|---|");
        double hugoMean = hugoSeries == null ? 0 : hugoSeries.wall()[0];
        for (Series s : hugoSeries == null ? List.of(clean, kept) : List.of(clean, kept, hugoSeries)) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", s.label, s.wallText(),
                    hugoMean > 0 ? String.format(Locale.ROOT, "%.2f", s.wall()[0] / hugoMean) : "–", s.cpuText(), s.rssText(),
                    Series.range(s.html), Series.range(s.written));
        }
        out.println();
        out.println("| content pages | ours, clean | ours, again | Hugo | clean ÷ Hugo | again ÷ Hugo | peak RSS MB: clean / again / Hugo | HTML pages: ours / Hugo |");
        out.println("|---|---|---|---|---|---|---|---|");
        out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s / %s / %s | %s / %s |%n", contentPages, clean.wallText(), kept.wallText(),
                hugoSeries == null ? "–" : hugoSeries.wallText(),
                hugoMean > 0 ? String.format(Locale.ROOT, "%.2f", clean.wall()[0] / hugoMean) : "–",
                hugoMean > 0 ? String.format(Locale.ROOT, "%.2f", kept.wall()[0] / hugoMean) : "–",
                clean.rssMax(), kept.rssMax(), hugoSeries == null ? "–" : hugoSeries.rssMax(),
                Series.range(clean.html), hugoSeries == null ? "–" : Series.range(hugoSeries.html));
        for (Series s : List.of(clean, kept)) {
            String said = s.runs.get(s.runs.size() - 1).stdout().strip();
            out.println();
            out.println(s.label.replaceFirst(":.*", "") + ", last run: " + said.substring(said.lastIndexOf('\n') + 1));
        }
        if (hugoSeries != null) {
            out.println();
            out.println("Hugo's HTML pages include a redirect at trang/1/ of every paginated list; Hugo makes no search index,"
                    + " code map, service worker, VietQR codes or resized images, and copies images as they are.");
        }
        out.println();
        return Main.OK;
    }

    private TimedProcess.Run cleanRun(List<String> build, Path site, Path output, Path cache, Path scratch)
            throws IOException, InterruptedException {
        if (Files.exists(cache)) Staging.deleteTree(cache);
        if (Files.exists(output)) Staging.deleteTree(output);
        TimedProcess.sync();
        return TimedProcess.run(with(build, output), Map.of(KeptFolder.ENV, cache.toString()), scratch);
    }

    private static TimedProcess.Run hugoRun(Path hugo, Path hugoSite, Path output, Path cache, Path scratch)
            throws IOException, InterruptedException {
        if (Files.exists(cache)) Staging.deleteTree(cache);
        Path resources = hugoSite.resolve("resources");
        if (Files.exists(resources)) Staging.deleteTree(resources);
        if (Files.exists(output)) Staging.deleteTree(output);
        TimedProcess.sync();
        // -d is read against -s: both absolute
        return TimedProcess.run(List.of(hugo.toString(), "--quiet", "-s", hugoSite.toString(), "-d", output.toString()),
                Map.of("HUGO_CACHEDIR", cache.toString()), scratch);
    }

    private static List<String> with(List<String> command, Path output) {
        List<String> all = new ArrayList<>(command);
        all.add(output.toString());
        return all;
    }

    private boolean failed(TimedProcess.Run r, String what) {
        if (r.exit() == 0) return false;
        out.println();
        err.println("error: " + what + " failed (exit " + r.exit() + "):");
        String[] lines = r.stderr().split("\n");
        for (int i = Math.max(0, lines.length - 15); i < lines.length; i++) err.println("  " + lines[i]);
        return true;
    }

    private static void record(Series s, TimedProcess.Run r, Path output, int written) throws IOException {
        s.runs.add(r);
        int[] counts = count(output);
        s.html.add(counts[0]);
        s.written.add(written >= 0 ? written : counts[1]);
    }

    /** HTML files and all files under {@code dir}. */
    private static int[] count(Path dir) throws IOException {
        int html = 0;
        int files = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files++;
                if (p.getFileName().toString().endsWith(".html")) html++;
            }
        }
        return new int[] {html, files};
    }

    private static Map<Path, FileTime> times(Path dir) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) times.put(p, Files.getLastModifiedTime(p));
        }
        return times;
    }

    /** Files under {@code dir} that are new or were modified since {@code before} was taken. */
    private static int changedSince(Path dir, Map<Path, FileTime> before) throws IOException {
        int changed = 0;
        for (Map.Entry<Path, FileTime> e : times(dir).entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) changed++;
        }
        return changed;
    }

    /** bin/vungcao of the checkout this class was loaded from (target/classes or target/vungcao-site.jar), or null. */
    private static Path defaultLauncher() {
        try {
            Path code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            Path root = target == null ? null : target.getParent();
            if (root == null) return null;
            Path bin = root.resolve("bin/vungcao");
            return Files.isRegularFile(bin) ? bin : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /** Warns when the bench runs from target/classes and the jar the launcher runs is older than them. */
    private void staleJarWarning(Path jar) throws IOException {
        try {
            Path code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(code) || !Files.isRegularFile(jar)) return;
            Path self = code.resolve("vn/vungcao/ssg/cli/Main.class");
            if (Files.isRegularFile(self) && Files.getLastModifiedTime(self).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                out.println("warning: " + jar + " is older than the compiled classes: the one-shot builds time the jar;"
                        + " run 'mvn -q package -DskipTests' to time this code.");
            }
        } catch (URISyntaxException | NullPointerException e) {
            // not from a folder of classes: nothing to compare
        }
    }

    private static String version(Path hugo, Path work) throws IOException, InterruptedException {
        TimedProcess.Run r = TimedProcess.run(List.of(hugo.toString(), "version"), Map.of(), work.resolve("runs"));
        String v = r.stdout().strip();
        return v.isEmpty() ? "hugo" : v.split("\n")[0];
    }

    /** The 1, 5 and 15 minute load averages, or the 1 minute one, or "?". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "?" : String.format(Locale.ROOT, "%.2f", one);
        }
    }

    // ---------- builds in this JVM ----------

    private void warmBuilds(Path site, Path output) throws IOException, UsageException {
        BuildOptions full = new BuildOptions(site, output, null, false, false, Instant.parse("2030-01-01T00:00:00Z"),
                BuildOptions.defaultThreads());
        out.println();
        for (int i = 1; i <= builds; i++) {
            long start = System.nanoTime();
            BuildResult result = SiteBuilder.build(full.withFresh(true));
            long millis = (System.nanoTime() - start) / 1_000_000;
            out.printf(Locale.ROOT, "build %d in this JVM (fresh, into %s folder): %d pages, %d files, %.1f MB in %d ms [%s]%n", i,
                    i == 1 ? "a new" : "the same", result.pages(), result.files(), result.bytes() / 1e6, millis,
                    result.stageMillis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
    }

    // ---------- the preview's incremental rebuilds ----------

    /** An edit an editor makes while the preview runs. */
    private record Edit(String label, String folder, boolean newest, BiFunction<String, Integer, String> change) {
    }

    private void rebuilds(Path site, Path served) throws IOException, UsageException {
        if (Files.exists(served)) Staging.deleteTree(served);
        Files.createDirectories(served);
        BuildCache cache = new BuildCache(served);
        BuildOptions options = new BuildOptions(site, served, null, false, false, Instant.parse("2030-01-01T00:00:00Z"),
                BuildOptions.defaultThreads());
        long start = System.nanoTime();
        BuildResult first = SiteBuilder.build(options, cache);
        if (first.hasErrors()) {
            err.println("error: the synthetic site has errors: " + first.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow());
            return;
        }
        out.printf(Locale.ROOT, "%nthe preview's incremental rebuilds (in this JVM, after a first build of %,d pages in %d ms;"
                + " the changed file is reported as the preview's watcher does):%n", first.pages(), (System.nanoTime() - start) / 1_000_000);
        cache.pages().takeRendered();
        // the newest post: the one an editor most often corrects; a waiting child: listed, with a donation box
        List<Edit> edits = List.of(
                new Edit("news post, body", "news", true, (text, i) -> text.replaceFirst("\n---\n", "\n---\nĐã sửa lần " + i + ". ")),
                new Edit("news post, title", "news", true, (text, i) -> retitle(text, " (sửa " + i + ")")),
                new Edit("waiting child, story", "children", false, (text, i) -> text.replaceFirst("\n---\n", "\n---\nĐã sửa lần " + i + ". ")));
        List<String[]> summary = new ArrayList<>();
        for (Edit edit : edits) {
            Path file = pick(site.resolve("content").resolve(edit.folder()), edit.newest());
            List<Long> times = new ArrayList<>();
            List<Long> cpuTimes = new ArrayList<>();
            List<Integer> rendered = new ArrayList<>();
            List<Integer> written = new ArrayList<>();
            for (int i = 1; i <= rebuilds; i++) {
                String text = Files.readString(file);
                String changed = edit.change().apply(text, i);
                if (changed.equals(text)) throw new IllegalStateException("the edit changed nothing in " + file);
                Files.writeString(file, changed);
                long cpuStart = processCpuNanos();
                long t = System.nanoTime();
                cache.changed(List.of(file));
                BuildResult r = SiteBuilder.build(options, cache);
                long millis = (System.nanoTime() - t) / 1_000_000;
                long cpu = (processCpuNanos() - cpuStart) / 1_000_000;
                if (r.hasErrors()) {
                    throw new IllegalStateException("the edit of " + file + " broke the build: "
                            + r.diagnostics().stream().filter(d -> d.isError()).toList());
                }
                times.add(millis);
                cpuTimes.add(cpu);
                rendered.add(cache.pages().takeRendered());
                written.add(cache.output().changed());
                out.printf(Locale.ROOT, "  %s (%s) %d: %d ms (CPU %d ms), %d pages rendered, %d files written [%s]%n", edit.label(),
                        file.getFileName(), i, millis, cpu, rendered.get(i - 1), written.get(i - 1),
                        r.stageMillis().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
            Collections.sort(times);
            Collections.sort(cpuTimes);
            summary.add(new String[] {edit.label(), times.get(0) + " / " + times.get(times.size() / 2) + " ms",
                    cpuTimes.get(0) + " / " + cpuTimes.get(cpuTimes.size() / 2) + " ms", Series.range(rendered), Series.range(written)});
        }
        out.println();
        out.printf(Locale.ROOT, "| edit, at %,d pages (%d rebuilds each) | wall: min / median | CPU: min / median | pages rendered | files written |%n",
                first.pages(), rebuilds);
        out.println("|---|---|---|---|---|");
        for (String[] row : summary) out.println("| " + String.join(" | ", row) + " |");
        out.println();
        Staging.deleteTree(served);
    }

    /** {@code text} with {@code words} added to the end of its title, written plain or in double quotes. */
    static String retitle(String text, String words) {
        Matcher m = Pattern.compile("(?m)^title: (.*)$").matcher(text);
        if (!m.find()) return text;
        String title = m.group(1);
        String changed = title.endsWith("\"") ? title.substring(0, title.length() - 1) + words + "\"" : title + words;
        return text.substring(0, m.start(1)) + changed + text.substring(m.end(1));
    }

    /** The newest news post (last by name), or the first waiting child by code. */
    private static Path pick(Path folder, boolean newest) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        if (newest) return files.get(files.size() - 1);
        for (Path p : files) {
            if (Files.readString(p).contains("\nstatus: waiting\n")) return p;
        }
        return files.get(0);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return values.length == 0 ? 0 : sum / values.length;
    }
}
