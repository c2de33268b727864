package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildResult;


/** No script in content ever reaches a page: raw HTML is cleaned, front matter is escaped. */
class SafetyTest {

    @TempDir
    Path dir;

    @Test
    void scriptsEventHandlersAndFramesAreRemovedFromMarkdown() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                Xin chào <script>alert('xss')</script> các bạn.

                <img src="x.png" onerror="alert(1)" alt="ảnh">

                <iframe src="https://evil.example/"></iframe>

                <div onclick="alert(4)" style="background:url(https://evil.example/x.png)">hộp</div>

                <svg><script>alert(6)</script></svg><math><mi>x</mi></math>

                <form action="https://evil.example/"><input name="x"></form>
                """);
        site.buildOk();
        String html = site.file("gioi-thieu/index.html");
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("iframe, form, input, svg, math, object, embed").isEmpty(), html);
        assertOnlyOurScripts(doc, html);
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " in " + e);
                assertFalse(a.getValue().toLowerCase().contains("javascript:"), "javascript: URL in " + e);
                assertFalse(a.getKey().equals("style"), "style attribute in " + e);
            });
        }
        assertTrue(html.contains("Xin chào"), "the text itself is kept");
        assertTrue(html.contains("các bạn."), html);
    }

    @Test
    void aScriptUrlInMarkdownOrItsHtmlIsAnErrorAtItsLine() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                <a href="javascript:alert(1)">bấm</a> <a href="JaVaScRiPt:alert(2)">bấm nữa</a>

                [link](javascript:alert(3)) [entity](jav&#x61;script:alert(4)) [tab](java&#9;script:x)

                <math><mi xlink:href="javascript:alert(7)">x</mi></math>

                [ref][r] ![ảnh](data:image/png;base64,AAAA) <vbscript:msgbox(1)>

                [r]: data:text/html,<script>alert(5)</script>
                """);
        BuildResult result = site.build();
        assertFalse(result.published());
        List<String> found = TestSite.describe(result.diagnostics()).stream().filter(d -> d.endsWith("markdown.unsafe-url")).toList();
        assertEquals(List.of("content/pages/gioi-thieu.md:4:10 markdown.unsafe-url",
                "content/pages/gioi-thieu.md:6:8 markdown.unsafe-url", "content/pages/gioi-thieu.md:6:38 markdown.unsafe-url",
                "content/pages/gioi-thieu.md:6:70 markdown.unsafe-url", "content/pages/gioi-thieu.md:10:17 markdown.unsafe-url",
                "content/pages/gioi-thieu.md:10:46 markdown.unsafe-url", "content/pages/gioi-thieu.md:12:6 markdown.unsafe-url"),
                found.stream().distinct().toList());
    }

    /**
     * The theme's own scripts, from its js/ folder, are the only scripts of a page; JSON-LD and
     * the scripts' words are data, never run, and must be one JSON value that no text closes early.
     */
    static void assertOnlyOurScripts(Document doc, String where) {
        for (Element script : doc.select("script")) {
            if (script.attr("type").equals("application/ld+json") || script.attr("type").equals("application/json")) {
                try {
                    new ObjectMapper().readTree(script.data());
                } catch (IOException e) {
                    throw new AssertionError("JSON-LD that is not JSON in " + where + ": " + script.data(), e);
                }
                continue;
            }
            assertTrue(script.attr("src").matches("/js/[a-z]+\\.[0-9a-f]{10}\\.js") && script.data().isEmpty(),
                    "unexpected script " + script + " in " + where);
        }
    }

    @Test
    void frontMatterValuesAreEscapedEverywhere() {
        TestSite site = TestSite.of(dir, """
                -- content/news/2021-07-15-khanh-thanh.md --
                ---
                title: "<script>alert('t')</script> & <b>đậm</b>"
                date: 2021-07-15
                summary: "\\"><img src=x onerror=alert(1)>"
                tags: ["<i>thẻ</i>"]
                ---
                Nội dung.
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: "<script>alert('c')</script>"
                status: waiting
                ---
                """);
        site.buildOk();
        for (Map.Entry<String, String> page : site.pages().entrySet()) {
            Document doc = Jsoup.parse(page.getValue());
            assertOnlyOurScripts(doc, page.getKey());
            assertTrue(doc.select("img[onerror]").isEmpty(), page.getKey());
            assertTrue(doc.select("b, i").isEmpty(), page.getKey());
        }
        String post = site.file("tin-tuc/khanh-thanh/index.html");
        assertTrue(post.contains("&lt;script&gt;alert"), post);
        assertFalse(site.file("feed.xml").contains("<script>"));
        assertTrue(site.file("feed.xml").contains("&lt;script&gt;"));
    }
}
