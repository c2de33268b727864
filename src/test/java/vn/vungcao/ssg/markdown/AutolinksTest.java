package vn.vungcao.ssg.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.route.Routes;

/** A bare address in an editor's text becomes a link, whatever form it takes; text without one is left as it is. */
class AutolinksTest {

    private static String html(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        RenderedMarkdown r = new MarkdownRenderer(new Routes("https://example.org/"), new ImageCatalog(Map.of()))
                .render(new Body(markdown, 1), "content/news/x.md", diagnostics);
        return r.html();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Xem https://www.facebook.com/clb nhé.|https://www.facebook.com/clb",
            "Xem www.vungcao.org nhé.|http://www.vungcao.org",
            "Thư gửi clb@vungcao.org nhé.|mailto:clb@vungcao.org",
            "Trang **https://vungcao.org/tin-tuc/** mới.|https://vungcao.org/tin-tuc/",
    })
    void aBareAddressBecomesALink(String markdown, String href) {
        String html = html(markdown);
        assertTrue(html.contains("href=\"" + href + "\""), html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Giờ học: 7 giờ sáng; tỉ lệ 1/2.",
            "Em Wiwi đi học www",
            "Xem WWW.vungcao.org nhé.",
    })
    void textWithoutAnAddressHasNoLink(String markdown) {
        String html = html(markdown);
        assertFalse(html.contains("<a "), html);
        assertEquals(html, html(markdown), "the same each time");
    }
}
