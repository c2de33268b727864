package vn.vungcao.ssg.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.vungcao.ssg.source.SiteFiles;

/**
 * The static files of a theme (CSS, scripts, icons): those the generator carries, overridden file
 * by file by the site's own {@code themes/<theme>/static/}, whose links and badly named files are
 * left out ({@link SiteFiles}).
 */
public final class ThemeFiles {

    private ThemeFiles() {
    }

    /** Site path to file, sorted by site path. */
    public static Map<String, Path> staticFiles(Path siteRoot, String theme) {
        Map<String, Path> files = new TreeMap<>();
        if (!theme.equals(Theme.DEFAULT)) collect(classpathDir("themes/" + Theme.DEFAULT + "/static"), files);
        collect(classpathDir("themes/" + theme + "/static"), files);
        Path own = siteRoot.resolve("themes").resolve(theme).resolve("static");
        // the site's own files never through a link (SiteFiles#audit reports them)
        if (new SiteFiles(siteRoot).isFolder(own)) collect(own, files);
        return files;
    }

    private static void collect(Path dir, Map<String, Path> into) {
        if (dir == null || !Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> SiteFiles.nameProblem(p.getFileName().toString()).isEmpty())
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> into.put(SiteFiles.slashed(dir.relativize(p)), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classpathDir(String name) {
        URL url = ThemeFiles.class.getClassLoader().getResource(name);
        if (url == null) return null;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(name);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the theme carried by the generator: " + name, e);
        }
    }
}
