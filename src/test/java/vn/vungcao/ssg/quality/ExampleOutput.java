package vn.vungcao.ssg.quality;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Map;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.build.BuildOptions;
import vn.vungcao.ssg.build.BuildResult;
import vn.vungcao.ssg.build.SiteBuilder;

/** The example site of the repository, built once into a folder, for the checks of its pages. */
final class ExampleOutput {

    static final Path REPO = Path.of("").toAbsolutePath();

    private ExampleOutput() {
    }

    /** Builds the example into {@code out} and returns its files by site path. */
    static Map<String, byte[]> build(Path out) throws Exception {
        BuildOptions options = new BuildOptions(REPO, out, null, false, false, TestSite.NOW, BuildOptions.defaultThreads());
        BuildResult result = SiteBuilder.build(options);
        if (!result.diagnostics().isEmpty()) fail("the example site should build cleanly: " + result.diagnostics());
        return TestSite.snapshot(out);
    }
}
