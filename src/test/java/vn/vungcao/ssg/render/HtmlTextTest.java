package vn.vungcao.ssg.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;


/** The templates' escaping writes what Pebble's default escaping (unbescape) wrote, character for character. */
class HtmlTextTest {

    @Test
    void escapesAsPebblesDefaultStrategy() {
        String alphabet = "&<>\"'`=/ ;#aZ09\u00a0\u0000\t\nàĐđữệ€\ud83d\ude00\ud800\udfff\uffff";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(30);
            for (int j = 0; j < n; j++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(HtmlEscape.escapeHtml4Xml(s.toString()), HtmlText.escape(s.toString()), s.toString());
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(HtmlEscape.escapeHtml4Xml("x" + c), HtmlText.escape("x" + c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void leavesTextWithoutSpecialCharactersAsItIs() {
        String text = "Nuôi em ML-0123, Mường Lát";
        assertSame(text, HtmlText.escape(text));
        assertEquals(null, HtmlText.escape(null));
    }
}
