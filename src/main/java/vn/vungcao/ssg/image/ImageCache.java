package vn.vungcao.ssg.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import vn.vungcao.ssg.store.CodeStamp;

/**
 * Processed image files kept between builds (under {@code <site>/.cache/images/}), so that a
 * rebuild does not encode them again. Each entry is one file: a short text header, then the
 * payload. The header names the entry's key, the SHA-256 of the source it was made from, the
 * version of the code that made it, and the payload's length and SHA-256; {@link #get} gives the
 * payload only when all of them match, so a file planted in the folder, an entry made by another
 * version of the generator, for another source or under another key, and a damaged one are all
 * ignored.
 *
 * <p>The header is no proof of origin: whoever can write the folder (a pull request can, since
 * the repository is theirs) can write a matching header too. What a hit gives is therefore checked
 * again by {@link ImageProcessor} before it is published (it must decode, have the size its record
 * says, and hold no metadata at all).
 *
 * <p>A missing or unwritable folder only makes the cache miss. Thread-safe: entries are written to
 * a temporary file and moved into place; nothing is held in memory.
 */
public final class ImageCache {

    private static final String MAGIC = "vungcao image cache 1";
    /** A header is a few hundred bytes; a longer one is not a header. */
    private static final int MAX_HEADER = 1024;

    private final Path dir;
    private final String code;

    /**
     * A cache for this generator's code.
     *
     * @param dir the cache folder, or null for no cache
     */
    public ImageCache(Path dir) {
        this(dir, CodeStamp.get());
    }

    /**
     * @param dir         the cache folder, or null for no cache
     * @param codeVersion what tells the code that makes the entries from another version of it
     *                    (entries made with another are ignored); only its digest is written
     */
    public ImageCache(Path dir, String codeVersion) {
        this.dir = dir;
        this.code = sha256(codeVersion.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The payload kept under {@code key} for the source whose SHA-256 is {@code source}, when the
     * entry is whole and was made by this code from that source under that key.
     */
    public Optional<byte[]> get(String key, String source) {
        if (dir == null || !isKey(key)) return Optional.empty();
        Path file = dir.resolve(key);
        byte[] entry;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            entry = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        byte[] prefix = prefix(key, source);
        if (!ImageFormat.starts(entry, 0, prefix)) return Optional.empty();
        int end = -1;
        for (int i = prefix.length; i < Math.min(entry.length, MAX_HEADER); i++) {
            if (entry[i] == '\n' && i + 1 < entry.length && entry[i + 1] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) return Optional.empty();
        String[] rest = new String(entry, prefix.length, end - prefix.length, StandardCharsets.US_ASCII).split("\n");
        byte[] payload = Arrays.copyOfRange(entry, end + 2, entry.length);
        if (rest.length != 2 || !rest[0].equals("length " + payload.length) || !rest[1].equals("sha256 " + sha256(payload))) {
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    /** Keeps {@code payload} under {@code key}, made from the source whose SHA-256 is {@code source}. */
    public void put(String key, String source, byte[] payload) {
        if (dir == null || !isKey(key)) return;
        byte[] head = (new String(prefix(key, source), StandardCharsets.US_ASCII)
                + "length " + payload.length + "\nsha256 " + sha256(payload) + "\n\n").getBytes(StandardCharsets.US_ASCII);
        byte[] entry = Arrays.copyOf(head, head.length + payload.length);
        System.arraycopy(payload, 0, entry, head.length, payload.length);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tmp-", "");
            try {
                Files.write(tmp, entry);
                Files.move(tmp, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // a cache that cannot be written is only slower
        }
    }

    private byte[] prefix(String key, String source) {
        return (MAGIC + "\nkey " + key + "\nsource " + source + "\ncode " + code + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A plain file name: the keys are made of a digest and a few letters. */
    private static boolean isKey(String key) {
        return key.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
