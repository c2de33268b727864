package vn.vungcao.ssg.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.render.Routes;

/** The plain-text fast path gives exactly what Flexmark gives, or steps aside. */
class PlainTextTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new Routes("https://example.org/"), vn.vungcao.ssg.image.ImageCatalog.EMPTY);

    @Test
    void agreesWithFlexmarkOnRandomText() {
        Random random = new Random(3);
        List<String> words = List.of("Em", "thích", "học", "toán", "Mường", "Lát", "ML-0123", "1.000", "100%", "2021",
                "“vẽ”", "'a'", "\"b\"", "(c)", "x:y", "a/b", "—", "–", "…", ",", ".", ";", "?", "-", "đ", "Đ", "ủ");
        List<String> pieces = List.of("1.", "1)", "#",
                "*", "_", "<b>", "&", "[x]", "`c`", "http://a.b", "www.a.b", "a@b.c", "~~s~~", "|", ">", "!", "=", "+",
                "\\", "đ", "Đ", "ủ", "1", "A.", "    ", " ", "==", "--", "\t", "&amp;", "&#1;", "\u00A0");
        int plain = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                text.append(random.nextInt(8) == 0 ? pieces.get(random.nextInt(pieces.size()))
                        : words.get(random.nextInt(words.size())));
                int r = random.nextInt(10);
                text.append(r == 0 ? "\n" : r == 1 ? "\n\n" : " ");
            }
            String md = text.toString();
            Optional<String> fast = PlainText.html(md);
            if (fast.isPresent()) {
                plain++;
                assertEquals(markdown.flexmark(md), fast.get(), "for: " + md.replace("\n", "\\n"));
            }
        }
        assertTrue(plain > 1000, "the test exercised the fast path only " + plain + " times");
    }

    @Test
    void skipsTheCleanerWithTheSameResultOnRandomText() {
        Random random = new Random(5);
        List<String> words = List.of("Em", "thích", "học", "toán", "Mường", "Lát", "ML-0123", "1.000", "100%", "2021",
                "“vẽ”", "'a'", "\"b\"", "(c)", "x:y", "a/b", "—", "–", "…", ",", ".", ";", "?", "-", "đ", "Đ", "ủ");
        List<String> others = List.of("&", "<b>", "#", "\u00A0", "  ", "*", "[x]");
        int plain = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                text.append(random.nextInt(20) == 0 ? others.get(random.nextInt(others.size()))
                        : words.get(random.nextInt(words.size())));
                int r = random.nextInt(10);
                text.append(r == 0 ? "\n" : r == 1 ? "\n\n" : " ");
            }
            String md = text.toString();
            Optional<RenderedMarkdown> fast = PlainText.rendered(md);
            assertEquals(PlainText.html(md).isPresent(), fast.isPresent(), "for: " + md.replace("\n", "\\n"));
            if (fast.isPresent()) {
                plain++;
                vn.vungcao.ssg.diag.Diagnostics diagnostics = new vn.vungcao.ssg.diag.Diagnostics();
                assertEquals(markdown.cleaned(PlainText.html(md).get(), new vn.vungcao.ssg.content.Body(md, 1), "x.md",
                        diagnostics), fast.get(), "for: " + md.replace("\n", "\\n"));
                assertTrue(diagnostics.sorted().isEmpty());
            }
        }
        assertTrue(plain > 1000, "the test exercised the fast path only " + plain + " times");
    }

    @Test
    void aTypicalStoryTakesTheFastPath() {
        String story = "Em thích học toán và vẽ tranh. Bữa trưa ở trường giúp em học cả ngày.\n\nEm mơ làm cô giáo.\n";
        assertEquals("<p>Em thích học toán và vẽ tranh. Bữa trưa ở trường giúp em học cả ngày.</p>\n<p>Em mơ làm cô giáo.</p>\n",
                PlainText.html(story).orElseThrow());
        assertEquals(Optional.empty(), PlainText.html("Xem https://example.org/ nhé.\n"));
        assertEquals(Optional.empty(), PlainText.html("- một\n- hai\n"));
    }
}
