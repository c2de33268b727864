package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.vungcao.ssg.TestSite;


/**
 * axe-core, injected in headless Chromium into one page of every kind of the example site (so
 * every page template, with and without pagination), finds nothing against WCAG 2.1 AA, in the
 * light palette at a phone's width and in the dark one at a desktop's; the skip link is the
 * first thing a keyboard reaches and its focus ring shows. (One h1 per page and the skip link on
 * every page are checked on the HTML by {@code PageStructureTest}.)
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

    private static final Path AXE = Path.of("src/test/resources/axe/axe.min.js");
    private static final String RUN_AXE = "() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })"
            + ".then(r => r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')))";

    private Path dir;
    private Chromium chromium;
    private List<String> pages;

    @BeforeAll
    void build() throws Exception {
        dir = ExampleBuild.folder();
        // one page per kind: the same first folder and depth is the same template
        Map<String, String> byKind = new TreeMap<>();
        for (String p : TestSite.snapshot(dir).keySet()) {
            if (!p.endsWith(".html")) continue;
            // the form editor (/admin/) is an application for editors, not a page of the site: AdminTest and AdminBrowserTest check it
            if (p.startsWith("admin/")) continue;
            String[] parts = p.split("/");
            byKind.putIfAbsent(parts[0] + "/" + parts.length, p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p);
        }
        pages = List.copyOf(byKind.values());
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        chromium.close();
    }

    private List<String> violations(ColorScheme scheme, int width) throws Exception {
        List<String> found = new ArrayList<>();
        try (SiteServer server = new SiteServer(dir, "/")) {
            Browser.NewContextOptions options = new Browser.NewContextOptions()
                    .setColorScheme(scheme).setViewportSize(width, 800).setBypassCSP(true)
                    .setServiceWorkers(ServiceWorkerPolicy.BLOCK);
            try (BrowserContext context = chromium.browser().newContext(options)) {
                Page page = context.newPage();
                for (String path : pages) {
                    page.navigate(server.url() + path);
                    page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
                    @SuppressWarnings("unchecked")
                    List<String> v = (List<String>) page.evaluate(RUN_AXE);
                    for (String each : v) found.add("/" + path + ": " + each);
                }
            }
        }
        return found;
    }

    @Test
    void everyPagePassesAxeInTheLightPaletteOnAPhone() throws Exception {
        assertTrue(pages.size() >= 20, "a page of every kind: " + pages);
        assertEquals(List.of(), violations(ColorScheme.LIGHT, 390));
    }

    @Test
    void everyPagePassesAxeInTheDarkPaletteOnADesktop() throws Exception {
        assertEquals(List.of(), violations(ColorScheme.DARK, 1280));
    }

    @Test
    void axeFindsAViolationWhenThereIsOne() throws Exception {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
            Page page = context.newPage();
            page.setContent("<!doctype html><html lang=vi><title>x</title><main><p style='color:#bbb;background:#fff'>chữ nhạt</p>"
                    + "<img src='data:,'></main>");
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
            @SuppressWarnings("unchecked")
            List<String> v = (List<String>) page.evaluate(RUN_AXE);
            assertTrue(v.stream().anyMatch(s -> s.startsWith("color-contrast")), v.toString());
            assertTrue(v.stream().anyMatch(s -> s.startsWith("image-alt")), v.toString());
        }
    }

    @Test
    void theFirstTabReachesTheSkipLinkAndItsFocusShows() throws Exception {
        try (SiteServer server = new SiteServer(dir, "/");
             BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.url() + "tin-tuc/");
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) page.evaluate("() => { const e = document.activeElement, s = getComputedStyle(e);"
                    + " const r = e.getBoundingClientRect();"
                    + " return { cls: e.className, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), top: r.top, h: r.height }; }");
            assertEquals("skip-link", focused.get("cls"), "the first Tab reaches the skip link");
            assertTrue(((Number) focused.get("top")).doubleValue() >= 0 && ((Number) focused.get("h")).doubleValue() > 10,
                    "the focused skip link is on screen: " + focused);
            assertTrue(!"none".equals(focused.get("outline")) && ((Number) focused.get("width")).doubleValue() >= 2,
                    "focus is visible: " + focused);
            page.keyboard().press("Enter");
            assertEquals("noi-dung", page.evaluate("() => location.hash.substring(1)"), "the skip link goes to the main content");
        }
    }
}
