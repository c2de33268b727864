package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.TestSite;

/**
 * The look-up's word search as a sponsor meets it: a code, or the start of one, fetches only the
 * code map; words fetch the shards of their terms, never the whole index; a school named by the
 * query comes before the children who attend it; a word typed with accents ranks the pages written
 * so first; and the whole look-up can be kept for offline use.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordSearchTest {

    private Chromium chromium;

    @BeforeAll
    void start() {
        chromium = new Chromium();
    }

    @AfterAll
    void stop() {
        chromium.close();
    }

    /** The example site, built and served, with every request of the page recorded. */
    private record Served(SiteServer server, BrowserContext context, Page page, List<String> requests) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            context.close();
            server.close();
        }

        List<String> searchFiles(String folder) {
            synchronized (requests) {
                return requests.stream().filter(r -> r.contains("/search/" + folder + "/")).toList();
            }
        }
    }

    /** Served without a service worker: what the page itself fetches (a visitor who came back gets the whole index from the worker). */
    private Served serve(Path out) throws Exception {
        return serve(out, ServiceWorkerPolicy.BLOCK);
    }

    private Served serve(Path out, ServiceWorkerPolicy workers) throws Exception {
        SiteServer server = new SiteServer(out, "/");
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setServiceWorkers(workers));
        Page page = context.newPage();
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        context.onRequest(r -> requests.add(r.url()));
        return new Served(server, context, page, requests);
    }

    private static Path example(Path dir) throws Exception {
        Path site = OfflineTest.copyOfExample(dir);
        Path out = dir.resolve("public");
        OfflineTest.build(site, out, null);
        return out;
    }

    @Test
    void aCodeTypedKeyByKeyFetchesOnlyTheCodeMap(@TempDir Path dir) throws Exception {
        try (Served s = serve(example(dir))) {
            Page page = s.page();
            page.navigate(s.server().url() + "tra-cuu/");
            page.waitForSelector("#tra-cuu[data-ready=true]");
            // a sponsor's pace: 300 ms a key, twice the debounce
            page.locator("#q").pressSequentially("ML-0123", new Locator.PressSequentiallyOptions().setDelay(300));
            page.waitForFunction("() => document.getElementById('the-em').textContent.includes('ML-0123')");
            assertEquals(List.of(), s.searchFiles("words"), "no shard of the word index");
            assertEquals(List.of(), s.searchFiles("docs"));
            assertFalse(s.searchFiles("codes").isEmpty(), "the code map");
        }
    }

    @Test
    void theStartOfACodeWaitsAndWordsThatCannotStartOneAreSearched(@TempDir Path dir) throws Exception {
        try (Served s = serve(example(dir))) {
            Page page = s.page();
            for (String start : List.of("M", "ml", "Q", "qs-", "ML-01", "qs 005")) {
                String status = LookupTest.lookUp(page, s.server().url(), start);
                assertTrue(status.startsWith("Đang gõ mã"), start + ": " + status);
            }
            assertEquals(List.of(), s.searchFiles("words"), "the start of a code fetches no word");
            for (String words : List.of("xa 7", "lop 5", "lớp 5", "muong", "x")) {
                assertEquals("words", page.evaluate("(q) => window.vungcaoSearch.kind(q)", words), words);
                String status = LookupTest.lookUp(page, s.server().url(), words);
                assertFalse(status.contains("mã"), words + " is taken for a code: " + status);
            }
            assertFalse(s.searchFiles("words").isEmpty(), "words fetch shards");
            assertEquals("code", page.evaluate("(q) => window.vungcaoSearch.kind(q)", "qs 58"));
        }
    }

    @Test
    void aSchoolNamedByTheQueryComesBeforeTheChildrenWhoAttendIt(@TempDir Path dir) throws Exception {
        try (Served s = serve(example(dir))) {
            LookupTest.lookUp(s.page(), s.server().url(), "na meo");
            List<String> links = LookupTest.resultLinks(s.page());
            assertTrue(links.stream().anyMatch(l -> l.contains("/tre-em/")), "children of the school are found too: " + links);
            int school = links.indexOf("/truong/na-meo/");
            int child = links.indexOf(links.stream().filter(l -> l.contains("/tre-em/")).findFirst().orElseThrow());
            assertTrue(school >= 0 && school < child, links.toString());
        }
    }

    @Test
    void aWordTypedWithAccentsRanksThePagesWrittenSoFirst(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir.resolve("site"), """
                -- content/news/2021-10-01-mam-com.md --
                ---
                title: Mâm cơm của các em
                date: 2021-10-01
                ---
                Bữa trưa.
                -- content/news/2021-10-02-mam-non.md --
                ---
                title: Mầm non ở bản
                date: 2021-09-01
                ---
                Lớp học.
                """);
        site.buildOk();
        try (Served s = serve(site.out())) {
            for (String[] q : new String[][] {{"mầm", "/tin-tuc/mam-non/"}, {"mâm", "/tin-tuc/mam-com/"}, {"Mầm non", "/tin-tuc/mam-non/"}}) {
                LookupTest.lookUp(s.page(), s.server().url(), q[0]);
                List<String> links = LookupTest.resultLinks(s.page());
                assertEquals(q[1], links.get(0), q[0] + ": " + links);
            }
            LookupTest.lookUp(s.page(), s.server().url(), "mam");
            assertTrue(LookupTest.resultLinks(s.page()).containsAll(List.of("/tin-tuc/mam-non/", "/tin-tuc/mam-com/")),
                    "without accents, both");
        }
    }

    @Test
    void resultsComeTenAtATime(@TempDir Path dir) throws Exception {
        StringBuilder news = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            news.append("-- content/news/2021-10-%02d-tin-%d.md --\n---\ntitle: Tin vui số %d\ndate: 2021-10-%02d\n---\nNội dung.\n"
                    .formatted(i, i, i, i));
        }
        TestSite site = TestSite.of(dir.resolve("site"), news.toString());
        site.buildOk();
        try (Served s = serve(site.out())) {
            LookupTest.lookUp(s.page(), s.server().url(), "tin vui");
            assertEquals(10, LookupTest.resultLinks(s.page()).size());
            assertEquals("Xem thêm (5 kết quả nữa)", s.page().textContent(".more-results"));
            int chunks = s.searchFiles("docs").size();
            s.page().click(".more-results");
            s.page().waitForFunction("() => document.querySelectorAll('#ket-qua a.result-title').length === 15");
            assertEquals(0, s.page().locator(".more-results").count(), "no more to show");
            assertTrue(s.searchFiles("docs").size() >= chunks);
        }
    }

    @Test
    void theWholeLookUpIsKeptForOfflineUseWhenTheSponsorAsks(@TempDir Path dir) throws Exception {
        Path out = example(dir);
        long files = Files.readString(out.resolve("sw.js")).split("/search/(words|docs)/", -1).length - 1;
        try (Served s = serve(out, ServiceWorkerPolicy.ALLOW)) {
            Page page = s.page();
            page.navigate(s.server().url() + "tra-cuu/");
            OfflineTest.waitForServiceWorker(page);
            assertEquals(0L, ((Number) page.evaluate("() => caches.open('vungcao-search').then(c => c.keys()).then(k => k.length)"))
                    .longValue(), "a first visit keeps none of the word index");
            page.waitForSelector(".offline-save:not([hidden])");
            page.click("#luu-offline");
            page.waitForFunction("() => document.getElementById('luu-trang-thai').textContent.startsWith('Đã lưu')");
            assertEquals(files, ((Number) page.evaluate("() => caches.open('vungcao-search').then(c => c.keys()).then(k => k.length)"))
                    .longValue(), "every file of the word index is kept");
            s.context().setOffline(true);
            LookupTest.lookUp(page, s.server().url(), "pu nhi");
            assertTrue(LookupTest.resultLinks(page).contains("/truong/pu-nhi/"), "words, offline: " + LookupTest.resultLinks(page));
        }
    }
}
