package vn.vungcao.ssg.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.vungcao.ssg.content.Asset;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.Position;

/**
 * Makes published images safe and light. A raster image (JPEG, PNG or GIF, told by its bytes) is
 * refused when any of its metadata blocks records where it was taken (see {@link PhotoMetadata}),
 * when a block cannot be read to be checked, when it is cut short or damaged, and when its header
 * declares more than {@link #MAX_PIXELS}; otherwise it is decoded and encoded again, so no EXIF,
 * XMP, IPTC, GPS or text survives, with its orientation applied, and photos get 480 and 960 pixel
 * wide versions and, for children, a small square thumbnail. An SVG image is read as XML and
 * published only when it passes {@link SvgCheck}'s allow-list. WebP, HEIC and other types browsers
 * or this generator cannot handle are refused, saying so too when a WebP carries a location.
 *
 * <p>Encoded files are kept in an {@link ImageCache}; an entry is published only after it has
 * been checked again as if it came from a stranger: it must decode, have the size recorded with
 * it, and hold nothing but pixels. Thread-safe: nothing is kept but the cache.
 */
public final class ImageProcessor {

    public static final List<Integer> WIDTHS = List.of(480, 960);
    public static final int MAX_WIDTH = 1920;
    public static final int THUMBNAIL = 160;
    /**
     * The most pixels (width × height) an image may declare: 50 megapixels, so that the 48 and
     * 50 megapixel photos of today's phones pass. The header is read first and a larger image is
     * refused before any pixel is decoded: a small file can declare 20000 × 20000 pixels, which
     * would take 1.6 GB to decode.
     */
    public static final long MAX_PIXELS = 50_000_000L;
    /** Changes whenever the encoding below changes, so old cache entries are not used. */
    private static final String VERSION = "2";
    private static final float JPEG_QUALITY = 0.82f;

    private final ImageCache cache;

    public ImageProcessor(ImageCache cache) {
        this.cache = cache;
    }

    /** What was made of one image: its description and the files to publish, by site path. */
    public record Output(ProcessedImage image, Map<String, byte[]> files) {
    }

    /** True for the file types this processor publishes (raster images it re-encodes, and SVG), or refuses by name. */
    public static boolean isImage(String path) {
        return kind(path) != null || isUnsupported(path);
    }

    private static String kind(String path) {
        String ext = extension(path);
        return switch (ext) {
            case "jpg", "jpeg" -> "jpg";
            case "png" -> "png";
            case "gif" -> "gif";
            case "svg" -> "svg";
            default -> null;
        };
    }

    private static boolean isUnsupported(String path) {
        return List.of("heic", "heif", "webp", "tif", "tiff", "bmp", "avif").contains(extension(path));
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Processes {@code asset}; problems are reported and give empty.
     *
     * @param thumbnail whether to make a square thumbnail too (for a child's photo)
     */
    public Optional<Output> process(Asset asset, boolean thumbnail, Diagnostics diagnostics) {
        return process(asset, thumbnail, WIDTHS, diagnostics);
    }

    /**
     * As {@link #process}, with no resized versions and no thumbnail: for the theme's own images
     * (icons, the sharing picture), published at the size they are, so that none is encoded only
     * to be left out.
     */
    public Optional<Output> processAlone(Asset asset, Diagnostics diagnostics) {
        return process(asset, false, List.of(), diagnostics);
    }

    private Optional<Output> process(Asset asset, boolean thumbnail, List<Integer> widths, Diagnostics diagnostics) {
        Position where = Position.ofFile(asset.source());
        if (isUnsupported(asset.sitePath())) {
            unsupported(asset, where, diagnostics);
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(asset.location());
        } catch (IOException e) {
            diagnostics.error("image.unreadable/file", where);
            return Optional.empty();
        }
        if ("svg".equals(kind(asset.sitePath()))) return svg(asset, bytes, diagnostics);
        return raster(asset, bytes, thumbnail, widths, where, diagnostics);
    }

    /** A type that is not published: refused, and when it is a picture whose metadata holds a location, that is said too. */
    private static void unsupported(Asset asset, Position where, Diagnostics diagnostics) {
        try {
            byte[] bytes = Files.readAllBytes(asset.location());
            ImageFormat format = ImageFormat.of(bytes);
            Layout layout = Layout.of(format, bytes);
            if (format != ImageFormat.OTHER && layout.problem() == Layout.Problem.NONE) {
                PhotoMetadata metadata = PhotoMetadata.read(format, bytes, layout);
                if (metadata.coordinatesIn() != null) gps(where, metadata.coordinatesIn(), diagnostics);
            }
        } catch (IOException e) {
            // its type alone refuses it
        }
        diagnostics.error("image.unsupported", where, extension(asset.sitePath()));
    }

    private Optional<Output> raster(Asset asset, byte[] bytes, boolean thumbnail, List<Integer> widths, Position where,
                                    Diagnostics diagnostics) {
        ImageFormat format = ImageFormat.of(bytes);
        if (format.decoder == null) {
            diagnostics.error("image.unreadable/kind", where);
            return Optional.empty();
        }
        Layout layout = Layout.of(format, bytes);
        if (layout.problem() != Layout.Problem.NONE) {
            failed(layout.problem() == Layout.Problem.TRUNCATED, where, diagnostics);
            return Optional.empty();
        }
        PhotoMetadata metadata = PhotoMetadata.read(format, bytes, layout);
        if (metadata.coordinatesIn() != null) {
            gps(where, metadata.coordinatesIn(), diagnostics);
            return Optional.empty();
        }
        if (metadata.uncheckedIn() != null) {
            diagnostics.error("image.unreadable/metadata", where, metadata.uncheckedIn());
            return Optional.empty();
        }
        if (!metadata.places().isEmpty()) {
            diagnostics.warning("image.place-name", where, metadata.places());
        }
        // the size from the header, before the cache too: a planted entry never lets a huge image in
        Decoder.Result header = Decoder.header(bytes, format, MAX_PIXELS);
        if (header instanceof Decoder.TooLarge large) {
            tooLarge(large, where, diagnostics);
            return Optional.empty();
        }
        if (header instanceof Decoder.Failed f) {
            failed(f.truncated(), where, diagnostics);
            return Optional.empty();
        }

        String source = ImageCache.sha256(bytes);
        String k = kind(asset.sitePath());
        String base = source + "-" + VERSION + (thumbnail ? "-t" : "") + (widths.isEmpty() ? "-alone" : "");
        Optional<Output> cached = fromCache(asset, source, base, k, thumbnail, widths);
        if (cached.isPresent()) return cached;

        Decoder.Result decoded = Decoder.decode(bytes, format, MAX_PIXELS);
        if (!(decoded instanceof Decoder.Picture picture)) {
            if (decoded instanceof Decoder.TooLarge large) tooLarge(large, where, diagnostics);
            else failed(((Decoder.Failed) decoded).truncated(), where, diagnostics);
            return Optional.empty();
        }
        BufferedImage image = orient(toStandard(picture.image(), k), metadata.orientation());
        if (image.getWidth() > MAX_WIDTH) image = scale(image, MAX_WIDTH, Math.max(1, image.getHeight() * MAX_WIDTH / image.getWidth()));

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<ProcessedImage.Variant> variants = new ArrayList<>();
        files.put(asset.sitePath(), encode(image, k));
        for (int w : widths) {
            if (w >= image.getWidth()) continue;
            String path = variantPath(asset.sitePath(), w + "w");
            files.put(path, encode(scale(image, w, Math.max(1, image.getHeight() * w / image.getWidth())), k));
            variants.add(new ProcessedImage.Variant(path, w));
        }
        String thumb = null;
        if (thumbnail) {
            thumb = variantPath(asset.sitePath(), "thumb");
            files.put(thumb, encode(square(image, THUMBNAIL), k));
        }
        int i = 0;
        for (byte[] f : files.values()) cache.put(base + "-" + (i++) + "." + k, source, f);
        cache.put(base + ".meta", source, (image.getWidth() + " " + image.getHeight()).getBytes(StandardCharsets.US_ASCII));
        return Optional.of(new Output(new ProcessedImage(asset.sitePath(), image.getWidth(), image.getHeight(), variants, thumb), files));
    }

    /**
     * What the cache holds for this source, when every file of it is there and passes
     * {@link #isClean}; empty otherwise, and the image is encoded again.
     */
    private Optional<Output> fromCache(Asset asset, String source, String base, String k, boolean thumbnail,
                                       List<Integer> widths) {
        Optional<byte[]> meta = cache.get(base + ".meta", source);
        if (meta.isEmpty()) return Optional.empty();
        String size = new String(meta.get(), StandardCharsets.US_ASCII);
        if (!size.matches("[1-9][0-9]{0,4} [1-9][0-9]{0,4}")) return Optional.empty();
        int width = Integer.parseInt(size.substring(0, size.indexOf(' ')));
        int height = Integer.parseInt(size.substring(size.indexOf(' ') + 1));
        if (width > MAX_WIDTH || (long) width * height > MAX_PIXELS) return Optional.empty();
        List<String> paths = new ArrayList<>();
        List<int[]> sizes = new ArrayList<>();
        List<ProcessedImage.Variant> variants = new ArrayList<>();
        paths.add(asset.sitePath());
        sizes.add(new int[] {width, height});
        for (int w : widths) {
            if (w >= width) continue;
            String path = variantPath(asset.sitePath(), w + "w");
            paths.add(path);
            sizes.add(new int[] {w, Math.max(1, height * w / width)});
            variants.add(new ProcessedImage.Variant(path, w));
        }
        String thumb = thumbnail ? variantPath(asset.sitePath(), "thumb") : null;
        if (thumb != null) {
            paths.add(thumb);
            sizes.add(new int[] {THUMBNAIL, THUMBNAIL});
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            Optional<byte[]> f = cache.get(base + "-" + i + "." + k, source);
            if (f.isEmpty() || !isClean(f.get(), ImageFormat.ofKind(k), sizes.get(i)[0], sizes.get(i)[1])) return Optional.empty();
            files.put(paths.get(i), f.get());
        }
        return Optional.of(new Output(new ProcessedImage(asset.sitePath(), width, height, variants, thumb), files));
    }

    /**
     * True when {@code bytes} are what this generator's encoder would have written: a whole file
     * of {@code format} with nothing in it but pixels (no EXIF, XMP, IPTC, comment, text chunk or
     * trailing bytes), that decodes without a warning to {@code width} × {@code height} pixels.
     */
    private static boolean isClean(byte[] bytes, ImageFormat format, int width, int height) {
        if (ImageFormat.of(bytes) != format || !Layout.of(format, bytes).onlyPixels(format, bytes)) return false;
        return Decoder.decode(bytes, format, MAX_PIXELS) instanceof Decoder.Picture p
                && p.image().getWidth() == width && p.image().getHeight() == height;
    }

    private static void gps(Position where, Messages.Term block, Diagnostics diagnostics) {
        diagnostics.error("image.gps", where, block);
    }

    private static void failed(boolean truncated, Position where, Diagnostics diagnostics) {
        if (truncated) {
            diagnostics.error("image.truncated", where);
        } else {
            diagnostics.error("image.unreadable", where);
        }
    }

    private static void tooLarge(Decoder.TooLarge large, Position where, Diagnostics diagnostics) {
        diagnostics.error("image.too-large", where, String.format(Locale.ROOT, "%d × %d", large.width(), large.height()),
                large.width() * large.height() / 1_000_000, MAX_PIXELS / 1_000_000, MAX_WIDTH);
    }

    private static Optional<Output> svg(Asset asset, byte[] bytes, Diagnostics diagnostics) {
        SvgCheck.Result result = SvgCheck.check(bytes);
        if (result instanceof SvgCheck.Unsafe unsafe) {
            Position at = new Position(asset.source(), unsafe.line(), 0);
            String key = switch (unsafe.kind()) {
                case NOT_SVG -> "image.svg-unsafe/not-svg";
                case DOCTYPE -> "image.svg-unsafe/doctype";
                case INSTRUCTION -> "image.svg-unsafe/instruction";
                case STYLE -> "image.svg-unsafe/style";
                case LINK -> "image.svg-unsafe/link";
                default -> "image.svg-unsafe";
            };
            diagnostics.error(key, at, unsafe.what());
            return Optional.empty();
        }
        if (result instanceof SvgCheck.Malformed malformed) {
            diagnostics.error("image.unreadable/svg", new Position(asset.source(), malformed.line(), 0));
            return Optional.empty();
        }
        SvgCheck.Clean clean = (SvgCheck.Clean) result;
        return Optional.of(new Output(new ProcessedImage(asset.sitePath(), clean.width(), clean.height(), List.of(), null),
                Map.of(asset.sitePath(), clean.published())));
    }

    /** The pixels turned and mirrored as EXIF orientation 1 to 8 says. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) return image;
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** RGB for JPEG, ARGB for PNG and GIF: the decoder's own types can be odd (CMYK, indexed, 16 bit). */
    private static BufferedImage toStandard(BufferedImage image, String kind) {
        int type = "jpg".equals(kind) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        if (image.getType() == type) return image;
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        }
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Downscaling by halves, then once to size: sharp and deterministic. */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, image.getType());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static BufferedImage square(BufferedImage image, int size) {
        int side = Math.min(image.getWidth(), image.getHeight());
        BufferedImage crop = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
        BufferedImage copy = new BufferedImage(side, side, image.getType());
        Graphics2D g = copy.createGraphics();
        g.drawImage(crop, 0, 0, null);
        g.dispose();
        return scale(copy, size, size);
    }

    private static byte[] encode(BufferedImage image, String kind) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if ("jpg".equals(kind)) {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            } else {
                ImageIO.write(image, kind, out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code images/a.jpg} with {@code 480w} gives {@code images/a.480w.jpg}. */
    static String variantPath(String sitePath, String suffix) {
        int dot = sitePath.lastIndexOf('.');
        return sitePath.substring(0, dot) + "." + suffix + sitePath.substring(dot);
    }
}
