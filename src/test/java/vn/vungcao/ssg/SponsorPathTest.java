package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;

/** A sponsor finds the way on the example site: from how to sponsor to the look-up and the children waiting, and back. */
class SponsorPathTest {

    @TempDir
    Path dir;

    @Test
    void theHowToPageLeadsToTheLookUpAndTheChildrenWaiting() throws Exception {
        Path out = dir.resolve("public");
        BuildResult result = SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, out, null, false, false, TestSite.NOW, 2));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        for (String page : List.of("cach-nuoi-em/index.html", "en/cach-nuoi-em/index.html")) {
            Document how = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
            List<String> links = how.select("article a[href]").eachAttr("href");
            assertTrue(links.contains("/tra-cuu/"), page + " links to the look-up: " + links);
            assertTrue(links.contains("/tre-em/"), page + " links to the children waiting: " + links);
        }
        Document lookup = Jsoup.parse(out.resolve("tra-cuu/index.html").toFile(), "UTF-8");
        // outside <noscript>: with JavaScript too, a visitor without a code is sent to the children waiting
        assertTrue(lookup.select("p.lookup-waiting a[href=/tre-em/]").size() == 1, lookup.select("#tra-cuu").html());
    }
}
