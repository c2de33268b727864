package vn.vungcao.ssg.image;

import java.nio.charset.StandardCharsets;

/**
 * What a raster file is, told by its first bytes and never by its name: a {@code .jpg} that holds
 * a PNG is read as a PNG, and a file that is none of these is not decoded at all (so ImageIO's
 * other readers, TIFF and BMP, never see what a pull request sends).
 */
enum ImageFormat {
    JPEG("jpeg"),
    PNG("png"),
    GIF("gif"),
    /** Recognised only to read its metadata: WebP is refused as unsupported. */
    WEBP(null),
    OTHER(null);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The ImageIO format name that decodes it, or null when it is not decoded. */
    final String decoder;

    ImageFormat(String decoder) {
        this.decoder = decoder;
    }

    static ImageFormat of(byte[] bytes) {
        if (starts(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) return JPEG;
        if (starts(bytes, 0, PNG_SIGNATURE)) return PNG;
        if (starts(bytes, 0, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || starts(bytes, 0, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return GIF;
        }
        if (starts(bytes, 0, (byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F') && starts(bytes, 8, (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'P')) {
            return WEBP;
        }
        return OTHER;
    }

    /** The format this generator encodes for a file named with {@code kind} ({@code jpg}, {@code png}, {@code gif}). */
    static ImageFormat ofKind(String kind) {
        return switch (kind) {
            case "jpg" -> JPEG;
            case "png" -> PNG;
            case "gif" -> GIF;
            default -> OTHER;
        };
    }

    static boolean starts(byte[] bytes, int at, byte... prefix) {
        if (bytes.length < at + prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) return false;
        }
        return true;
    }
}
