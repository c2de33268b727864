package vn.vungcao.ssg.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.view.Views;

/**
 * The picture a link preview (Facebook, Zalo, X) shows for a page: an absolute URL with its size.
 * Facebook and Zalo show only raster images (JPEG, PNG, WebP, GIF), so a page whose own picture is
 * an SVG, or has none, gets the theme's share card ({@code icons/share.png}, 1200×630).
 *
 * @param url    the absolute URL
 * @param width  in pixels
 * @param height in pixels
 * @param alt    what the picture shows
 */
public record ShareImage(String url, int width, int height, String alt) {

    /** The theme's share card, whose file a site may replace in its own theme folder. */
    public static final String CARD = "icons/share.png";

    /** The page's own picture as a preview, when it is a raster image of known size. */
    static Optional<ShareImage> of(Views.ImageView image, String alt, Routes routes) {
        if (image == null || image.width() <= 0 || image.height() <= 0) return Optional.empty();
        String src = image.src();
        String lower = src.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".webp")
                || lower.endsWith(".gif"))) return Optional.empty();
        String sitePath = src.startsWith(routes.basePath()) ? src.substring(routes.basePath().length()) : src;
        return Optional.of(new ShareImage(routes.absolute(sitePath), image.width(), image.height(), alt));
    }

    /** The theme's share card from the published static files; its size is read from the file. */
    static ShareImage card(Assets assets, Routes routes, String alt) {
        byte[] bytes = assets.files().get(assets.path(CARD));
        int[] size = bytes == null ? new int[] {0, 0} : size(bytes);
        return new ShareImage(routes.absolute(assets.path(CARD)), size[0], size[1], alt);
    }

    private static int[] size(byte[] bytes) {
        // a PNG's size is in its first chunk: read there, without starting Java's image readers
        if (bytes.length >= 24 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[12] == 'I' && bytes[13] == 'H' && bytes[14] == 'D' && bytes[15] == 'R') {
            return new int[] {bigEndian(bytes, 16), bigEndian(bytes, 20)};
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return new int[] {0, 0};
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return new int[] {0, 0};
        }
    }

    private static int bigEndian(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
