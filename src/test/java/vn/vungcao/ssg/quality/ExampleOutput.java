package vn.vungcao.ssg.quality;

import static org.junit.jupiter.api.Assertions.fail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;


/**
 * The example site of the repository, built once for all the checks of its pages (the output is
 * deterministic, so one build serves them all) and deleted when the tests end.
 */
final class ExampleOutput {

    static final Path REPO = ExampleSite.ROOT;
    static final String BASE = "https://vungcao.example.org/";

    private static Map<String, byte[]> files;

    private ExampleOutput() {
    }

    /** The example's output files by site path. */
    static synchronized Map<String, byte[]> site() throws Exception {
        if (files == null) {
            Path dir = Files.createTempDirectory("example-output");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Staging.deleteTree(dir);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }));
            BuildOptions options = new BuildOptions(REPO, dir.resolve("out"), null, false, false, TestSite.NOW,
                    BuildOptions.defaultThreads());
            BuildResult result = SiteBuilder.build(options);
            if (!result.diagnostics().isEmpty()) fail("the example site should build cleanly: " + result.diagnostics());
            files = TestSite.snapshot(dir.resolve("out"));
        }
        return files;
    }

    /** One page of the example, parsed, with links resolved against the site's address. */
    static Document page(String path) throws Exception {
        return Jsoup.parse(new String(site().get(path), StandardCharsets.UTF_8), BASE + path);
    }
}
