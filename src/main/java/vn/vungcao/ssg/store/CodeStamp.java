package vn.vungcao.ssg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What tells one version of the generator from another for the {@link Store} (and the image cache): the generator's
 * classes and the libraries whose output it keeps (Flexmark and its extensions, jsoup, SnakeYAML,
 * Pebble, Jackson),
 * each by its jar's path, size and time, or for a folder of classes (a build by Maven) by its
 * newest file's time and its number of files, and the Java version. Worked out once per run: the
 * code does not change while it runs.
 */
public final class CodeStamp {

    private static final String STAMP = compute();

    private CodeStamp() {
    }

    public static String get() {
        return STAMP;
    }

    private static String compute() {
        StringBuilder s = new StringBuilder("java ").append(Runtime.version()).append('\n');
        for (Class<?> c : List.of(CodeStamp.class, com.vladsch.flexmark.parser.Parser.class,
                com.vladsch.flexmark.html.HtmlRenderer.class, com.vladsch.flexmark.util.ast.Node.class,
                com.vladsch.flexmark.ext.tables.TablesExtension.class,
                com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension.class,
                com.vladsch.flexmark.ext.autolink.AutolinkExtension.class,
                com.vladsch.flexmark.ext.footnotes.FootnoteExtension.class, org.jsoup.Jsoup.class,
                org.yaml.snakeyaml.LoaderOptions.class, com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class,
                com.fasterxml.jackson.core.JsonFactory.class, io.pebbletemplates.pebble.PebbleEngine.class)) {
            try {
                Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                s.append(where).append(' ');
                if (Files.isDirectory(where)) {
                    long[] newest = {0, 0};
                    try (var files = Files.walk(where)) {
                        files.filter(Files::isRegularFile).forEach(f -> {
                            try {
                                newest[0] = Math.max(newest[0], Files.getLastModifiedTime(f).toMillis());
                                newest[1]++;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    }
                    s.append(newest[0]).append(' ').append(newest[1]);
                } else {
                    s.append(Files.size(where)).append(' ').append(Files.getLastModifiedTime(where).toMillis());
                }
            } catch (Exception e) {
                // nothing tells this code apart: never take what a store holds
                s.append("unknown ").append(System.nanoTime());
            }
            s.append('\n');
        }
        return s.toString();
    }
}
