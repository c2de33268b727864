package vn.vungcao.ssg.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.render.Routes;

/**
 * The body tree prints and reads text exactly as jsoup does, and reading Flexmark's output into
 * it directly gives what jsoup's parser and cleaner give, or steps aside.
 */
class BodyTreeTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new Routes("https://example.org/club/"), ImageCatalog.EMPTY);

    @Test
    void printsAndReadsTextAsJsoupDoesOnRandomCleanedHtml() {
        List<String> pieces = List.of("<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<em>", "</em>", "<strong>", "</strong>",
                "<a href=\"/x?a=1&amp;b=2\" title=\"&quot;t&quot; &lt;b&gt;\">", "<a href=\"javascript:alert(1)\">", "</a>",
                "<ul>", "</ul>", "<ol start=\"3\">", "</ol>", "<li>", "</li>", "<li id=\"fn-1\">", "<pre>", "</pre>",
                "<pre>\n  a  b\n</pre>", "<code class=\"language-java\">", "</code>", "<blockquote>", "</blockquote>",
                "<h2>", "</h2>", "<h3>", "</h3>", "<div class=\"a  b\">", "</div>", "<span>", "</span>", "<br>", "<hr>",
                "<img src=\"/a.png\" alt=\"a &amp; b\">", "<img src=\"x.png\">", "<img alt=\"\u00A0\">",
                "<table class=\"table\"><thead><tr><th align=\"left\">a</th></tr></thead><tbody><tr><td align=\"right\">b</td><td>c</td></tr></tbody></table>",
                "<sup id=\"fnref-1\">", "</sup>", "<del>", "</del>", "<s>", "</s>", "<mark>", "</mark>", "<small>", "</small>",
                "<abbr title=\"a\">", "</abbr>", "<q>", "</q>", "<sub>", "</sub>", "<u>", "</u>", "<cite>", "</cite>",
                "<dl><dt>t</dt><dd>d</dd></dl>", "<figure><img src=\"/f.png\" alt=\"f\"><figcaption>c</figcaption></figure>",
                "<script>x()</script>", "<!-- c -->", "<span style=\"x\" onclick=\"y\">",
                "text ", " đ ", "Đắk  Lắk", "&amp; ", "&lt;&gt;", "\"q\"", "'", "\u00A0", "\u200B", "\u00AD", "\t", "\n",
                "  ", " \n ", "a\u00A0b", "&#8617;", "x", "1 < 2 > 0");
        Random random = new Random(17);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) html.append(pieces.get(random.nextInt(pieces.size())));
            Document clean = new Cleaner(markdown.safelist()).clean(Jsoup.parseBodyFragment(html.toString(), "https://site.invalid/"));
            clean.outputSettings().prettyPrint(false);
            BodyTree.Element tree = BodyTree.copyOf(clean.body());
            assertEquals(clean.body().html(), tree.html(), "html of: " + html);
            assertSameText(clean.body(), tree, html.toString());
        }
    }

    /** Every element's text, as jsoup reads it. */
    private static void assertSameText(org.jsoup.nodes.Element jsoup, BodyTree.Element tree, String html) {
        assertEquals(jsoup.text(), tree.text(), "text of <" + tree.tag + "> in: " + html);
        int k = 0;
        for (Object child : tree.children) {
            if (child instanceof BodyTree.Element e) assertSameText(jsoup.child(k++), e, html);
        }
    }

    @Test
    void readsFlexmarkAsJsoupWouldOnRandomMarkdown() {
        List<String> blocks = List.of("# ", "## ", "### ", "- ", "* ", "1. ", "3) ", "> ", "    ", "```\n", "```java\n", "| ",
                "|-|:-:|\n", "|:-|-:|\n", "---\n", "\n", "\n\n", "[^1]: ", "[^n]: ", "  - ", "\t");
        List<String> words = List.of("Em", "thích", "học", "Mường Lát", "ML-0123", "1.000 đ", "“vẽ”", "'a'", "\"b\"", "(c)",
                "*e*", "**s**", "[l](/tin-tuc/a/)", "[^1]", "`c`", "https://a.b/c", "![anh](/images/a.jpg)", "~~d~~", "&amp;");
        List<String> inline = List.of(
                "*e*", "**s**", "_u_", "~~d~~", "`c`", "`a<b`", "[l](/tin-tuc/a/)", "[l](https://a.b/c?d=1&e=2 \"t\")",
                "[l](mailto:a@b.c)", "[l](tel:+84123)", "[l](javascript:alert(1))", "[l](JavaScript:x)", "[l](//a.b/c)",
                "[l]()", "[l](<a b>)", "[l](ftp://a.b)", "[l](data:text/html,x)", "[l](#muc)", "[l](a:b)", "[l](x/y:z)",
                "![anh](/images/a.jpg)", "![](/images/b.png)", "![x](https://a.b/c.png \"t\")", "![x](data:image/png;base64,x)",
                "https://a.b/c", "www.a.b", "a@b.c", "[^1]", "[^n]", "&copy;", "&amp;", "&#8617;", "&#0;", "&#x80;", "&#65;",
                "&#x1F600;", "&nbsp;", "&", "<", ">", "<b>raw</b>", "<span onclick=\"x\">r</span>", "<!-- c -->", "<br>",
                "\\*", "\\<", "a  \n", "|", "\u00A0", "đ", "Đ", "ủ", "1", "[ref]", "[ref]: /a/", "<https://a.b>");
        Random random = new Random(23);
        int fast = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder md = new StringBuilder();
            for (int line = random.nextInt(8); line >= 0; line--) {
                if (random.nextInt(3) == 0) md.append(blocks.get(random.nextInt(blocks.size())));
                for (int w = 1 + random.nextInt(6); w > 0; w--) {
                    List<String> from = random.nextInt(3) == 0 ? inline : words;
                    md.append(from.get(random.nextInt(from.size()))).append(random.nextInt(6) == 0 ? "" : " ");
                }
                md.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
            }
            String text = md.toString();
            Body body = new Body(text, 1);
            Diagnostics expectedProblems = new Diagnostics();
            RenderedMarkdown expected = markdown.cleaned(markdown.flexmark(text), body, "x.md", expectedProblems);
            Diagnostics problems = new Diagnostics();
            RenderedMarkdown got = markdown.render(body, "x.md", problems);
            String context = "for: " + text.replace("\n", "\\n");
            assertEquals(expected, got, context);
            assertEquals(expectedProblems.sorted(), problems.sorted(), context);
            if (!text.contains("<") && BodyTree.ofFlexmark(markdown.flexmark(text)) != null) fast++;
        }
        assertTrue(fast > 1_200, "the test exercised the direct path only " + fast + " times");
    }

    @Test
    void keepsOnlyWhatTheCleanerKeepsAndReadsTagsAsJsoupDoes() {
        org.jsoup.safety.Safelist safelist = markdown.safelist();
        BodyTree.FLEXMARK.forEach((tag, attributes) -> {
            assertTrue(safelist.isSafeTag(tag), tag);
            for (String name : attributes) {
                org.jsoup.nodes.Element element = new org.jsoup.nodes.Element(tag).attr(name, "https://example.org/a");
                assertTrue(safelist.isSafeAttribute(tag, element, element.attribute(name)), tag + " " + name);
            }
        });
        for (String tag : List.of("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
                "del", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
                "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody",
                "td", "tfoot", "th", "thead", "tr", "u", "ul")) {
            assertTrue(safelist.isSafeTag(tag), tag);
            assertEquals(org.jsoup.parser.Tag.valueOf(tag).isInline(), BodyTree.INLINE.contains(tag), tag);
            assertEquals(!org.jsoup.parser.Tag.valueOf(tag).isInline(), org.jsoup.parser.Tag.valueOf(tag).isBlock(), tag);
        }
    }

    @Test
    void aTypicalNewsPostIsReadDirectly() {
        String post = "Chuyến đi lên điểm trường kéo dài **hai ngày**.[^1]\n\n## Những việc đã làm\n\n- trao quà\n- sửa lớp học\n\n"
                + "| Hạng mục | Số tiền |\n|-|-:|\n| Gạo | 2.000.000 đ |\n\n![Lớp học mới](/images/lop.jpg)\n\n"
                + "Xem [điểm trường](/truong/ban-on/) và https://example.org/bao-cao.\n\n[^1]: Tháng 9.\n";
        assertNotNull(BodyTree.ofFlexmark(markdown.flexmark(post)), markdown.flexmark(post));
        RenderedMarkdown rendered = markdown.render(new Body(post, 1), "x.md", new Diagnostics());
        assertEquals(markdown.cleaned(markdown.flexmark(post), new Body(post, 1), "x.md", new Diagnostics()), rendered);
        assertTrue(rendered.html().contains("<h2 id=\"nhung-viec-da-lam\">Những việc đã làm<a class=\"heading-anchor\""), rendered.html());
        assertTrue(rendered.html().contains("<td class=\"align-right\">2.000.000 đ</td>"), rendered.html());
        assertTrue(rendered.html().contains("<a href=\"/club/truong/ban-on/\">"), rendered.html());
        assertTrue(rendered.html().contains("<a href=\"https://example.org/bao-cao\" rel=\"noopener\">"), rendered.html());
    }

    @Test
    void stepsAsideForWhatOnlyJsoupDecides() {
        assertNotNull(BodyTree.ofFlexmark("<p>a <a href=\"/b/\">c</a> &#8617;</p>\n"));
        assertNull(BodyTree.ofFlexmark("<p><a href=\"javascript:x\">c</a></p>\n"), "a scheme the cleaner drops");
        assertNull(BodyTree.ofFlexmark("<p><a href=\"/a\"><a href=\"/b\">c</a></a></p>\n"), "a link in a link");
        assertNull(BodyTree.ofFlexmark("<pre>\ncode</pre>\n"), "a newline the parser drops");
        assertNull(BodyTree.ofFlexmark("<p>&copy;</p>\n"), "a named reference");
        assertNull(BodyTree.ofFlexmark("<p>&#x80;</p>\n"), "a reference the parser maps to Windows-1252");
        assertNull(BodyTree.ofFlexmark("<p><span>a</span></p>\n"), "a tag Flexmark does not write");
        assertNull(BodyTree.ofFlexmark("<p onclick=\"x\">a</p>\n"), "an attribute Flexmark does not write");
        assertNull(BodyTree.ofFlexmark("<p><em>a</p></em>\n"), "misnested");
        assertNull(BodyTree.ofFlexmark("<p>a\n"), "unclosed");
    }
}
