package vn.vungcao.ssg.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.vungcao.ssg.source.SiteFiles;

/**
 * The text of a theme's templates, each read once (for as long as the theme is kept: a build, or a
 * preview until something under {@code themes/} changes): from the site's own
 * {@code themes/<theme>/templates/}, else from the theme carried by the generator, else from the
 * default theme. Pebble compiles what this gives and a page's fingerprint hashes the same text,
 * so a template saved while a build runs cannot leave a page rendered from the old text under the
 * new text's fingerprint (the next build reads it again). Thread-safe.
 */
final class TemplateSources implements Loader<String> {

    private static final String SUFFIX = ".peb";

    private final Path own;
    private final SiteFiles files;
    private final List<String> carried;
    private final ConcurrentHashMap<String, Optional<String>> read = new ConcurrentHashMap<>();

    /**
     * @param own     the site's own templates folder (it need not exist); a template there is read only
     *                when {@link SiteFiles} allows it (never through a link)
     * @param files   the site's files
     * @param carried the class-path folders of the generator's themes, in the order they are tried
     */
    TemplateSources(Path own, SiteFiles files, List<String> carried) {
        this.own = own;
        this.files = files;
        this.carried = List.copyOf(carried);
    }

    /** The text of {@code template} (a name without {@code .peb}), or empty when no theme has it. */
    Optional<String> text(String template) {
        return read.computeIfAbsent(template, this::load);
    }

    private Optional<String> load(String template) {
        try {
            // as Pebble's own file loader: either slash separates folders, and bytes that are not UTF-8 become U+FFFD
            Path file = own.resolve(PathUtils.sanitize(template, '/') + SUFFIX).normalize();
            if (file.startsWith(own.normalize()) && files.isFile(file)) {
                return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            // unreadable, or a name that is no path: the theme carried by the generator is tried instead
        }
        for (String folder : carried) {
            try (InputStream in = TemplateSources.class.getClassLoader().getResourceAsStream(folder + "/" + template + SUFFIX)) {
                if (in != null) return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                // as if absent
            }
        }
        return Optional.empty();
    }

    @Override
    public Reader getReader(String template) {
        return new StringReader(text(template).orElseThrow(
                () -> new LoaderException(null, "Could not find template \"" + template + "\"")));
    }

    @Override
    public String createCacheKey(String template) {
        return template;
    }

    @Override
    public boolean resourceExists(String template) {
        return text(template).isPresent();
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        // Pebble asks at every include and extends; only a name starting "./" or "../" is
        // relative, and PathUtils finds that after a regular expression rewrites both names
        if (relativePath == null || !relativePath.startsWith(".")) return null;
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // the folders are given to the constructor
    }

    @Override
    public void setSuffix(String suffix) {
        // always .peb
    }
}
