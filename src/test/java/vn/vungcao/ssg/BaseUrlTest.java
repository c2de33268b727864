package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The site works under a sub-path, as a GitHub Pages project site does. */
class BaseUrlTest {

    @TempDir
    Path dir;

    @Test
    void everyInternalLinkCarriesTheSubPath() {
        TestSite site = TestSite.of(dir, """
                -- content/images/a.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                menu: 1
                ---
                Xem [tin](/tin-tuc/khanh-thanh/), ![ảnh](/images/a.svg) và [trên trang](#muc).
                Trang ngoài: https://www.facebook.com/ và [thư](mailto:a@example.org).
                """);
        site.build(site.options().withBaseUrl("https://example.org/vungcao/"));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> page : site.pages().entrySet()) {
            Document doc = Jsoup.parse(page.getValue());
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("/") && !url.startsWith("/vungcao/")) wrong.add(page.getKey() + ": " + e);
                if (url.startsWith("https://example.org/") && !url.startsWith("https://example.org/vungcao/")) {
                    wrong.add(page.getKey() + ": " + e);
                }
            }
            for (Element meta : doc.select("meta[content^=https://example.org]")) {
                if (!meta.attr("content").startsWith("https://example.org/vungcao/")) wrong.add(page.getKey() + ": " + meta);
            }
        }
        assertEquals(List.of(), wrong);
        String about = site.file("gioi-thieu/index.html");
        assertTrue(about.contains("href=\"/vungcao/tin-tuc/khanh-thanh/\""), about);
        assertTrue(about.contains("src=\"/vungcao/images/a.svg\""), about);
        assertTrue(about.contains("href=\"#muc\""), about);
        assertTrue(about.contains("href=\"https://www.facebook.com/\""), about);

        for (String file : List.of("feed.xml", "sitemap.xml")) {
            Matcher m = Pattern.compile("(?:href=\"|<loc>|<id>)([^\"<]+)").matcher(site.file(file));
            int count = 0;
            while (m.find()) {
                assertTrue(m.group(1).startsWith("https://example.org/vungcao/"), file + ": " + m.group(1));
                count++;
            }
            assertTrue(count > 3, file);
        }
        assertTrue(site.file("robots.txt").contains("Disallow: /vungcao/tre-em/"));
        assertTrue(site.file("robots.txt").contains("Sitemap: https://example.org/vungcao/sitemap.xml"));
    }

    @Test
    void theConfiguredBaseUrlIsUsedWithoutTheOption() {
        TestSite site = TestSite.of(dir, """
                -- site-config.yml --
                title: Vùng cao
                base_url: https://club.github.io/site
                """);
        site.buildOk();
        assertTrue(site.file("index.html").contains("href=\"/site/tin-tuc/\""));
        assertTrue(site.file("index.html").contains("<link rel=\"canonical\" href=\"https://club.github.io/site/\">"));
    }

    @Test
    void aBadBaseUrlOptionIsAnError() {
        TestSite site = TestSite.of(dir, "");
        var result = site.build(site.options().withBaseUrl("not a url"));
        assertEquals(List.of("--base-url cli.bad-base-url"), TestSite.describe(result.diagnostics()));
    }
}
