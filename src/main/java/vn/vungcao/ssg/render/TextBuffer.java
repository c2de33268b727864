package vn.vungcao.ssg.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A reusable, unsynchronised writer that a template renders a page into, and that encodes the
 * page as UTF-8 itself. The JDK's {@code String.getBytes(UTF_8)} is fast once compiled by C2, but
 * a one-shot build runs C1 only, where it spent a tenth of a 10,000-page build's samples checking
 * the index of every character of text with Vietnamese letters; this plain loop over a char array
 * gives the same bytes for every string, a lone surrogate included (written as {@code ?}). Pebble
 * renders into any {@link Writer}; the JDK has no writer that encodes into a reused array.
 */
final class TextBuffer extends Writer {

    private char[] chars = new char[16 * 1024];
    private int length;
    private byte[] bytes = new byte[48 * 1024];

    void clear() {
        length = 0;
    }

    private void room(int more) {
        if (length + more > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
    }

    @Override
    public void write(char[] source, int offset, int count) {
        room(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String source, int offset, int count) {
        room(count);
        source.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(int c) {
        room(1);
        chars[length++] = (char) c;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The text written since {@link #clear}. */
    String text() {
        return new String(chars, 0, length);
    }

    /** The text written since {@link #clear}, as UTF-8, exactly as {@code text().getBytes(UTF_8)} gives it. */
    byte[] utf8() {
        return encode(chars, length);
    }

    private byte[] encode(char[] in, int n) {
        if (bytes.length < n * 3) bytes = new byte[Math.max(bytes.length * 2, n * 3)];
        byte[] out = bytes;
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xc0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                char low;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(low = in[i + 1])) {
                    int cp = Character.toCodePoint(c, low);
                    out[o++] = (byte) (0xf0 | cp >> 18);
                    out[o++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    out[o++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    out[o++] = (byte) (0x80 | cp & 0x3f);
                    i++;
                } else {
                    out[o++] = '?';
                }
            } else {
                out[o++] = (byte) (0xe0 | c >> 12);
                out[o++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[o++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return Arrays.copyOf(out, o);
    }
}
