package vn.vungcao.ssg.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
 * Prints the sizes and speeds of the look-up for the example site and a synthetic site of 2,000
 * children and 500 news posts: bytes of the code map and the index (raw and gzip), what a code
 * look-up transfers, and load and query times in headless Chromium. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.vungcao.ssg.browser.SearchBenchmark}
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("search-bench");
        try {
            Path example = ExampleSite.ROOT;
            report("example site", example, dir.resolve("example"), "ML-0123");
            Path synthetic = dir.resolve("synthetic");
            SyntheticSite.write(synthetic, 2000, 500);
            report("synthetic site, 2,000 children and 500 news", synthetic, dir.resolve("synthetic-out"), "ML-0123");
        } finally {
            Staging.deleteTree(dir);
        }
    }

    private static void report(String name, Path site, Path out, String code) throws Exception {
        BuildResult result = SiteBuilder.build(new BuildOptions(site, out, null, false, true,
                Instant.parse("2030-01-01T00:00:00Z"), BuildOptions.defaultThreads()));
        if (result.hasErrors()) throw new IllegalStateException(result.diagnostics().toString());
        String lookup = Files.readString(out.resolve("tra-cuu/index.html"));
        String index = attr(lookup, "data-index");
        String codes = attr(lookup, "data-codes");
        long[] idx = sizes(out.resolve(index.substring(1)));
        long shardsRaw = 0;
        long shardsGzip = 0;
        long largestShardGzip = 0;
        int shards = 0;
        try (Stream<Path> list = Files.list(out.resolve(codes.substring(1)))) {
            for (Path p : list.toList()) {
                long[] s = sizes(p);
                shardsRaw += s[0];
                shardsGzip += s[1];
                largestShardGzip = Math.max(largestShardGzip, s[1]);
                shards++;
            }
        }
        long pageGzip = sizes(out.resolve("tra-cuu/index.html"))[1];
        long assetsGzip = 0;
        for (String asset : List.of(attr(lookup, "stylesheet\" href"), script(lookup, "site"), script(lookup, "search"))) {
            assetsGzip += sizes(out.resolve(asset.substring(1)))[1];
        }
        long lunrGzip = sizes(out.resolve(attr(lookup, "data-lunr").substring(1)))[1];

        System.out.printf("%n%s (%d pages)%n", name, result.pages());
        System.out.printf("  code map: %d shards, %s raw, %s gzip in all; the largest shard %s gzip%n", shards,
                kb(shardsRaw), kb(shardsGzip), kb(largestShardGzip));
        System.out.printf("  full-text index: %s raw, %s gzip (Lunr itself: %s gzip)%n", kb(idx[0]), kb(idx[1]), kb(lunrGzip));
        System.out.printf("  a code look-up transfers at most %s gzip (page %s, CSS and scripts %s, one shard %s)%n",
                kb(pageGzip + assetsGzip + largestShardGzip), kb(pageGzip), kb(assetsGzip), kb(largestShardGzip));

        try (SiteServer server = new SiteServer(out, "/"); Chromium chromium = new Chromium()) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url() + "tra-cuu/");
            page.waitForSelector("#tra-cuu[data-ready=true]");
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) page.evaluate("""
                    async (code) => {
                      const s = window.vungcaoSearch;
                      let t0 = performance.now();
                      await s.run(code, false);
                      const codeMs = performance.now() - t0;
                      t0 = performance.now();
                      const data = await s.loadIndex();
                      const loadMs = performance.now() - t0;
                      const json = await (await fetch(document.getElementById('tra-cuu').dataset.index)).json();
                      t0 = performance.now();
                      data.lunr.Index.load(json.index);
                      const parseMs = performance.now() - t0;
                      const queries = ['muong lat', 'Mường Lát', 'dinh', 'thuy', 'truong', 'nuoi em', 'x', 'chuyen di toi diem truong', 'quan son', 'ao am'];
                      const times = [];
                      for (let round = 0; round < 5; round++) {
                        for (const q of queries) {
                          t0 = performance.now();
                          await s.run(q, false);
                          times.push(performance.now() - t0);
                        }
                      }
                      times.sort((a, b) => a - b);
                      return { codeMs, loadMs, parseMs, median: times[Math.floor(times.length / 2)], max: times[times.length - 1],
                               card: document.getElementById('the-em').textContent.length > 0 };
                    }""", code);
            System.out.printf("  in headless Chromium: code look-up %.0f ms (first, with fetch and decryption); "
                            + "index fetch and load %.0f ms (Index.load alone %.0f ms); queries median %.1f ms, max %.1f ms%n",
                    num(t.get("codeMs")), num(t.get("loadMs")), num(t.get("parseMs")), num(t.get("median")), num(t.get("max")));
            context.close();
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static String attr(String html, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "=\"([^\"]+)\"").matcher(html);
        if (!m.find()) throw new IllegalStateException("no " + name);
        return m.group(1);
    }

    private static String script(String html, String name) {
        Matcher m = Pattern.compile("src=\"(/js/" + name + "\\.[0-9a-f]+\\.js)\"").matcher(html);
        if (!m.find()) throw new IllegalStateException("no script " + name);
        return m.group(1);
    }

    private static long[] sizes(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(raw);
        }
        return new long[] {raw.length, buffer.size()};
    }

    private static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }
}
