package vn.vungcao.ssg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The example site the tests build: a copy of the club's content kept under
 * {@code src/test/resources/sites/example/}, never the live {@code content/}, which editors change
 * every week (and which {@code check} judges in their pull requests). To take the live content's
 * latest shape into the tests, copy it here and accept the golden files anew.
 */
public final class ExampleSite {

    /** The fixture's folder: its {@code site-config.yml} and {@code content/}; the theme is the one the generator carries. */
    public static final Path ROOT = Path.of("src/test/resources/sites/example").toAbsolutePath();

    /** The repository itself, for tests of its own files (the workflows, the README), never of its content. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private ExampleSite() {
    }

    /** A copy of the example site under {@code dir}, for a test that changes it; returns the copy's folder. */
    public static Path copyTo(Path dir) {
        Path site = dir.resolve("site");
        try (Stream<Path> walk = Files.walk(ROOT)) {
            for (Path p : walk.toList()) {
                Path to = site.resolve(ROOT.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }
}
