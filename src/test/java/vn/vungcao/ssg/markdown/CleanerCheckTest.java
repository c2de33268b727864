package vn.vungcao.ssg.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;


/** The one-copy check of what the cleaner removed agrees with jsoup's own {@code isValid}. */
class CleanerCheckTest {

    @Test
    void agreesWithIsValidOnRandomHtml() throws Exception {
        Safelist safelist = new RawHtml().safelist();
        List<String> pieces = List.of("<p>", "</p>", "<b>", "</b>", "<a href=\"/x\">", "<a href=\"javascript:alert(1)\">",
                "<a href=\"https://a.b\" onclick=\"x()\">", "</a>", "<script>x()</script>", "<style>p{}</style>",
                "<iframe src=\"https://a.b\"></iframe>", "<img src=\"/a.png\" alt=\"a\">", "<img src=\"data:x\" onerror=\"y\">",
                "<table class=\"table\"><tr><th align=\"left\">a</th><td align=\"right\" bgcolor=\"red\">b</td></tr></table>",
                "<span style=\"color:red\">", "</span>", "<div class=\"x\" id=\"y\">", "</div>", "<!-- c -->", "<u>", "</u>",
                "<sup id=\"fnref\" class=\"f\">1</sup>", "<li id=\"fn-1\">", "<form><input></form>", "<meta charset=x>",
                "<title>t</title>", "<link rel=x>", "<body onload=\"x\">", "<svg><circle/></svg>", "<del>", "</del>",
                "<h2 id=\"a\">H</h2>", "<code class=\"language-java\">c</code>", "<abbr title=\"t\">A</abbr>",
                "<a href=\"tel:123\" rel=\"x\" target=\"_blank\">", "<mark>", "text ", "đ ", "&amp; ", "<br>", "<hr>");
        Random random = new Random(11);
        int invalid = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) html.append(pieces.get(random.nextInt(pieces.size())));
            Cleaner cleaner = new Cleaner(safelist);
            boolean valid = cleaner.isValid(Jsoup.parseBodyFragment(html.toString(), "https://site.invalid/"));
            Document dirty = Jsoup.parseBodyFragment(html.toString(), "https://site.invalid/");
            assertEquals(valid, RawHtml.nothingRemoved(dirty, cleaner.clean(dirty)), html.toString());
            if (!valid) invalid++;
        }
        assertTrue(invalid > 1000 && invalid < 19_000, "invalid " + invalid);
    }
}
