package vn.vungcao.ssg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text is composed to NFC, and the quick look that skips the JDK's check never skips text that needs it. */
class SourceReaderTest {

    /** Every character the quick look accepts. */
    private static List<Character> accepted() {
        List<Character> accepted = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if (SourceReader.composedAlready(String.valueOf(c))) accepted.add(c);
        }
        return accepted;
    }

    @Test
    void whatTheQuickLookAcceptsIsNfcAloneAndBesideAnyOtherItAccepts() {
        List<Character> accepted = accepted();
        assertTrue(accepted.contains('ệ') && accepted.contains('Đ') && accepted.contains('₫') && accepted.contains('–'));
        StringBuilder pair = new StringBuilder("xx");
        for (char a : accepted) {
            assertTrue(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC), Integer.toHexString(a));
            for (char b : accepted) {
                pair.setCharAt(0, a);
                pair.setCharAt(1, b);
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    throw new AssertionError("not NFC: U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
                }
            }
        }
    }

    @Test
    void textWithMarksTypedApartIsComposed() {
        // "Hoàng Thị Lả" with its marks as combining characters, as some keyboards and PDFs give it
        String decomposed = "Hoa\u0300ng Thi\u0323 La\u0309";
        assertFalse(SourceReader.composedAlready(decomposed));
        assertEquals("Hoàng Thị Lả", SourceReader.normalise(decomposed));
        assertEquals("Ω K", SourceReader.normalise("\u2126 \u212A"));
        assertEquals("a\nb\nc", SourceReader.normalise("\uFEFFa\r\nb\rc"));
    }
}
