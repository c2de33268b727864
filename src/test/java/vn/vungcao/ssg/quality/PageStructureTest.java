package vn.vungcao.ssg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
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
            Document doc = ExampleOutput.page(path);
            if (doc.select("h1").size() != 1) wrong.add(path + ": " + doc.select("h1").size() + " h1");
            if (doc.select("body > header, body > main, body > footer").size() != 3 || doc.select("main").size() != 1) wrong.add(path + ": landmarks");
            var skip = doc.selectFirst("body > a.skip-link");
            if (skip == null || !skip.attr("href").equals("#" + doc.select("main").attr("id"))) wrong.add(path + ": skip link");
            if (doc.selectFirst("html[lang]") == null) wrong.add(path + ": no lang");
        }
        assertEquals(List.of(), wrong);
    }
}
