package vn.vungcao.ssg.image;

import java.util.List;

/**
 * A published image: its size and the resized versions written beside it.
 *
 * @param sitePath  where the (re-encoded) original is published, such as {@code images/a.jpg}
 * @param width     its width in pixels, after orientation (0 when unknown, as for some SVGs)
 * @param height    its height in pixels
 * @param variants  smaller versions, narrowest first (empty for small images and SVGs)
 * @param thumbnail a small square version for cards, or null
 */
public record ProcessedImage(String sitePath, int width, int height, List<Variant> variants, String thumbnail) {

    public ProcessedImage {
        variants = List.copyOf(variants);
    }

    /** A resized version and its width. */
    public record Variant(String sitePath, int width) {
    }
}
