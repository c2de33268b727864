package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.vungcao.ssg.TestSite;


/**
 * The example site on a phone, in headless Chromium emulating one (320 and 360 px, touch, the
 * page's own viewport tag): no page of any kind is wider than the screen, nor on a tablet (768
 * and 1024 px); the menu is a button
 * whose expanded state assistive technology reads, and opening it, with or without JavaScript,
 * shows every item on screen; a month's statement shows each transaction as a card with its date
 * as {@code dd/MM} on one line and its amount at the card's right edge, keeps the month's totals
 * in sight while the rows scroll by, and has labelled filters a thumb can use; the chart's words
 * and figures are big enough to read.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutTest {

    private static final String STATEMENT = "sao-ke/2025-12/";

    private Path dir;
    private Chromium chromium;
    private SiteServer server;
    private List<String> pages;

    @BeforeAll
    void start() throws Exception {
        dir = ExampleBuild.folder();
        // one page per kind: the same first folder and depth is the same template (as AccessibilityTest)
        Map<String, String> byKind = new TreeMap<>();
        for (String p : TestSite.snapshot(dir).keySet()) {
            if (!p.endsWith(".html") || p.startsWith("admin/")) continue;
            String[] parts = p.split("/");
            byKind.putIfAbsent(parts[0] + "/" + parts.length, p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p);
        }
        pages = List.copyOf(byKind.values());
        chromium = new Chromium();
        server = new SiteServer(dir, "/");
    }

    @AfterAll
    void stop() {
        server.close();
        chromium.close();
    }

    private BrowserContext phone(int width, boolean javaScript) {
        return chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 740).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2)
                .setJavaScriptEnabled(javaScript).setServiceWorkers(ServiceWorkerPolicy.BLOCK));
    }

    @Test
    void noPageOfAnyKindScrollsSidewaysOnAPhoneOrATablet() {
        assertTrue(pages.size() >= 20, "a page of every kind: " + pages);
        assertTrue(pages.contains(STATEMENT) || pages.stream().anyMatch(p -> p.matches("sao-ke/\\d{4}-\\d\\d/")), pages.toString());
        List<String> wide = new ArrayList<>();
        // 768 is where the menu becomes a row of items
        for (int width : new int[] {320, 360, 768, 1024}) {
            try (BrowserContext context = phone(width, true)) {
                Page page = context.newPage();
                for (String path : pages) {
                    page.navigate(server.url() + path);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) page.evaluate("() => ({ scroll: document.documentElement.scrollWidth,"
                            + " inner: innerWidth, widest: [...document.querySelectorAll('main *, header *')]"
                            + "   .map(e => [e.getBoundingClientRect().right, e.tagName + '.' + e.className])"
                            + "   .sort((a, b) => b[0] - a[0])[0] })");
                    int scroll = ((Number) m.get("scroll")).intValue();
                    int inner = ((Number) m.get("inner")).intValue();
                    // a phone widens its layout to the widest content, so innerWidth grows too when a page overflows
                    if (scroll > width || inner > width) wide.add(width + " px /" + path + ": " + scroll + " px wide, widest " + m.get("widest"));
                }
            }
        }
        assertEquals(List.of(), wide);
    }

    /**
     * The menu button as Chromium gives it to assistive technology (its accessibility tree, through
     * the DevTools protocol): its role and whether it is expanded, such as {@code DisclosureTriangle
     * Menu expanded=false} (a summary, which Android's TalkBack reads as a collapsed button).
     */
    private static String menuButtonState(BrowserContext context, Page page) {
        CDPSession cdp = context.newCDPSession(page);
        try {
            JsonObject tree = cdp.send("Accessibility.getFullAXTree");
            for (JsonElement each : tree.getAsJsonArray("nodes")) {
                JsonObject node = each.getAsJsonObject();
                if (!node.has("name") || !"Menu".equals(node.getAsJsonObject("name").get("value").getAsString())) continue;
                if (!node.has("properties")) continue;
                for (JsonElement prop : node.getAsJsonArray("properties")) {
                    JsonObject o = prop.getAsJsonObject();
                    if (o.get("name").getAsString().equals("expanded")) {
                        return node.getAsJsonObject("role").get("value").getAsString() + " Menu expanded="
                                + o.getAsJsonObject("value").get("value").getAsBoolean();
                    }
                }
            }
            return "no Menu control with an expanded state";
        } finally {
            cdp.detach();
        }
    }

    /** Opens the menu by its button and returns the items that are not on screen, each with why. */
    private List<String> menuItemsOffScreen(BrowserContext context, Page page, int width) {
        assertEquals("DisclosureTriangle Menu expanded=false", menuButtonState(context, page), "a Menu button, collapsed");
        assertEquals(0, page.locator(".menu a:visible").count(), "the items wait behind the button");
        page.locator(".menu-button").click();
        assertEquals("DisclosureTriangle Menu expanded=true", menuButtonState(context, page), "the button says it is expanded");
        @SuppressWarnings("unchecked")
        List<String> off = (List<String>) page.evaluate("w => [...document.querySelectorAll('.menu a')].filter(a => {"
                + " const r = a.getBoundingClientRect();"
                + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return !(a.checkVisibility() && r.left >= 0 && r.right <= w && r.top >= 0 && r.bottom <= innerHeight"
                + "   && r.height >= 40 && (hit === a || a.contains(hit))); })"
                + " .map(a => a.textContent + ' ' + JSON.stringify(a.getBoundingClientRect()))", width);
        return off;
    }

    @Test
    void theMenuButtonShowsEveryItemOnAPhoneWithOrWithoutJavaScript() {
        for (boolean js : new boolean[] {true, false}) {
            for (int width : new int[] {320, 360}) {
                try (BrowserContext context = phone(width, js)) {
                    Page page = context.newPage();
                    for (String path : List.of("", STATEMENT, "bao-cao/2025-q4/", "tra-cuu/", "gioi-thieu/")) {
                        page.navigate(server.url() + path);
                        int items = page.locator(".menu a").count();
                        assertTrue(items >= 10, "the whole menu: " + items);
                        assertEquals(List.of(), menuItemsOffScreen(context, page, width), width + " px, JavaScript " + js + ", /" + path);
                    }
                    if (js) {
                        page.keyboard().press("Escape");
                        assertEquals(0, page.locator(".menu a:visible").count(), "Escape closes the menu");
                        assertEquals("menu-button", page.evaluate("() => document.activeElement.className"), "and gives the focus back to its button");
                    }
                }
            }
        }
    }

    @Test
    void onAWideScreenEveryItemShowsWithoutAButton() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(server.url() + STATEMENT);
            assertFalse(page.locator(".menu-button").isVisible(), "no button on a desktop");
            assertEquals(page.locator(".menu a").count(), page.locator(".menu a:visible").count(), "every item shows");
        }
    }

    @Test
    void aStatementIsACardPerTransactionWithItsTotalsInSight() {
        for (int width : new int[] {320, 360}) {
            try (BrowserContext context = phone(width, true)) {
                Page page = context.newPage();
                page.navigate(server.url() + STATEMENT);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rows = (List<Map<String, Object>>) page.evaluate("() => [...document.querySelectorAll('.ledger-rows tbody tr')].map(tr => {"
                        + " const box = tr.getBoundingClientRect(), date = tr.querySelector('.date'), amount = tr.querySelector('.in:not(:empty), .out:not(:empty)');"
                        + " const memo = tr.querySelector('.memo').getBoundingClientRect(), a = amount.getBoundingClientRect();"
                        + " return { display: getComputedStyle(tr).display, date: date.innerText, dateLines: date.querySelector('time').getClientRects().length,"
                        + "   amountGap: box.right - a.right, amountText: amount.innerText, amountTop: a.top - box.top,"
                        + "   memoInside: memo.left >= box.left && memo.right <= box.right, purpose: tr.querySelector('.purpose').innerText.trim(),"
                        + "   left: box.left, right: box.right }; })");
                assertTrue(rows.size() >= 5, "the month's rows: " + rows.size());
                for (Map<String, Object> r : rows) {
                    String where = width + " px: " + r;
                    assertFalse("table-row".equals(r.get("display")), "a card, not a table row: " + where);
                    assertTrue(((String) r.get("date")).matches("\\d\\d/\\d\\d"), "the date as dd/MM: " + where);
                    assertEquals(1, ((Number) r.get("dateLines")).intValue(), "the date on one line: " + where);
                    assertTrue(((Number) r.get("amountGap")).doubleValue() < 16, "the amount at the right edge: " + where);
                    assertTrue(((Number) r.get("amountTop")).doubleValue() < 16, "the amount on the first line, beside the date: " + where);
                    assertTrue(((String) r.get("amountText")).matches("(?s).*\\d.*₫"), where);
                    assertEquals(Boolean.TRUE, r.get("memoInside"), "the memo wraps inside the card: " + where);
                    assertFalse(((String) r.get("purpose")).isEmpty(), "the purpose as a label: " + where);
                    assertTrue(((Number) r.get("left")).doubleValue() >= 0 && ((Number) r.get("right")).doubleValue() <= width, where);
                }
                // the last row scrolled into view: the month's totals are still on screen, and readable
                page.locator(".ledger-rows tbody tr").last().scrollIntoViewIfNeeded();
                @SuppressWarnings("unchecked")
                Map<String, Object> totals = (Map<String, Object>) page.evaluate("() => { const t = document.querySelector('.month-totals'), r = t.getBoundingClientRect();"
                        + " const last = document.querySelector('.ledger-rows tbody tr:last-child').getBoundingClientRect();"
                        + " const dd = [...t.querySelectorAll('dd')];"
                        + " return { top: r.top, bottom: r.bottom, scrolled: scrollY, lastTop: last.top, text: t.innerText,"
                        + "   overlap: dd.some((d, i) => i > 0 && d.getBoundingClientRect().left < dd[i - 1].getBoundingClientRect().right - 1) }; }");
                assertTrue(((Number) totals.get("scrolled")).doubleValue() > 1000, "the page scrolled: " + totals);
                assertTrue(((Number) totals.get("top")).doubleValue() >= 0 && ((Number) totals.get("bottom")).doubleValue() < 200,
                        "the totals stay at the top of the screen: " + totals);
                assertTrue(((Number) totals.get("lastTop")).doubleValue() >= ((Number) totals.get("bottom")).doubleValue() - 1,
                        "and do not hide the row: " + totals);
                assertEquals(Boolean.FALSE, totals.get("overlap"), "the three totals do not run into each other: " + totals);
                assertTrue(((String) totals.get("text")).contains("₫"), totals.toString());
            }
        }
    }

    @Test
    void aStatementsFiltersAreLabelledAndBigEnoughForAThumb() {
        try (BrowserContext context = phone(360, true)) {
            Page page = context.newPage();
            page.navigate(server.url() + STATEMENT);
            for (String label : List.of("Lọc theo nội dung", "Mục đích")) {
                var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
                assertTrue(field.isVisible(), label);
                var box = field.boundingBox();
                assertTrue(box.height >= 44 && box.width >= 280, label + " is " + box.width + " × " + box.height + " px");
            }
            int all = page.locator(".ledger-rows tbody tr:visible").count();
            page.getByLabel("Mục đích", new Page.GetByLabelOptions().setExact(true)).selectOption("nuoi-em");
            int some = page.locator(".ledger-rows tbody tr:visible").count();
            assertTrue(some > 0 && some < all, "the purpose filter keeps " + some + " of " + all);
            // the shown rows' own totals, written as the page writes money
            long in = 0;
            for (String cell : page.locator(".ledger-rows tbody tr:visible td.in").allTextContents()) {
                if (!cell.isBlank()) in += Long.parseLong(cell.replaceAll("\\D", ""));
            }
            String inText = String.format(Locale.ROOT, "%,d", in).replace(',', '.') + "\u00A0₫";
            assertTrue(in > 0);
            assertTrue(page.locator(".ledger-rows tbody tr:visible td.in").allTextContents().stream().anyMatch(c -> c.endsWith("\u00A0₫")));
            String status = page.innerText("#loc-ket-qua");
            assertTrue(status.startsWith(some + " / " + all + " giao dịch: vào " + inText + ", ra "), status + " (expected in: " + inText + ")");
        }
    }

    @Test
    void theChartReadsOnAPhoneWithItsFiguresWritten() {
        try (BrowserContext context = phone(360, true)) {
            Page page = context.newPage();
            page.navigate(server.url() + "sao-ke/");
            @SuppressWarnings("unchecked")
            Map<String, Object> chart = (Map<String, Object>) page.evaluate("() => { const svg = document.querySelector('.chart-figure svg');"
                    + " const texts = [...svg.querySelectorAll('text')];"
                    + " return { width: svg.getBoundingClientRect().width, smallest: Math.min(...texts.map(t => t.getBoundingClientRect().height)),"
                    + "   words: texts.map(t => t.textContent), clipped: texts.filter(t => t.getBoundingClientRect().right > svg.getBoundingClientRect().right + 1).length,"
                    + "   table: [...document.querySelectorAll('#tung-thang tbody td:nth-of-type(1), #tung-thang tbody td:nth-of-type(2)')].map(td => td.textContent) }; }");
            assertTrue(((Number) chart.get("width")).doubleValue() <= 360, chart.toString());
            assertTrue(((Number) chart.get("smallest")).doubleValue() >= 11, "the chart's smallest text is " + chart.get("smallest") + " px tall");
            assertEquals(0, ((Number) chart.get("clipped")).intValue(), "no figure cut off: " + chart);
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) chart.get("words");
            @SuppressWarnings("unchecked")
            List<String> table = (List<String>) chart.get("table");
            assertFalse(table.isEmpty());
            for (String figure : table) assertTrue(words.contains(figure), "the chart writes " + figure + ": " + words);
        }
    }

    @Test
    void nothingJumpsWhileAPageLoadsAndTheFiltersShowOnlyWithJavaScript() {
        try (BrowserContext context = phone(360, true)) {
            Page page = context.newPage();
            for (String path : List.of(STATEMENT, "sao-ke/", "bao-cao/2025-q4/", "")) {
                page.navigate(server.url() + path);
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                // every layout shift Chromium recorded since the page started (the CLS that Lighthouse counts)
                Object shift = page.evaluate("() => new Promise(done => new PerformanceObserver((list, o) => { o.disconnect();"
                        + " done(list.getEntries().reduce((s, e) => s + e.value, 0)); }).observe({ type: 'layout-shift', buffered: true })"
                        + " || setTimeout(() => done(0), 500))");
                assertTrue(((Number) shift).doubleValue() < 0.01, "/" + path + " shifts by " + shift);
            }
            page.navigate(server.url() + STATEMENT);
            assertTrue(page.isVisible(".ledger-filter"), "the filters, with JavaScript");
        }
        try (BrowserContext context = phone(360, false)) {
            Page page = context.newPage();
            page.navigate(server.url() + STATEMENT);
            assertFalse(page.isVisible(".ledger-filter"), "no filters that could not work, without JavaScript");
            assertTrue(page.locator(".ledger-rows tbody tr:visible").count() > 5, "and every row");
        }
    }

    @Test
    void theMoneyPagesPassAxeAt360WithTheMenuOpen() {
        String run = "() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })"
                + ".then(r => r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')))";
        List<String> found = new ArrayList<>();
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740).setIsMobile(true).setHasTouch(true).setBypassCSP(true)
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK))) {
            Page page = context.newPage();
            for (String path : List.of(STATEMENT, "bao-cao/2025-q4/", "chien-dich/xay-truong-trung-ly/", "tra-cuu/", "sao-ke/")) {
                page.navigate(server.url() + path);
                page.locator(".menu-button").click();
                page.addScriptTag(new Page.AddScriptTagOptions().setPath(Path.of("src/test/resources/axe/axe.min.js")));
                @SuppressWarnings("unchecked")
                List<String> v = (List<String>) page.evaluate(run);
                for (String each : v) found.add("/" + path + ": " + each);
            }
        }
        assertEquals(List.of(), found);
    }
}
