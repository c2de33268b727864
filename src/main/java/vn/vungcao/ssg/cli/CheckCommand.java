package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import vn.vungcao.ssg.build.BuildOptions;
import vn.vungcao.ssg.build.BuildResult;
import vn.vungcao.ssg.build.SiteBuilder;
import vn.vungcao.ssg.build.UsageException;
import vn.vungcao.ssg.publish.Staging;

/**
 * {@code check}: everything {@code build} validates, plus a build into a temporary folder and checks
 * of the rendered pages. Writes no output.
 */
final class CheckCommand extends SiteOptions {

    @Override
    String name() {
        return "check";
    }

    @Override
    String description() {
        return "Check the site as the pull request would: content, links, anchors, images, children. Writes nothing.";
    }

    @Override
    List<Option> options() {
        return siteOptions();
    }

    @Override
    int call() throws IOException {
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
