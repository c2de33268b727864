package vn.vungcao.ssg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


/** The structure every page of the example shares: one h1, landmarks, a skip link, the language. */
class PageStructureTest {

    static Map<String, byte[]> site;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleOutput.site();
    }

    @Test
    void everyPageHasOneH1LandmarksAndASkipLinkToMain() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String path : site.keySet()) {
            if (!path.endsWith(".html")) continue;
            // the form editor (/admin/) is an application for editors, not a page of the site: AdminTest and AdminBrowserTest check it
            if (path.startsWith("admin/")) continue;
            Document doc = ExampleOutput.page(path);
            if (doc.select("h1").size() != 1) wrong.add(path + ": " + doc.select("h1").size() + " h1");
            if (doc.select("body > header, body > main, body > footer").size() != 3 || doc.select("main").size() != 1) wrong.add(path + ": landmarks");
            var skip = doc.selectFirst("body > a.skip-link");
            if (skip == null || !skip.attr("href").equals("#" + doc.select("main").attr("id"))) wrong.add(path + ": skip link");
            if (doc.selectFirst("html[lang]") == null) wrong.add(path + ": no lang");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void nothingIsLoadedFromAnotherHostAndNoWebFont() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String path : site.keySet()) {
            if (path.endsWith(".html")) {
                Document doc = ExampleOutput.page(path);
                for (var e : doc.select("link[rel~=stylesheet|icon|manifest|preload|apple-touch-icon], script[src], img[src], source[srcset], iframe")) {
                    String url = e.hasAttr("src") ? e.absUrl("src") : e.hasAttr("href") ? e.absUrl("href") : e.attr("srcset");
                    if (!url.startsWith(ExampleOutput.BASE) && !url.startsWith("data:")) wrong.add(path + ": " + e);
                }
            }
            if (path.endsWith(".css")) {
                String css = new String(site.get(path), StandardCharsets.UTF_8);
                if (css.contains("@font-face") || css.contains("@import") || css.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*")) {
                    wrong.add(path + ": a web font or a file from another host");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
