package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** CommonMark with GFM tables, strikethrough, autolinks, footnotes and heading anchors. */
class MarkdownTest {

    @TempDir
    Path dir;

    @Test
    void rendersTheExtensionsEditorsUse() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                ## Xin chào các bạn

                | Năm | Số em |
                |-|-|
                | 2017 | 120 |

                Giá cũ ~~120.000 đ~~, nay 160.000 đ.

                Xem https://www.facebook.com/ nhé.

                Một chú thích[^1].

                ## Xin chào các bạn

                [^1]: Nội dung chú thích.
                """);
        site.buildOk();
        Document doc = Jsoup.parse(site.file("gioi-thieu/index.html"));
        assertEquals("2017", doc.select(".prose table tbody td").first().text());
        assertEquals("120.000 đ", doc.select(".prose del").text());
        assertEquals("https://www.facebook.com/", doc.select(".prose a[href=https://www.facebook.com/]").text());
        assertTrue(doc.select(".prose sup a[href=#fn-1]").size() == 1, doc.select(".prose").html());
        assertTrue(doc.select(".prose li#fn-1").text().contains("Nội dung chú thích."));
        assertEquals("xin-chao-cac-ban", doc.select(".prose h2").get(0).id());
        assertEquals("xin-chao-cac-ban-2", doc.select(".prose h2").get(1).id(), "anchors are unique");
        assertEquals("#xin-chao-cac-ban", doc.select(".prose h2 a.heading-anchor").first().attr("href"));
    }

    @Test
    void anchorsKeepClearOfFootnoteIdsAndTableAlignmentBecomesClasses() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                ## Fn 1

                Một chú thích[^1].

                ## !!!

                | Trái | Giữa | Phải | Không |
                |:-|:-:|-:|-|
                | a | b | c | d |

                [Trang trong](/truong/ban-on/) và [trang ngoài](https://example.org/).

                [^1]: Nội dung chú thích.
                """);
        site.buildOk();
        Document doc = Jsoup.parse(site.file("gioi-thieu/index.html"));
        assertEquals("fn-1-2", doc.select(".prose h2").get(0).id(), "the footnote's item already has the id fn-1");
        assertEquals("fn-1", doc.select(".prose li[id]").first().id());
        assertEquals("muc", doc.select(".prose h2").get(1).id(), "a heading with no letters");
        assertEquals("align-left|align-center|align-right|", String.join("|",
                doc.select(".prose th").stream().map(th -> th.className()).toList()));
        assertTrue(doc.select(".prose [align]").isEmpty(), doc.select(".prose table").outerHtml());
        assertEquals("noopener", doc.select(".prose a[href=https://example.org/]").attr("rel"));
        assertEquals("", doc.select(".prose a[href$=/truong/ban-on/]").attr("rel"));
        assertEquals(1, doc.select(".prose a[href$=/truong/ban-on/]").size(), doc.select(".prose p").html());
    }

    /** A page body that uses every construct the site changes: headings, a table, links, an image, a footnote. */
    private static final String RICH_BODY = """
            ## Chuyến đi

            Em **vui**[^1] và
            học. Xem [trường](/truong/ban-on/) và https://example.org/.

            | Hạng mục | Số tiền |
            |-|-:|
            | Gạo | 2.000.000 đ |

            ![Lớp học](/images/a.svg)

            [^1]: Ghi chú.
            """;

    @Test
    void aBodyWithRawHtmlGetsTheSameAnchorsLinksClassesAndImagesAsOneWithout() {
        TestSite site = TestSite.of(dir, """
                -- content/images/a.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"/>
                -- content/pages/khong-html.md --
                ---
                title: Không HTML
                ---
                """ + RICH_BODY + """
                -- content/pages/co-html.md --
                ---
                title: Có HTML
                ---
                """ + RICH_BODY.replace("Em **vui**", "Em <mark>**vui**</mark>"));
        var result = site.build(site.options().withBaseUrl("https://example.org/vungcao/"));
        assertEquals(List.of(), TestSite.describe(result.diagnostics()), "the cleaner removes nothing the renderer writes");
        Element plain = Jsoup.parse(site.file("khong-html/index.html")).selectFirst(".prose");
        Element raw = Jsoup.parse(site.file("co-html/index.html")).selectFirst(".prose");
        assertEquals("vui", raw.select("mark").text());
        raw.select("mark").unwrap();
        assertEquals(plain.html(), raw.html());
        assertEquals("#chuyen-di", plain.select("h2#chuyen-di a.heading-anchor").attr("href"));
        assertEquals("align-right", plain.select("td").get(1).className());
        assertEquals("/vungcao/truong/ban-on/", plain.select("a:contains(trường)").attr("href"));
        assertEquals("noopener", plain.select("a[href=https://example.org/]").attr("rel"));
        Element image = plain.selectFirst("img");
        assertEquals("/vungcao/images/a.svg", image.attr("src"));
        assertEquals("40", image.attr("width"));
        assertEquals("lazy", image.attr("loading"));
        assertEquals("#fnref-1", plain.select("li#fn-1 a.footnote-backref").attr("href"));
    }

    @Test
    void aSummaryTakenFromTheBodyIsItsTextAsAReaderReadsIt() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/khong-html.md --
                ---
                title: Không HTML
                ---
                """ + RICH_BODY + """
                -- content/pages/co-html.md --
                ---
                title: Có HTML
                ---
                """ + RICH_BODY.replace("Em **vui**", "Em <mark>**vui**</mark>") + """
                -- content/images/a.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"/>
                """);
        site.buildOk();
        String expected = "Chuyến đi Em vui1 và học. Xem trường và https://example.org/. Hạng mục Số tiền Gạo 2.000.000 đ Ghi chú.";
        for (String page : List.of("khong-html/index.html", "co-html/index.html")) {
            Document doc = Jsoup.parse(site.file(page));
            assertEquals(expected, doc.select("meta[name=description]").attr("content"), page);
        }
    }

    @Test
    void voidElementsAreWrittenAsHtmlWritesThem() {
        TestSite site = TestSite.of(dir, """
                -- content/images/a.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"/>
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                Dòng một\\
                dòng hai.

                ---

                ![Lớp học](/images/a.svg) và một chú thích[^1].

                [^1]: Ghi chú.
                """);
        site.buildOk();
        String html = site.file("gioi-thieu/index.html");
        String prose = html.substring(html.indexOf("class=\"prose\""), html.indexOf("</article>"));
        assertTrue(prose.contains("Dòng một<br>\ndòng hai."), prose);
        assertEquals(2, prose.split("<hr>", -1).length - 1, prose);
        assertTrue(prose.contains("<img src=\"/images/a.svg\" alt=\"Lớp học\""), prose);
        assertFalse(prose.contains("/>"), "XHTML's self-closing tags draw warnings from the HTML checker: " + prose);
    }

    @Test
    void headingAnchorsKeepClearOfIdsInRawHtml() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                <a id="lien-he"></a>

                ## Liên hệ

                Gọi cho chúng tôi.
                """);
        site.buildOk();
        Document doc = Jsoup.parse(site.file("gioi-thieu/index.html"));
        assertEquals("lien-he", doc.select(".prose a[id]").first().id());
        assertEquals("lien-he-2", doc.select(".prose h2").first().id());
        assertEquals("#lien-he-2", doc.select(".prose h2 a.heading-anchor").attr("href"));
    }
}
