package vn.vungcao.ssg.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.LoaderOptions;

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
        for (Class<?> c : List.of(CodeStamp.class, Parser.class,
                HtmlRenderer.class, Node.class,
                TablesExtension.class,
                StrikethroughExtension.class,
                AutolinkExtension.class,
                FootnoteExtension.class, Jsoup.class,
                LoaderOptions.class, YAMLFactory.class,
                JsonFactory.class, PebbleEngine.class)) {
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
