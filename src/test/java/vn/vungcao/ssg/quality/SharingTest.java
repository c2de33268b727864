package vn.vungcao.ssg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.TestImages;
import vn.vungcao.ssg.TestSite;


/**
 * A link pasted into Facebook or Zalo shows a proper preview: every page has Open Graph and
 * Twitter card tags with an absolute raster image and its size, a canonical URL, and JSON-LD on
 * the home page (the club) and news posts; a child's photo is never the preview unless allowed.
 */
class SharingTest {

    @TempDir
    Path own;

    static Map<String, byte[]> site;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleOutput.site();
    }

    static Document parse(String html) {
        return Jsoup.parse(html, "https://vungcao.example.org/");
    }

    static String meta(Document doc, String key) {
        var e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    static JsonNode jsonLd(Document doc) throws Exception {
        var script = doc.selectFirst("script[type=application/ld+json]");
        return script == null ? null : new ObjectMapper().readTree(script.data());
    }

    @Test
    void everyPageHasPreviewTagsWithAnAbsoluteImageAndItsSize() {
        List<String> wrong = new ArrayList<>();
        for (String path : site.keySet()) {
            if (!path.endsWith(".html")) continue;
            // the form editor (/admin/) is an application for editors, not a page of the site: AdminTest and AdminBrowserTest check it
            if (path.startsWith("admin/")) continue;
            Document doc = parse(new String(site.get(path), StandardCharsets.UTF_8));
            for (String key : List.of("og:title", "og:description", "og:url", "og:type", "og:image", "og:image:width",
                    "og:image:height", "og:image:alt", "twitter:card", "twitter:title", "twitter:image")) {
                String value = meta(doc, key);
                if (value == null || value.isBlank()) wrong.add(path + ": no " + key);
            }
            String locale = path.startsWith("en/") ? "en_US" : "vi_VN";
            if (!locale.equals(meta(doc, "og:locale"))) wrong.add(path + ": og:locale " + meta(doc, "og:locale"));
            String image = meta(doc, "og:image");
            if (image != null && !image.matches("https://vungcao\\.example\\.org/.+\\.(png|jpe?g|webp|gif)")) {
                wrong.add(path + ": og:image is not an absolute raster image: " + image);
            }
            String canonical = doc.select("link[rel=canonical]").attr("href");
            if (!canonical.startsWith("https://vungcao.example.org/") || !canonical.equals(meta(doc, "og:url"))) {
                wrong.add(path + ": canonical " + canonical);
            }
        }
        assertEquals(List.of(), wrong);
        // the size given is the size of the file
        Document home = parse(new String(site.get("index.html"), StandardCharsets.UTF_8));
        String card = meta(home, "og:image").substring("https://vungcao.example.org/".length());
        assertTrue(site.containsKey(card), "the preview image is published: " + card);
        assertEquals("1200", meta(home, "og:image:width"));
        assertEquals("630", meta(home, "og:image:height"));
    }

    @Test
    void theHomePageDescribesTheClubAndANewsPostItself() throws Exception {
        JsonNode club = jsonLd(parse(new String(site.get("index.html"), StandardCharsets.UTF_8)));
        assertEquals("https://schema.org", club.get("@context").asText());
        assertEquals("NGO", club.get("@type").asText());
        assertEquals("Vì trẻ em vùng cao Thanh Hóa", club.get("name").asText());
        assertEquals("https://vungcao.example.org/", club.get("url").asText());
        assertEquals("lienhe@example.org", club.get("email").asText());

        Document news = parse(new String(site.get("tin-tuc/trao-ao-am-cho-cac-em/index.html"), StandardCharsets.UTF_8));
        JsonNode article = jsonLd(news);
        assertEquals("NewsArticle", article.get("@type").asText());
        assertEquals(meta(news, "og:title"), article.get("headline").asText());
        assertEquals("article", meta(news, "og:type"));
        assertEquals("2025-12-20T00:00:00+07:00", article.get("datePublished").asText());
        assertEquals("NGO", article.get("publisher").get("@type").asText());
        assertEquals(meta(news, "og:image"), article.get("image").get(0).asText());
    }

    @Test
    void aChildsPhotoIsNotThePreviewUnlessTheConfigAllowsIt() throws Exception {
        String child = """
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: Mai
                status: waiting
                photo: /images/tre-em/ml-0001.jpg
                ---
                """;
        TestSite site = TestSite.of(own.resolve("a"), child);
        site.write("content/images/tre-em/ml-0001.jpg", TestImages.jpeg(600, 800, 1, false));
        site.buildOk();
        Document page = parse(site.file("tre-em/ml-0001/index.html"));
        assertTrue(page.select("img[src*=ml-0001]").size() > 0, "the photo is on the page itself");
        assertFalse(page.head().html().contains("ml-0001.jpg"), "but not in what a shared link previews");
        assertTrue(meta(page, "og:image").endsWith("/icons/share.png"), meta(page, "og:image"));

        TestSite allowed = TestSite.of(own.resolve("b"), child + """
                -- site-config.yml --
                title: Vùng cao
                description: Một trang thử.
                base_url: https://example.org/
                children:
                  share_photos: true
                """);
        allowed.write("content/images/tre-em/ml-0001.jpg", TestImages.jpeg(600, 800, 1, false));
        allowed.buildOk();
        Document shared = parse(allowed.file("tre-em/ml-0001/index.html"));
        assertEquals("https://example.org/images/tre-em/ml-0001.jpg", meta(shared, "og:image"));
        assertEquals("600", meta(shared, "og:image:width"));
        assertEquals("800", meta(shared, "og:image:height"));
    }

    @Test
    void aNewsPostWithARasterCoverSharesItAndATitleCannotBreakTheScript() throws Exception {
        TestSite site = TestSite.of(own, """
                -- content/news/2021-09-01-tin-ba.md --
                ---
                title: "Tin </script><script>alert(1)</script>"
                date: 2021-09-01
                cover: /images/lop.jpg
                ---
                Nội dung ba.
                """);
        site.write("content/images/lop.jpg", TestImages.jpeg(1200, 800, 1, false));
        site.buildOk();
        Document page = parse(site.file("tin-tuc/tin-ba/index.html"));
        assertEquals("https://example.org/images/lop.jpg", meta(page, "og:image"));
        assertEquals("1200", meta(page, "og:image:width"));
        assertEquals(1, page.select("script[type=application/ld+json]").size());
        assertEquals(0, page.select("script:not([src]):not([type])").size(), "no script was injected");
        assertEquals("Tin </script><script>alert(1)</script>", jsonLd(page).get("headline").asText());
    }
}
