package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/**
 * {@code build --preview}: the site in the form a pull request's artifact is opened in, unzipped
 * and double-clicked ({@code file://}). Every link, image, style sheet and script of every page
 * must open a file that is there, found from the page's own file.
 */
class PreviewTest {

    @TempDir
    Path dir;

    /** The example site, with a post that links in every way an editor might, a photo (with its srcset) and a style sheet with URLs. */
    private Path site() throws Exception {
        return site("https://vungcao.example.org/");
    }

    /**
     * As {@link #site()}, for a site published at {@code siteUrl}: the post's absolute links name
     * it, and the style sheet its path (CSS is not templated).
     */
    private Path site(String siteUrl) throws Exception {
        String basePath = URI.create(siteUrl).getPath();
        Path site = ExampleSite.copyTo(dir);
        Files.write(site.resolve("content/images/lop-moi.jpg"), TestImages.jpeg(1200, 800, 1, false));
        Files.writeString(site.resolve("content/news/2025-12-31-xem-truoc.md"), ("""
                ---
                title: Lớp học mới
                date: 2025-12-31
                cover: /images/lop-moi.jpg
                ---
                Xem [điểm trường bản Ón](/truong/ban-on), [tra cứu](/tra-cuu/?q=muong+lat#tra-cuu),
                [tin trước](../cam-on-anh-chi-nuoi/), [giới thiệu](SITEgioi-thieu/),
                [trang chủ](HOME), [mục lục](#cuoi) và [một trang khác](https://example.com/tin/).

                ![Lớp học mới](/images/lop-moi.jpg)

                ## Cuối
                """).replace("SITE", siteUrl).replace("HOME", siteUrl.substring(0, siteUrl.length() - 1)));
        Path css = site.resolve("themes/vungcao/static/css/extra.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, ".a { background: url(" + basePath + "icons/icon-192.png) } .b { background: url('../icons/share.png') }"
                + " .c { background: url(\"https://example.com/x.png\") } .d { background: url(data:image/png;base64,AAAA) }\n");
        return site;
    }

    private static void build(Path site, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--site", site.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://club.github.io/vungcao/"})
    void everyInternalUrlOfEveryPageOpensAFileFromDisk(String baseUrl) throws Exception {
        String siteUrl = baseUrl.isEmpty() ? "https://vungcao.example.org/" : baseUrl;
        Path site = site(siteUrl);
        String[] base = baseUrl.isEmpty() ? new String[0] : new String[] {"--base-url", baseUrl};
        Path published = dir.resolve("published");
        build(site, published, base);
        // the test can fail: the published form's URLs lead to the root of the disk, or to folders
        assertFalse(unopenable(published, siteUrl).isEmpty());

        Path preview = dir.resolve("preview");
        List<String> args = new ArrayList<>(List.of(base));
        args.add("--preview");
        build(site, preview, args.toArray(String[]::new));
        List<String> problems = unopenable(preview, siteUrl);
        assertEquals(List.of(), problems);

        // what the post wrote, as the preview has it
        Document post = Jsoup.parse(Files.readString(preview.resolve("tin-tuc/xem-truoc/index.html")));
        List<String> links = post.select(".prose a").eachAttr("href");
        assertEquals(List.of("../../truong/ban-on/index.html", "../../tra-cuu/index.html?q=muong+lat#tra-cuu",
                "../cam-on-anh-chi-nuoi/index.html", "../../gioi-thieu/index.html", "../../index.html", "#cuoi",
                "https://example.com/tin/"), links.subList(0, 7));
        assertTrue(post.selectFirst(".prose img").attr("srcset").contains("../../images/lop-moi.480w.jpg 480w"),
                post.selectFirst(".prose img").outerHtml());
        assertEquals("../../css/" + cssName(preview, "site"), post.selectFirst("link[rel=stylesheet]").attr("href"));
        String css = Files.readString(preview.resolve("css/" + cssName(preview, "extra")));
        assertTrue(css.contains("url(../icons/icon-192.png)") && css.contains("url('../icons/share.png')")
                && css.contains("url(\"https://example.com/x.png\")") && css.contains("url(data:image/png;base64,AAAA)"), css);
    }

    @Test
    void thePreviewIsOnlyInThePreviewAndTheSameAtEveryBuild() throws Exception {
        Path site = site();
        Path out = dir.resolve("out");
        build(site, out, "--preview");
        Map<String, byte[]> first = TestSite.snapshot(out);
        assertTrue(new String(first.get("tra-cuu/index.html"), StandardCharsets.UTF_8).contains("data-preview-notice"));
        // a build into the same folder puts the published form back, exactly as a build into a new folder makes it
        build(site, out);
        Path fresh = dir.resolve("fresh");
        build(site, fresh);
        Map<String, byte[]> published = TestSite.snapshot(out);
        assertEquals(TestSite.snapshot(fresh).keySet(), published.keySet());
        TestSite.snapshot(fresh).forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, published.get(path)), path));
        assertFalse(new String(published.get("tra-cuu/index.html"), StandardCharsets.UTF_8).contains("preview"));
        // and the preview again gives the same bytes
        build(site, out, "--preview");
        Map<String, byte[]> again = TestSite.snapshot(out);
        assertEquals(first.keySet(), again.keySet());
        first.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, again.get(path)), path));
    }

    @Test
    void aPreviewWithAnErrorLeavesTheFolderAsItWas() throws Exception {
        Path site = site();
        Path out = dir.resolve("out");
        build(site, out, "--preview");
        Map<String, byte[]> before = TestSite.snapshot(out);
        Files.writeString(site.resolve("content/news/2025-12-31-xem-truoc.md"), "---\ntitle: Lớp học mới\n---\nKhông có ngày.\n");
        CliTest.Run run = CliTest.run("build", "--preview", "--site", site.toString(), "--out", out.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/news/2025-12-31-xem-truoc.md"), run.err());
        Map<String, byte[]> after = TestSite.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, after.get(path)), path));
    }

    @Test
    void theLookUpAndTheAssistantSayTheyNeedThePublishedSiteInThePagesLanguage() throws Exception {
        Path out = dir.resolve("out");
        build(site(), out, "--preview");
        Document lookup = Jsoup.parse(Files.readString(out.resolve("tra-cuu/index.html")));
        Element note = lookup.selectFirst("#tra-cuu > .preview-notice");
        assertTrue(note != null && note.hasAttr("hidden"), lookup.select("#tra-cuu").outerHtml());
        assertTrue(note.text().contains("chỉ chạy trên trang web đã đăng"), note.text());
        Element assistant = lookup.selectFirst("#tro-ly .preview-notice");
        assertTrue(assistant.text().contains("trợ lý hỏi đáp"), assistant.text());
        Document english = Jsoup.parse(Files.readString(out.resolve("en/index.html")));
        assertTrue(english.selectFirst("#tro-ly .preview-notice").text().contains("only on the published site"));
        // a page that fetches nothing has no notice, but keeps the script that keeps the service worker away
        Document news = Jsoup.parse(Files.readString(out.resolve("tin-tuc/index.html")));
        assertTrue(news.select("main .preview-notice").isEmpty());
        assertTrue(news.select("head script").stream().anyMatch(s -> s.data().contains("location.protocol !== 'file:'")));
    }

    /**
     * Every URL of every page and style sheet of {@code out} that a browser would load or follow
     * into the site, which does not open a file when resolved against the page's own file: as
     * {@code page: attribute=url}. URLs to other hosts, {@code mailto:} and fragments are skipped;
     * an absolute URL of the site itself counts (it would leave the preview for the live site).
     */
    static List<String> unopenable(Path out, String siteUrl) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : TestSite.snapshot(out).entrySet()) {
            Path file = out.resolve(f.getKey());
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            List<String[]> urls = new ArrayList<>();
            if (f.getKey().endsWith(".html")) {
                Document page = Jsoup.parse(text);
                for (Element e : page.getAllElements()) {
                    for (String attr : List.of("href", "src", "poster", "action")) {
                        if (e.hasAttr(attr)) urls.add(new String[] {attr, e.attr(attr)});
                    }
                    for (String attr : List.of("srcset", "imagesrcset")) {
                        if (!e.hasAttr(attr)) continue;
                        for (String candidate : e.attr(attr).split(",")) {
                            urls.add(new String[] {attr, candidate.strip().split("\\s+")[0]});
                        }
                    }
                    if (e.normalName().equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        urls.add(new String[] {"refresh", e.attr("content").replaceFirst("(?i)^[^;]*;\\s*url=", "")});
                    }
                    if (e.hasAttr("style")) cssUrls(e.attr("style"), urls);
                }
                page.select("style").forEach(s -> cssUrls(s.data(), urls));
            } else if (f.getKey().endsWith(".css")) {
                cssUrls(text, urls);
            }
            for (String[] u : urls) {
                String url = u[1].strip();
                if (url.isEmpty() || url.startsWith("#")) continue;
                boolean ours = url.startsWith(siteUrl) || (url + "/").equals(siteUrl);
                if (url.matches("(?s)[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !ours) continue;
                if (url.startsWith("//") && !ours) continue;
                String problem = null;
                if (ours || url.startsWith("/")) {
                    problem = "not relative";
                } else {
                    URI resolved = file.toUri().resolve(new URI(null, null, url.replaceAll("[?#].*", ""), null).getRawPath()
                            .replace("%25", "%"));
                    Path target = Path.of(resolved);
                    if (!Files.isRegularFile(target)) problem = Files.isDirectory(target) ? "a folder" : "missing";
                }
                if (problem != null) problems.add(f.getKey() + ": " + u[0] + "=" + url + " (" + problem + ")");
            }
        }
        return problems;
    }

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]*)['\"]");

    private static void cssUrls(String css, List<String[]> into) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) into.add(new String[] {"url()", m.group(1) != null ? m.group(1) : m.group(2)});
    }

    private static String cssName(Path out, String name) throws Exception {
        try (var files = Files.list(out.resolve("css"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches(name + "\\.[0-9a-f]+\\.css")).findFirst()
                    .orElseThrow();
        }
    }
}
