package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.TestSite;


/** The words the scripts write follow the page's language, like the theme's. */
@BrowserTest
class ScriptWordsTest {

    @TempDir
    Path dir;

    private static String lookUp(TestSite site, String query) throws Exception {
        try (Chromium chromium = new Chromium();
             SiteServer server = new SiteServer(site.out(), "/");
             BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.url() + "tra-cuu/?q=" + query);
            page.waitForFunction("() => /ZZ-?9999/.test(document.getElementById('trang-thai').textContent)");
            return page.textContent("#trang-thai");
        }
    }

    @Test
    void theLookUpPageSpeaksTheSitesLanguage() throws Exception {
        TestSite vi = TestSite.of(dir.resolve("vi"), "");
        vi.buildOk();
        assertEquals("Không có em nào mang mã ZZ9999. Bạn kiểm tra lại mã số giúp nhé.", lookUp(vi, "ZZ9999"));

        TestSite en = TestSite.of(dir.resolve("en"), """
                -- site-config.yml --
                title: Highland children
                description: A test site.
                base_url: https://example.org/
                language: en
                children:
                  code_pattern: '[A-Z]{2}-\\d{4}'
                """);
        en.buildOk();
        String said = lookUp(en, "ZZ9999");
        assertTrue(said.startsWith("No child has the code ZZ9999"), said);
    }
}
