package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;


/**
 * The example site built once for the browser tests that only read it (the output is
 * deterministic), deleted when the tests end.
 */
final class ExampleBuild {

    private static Path folder;

    private ExampleBuild() {
    }

    /** The built example's output folder. */
    static synchronized Path folder() throws Exception {
        if (folder == null) {
            Path dir = Files.createTempDirectory("example-browser");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Staging.deleteTree(dir);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }));
            var result = SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, dir.resolve("public"), null,
                    false, false, TestSite.NOW, 2));
            assertFalse(result.hasErrors(), result.diagnostics().toString());
            folder = dir.resolve("public");
        }
        return folder;
    }
}
