package vn.vungcao.ssg.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.vungcao.ssg.content.Asset;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;

/**
 * Makes published images safe and light: a photo that carries GPS location is refused; every
 * raster image, the original included, is decoded and encoded again, so no EXIF, XMP, IPTC or GPS
 * data survives, with its orientation applied; photos get 480 and 960 pixel wide versions and, for
 * children, a small square thumbnail. SVG images are checked for scripts. Results are cached by
 * the hash of the source. Thread-safe.
 */
public final class ImageProcessor {

    public static final List<Integer> WIDTHS = List.of(480, 960);
    public static final int MAX_WIDTH = 1920;
    public static final int THUMBNAIL = 160;
    /** Changes whenever the encoding below changes, so old cache entries are not used. */
    private static final String VERSION = "1";
    private static final float JPEG_QUALITY = 0.82f;
    private static final Pattern SVG_UNSAFE = Pattern.compile(
            "(?i)<\\s*script|<\\s*foreignObject|\\son[a-z]+\\s*=|javascript\\s*:|<\\s*iframe|<\\s*embed|<\\s*object");
    private static final Pattern SVG_SIZE = Pattern.compile(
            "<svg[^>]*?\\swidth=\"(\\d+)(?:px)?\"[^>]*?\\sheight=\"(\\d+)(?:px)?\"|<svg[^>]*?viewBox=\"[-\\d.]+[ ,]+[-\\d.]+[ ,]+([\\d.]+)[ ,]+([\\d.]+)\"",
            Pattern.DOTALL);

    private final ImageCache cache;

    public ImageProcessor(ImageCache cache) {
        this.cache = cache;
    }

    /** What was made of one image: its description and the files to publish, by site path. */
    public record Output(ProcessedImage image, Map<String, byte[]> files) {
    }

    /** True for the file types this processor publishes (raster images it re-encodes, and SVG). */
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
        Position where = Position.ofFile(asset.source());
        if (isUnsupported(asset.sitePath())) {
            diagnostics.error("image.unsupported", where,
                    "Images of type ." + extension(asset.sitePath()) + " cannot be published.",
                    "Save or export the picture as JPEG (.jpg) or PNG, then upload that file instead.");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(asset.location());
        } catch (IOException e) {
            diagnostics.error("image.unreadable", where, "The image could not be read.", "Upload the file again.");
            return Optional.empty();
        }
        if ("svg".equals(kind(asset.sitePath()))) return svg(asset, bytes, diagnostics);

        Metadata metadata = null;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (ImageProcessingException | IOException e) {
            // not readable as metadata: the decoder below decides whether it is an image at all
        }
        if (metadata != null && hasLocation(metadata)) {
            diagnostics.error("image.gps", where,
                    "This photo records the place where it was taken (GPS location). Photos must not show where a child lives.",
                    "Remove the location from the photo (or turn off location for the camera and take it again), then upload it again.");
            return Optional.empty();
        }
        String hash = sha256(bytes);
        String k = kind(asset.sitePath());
        String metaKey = hash + "-" + VERSION + (thumbnail ? "-t" : "") + ".meta";
        Optional<byte[]> cachedMeta = cache.get(metaKey);
        if (cachedMeta.isPresent()) {
            Optional<Output> cached = fromCache(asset, hash, k, thumbnail, new String(cachedMeta.get(), StandardCharsets.UTF_8));
            if (cached.isPresent()) return cached;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            diagnostics.error("image.unreadable", where,
                    "The file is not an image that can be read (it may be damaged, or saved in CMYK colours).",
                    "Open it and save it again as an ordinary JPEG or PNG, then upload it again.");
            return Optional.empty();
        }
        image = orient(toStandard(image, k), orientation(metadata));
        if (image.getWidth() > MAX_WIDTH) image = scale(image, MAX_WIDTH, Math.max(1, image.getHeight() * MAX_WIDTH / image.getWidth()));

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<ProcessedImage.Variant> variants = new ArrayList<>();
        files.put(asset.sitePath(), encode(image, k));
        for (int w : WIDTHS) {
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
        String meta = image.getWidth() + " " + image.getHeight();
        int i = 0;
        for (byte[] f : files.values()) cache.put(hash + "-" + VERSION + (thumbnail ? "-t" : "") + "-" + (i++) + "." + k, f);
        cache.put(metaKey, meta.getBytes(StandardCharsets.UTF_8));
        return Optional.of(new Output(new ProcessedImage(asset.sitePath(), image.getWidth(), image.getHeight(), variants, thumb), files));
    }

    private Optional<Output> fromCache(Asset asset, String hash, String k, boolean thumbnail, String meta) {
        String[] wh = meta.split(" ");
        int width = Integer.parseInt(wh[0]);
        int height = Integer.parseInt(wh[1]);
        List<String> paths = new ArrayList<>();
        List<ProcessedImage.Variant> variants = new ArrayList<>();
        paths.add(asset.sitePath());
        for (int w : WIDTHS) {
            if (w >= width) continue;
            String path = variantPath(asset.sitePath(), w + "w");
            paths.add(path);
            variants.add(new ProcessedImage.Variant(path, w));
        }
        String thumb = thumbnail ? variantPath(asset.sitePath(), "thumb") : null;
        if (thumb != null) paths.add(thumb);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            Optional<byte[]> f = cache.get(hash + "-" + VERSION + (thumbnail ? "-t" : "") + "-" + i + "." + k);
            if (f.isEmpty()) return Optional.empty();
            files.put(paths.get(i), f.get());
        }
        return Optional.of(new Output(new ProcessedImage(asset.sitePath(), width, height, variants, thumb), files));
    }

    private Optional<Output> svg(Asset asset, byte[] bytes, Diagnostics diagnostics) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher unsafe = SVG_UNSAFE.matcher(text);
        if (unsafe.find()) {
            String before = text.substring(0, unsafe.start());
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            diagnostics.error("image.svg-unsafe", new Position(asset.source(), line, 0),
                    "This SVG image contains a script, an event handler or embedded content, which could run on the site.",
                    "Export the drawing again as a plain SVG (or as PNG) without scripts or links.");
            return Optional.empty();
        }
        int width = 0;
        int height = 0;
        Matcher size = SVG_SIZE.matcher(text);
        if (size.find()) {
            try {
                if (size.group(1) != null) {
                    width = Integer.parseInt(size.group(1));
                    height = Integer.parseInt(size.group(2));
                } else {
                    width = (int) Math.round(Double.parseDouble(size.group(3)));
                    height = (int) Math.round(Double.parseDouble(size.group(4)));
                }
            } catch (NumberFormatException e) {
                width = 0;
                height = 0;
            }
        }
        return Optional.of(new Output(new ProcessedImage(asset.sitePath(), width, height, List.of(), null),
                Map.of(asset.sitePath(), bytes)));
    }

    /** True when the metadata holds a GPS position (any GPS tag but the version counts as location). */
    static boolean hasLocation(Metadata metadata) {
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            if (gps.getGeoLocation() != null) return true;
            for (var tag : gps.getTags()) {
                if (tag.getTagType() != GpsDirectory.TAG_VERSION_ID) return true;
            }
        }
        for (Directory d : metadata.getDirectories()) {
            if (d.getName().toLowerCase(Locale.ROOT).contains("xmp")) {
                for (var tag : d.getTags()) {
                    String desc = String.valueOf(tag.getDescription()).toLowerCase(Locale.ROOT);
                    if (desc.contains("gpslatitude") || desc.contains("gpslongitude")) return true;
                }
            }
        }
        return false;
    }

    private static int orientation(Metadata metadata) {
        if (metadata == null) return 1;
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) return 1;
        try {
            return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        } catch (MetadataException e) {
            return 1;
        }
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
            g.setColor(java.awt.Color.WHITE);
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
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code images/a.jpg} with {@code 480w} gives {@code images/a.480w.jpg}. */
    static String variantPath(String sitePath, String suffix) {
        int dot = sitePath.lastIndexOf('.');
        return sitePath.substring(0, dot) + "." + suffix + sitePath.substring(dot);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
