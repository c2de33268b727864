package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
}
