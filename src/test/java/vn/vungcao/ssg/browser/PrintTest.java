package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;


/**
 * Reports and pages print cleanly: on paper the menu, the language switch, the skip link, the
 * assistant and the filters are gone, the text is black on white, and a quarterly report fits
 * on a few A4 pages.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintTest {

    private Path dir;
    private Chromium chromium;

    @BeforeAll
    void build() throws Exception {
        dir = ExampleBuild.folder();
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        chromium.close();
    }

    @Test
    void onPaperOnlyTheContentIsLeftAndAReportFitsOnAFewPages() throws Exception {
        try (SiteServer server = new SiteServer(dir, "/");
             BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            for (String path : List.of("bao-cao/2025-q4/", "tin-tuc/cam-on-anh-chi-nuoi/", "sao-ke/2025-12/", "gioi-thieu/")) {
                page.navigate(server.url() + path);
                page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
                @SuppressWarnings("unchecked")
                Map<String, Object> shown = (Map<String, Object>) page.evaluate("() => {"
                        + " const seen = s => [...document.querySelectorAll(s)].some(e => getComputedStyle(e).display !== 'none'"
                        + "   && e.getBoundingClientRect().height > 0);"
                        + " return { menu: seen('.menu'), skip: seen('.skip-link'), assistant: seen('.assistant-open'),"
                        + "   language: seen('.language-switch'), filter: seen('.ledger-filter'), h1: seen('h1'),"
                        + "   ink: getComputedStyle(document.querySelector('h1')).color,"
                        + "   paper: getComputedStyle(document.body).backgroundColor }; }");
                assertEquals(Boolean.TRUE, shown.get("h1"), path + ": the title prints");
                for (String gone : List.of("menu", "skip", "assistant", "language", "filter")) {
                    assertEquals(Boolean.FALSE, shown.get(gone), path + ": " + gone + " is not printed " + shown);
                }
                assertEquals("rgb(0, 0, 0)", shown.get("ink"), path);
                assertTrue(List.of("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)").contains(shown.get("paper")), path + " " + shown);
            }
            page.navigate(server.url() + "bao-cao/2025-q4/");
            byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
            Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
            int pages = 0;
            while (m.find()) pages++;
            assertTrue(pages >= 1 && pages <= 4, "the quarterly report prints on " + pages + " A4 pages");
        }
    }

    @Test
    void aStatementPrintsAsOneTableOfSixColumnsThatFitsThePage() throws Exception {
        try (SiteServer server = new SiteServer(dir, "/");
             // the width of an A4 page inside its margins, at 96 px an inch: narrower than the phone layout's 48rem
             BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(688, 1000))) {
            Page page = context.newPage();
            page.navigate(server.url() + "sao-ke/2025-12/");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            @SuppressWarnings("unchecked")
            Map<String, Object> paper = (Map<String, Object>) page.evaluate("() => {"
                    + " const rows = [...document.querySelectorAll('.ledger-rows tbody tr')];"
                    + " const heads = [...document.querySelectorAll('.ledger-rows thead th')].filter(th => th.getBoundingClientRect().width > 0);"
                    + " return { rows: rows.length, tableRows: rows.filter(r => getComputedStyle(r).display === 'table-row').length,"
                    + "   heads: heads.length, repeated: getComputedStyle(document.querySelector('.ledger-rows thead')).display,"
                    + "   width: document.querySelector('.ledger-rows').getBoundingClientRect().width, page: document.documentElement.scrollWidth,"
                    + "   dates: rows.filter(r => r.querySelector('.date time').getClientRects().length === 1).length }; }");
            int rows = ((Number) paper.get("rows")).intValue();
            assertTrue(rows > 5, paper.toString());
            assertEquals(rows, ((Number) paper.get("tableRows")).intValue(), "on paper every transaction is a table row, not a card: " + paper);
            assertEquals(6, ((Number) paper.get("heads")).intValue(), "the six columns' names print: " + paper);
            assertEquals("table-header-group", paper.get("repeated"), "and repeat on every sheet");
            assertTrue(((Number) paper.get("width")).doubleValue() <= 688 && ((Number) paper.get("page")).intValue() <= 688,
                    "the table fits the page's width: " + paper);
            assertEquals(rows, ((Number) paper.get("dates")).intValue(), "each date on one line: " + paper);
        }
    }
}
