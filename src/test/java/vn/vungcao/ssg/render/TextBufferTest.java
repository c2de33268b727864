package vn.vungcao.ssg.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;


/** The page buffer gives the JDK's UTF-8 bytes for any text, however it was written to it. */
class TextBufferTest {

    /** Pieces of every width in UTF-8, and surrogates alone, paired and reversed. */
    private static final String[] PIECES = {
        "<p>", "a", " ", "\n", "\u007f", "\u0080", "é", "Mường Lát", "đ", "\u07ff", "\u0800", "ạ", "\u4e2d", "\uffff",
        "😀", "\ud83d", "\ude00", "\ude00\ud83d", "\udbff\udfff", "\ud800\udc00", "€", "&amp;",
    };

    @Test
    void encodesEveryTextAsTheJdkDoes() throws IOException {
        Random random = new Random(7);
        TextBuffer buffer = new TextBuffer();
        for (int round = 0; round < 3000; round++) {
            buffer.clear();
            StringBuilder expected = new StringBuilder();
            int parts = random.nextInt(round < 100 ? 4 : 400);
            for (int i = 0; i < parts; i++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                if (random.nextInt(10) == 0) piece = piece.repeat(1 + random.nextInt(3000)); // past the first size
                expected.append(piece);
                switch (random.nextInt(3)) {
                    case 0 -> buffer.write(piece);
                    case 1 -> buffer.write(("xx" + piece + "y").toCharArray(), 2, piece.length());
                    default -> piece.chars().forEach(buffer::write);
                }
            }
            String text = expected.toString();
            assertEquals(text, buffer.text());
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.utf8(), () -> "for " + escape(text));
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().limit(200).forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
