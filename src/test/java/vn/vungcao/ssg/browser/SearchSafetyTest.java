package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.TestSite;


/** Content that contains markup is shown as text in look-up results; no script of it runs. */
@BrowserTest
class SearchSafetyTest {

    @Test
    void markupInContentShowsAsTextInResults(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/news/2021-07-15-khanh-thanh.md --
                ---
                title: "Khánh thành <img src=x onerror=\\"window.__xss = 1\\">"
                date: 2021-07-15
                summary: "<b>đậm</b> <script>window.__xss = 2</script> trường"
                ---
                Nội dung.
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: "<img src=y onerror=window.__xss=3>"
                status: waiting
                ---
                """);
        site.buildOk();
        try (SiteServer server = new SiteServer(site.out(), "/"); Chromium chromium = new Chromium()) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            LookupTest.lookUp(page, server.url(), "khanh thanh");
            assertTrue(page.textContent("#ket-qua").contains("Khánh thành <img src=x onerror=\"window.__xss = 1\">"),
                    page.textContent("#ket-qua"));
            assertTrue(page.textContent("#ket-qua").contains("<b>đậm</b>"));
            assertEquals(0, page.locator("#ket-qua img, #ket-qua b, #ket-qua script").count());

            LookupTest.lookUp(page, server.url(), "ML-0001");
            assertTrue(page.textContent("#the-em").contains("<img src=y onerror=window.__xss=3>"));
            assertEquals(0, page.locator("#the-em img, #the-em script").count());

            LookupTest.lookUp(page, server.url(), "img");
            assertFalse(LookupTest.resultLinks(page).isEmpty());
            page.waitForTimeout(300);
            assertEquals(true, page.evaluate("() => window.__xss === undefined"), "no script from the content ran");
            context.close();
        }
    }
}
