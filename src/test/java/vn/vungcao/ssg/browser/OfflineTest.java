package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;


/** After one visit, the look-up works with no network; a new deployment replaces the old cache. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineTest {

    private Chromium chromium;

    @BeforeAll
    void start() {
        chromium = new Chromium();
    }

    @AfterAll
    void stop() {
        chromium.close();
    }

    /** A copy of the example site that a test may change. */
    static Path copyOfExample(Path dir) throws IOException {
        return ExampleSite.copyTo(dir);
    }

    static void build(Path site, Path out, String baseUrl) throws Exception {
        BuildResult result = SiteBuilder.build(new BuildOptions(site, out, baseUrl, false, false, TestSite.NOW, 2));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
    }

    static String cacheVersion(Path out) throws IOException {
        Matcher m = Pattern.compile("\"version\":\"([0-9a-f]+)\"").matcher(Files.readString(out.resolve("sw.js")));
        assertTrue(m.find());
        return "vungcao-precache-" + m.group(1);
    }

    static void waitForServiceWorker(Page page) {
        page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null");
    }

    /** Evaluates {@code script} (which may return a promise) until it gives true, for at most 20 seconds. */
    static void waitUntil(Page page, String script, Object arg) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!Boolean.TRUE.equals(page.evaluate(script, arg))) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + script);
            page.waitForTimeout(100);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> cacheNames(Page page) {
        return (List<String>) page.evaluate("() => caches.keys()");
    }

    void worksOfflineAfterOneVisit(Path dir, String baseUrl, String prefix) throws Exception {
        Path site = copyOfExample(dir);
        Path out = dir.resolve("public");
        build(site, out, baseUrl);
        BrowserContext context = chromium.browser().newContext();
        try (SiteServer server = new SiteServer(out, prefix)) {
            Page page = context.newPage();
            page.navigate(server.url());
            waitForServiceWorker(page);
            waitUntil(page, "() => caches.open('vungcao-pages').then(c => c.match(location.href)).then(r => !!r)", null);
            page.navigate(server.url() + "tra-cuu/");
            assertTrue(cacheNames(page).contains(cacheVersion(out)), cacheNames(page).toString());
            // the second page seen through the worker: it keeps the whole word index
            int files = Files.readString(out.resolve("sw.js")).split("/search/(words|docs)/", -1).length - 1;
            waitUntil(page, "(n) => caches.open('vungcao-search').then(c => c.keys()).then(k => k.length === n)", files);
            server.close();

            assertTrue(LookupTest.lookUp(page, server.url(), "ml-123").contains("ML-0123"), "a code, offline");
            assertTrue(page.textContent("#the-em").contains("Thủy"));
            LookupTest.lookUp(page, server.url(), "muong lat");
            List<String> words = LookupTest.resultLinks(page);
            assertTrue(words.size() >= 3, "words, offline: " + words);
            assertTrue(words.stream().allMatch(l -> l.startsWith(prefix)), words.toString());
            LookupTest.lookUp(page, server.url(), "Páo");
            assertTrue(LookupTest.resultLinks(page).stream().anyMatch(l -> l.endsWith("tre-em/ml-0007/")), "a name, offline");

            page.navigate(server.url());
            assertTrue(page.textContent("h1").contains("Vì trẻ em vùng cao"), "a page read before, offline");
            page.navigate(server.url() + "truong/pu-nhi/");
            assertTrue(page.textContent("h1").contains("ngoại tuyến"), "a page never read says so: " + page.textContent("h1"));
        } finally {
            context.close();
        }
    }

    @Test
    void theLookUpWorksWithNoNetworkAfterOneVisit(@TempDir Path dir) throws Exception {
        worksOfflineAfterOneVisit(dir, null, "/");
    }

    @Test
    void allOfItWorksUnderASubPath(@TempDir Path dir) throws Exception {
        worksOfflineAfterOneVisit(dir, "https://example.org/vungcao/", "/vungcao/");
    }

    @Test
    void aNewDeploymentInstallsANewCacheAndRemovesTheOld(@TempDir Path dir) throws Exception {
        Path site = copyOfExample(dir);
        Path out = dir.resolve("public");
        build(site, out, null);
        String first = cacheVersion(out);
        BrowserContext context = chromium.browser().newContext();
        try (SiteServer server = new SiteServer(out, "/")) {
            Page page = context.newPage();
            page.navigate(server.url() + "tra-cuu/");
            waitForServiceWorker(page);
            assertTrue(cacheNames(page).contains(first));

            Path child = site.resolve("content/children/ML-0123.md");
            Files.writeString(child, Files.readString(child).replace("name: Thủy", "name: Thủy Tiên"));
            build(site, out, null);
            String second = cacheVersion(out);
            assertFalse(first.equals(second), "the cache name follows the content");

            page.navigate(server.url() + "tra-cuu/");
            page.evaluate("() => navigator.serviceWorker.getRegistration().then(r => r.update())");
            waitUntil(page, "([oldName, newName]) => caches.keys().then(k => k.includes(newName) && !k.includes(oldName))",
                    List.of(first, second));
            server.close();
            String status = LookupTest.lookUp(page, server.url(), "ML-0123");
            assertTrue(page.textContent("#the-em").contains("Thủy Tiên"), "offline, the new data answers: " + status
                    + " " + page.textContent("#the-em") + " " + page.getAttribute("#tra-cuu", "data-codes") + " "
                    + Files.readString(out.resolve("tra-cuu/index.html")).replaceAll("(?s).*(data-codes=\"[^\"]*\").*", "$1"));
            assertEquals(1, cacheNames(page).stream().filter(n -> n.startsWith("vungcao-precache-")).count());
        } finally {
            context.close();
        }
    }
}
