package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;


/** The look-up page of the example site, in a real headless Chromium. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookupTest {

    private Path dir;
    private SiteServer server;
    private Chromium chromium;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void buildAndServe() throws Exception {
        dir = Files.createTempDirectory("lookup-test");
        BuildResult result = SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, dir.resolve("public"), null,
                false, false, TestSite.NOW, 2));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        server = new SiteServer(dir.resolve("public"), "/");
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        chromium.close();
        server.close();
        Staging.deleteTree(dir);
    }

    @BeforeEach
    void open() {
        context = chromium.browser().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** Opens the look-up page with {@code ?q=} and waits for the answer. */
    static String lookUp(Page page, String base, String q) {
        page.navigate(base + "tra-cuu/?q=" + encode(q));
        page.waitForFunction("() => { const s = document.getElementById('trang-thai').textContent;"
                + " return s && !s.startsWith('Đang tìm'); }");
        return page.textContent("#trang-thai");
    }

    static List<String> resultLinks(Page page) {
        return page.locator("#ket-qua a.result-title").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    @Test
    void everySpellingOfACodeFindsTheChild() {
        for (String spelling : List.of("ML-0123", "ml0123", "ML 0123", " ml-123 ", "Ml.0123", "ML-00123")) {
            String status = lookUp(page, server.url(), spelling);
            assertTrue(status.contains("ML-0123"), spelling + ": " + status);
            String card = page.textContent("#the-em");
            assertTrue(card.contains("Thủy") && card.contains("ML-0123"), spelling + ": " + card);
            assertEquals(server.url().replaceAll("http://[^/]+", "") + "tre-em/ml-0123/",
                    page.getAttribute("#the-em a", "href"));
        }
        assertTrue(page.textContent("#the-em").contains("Điểm trường"), "the card shows the school");
    }

    @Test
    void typingACodeFindsTheChildAndUpdatesTheAddress() {
        page.navigate(server.url() + "tra-cuu/");
        page.waitForSelector("#tra-cuu[data-ready=true]");
        page.fill("#q", "ml 7");
        page.waitForSelector("#the-em .lookup-card");
        assertTrue(page.textContent("#the-em").contains("ML-0007"));
        assertTrue(page.url().endsWith("?q=ml+7"), page.url());
    }

    @Test
    void anUnknownCodeIsSaidPlainly() {
        String status = lookUp(page, server.url(), "ML-9999");
        assertTrue(status.contains("Không có em nào mang mã ML-9999"), status);
        assertEquals("", page.textContent("#the-em"));
    }

    @Test
    void aSponsoredChildIsFoundByCodeButNotByName() {
        lookUp(page, server.url(), "Thủy");
        List<String> links = resultLinks(page);
        assertTrue(links.stream().anyMatch(l -> l.endsWith("tre-em/qs-0075/")), "the waiting Thủy is found: " + links);
        assertFalse(links.stream().anyMatch(l -> l.contains("ml-0123")), "the sponsored Thủy is not: " + links);
        lookUp(page, server.url(), "ban on");
        assertFalse(resultLinks(page).stream().anyMatch(l -> l.contains("ml-0123")));
        assertTrue(lookUp(page, server.url(), "ML-0123").contains("ML-0123"));
    }

    @Test
    void vietnameseIsFoundWithOrWithoutAccentsAndInDecomposedForm() {
        lookUp(page, server.url(), "Mường Lát");
        List<String> accented = resultLinks(page);
        assertTrue(accented.size() >= 3, accented.toString());
        lookUp(page, server.url(), "muong lat");
        assertEquals(accented, resultLinks(page));
        lookUp(page, server.url(), Normalizer.normalize("Mường Lát", Normalizer.Form.NFD));
        assertEquals(accented, resultLinks(page));
        lookUp(page, server.url(), "MUONG LAT");
        assertEquals(accented, resultLinks(page));

        lookUp(page, server.url(), "dinh");
        List<String> dinh = resultLinks(page);
        assertTrue(dinh.stream().anyMatch(l -> l.endsWith("tre-em/qs-0058/")), "Đình: " + dinh);
        assertTrue(dinh.stream().anyMatch(l -> l.endsWith("tin-tuc/khanh-thanh-diem-truong-ban-on/")), "Đinh Dậu: " + dinh);
        lookUp(page, server.url(), "thuy");
        assertTrue(resultLinks(page).stream().anyMatch(l -> l.endsWith("tre-em/qs-0075/")));
        lookUp(page, server.url(), "quan so");
        assertTrue(resultLinks(page).stream().anyMatch(l -> l.contains("na-meo")), "prefixes match while typing");
    }

    @Test
    void resultsShowTitleTypeAndSnippet() {
        lookUp(page, server.url(), "na meo");
        String first = page.textContent("#ket-qua li");
        assertTrue(page.locator("#ket-qua li .result-type").count() > 0);
        assertTrue(page.locator("#ket-qua li .result-snippet").count() > 0);
        assertTrue(first.toLowerCase().contains("mèo"), first);
    }

    @Test
    void withoutJavaScriptThePageSaysWhatItIs() {
        BrowserContext noJs = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false));
        Page p = noJs.newPage();
        p.navigate(server.url() + "tra-cuu/");
        String text = p.textContent("main");
        assertTrue(text.contains("mã số của em"), text);
        assertTrue(p.locator("noscript a[href$='tre-em/']").count() == 1 || text.contains("danh sách các em"));
        noJs.close();
    }
}
