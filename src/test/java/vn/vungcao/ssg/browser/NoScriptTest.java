package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.TestSite;


/**
 * No JavaScript is needed to read any page: with scripts turned off every page of the example
 * shows its title and its text, the questions page its answers, and the look-up page says what
 * to do instead.
 */
@BrowserTest
class NoScriptTest {

    @Test
    void everyPageReadsWithScriptsOff() throws Exception {
        Path dir = ExampleBuild.folder();
        List<String> pages = TestSite.snapshot(dir).keySet().stream()
                .filter(p -> p.endsWith("index.html")).sorted()
                // the form editor (/admin/) is an application for editors, not a page of the site: AdminTest and AdminBrowserTest check it
                .filter(p -> !p.startsWith("admin/"))
                .map(p -> p.substring(0, p.length() - "index.html".length())).toList();
        List<String> wrong = new ArrayList<>();
        try (Chromium chromium = new Chromium();
             SiteServer server = new SiteServer(dir, "/");
             BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            for (String path : pages) {
                page.navigate(server.url() + path);
                if (!page.isVisible("h1")) wrong.add("/" + path + ": no visible title");
                if (page.innerText("main").strip().length() < 40) wrong.add("/" + path + ": almost no text");
            }
            page.navigate(server.url() + "hoi-dap/");
            assertTrue(page.locator("section.faq .prose").count() >= 15, "the answers are on the page");
            assertTrue(page.locator("section.faq .prose").first().isVisible());
            page.navigate(server.url() + "tra-cuu/");
            assertTrue(page.innerText("main").contains("JavaScript"), "the look-up page explains itself without scripts");
        }
        assertEquals(List.of(), wrong);
    }
}
