package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.vungcao.ssg.build.BuildOptions;
import vn.vungcao.ssg.build.BuildResult;
import vn.vungcao.ssg.build.SiteBuilder;
import vn.vungcao.ssg.build.UsageException;
import vn.vungcao.ssg.publish.Staging;

/**
 * {@code check}: everything {@code build} validates, plus a build into a temporary folder and checks
 * of the rendered pages. Writes no output.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the site as the pull request would: content, links, anchors, images, children. Writes nothing.")
final class CheckCommand extends SiteOptions implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        Path temp = Files.createTempDirectory("vungcao-check-");
        try {
            BuildOptions options = new BuildOptions(site, temp.resolve("public"), baseUrl, drafts, future, Instant.now(),
                    threadCount(), true);
            BuildResult result;
            try {
                result = SiteBuilder.build(options);
            } catch (UsageException e) {
                err.println("error: " + e.getMessage());
                return Main.USAGE;
            }
            long errors = print(result);
            long warnings = result.diagnostics().size() - errors;
            if (errors > 0) {
                err.println(plural(errors, "error") + ", " + plural(warnings, "warning") + ".");
                return Main.CONTENT_ERRORS;
            }
            out.println("Checked " + result.pages() + " pages: no errors"
                    + (warnings > 0 ? ", " + plural(warnings, "warning") : "") + ".");
            return Main.OK;
        } finally {
            Staging.deleteTree(temp);
        }
    }
}
