package vn.vungcao.ssg.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Processed image files kept between builds, by the hash of their source and what was made of
 * it, so that a rebuild does not encode them again. A missing or unwritable folder only makes the
 * cache miss. Thread-safe: entries are written to a temporary file and moved into place.
 */
public final class ImageCache {

    private final Path dir;

    /** @param dir the cache folder, or null for no cache */
    public ImageCache(Path dir) {
        this.dir = dir;
    }

    public Optional<byte[]> get(String key) {
        if (dir == null) return Optional.empty();
        Path file = dir.resolve(key);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void put(String key, byte[] bytes) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tmp-", "");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written is only slower
        }
    }
}
