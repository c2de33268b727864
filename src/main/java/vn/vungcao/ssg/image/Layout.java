package vn.vungcao.ssg.image;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The blocks a JPEG, PNG, GIF or WebP file is made of, walked from its bytes without decoding a
 * pixel: whether the file is whole, and which blocks (segments, chunks, extensions) it holds. Every
 * length a file declares is checked against the bytes it really has, so what the walk hands on can
 * be read without trusting a length from the file. Immutable; the walks are pure functions.
 *
 * @param blocks   the blocks in file order, up to the first problem
 * @param problem  what is wrong with the file as a whole, or {@link Problem#NONE}
 * @param trailing whether bytes follow the file's end marker (JPEG EOI, PNG IEND, GIF trailer)
 */
record Layout(List<Block> blocks, Problem problem, boolean trailing) {

    /** What a walk found wrong. */
    enum Problem {
        NONE,
        /** The file stops before its end: cut off while uploading or copying. */
        TRUNCATED,
        /** A block is not what the format allows (a bad length, checksum or marker). */
        DAMAGED
    }

    /**
     * One block.
     *
     * @param type   the PNG chunk type ({@code IHDR}), the JPEG marker as two hex digits ({@code e1}),
     *               the GIF block ({@code image}, {@code ext-f9}), or the RIFF chunk id ({@code EXIF})
     * @param start  where its data starts in the file (after its type and length)
     * @param length its data's length in bytes
     */
    record Block(String type, int start, int length) {
    }

    private static final byte[] JFIF = {'J', 'F', 'I', 'F', 0};
    private static final Set<String> PNG_PIXELS = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND");
    private static final Set<String> JPEG_PIXELS = Set.of("e0", "db", "c0", "c4", "dd", "da", "d9");

    Layout {
        blocks = List.copyOf(blocks);
    }

    /** The walk for {@code format}; {@link ImageFormat#OTHER} gives a damaged layout. */
    static Layout of(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case JPEG -> jpeg(bytes);
            case PNG -> png(bytes);
            case GIF -> gif(bytes);
            case WEBP -> webp(bytes);
            case OTHER -> new Layout(List.of(), Problem.DAMAGED, false);
        };
    }

    /** The blocks of type {@code type}, in file order. */
    List<Block> all(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }

    /**
     * True when the file is whole and holds nothing but what this generator's own encoder writes
     * for {@code format}: the pixels, without any metadata block, comment, text, thumbnail or
     * trailing bytes. A JPEG may hold one bare JFIF header (without a thumbnail), a GIF a single
     * image with its graphic control.
     */
    boolean onlyPixels(ImageFormat format, byte[] bytes) {
        if (problem != Problem.NONE || trailing) return false;
        return switch (format) {
            case JPEG -> blocks.stream().allMatch(b -> JPEG_PIXELS.contains(b.type()))
                    && all("e0").size() == 1 && all("e0").get(0).length() == 14
                    && ImageFormat.starts(bytes, all("e0").get(0).start(), JFIF)
                    && all("c0").size() == 1;
            case PNG -> blocks.stream().allMatch(b -> PNG_PIXELS.contains(b.type()));
            case GIF -> blocks.stream().allMatch(b -> b.type().equals("image") || b.type().equals("ext-f9"))
                    && all("image").size() == 1 && bytes[bytes.length - 1] == 0x3B;
            default -> false;
        };
    }

    static Layout png(byte[] b) {
        List<Block> blocks = new ArrayList<>();
        int at = 8;
        CRC32 crc = new CRC32();
        while (true) {
            if (at + 8 > b.length) return new Layout(blocks, Problem.TRUNCATED, false);
            long length = u32(b, at);
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE - 12 || !type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return new Layout(blocks, Problem.DAMAGED, false);
            }
            if (at + 12 + length > b.length) return new Layout(blocks, Problem.TRUNCATED, false);
            crc.reset();
            crc.update(b, at + 4, 4 + (int) length);
            if (crc.getValue() != u32(b, at + 8 + (int) length)) return new Layout(blocks, Problem.DAMAGED, false);
            if (blocks.isEmpty() && !(type.equals("IHDR") && length == 13)) return new Layout(blocks, Problem.DAMAGED, false);
            blocks.add(new Block(type, at + 8, (int) length));
            at += 12 + (int) length;
            if (type.equals("IEND")) {
                boolean pixels = blocks.stream().anyMatch(k -> k.type().equals("IDAT"));
                return new Layout(blocks, pixels ? Problem.NONE : Problem.DAMAGED, at < b.length);
            }
        }
    }

    static Layout jpeg(byte[] b) {
        List<Block> blocks = new ArrayList<>();
        int at = 2;
        while (true) {
            if (at >= b.length) return new Layout(blocks, Problem.TRUNCATED, false);
            if ((b[at] & 0xFF) != 0xFF) return new Layout(blocks, Problem.DAMAGED, false);
            while (at < b.length && (b[at] & 0xFF) == 0xFF) at++; // fill bytes before a marker
            if (at >= b.length) return new Layout(blocks, Problem.TRUNCATED, false);
            int marker = b[at++] & 0xFF;
            String type = HexFormat.of().toHexDigits((byte) marker);
            if (marker == 0xD9) {
                blocks.add(new Block(type, at, 0));
                return new Layout(blocks, Problem.NONE, at < b.length);
            }
            if (marker == 0x00 || marker == 0xD8) return new Layout(blocks, Problem.DAMAGED, false);
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                blocks.add(new Block(type, at, 0));
                continue;
            }
            if (at + 2 > b.length) return new Layout(blocks, Problem.TRUNCATED, false);
            int length = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
            if (length < 2) return new Layout(blocks, Problem.DAMAGED, false);
            if (at + length > b.length) return new Layout(blocks, Problem.TRUNCATED, false);
            blocks.add(new Block(type, at + 2, length - 2));
            at += length;
            if (marker == 0xDA) {
                // entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart
                while (true) {
                    if (at + 1 >= b.length) return new Layout(blocks, Problem.TRUNCATED, false);
                    if ((b[at] & 0xFF) == 0xFF) {
                        int next = b[at + 1] & 0xFF;
                        if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) break;
                        at += next == 0xFF ? 1 : 2;
                    } else {
                        at++;
                    }
                }
            }
        }
    }

    static Layout gif(byte[] b) {
        List<Block> blocks = new ArrayList<>();
        if (b.length < 13) return new Layout(blocks, Problem.TRUNCATED, false);
        int flags = b[10] & 0xFF;
        int at = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
        while (true) {
            // a file that ends after a whole image but lacks its last byte (the trailer) is only untidy
            if (at >= b.length) return new Layout(blocks, blocks.stream().anyMatch(k -> k.type().equals("image")) ? Problem.NONE : Problem.TRUNCATED, false);
            int introducer = b[at++] & 0xFF;
            if (introducer == 0x3B) return new Layout(blocks, Problem.NONE, at < b.length);
            int start = at;
            String type;
            if (introducer == 0x21) {
                if (at >= b.length) return new Layout(blocks, Problem.TRUNCATED, false);
                type = "ext-" + HexFormat.of().toHexDigits(b[at++]);
            } else if (introducer == 0x2C) {
                if (at + 9 > b.length) return new Layout(blocks, Problem.TRUNCATED, false);
                int local = b[at + 8] & 0xFF;
                at += 9 + ((local & 0x80) != 0 ? 3 * (1 << ((local & 7) + 1)) : 0) + 1; // descriptor, colour table, LZW code size
                type = "image";
            } else {
                return new Layout(blocks, Problem.DAMAGED, false);
            }
            // data sub-blocks, each led by its length, ended by an empty one
            while (true) {
                if (at >= b.length) return new Layout(blocks, Problem.TRUNCATED, false);
                int size = b[at] & 0xFF;
                at += 1 + size;
                if (size == 0) break;
            }
            blocks.add(new Block(type, start, at - start));
        }
    }

    static Layout webp(byte[] b) {
        List<Block> blocks = new ArrayList<>();
        if (b.length < 12) return new Layout(blocks, Problem.TRUNCATED, false);
        long end = 8 + u32le(b, 4);
        if (end > b.length) return new Layout(blocks, Problem.TRUNCATED, false);
        int at = 12;
        while (at < end) {
            if (at + 8 > end) return new Layout(blocks, Problem.DAMAGED, false);
            long size = u32le(b, at + 4);
            if (at + 8 + size > end) return new Layout(blocks, Problem.TRUNCATED, false);
            blocks.add(new Block(new String(b, at, 4, StandardCharsets.ISO_8859_1), at + 8, (int) size));
            at += 8 + (int) size + (int) (size & 1);
        }
        return new Layout(blocks, Problem.NONE, end < b.length);
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static long u32le(byte[] b, int at) {
        return ((long) (b[at + 3] & 0xFF) << 24) | ((b[at + 2] & 0xFF) << 16) | ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
    }
}
