package vn.vungcao.ssg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;

/**
 * Reads the site's text files. A UTF-8 byte order mark is dropped, CRLF and CR line ends become LF,
 * decomposed Vietnamese (NFD) is composed (NFC). A file that is too large or not UTF-8 is reported
 * and not read. Stateless and thread-safe.
 */
public final class SourceReader {

    /** Text files larger than this are refused: no content file is this large by mistake. */
    public static final long MAX_TEXT_BYTES = 1024 * 1024;

    private final Path siteRoot;

    public SourceReader(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /** The path of {@code file} relative to the site folder, with {@code /} separators. */
    public String relative(Path file) {
        Path rel = siteRoot.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return SiteFiles.slashed(rel);
    }

    /** Reads {@code file}; on a problem reports it to {@code diagnostics} and returns empty. */
    public Optional<SourceFile> read(Path file, Diagnostics diagnostics) {
        String rel = relative(file);
        Position where = Position.ofFile(rel);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_TEXT_BYTES) {
                diagnostics.error("file.too-large", where, size / 1024, MAX_TEXT_BYTES / 1024);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error("file.unreadable", where, e.getClass().getSimpleName());
            return Optional.empty();
        }
        Optional<String> decoded = decode(bytes);
        if (decoded.isEmpty()) {
            int[] lineCol = firstInvalidUtf8(bytes);
            diagnostics.error("file.invalid-utf8", where.at(lineCol[0], lineCol[1]), lineCol[0]);
            return Optional.empty();
        }
        return Optional.of(new SourceFile(rel, file, normalise(decoded.get())));
    }

    /** BOM removed, line ends made LF, text composed to NFC. */
    public static String normalise(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        if (s.indexOf('\r') >= 0) s = s.replace("\r\n", "\n").replace('\r', '\n');
        if (!composedAlready(s) && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        return s;
    }

    /**
     * Whether {@code s} is in NFC at a glance: every character is one that NFC keeps as it is and
     * that nothing before it composes with (below U+0300, where no character combines; Vietnamese
     * letters with their marks, U+1EA0–U+1EF9; the dashes, quotes and spaces of U+2002–U+2027;
     * ₫ and €). The club's files are such text, and the JDK's check, which looks every character
     * up, was 2 % of a clean build's samples; any other character is left to it.
     */
    static boolean composedAlready(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x300 || c >= 0x1EA0 && c <= 0x1EF9 || c >= 0x2002 && c <= 0x2027 || c == 0x20AB || c == 0x20AC) continue;
            return false;
        }
        return true;
    }

    private static Optional<String> decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The 1-based line and column (in bytes) of the first byte that breaks UTF-8. */
    private static int[] firstInvalidUtf8(byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra;
            if (b < 0x80) extra = 0;
            else if (b >= 0xC2 && b <= 0xDF) extra = 1;
            else if (b >= 0xE0 && b <= 0xEF) extra = 2;
            else if (b >= 0xF0 && b <= 0xF4) extra = 3;
            else return new int[] {line, i - lineStart + 1};
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) return new int[] {line, i - lineStart + 1};
            }
            if (b == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += extra + 1;
        }
        return new int[] {line, 1};
    }
}
