package vn.vungcao.ssg.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.vungcao.ssg.search.SearchData;

/**
 * The theme's static files, as published: CSS and JavaScript get a content
 * hash in their name ({@code css/site.3fa2b1c0d4.css}) so browsers and the service worker may cache
 * them for ever; other files keep their name. Templates ask for a file by its plain name with
 * {@code asset('css/site.css')}. Immutable once built.
 */
public final class Assets {

    private final Map<String, String> published;
    private final Map<String, byte[]> files;

    private Assets(Map<String, String> published, Map<String, byte[]> files) {
        this.published = Collections.unmodifiableMap(published);
        this.files = Collections.unmodifiableMap(files);
    }

    /** The theme's static files (site overrides first). */
    public static Assets collect(Path siteRoot, String theme) {
        Map<String, byte[]> plain = new TreeMap<>();
        for (Map.Entry<String, Path> f : ThemeFiles.staticFiles(siteRoot, theme).entrySet()) {
            try {
                plain.put(f.getKey(), Files.readAllBytes(f.getValue()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> published = new TreeMap<>();
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : plain.entrySet()) {
            String name = f.getKey();
            String out = name;
            if (name.endsWith(".css") || name.endsWith(".js")) {
                int dot = name.lastIndexOf('.');
                out = name.substring(0, dot) + "." + SearchData.hash(List.of(f.getValue())) + name.substring(dot);
            }
            published.put(name, out);
            files.put(out, f.getValue());
        }
        return new Assets(published, files);
    }

    /** The published site path of a file named by its plain path; unknown names are returned as given. */
    public String path(String name) {
        return published.getOrDefault(name, name);
    }

    /** Plain name to published site path, sorted: what {@code asset(...)} gives in templates. */
    public Map<String, String> names() {
        return published;
    }

    /** Published site path to bytes, sorted. */
    public Map<String, byte[]> files() {
        return files;
    }
}
