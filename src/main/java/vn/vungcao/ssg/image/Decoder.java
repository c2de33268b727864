package vn.vungcao.ssg.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes the first picture of a JPEG, PNG or GIF file, strictly: the size is read from the
 * header and held against a pixel budget before any pixel is decoded, and a decoder's warning
 * (ImageIO reads a damaged JPEG to the end and only warns, filling the rest with grey) fails the
 * decoding. Metadata is not read. Nothing is kept between calls; thread-safe.
 */
final class Decoder {

    /** What decoding gave. */
    sealed interface Result permits Picture, Size, TooLarge, Failed {
    }

    /** The size the header declares, within the budget. */
    record Size(long width, long height) implements Result {
    }

    /** The pixels. */
    record Picture(BufferedImage image) implements Result {
    }

    /** The header declares more pixels than the budget; nothing was decoded. */
    record TooLarge(long width, long height) implements Result {
    }

    /** Not decoded: the data stop early ({@code truncated}), or are damaged or of a kind not read. */
    record Failed(boolean truncated) implements Result {
    }

    private Decoder() {
    }

    /**
     * The size the header of {@code bytes} declares ({@link Size}), or why it cannot be decoded;
     * no pixel is decoded.
     *
     * @param format    a format with a decoder (JPEG, PNG or GIF)
     * @param maxPixels the most pixels (width × height) that may be decoded
     */
    static Result header(byte[] bytes, ImageFormat format, long maxPixels) {
        return read(bytes, format, maxPixels, false);
    }

    /**
     * The pixels of the first picture of {@code bytes} ({@link Picture}), or why not.
     *
     * @param format    a format with a decoder (JPEG, PNG or GIF)
     * @param maxPixels the most pixels (width × height) that may be decoded
     */
    static Result decode(byte[] bytes, ImageFormat format, long maxPixels) {
        return read(bytes, format, maxPixels, true);
    }

    private static Result read(byte[] bytes, ImageFormat format, long maxPixels, boolean pixels) {
        if (format.decoder == null) return new Failed(false);
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.decoder);
        if (!readers.hasNext()) return new Failed(false);
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(String.valueOf(warning)));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            // the header only: a file declaring 20000 × 20000 pixels is refused before 1.6 GB are allotted to it
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) return new Failed(false);
            if (width * height > maxPixels) return new TooLarge(width, height);
            if (!pixels) return new Size(width, height);
            BufferedImage image = reader.read(0);
            if (image == null) return new Failed(false);
            if (!warnings.isEmpty()) return new Failed(warnings.stream().anyMatch(Decoder::saysTruncated));
            return new Picture(image);
        } catch (IOException | RuntimeException e) {
            return new Failed(warnings.stream().anyMatch(Decoder::saysTruncated));
        } finally {
            reader.dispose();
        }
    }

    /** libjpeg's words for data that stop early ("Premature end of JPEG file", "Truncated File"). */
    private static boolean saysTruncated(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return w.contains("premature end") || w.contains("truncated");
    }
}
