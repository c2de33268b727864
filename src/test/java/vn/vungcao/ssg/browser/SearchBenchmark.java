package vn.vungcao.ssg.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.bench.SyntheticSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;

/**
 * Prints what the look-up costs a sponsor, from a cold cache in headless Chromium, for the example
 * site and synthetic sites of the club's shape (2,000 children and 500 news posts; 8,000 and
 * 2,000): the bytes (gzip) of the code map, the word index and a first visit's precache; then,
 * for a code and for words, typed 300 ms a key and pasted at once, what the page fetched and how
 * long after the last key the answer showed, a later query's time, and the longest task on the
 * main thread. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.vungcao.ssg.browser.SearchBenchmark}
 * (add {@code -Dexec.args=small} for the example and 2,856 pages only).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean small = args.length > 0 && args[0].equals("small");
        Path dir = Files.createTempDirectory("search-bench");
        try (Chromium chromium = new Chromium()) {
            report(chromium, "example site", ExampleSite.ROOT, dir.resolve("example"), "ML-0123", "muong lat");
            for (int[] size : small ? new int[][] {{2000, 500}} : new int[][] {{2000, 500}, {8000, 2000}}) {
                Path synthetic = dir.resolve("synthetic-" + size[0]);
                SyntheticSite.write(synthetic, SyntheticSite.Shape.REAL, size[0], size[1]);
                String school = schoolWords(synthetic);
                report(chromium, String.format("synthetic site of real shape, %,d children and %,d news", size[0], size[1]),
                        synthetic, dir.resolve("out-" + size[0]), firstCode(synthetic), school);
            }
        } finally {
            Staging.deleteTree(dir);
        }
    }

    /** The last two words of the first school's name, without accents, as sponsors type them. */
    private static String schoolWords(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/schools"))) {
            Path first = files.sorted().findFirst().orElseThrow();
            Matcher m = Pattern.compile("(?m)^name: (.*)$").matcher(Files.readString(first));
            if (!m.find()) throw new IllegalStateException("a school without a name");
            String[] words = m.group(1).trim().split(" ");
            String two = words[words.length - 2] + " " + words[words.length - 1];
            return Normalizer.normalize(two, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        }
    }

    private static String firstCode(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/children"))) {
            return files.map(p -> p.getFileName().toString().replace(".md", "")).sorted().findFirst().orElseThrow();
        }
    }

    private static void report(Chromium chromium, String name, Path site, Path out, String code, String words) throws Exception {
        BuildResult result = SiteBuilder.build(new BuildOptions(site, out, null, false, true,
                Instant.parse("2030-01-01T00:00:00Z"), BuildOptions.defaultThreads()));
        if (result.hasErrors()) throw new IllegalStateException(result.diagnostics().toString());
        long[] codes = folder(out.resolve("search/codes"));
        long[] shards = folder(out.resolve("search/words"));
        long[] chunks = folder(out.resolve("search/docs"));
        long precache = 0;
        Matcher list = Pattern.compile("\"precache\":\\[([^\\]]*)\\]").matcher(Files.readString(out.resolve("sw.js")));
        if (!list.find()) throw new IllegalStateException("no precache list");
        for (String url : list.group(1).replace("\"", "").split(",")) {
            precache += gzip(Files.readAllBytes(out.resolve(url.substring(1) + (url.endsWith("/") ? "index.html" : ""))));
        }

        System.out.printf("%n%s: %,d pages%n", name, result.pages());
        System.out.printf("  code map: %d files, %s gzip in all, the largest %s%n", codes[2], kb(codes[1]), kb(codes[3]));
        System.out.printf("  word index: %d shards, %s raw, %s gzip in all, the largest %s; %d chunks, %s gzip in all, the largest %s%n",
                shards[2], kb(shards[0]), kb(shards[1]), kb(shards[3]), chunks[2], kb(chunks[1]), kb(chunks[3]));
        System.out.printf("  a first visit's service worker precaches %s gzip (the look-up, the code map, the theme's files; no word index)%n",
                kb(precache));
        System.out.println("  | query | typed | search files fetched | gzip | after the last key | longest main-thread task |");
        System.out.println("  |---|---|---|---|---|---|");
        for (boolean typed : new boolean[] {true, false}) {
            measure(chromium, out, code, typed, "the-em");
            measure(chromium, out, words, typed, "ket-qua");
        }
        later(chromium, out, words);
    }

    /** One query on a fresh page with a cold cache: typed 300 ms a key, or pasted. */
    private static void measure(Chromium chromium, Path out, String query, boolean typed, String answer) throws Exception {
        try (SiteServer server = new SiteServer(out, "/")) {
            BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
            List<String> fetched = Collections.synchronizedList(new ArrayList<>());
            context.onRequest(r -> {
                if (r.url().contains("/search/")) fetched.add(URI.create(r.url()).getPath());
            });
            Page page = context.newPage();
            page.navigate(server.url() + "tra-cuu/");
            page.waitForSelector("#tra-cuu[data-ready=true]");
            // the answer to the whole query: the card of the code, or the results that name the words
            page.evaluate("""
                    ([answer, query]) => {
                      window.__long = 0;
                      new PerformanceObserver((l) => l.getEntries().forEach((e) => { window.__long = Math.max(window.__long, e.duration); }))
                        .observe({ type: 'longtask', buffered: false });
                      const q = document.getElementById('q');
                      q.addEventListener('input', () => { window.__last = performance.now(); });
                      const done = () => answer === 'the-em'
                        ? document.getElementById('the-em').textContent.includes(query)
                        : document.getElementById('trang-thai').textContent.includes('“' + query + '”');
                      new MutationObserver(() => {
                        if (!window.__shown && q.value === query && done()) window.__shown = performance.now();
                      }).observe(document.getElementById('tra-cuu'), { childList: true, subtree: true, characterData: true });
                    }""", List.of(answer, query));
            if (typed) {
                page.locator("#q").pressSequentially(query, new Locator.PressSequentiallyOptions().setDelay(300));
            } else {
                page.locator("#q").fill(query);
            }
            page.waitForFunction("() => window.__shown > 0", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            page.waitForTimeout(200);
            double after = ((Number) page.evaluate("() => window.__shown - window.__last")).doubleValue();
            double longest = ((Number) page.evaluate("() => window.__long")).doubleValue();
            long bytes = 0;
            for (String f : fetched) bytes += gzip(Files.readAllBytes(out.resolve(f.substring(1))));
            long words = fetched.stream().filter(f -> f.startsWith("/search/words/") || f.startsWith("/search/docs/")).count();
            System.out.printf("  | %s | %s | %d (%d of the word index) | %s | %.0f ms | %.0f ms |%n", query,
                    typed ? "300 ms a key" : "at once", fetched.size(), words, kb(bytes), after, longest);
            context.close();
        }
    }

    /** A second query on the same page: the shards it shares are already there. */
    private static void later(Chromium chromium, Path out, String words) throws Exception {
        try (SiteServer server = new SiteServer(out, "/")) {
            BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
            Page page = context.newPage();
            page.navigate(server.url() + "tra-cuu/");
            page.waitForSelector("#tra-cuu[data-ready=true]");
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) page.evaluate("""
                    async (words) => {
                      const s = window.vungcaoSearch;
                      await s.run(words, false);
                      const times = [];
                      for (const q of [words + ' ', words.split(' ')[0], words.split(' ')[1], words]) {
                        const t0 = performance.now();
                        await s.run(q, false);
                        times.push(performance.now() - t0);
                      }
                      times.sort((a, b) => a - b);
                      return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
                    }""", words);
            System.out.printf("  later queries on the same page (beyond the 150 ms debounce): median %.0f ms, max %.0f ms%n",
                    ((Number) t.get("median")).doubleValue(), ((Number) t.get("max")).doubleValue());
            context.close();
        }
    }

    /** raw bytes, gzip bytes, files, the largest file's gzip bytes. */
    private static long[] folder(Path folder) throws IOException {
        long[] s = new long[4];
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] raw = Files.readAllBytes(p);
                long g = gzip(raw);
                s[0] += raw.length;
                s[1] += g;
                s[2]++;
                s[3] = Math.max(s[3], g);
            }
        }
        return s;
    }

    private static long gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(raw);
        }
        return buffer.size();
    }

    private static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }
}
