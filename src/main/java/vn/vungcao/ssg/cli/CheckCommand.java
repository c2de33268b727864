package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;
import vn.vungcao.ssg.publish.Staging;
import vn.vungcao.ssg.review.ProblemTable;
import vn.vungcao.ssg.review.SummaryFile;
import vn.vungcao.ssg.source.SiteFiles;

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

    Path summary;
    String sourceUrl;

    @Override
    List<Option> options() {
        return join(siteOptions(), List.of(
                new Option("--summary", "FILE", "Also append every problem as a Markdown table to FILE (such as $GITHUB_STEP_SUMMARY).",
                        v -> summary = file("--summary", v)),
                new Option("--source-url", "URL", "In the summary, link each file and line to URL + its path in the repository.",
                        v -> sourceUrl = v),
                new Option("--changed-files", "FILE", "Repository paths, one per line (git diff --name-only): their problems are"
                        + " annotated and listed first.", v -> firstFiles = lines("--changed-files", file("--changed-files", v)))));
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
            if (summary != null) {
                SummaryFile.append(summary, ProblemTable.markdown(result.diagnostics(), prefix(site), sourceUrl,
                        file -> isSiteFile(site, file), firstFiles));
            }
            long warnings = result.diagnostics().size() - errors;
            if (errors > 0) {
                err.println(counts(result, errors));
                return Main.CONTENT_ERRORS;
            }
            Messages words = result.messages();
            out.println(warnings > 0
                    ? words.message("report.checked/warnings", result.pages(), words.count("report.warnings", warnings))
                    : words.message("report.checked", result.pages()));
            return Main.OK;
        } finally {
            Staging.deleteTree(temp);
        }
    }

    /** The non-blank lines of a list file, trimmed. */
    private static Set<String> lines(String option, Path file) {
        try {
            Set<String> lines = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) if (!line.isBlank()) lines.add(line.strip());
            return lines;
        } catch (IOException | UncheckedIOException e) {
            throw new UsageError(option + ": cannot read " + file + ".");
        }
    }

    /** Whether a diagnostic's file (relative to the site) is a file there, not an option such as {@code --base-url}. */
    private static boolean isSiteFile(Path site, String file) {
        try {
            return new SiteFiles(site).isFile(site.resolve(file));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
