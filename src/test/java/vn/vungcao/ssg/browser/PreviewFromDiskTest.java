package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.vungcao.ssg.preview.PreviewBuild;
import vn.vungcao.ssg.publish.Staging;


/**
 * The preview of the example site ({@code build --preview}) opened from disk in a real headless
 * Chromium, as an editor opens the pull request's artifact: by double-clicking
 * {@code index.html}, at a phone's width.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewFromDiskTest {

    /** The header's background, {@code --deep} of the theme's style sheet: only there when the sheet loaded. */
    private static final String HEADER_COLOUR = "rgb(29, 90, 60)";
    /** Counts the calls that would register a service worker, whoever makes them. */
    private static final String COUNT_REGISTRATIONS = "window.__registrations = 0;"
            + "if (window.ServiceWorkerContainer) {"
            + "  const register = ServiceWorkerContainer.prototype.register;"
            + "  ServiceWorkerContainer.prototype.register = function () { window.__registrations++; return register.apply(this, arguments); };"
            + "}";

    private Path dir;
    private Path preview;
    private Chromium chromium;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void buildPreview() throws Exception {
        dir = Files.createTempDirectory("preview-test");
        preview = dir.resolve("preview");
        BuildResult result = PreviewBuild.build(new BuildOptions(ExampleSite.ROOT, preview, null, false, false, TestSite.NOW, 2));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        chromium.close();
        Staging.deleteTree(dir);
    }

    @BeforeEach
    void open() {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 780)
                .setColorScheme(ColorScheme.LIGHT));
        context.addInitScript(COUNT_REGISTRATIONS);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String fromDisk(String file) {
        return preview.resolve(file).toUri().toString();
    }

    private String headerColour() {
        return (String) page.evaluate("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
    }

    @Test
    void theHomePageHasItsStylesAndItsNewsLinkOpensThePost() {
        page.navigate(fromDisk("index.html"));
        assertTrue(page.url().startsWith("file:"), page.url());
        assertEquals(HEADER_COLOUR, headerColour());
        Locator news = page.locator("main .card-title a[href^='tin-tuc/']").first();
        String title = news.textContent().strip();
        news.click();
        page.waitForURL("**/tin-tuc/*/index.html");
        assertTrue(page.url().startsWith("file:"), page.url());
        assertEquals(title, page.locator("main h1").textContent().strip());
        assertEquals(HEADER_COLOUR, headerColour());
        // and the menu leads back to a page, not to a folder's listing
        page.locator(".site-header .brand").click();
        page.waitForURL("**/index.html");
        assertEquals(fromDisk("index.html"), page.url());
    }

    @Test
    void theLookUpSaysItWorksOnlyOnThePublishedSite() {
        page.navigate(fromDisk("tra-cuu/index.html"));
        Locator notice = page.locator("#tra-cuu .preview-notice");
        notice.waitFor();
        assertTrue(notice.isVisible());
        assertEquals("Bạn đang xem bản xem trước mở từ máy: tra cứu mã số và tìm kiếm chỉ chạy trên trang web đã đăng.",
                notice.textContent());
        assertEquals(HEADER_COLOUR, headerColour());
    }

    @Test
    void noServiceWorkerIsAskedForFromDisk() {
        page.navigate(fromDisk("index.html"));
        page.waitForFunction("() => document.readyState === 'complete'");
        // the browser offers service workers here: the page's own script would ask for one, were it not kept from it
        assertEquals(Boolean.TRUE, page.evaluate("() => 'serviceWorker' in navigator && !!window.ServiceWorkerContainer"));
        assertEquals(0, ((Number) page.evaluate("() => window.__registrations")).intValue());
    }

    @Test
    void servedFromAnAddressThePreviewShowsNoNoticeAndKeepsItsServiceWorker() throws Exception {
        try (SiteServer server = new SiteServer(preview, "/")) {
            page.navigate(server.url() + "tra-cuu/index.html");
            page.waitForFunction("() => window.__registrations > 0");
            assertTrue(page.locator("#tra-cuu .preview-notice").isHidden());
            assertEquals(HEADER_COLOUR, headerColour());
        }
    }
}
