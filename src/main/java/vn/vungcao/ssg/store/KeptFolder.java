package vn.vungcao.ssg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where the builds of a site keep what they made for the next ones (its stores and resized
 * images): a folder of the user's cache, never inside the site folder. A pull request controls
 * every file of the site folder, {@code .cache/} included (an ignored folder can still be
 * committed), so nothing there may be taken as the generator's own work: a planted store or
 * image would be published as if the generator had made it.
 *
 * <p>The folder is {@code $VUNGCAO_CACHE/<site>-<id>}, else {@code $XDG_CACHE_HOME/vungcao-site/…},
 * else {@code ~/.cache/vungcao-site/…}, where {@code <site>} is the site folder's name and
 * {@code <id>} a digest of its real path, so two checkouts never share one. A workflow keeps it
 * between runs by caching {@code ~/.cache/vungcao-site}.
 */
public final class KeptFolder {

    /** The environment variable that names the folder holding every site's kept folder. */
    public static final String ENV = "VUNGCAO_CACHE";

    private KeptFolder() {
    }

    /** The kept folder of the site in {@code site} (it need not exist). */
    public static Path of(Path site) {
        return root().resolve(name(site));
    }

    private static Path root() {
        String own = System.getenv(ENV);
        if (own != null && !own.isBlank()) return Path.of(own).toAbsolutePath();
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.toAbsolutePath().resolve("vungcao-site");
    }

    private static String name(Path site) {
        Path real;
        try {
            real = site.toRealPath();
        } catch (IOException e) {
            real = site.toAbsolutePath().normalize();
        }
        Path last = real.getFileName();
        String folder = last == null ? "site" : last.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        if (folder.length() > 40) folder = folder.substring(0, 40);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return folder + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
