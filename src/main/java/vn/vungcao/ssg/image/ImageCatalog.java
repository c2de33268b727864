package vn.vungcao.ssg.image;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every processed image by its site path. Immutable. */
public final class ImageCatalog {

    public static final ImageCatalog EMPTY = new ImageCatalog(Map.of());

    private final Map<String, ProcessedImage> images;

    public ImageCatalog(Map<String, ProcessedImage> images) {
        this.images = Collections.unmodifiableMap(new TreeMap<>(images));
    }

    /** The image published at {@code path} (with or without a leading slash). */
    public Optional<ProcessedImage> find(String path) {
        if (path == null) return Optional.empty();
        return Optional.ofNullable(images.get(path.startsWith("/") ? path.substring(1) : path));
    }
}
