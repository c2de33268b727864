package vn.vungcao.ssg.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.text.XmlEscape;

/**
 * Text is written as Flexmark's own renderer writes it, escapes, references and line ends included
 * (in a body without raw HTML, which jsoup's cleaner writes again).
 */
class TextRenderingTest {

    private static final String TEXT = """
            Tiền & quà < cho > các em, "nuôi em" 160.000 ₫ / tháng &amp; &copy; &#123; &#x1F600; &nbsp;x &bogus; & ;
            dấu \\* sao, \\\\ gạch, \\& và, \\< nhỏ, a \\"b\\" c, *nghiêng & <đậm>*, **"Bản Áng" > 129 em**\r
            dòng sau một CR-LF\rmột CR đơn, NUL \0 ở giữa, ~~gạch & bỏ~~, `mã <b>&amp;</b>` và \\`không phải mã\\`

            - mục & một
            - mục "hai" <3 a>b

            > trích dẫn & \\[không phải liên kết\\]

            | cột & một | "hai" |
            |-|-|
            | x < y > z | a \\| b |
            """;

    @Test
    void textIsWrittenAsFlexmarksCoreRendererWritesIt() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        String flexmark = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(TEXT))
                .replace(" align=\"left\"", "");
        String ours = new MarkdownRenderer(new Routes("https://example.org/"), new ImageCatalog(Map.of()))
                .render(new Body(TEXT, 1), "content/news/x.md", new Diagnostics()).html();
        assertEquals(flexmark, ours);
    }

    @Test
    void escapingIsFlexmarks() {
        for (String s : new String[] {"", "a", "&", "<>", "\"x\"", "'", "a & b < c > d \" e ' f", "không dấu", "&amp;"}) {
            assertEquals(Escaping.escapeHtml(s, false), XmlEscape.escape(s), s);
        }
    }
}
