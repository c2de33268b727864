package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.vungcao.ssg.review.ChangesTable;
import vn.vungcao.ssg.review.SiteChanges;
import vn.vungcao.ssg.review.SummaryFile;

/**
 * {@code changes}: what a pull request changes on the site, from two output folders of
 * {@code build} (the base branch's content and the pull request's, built by the same
 * generator), as a Markdown summary in Vietnamese for the editors.
 */
final class ChangesCommand extends Command {

    Path before;
    Path after;
    Path summary;
    String baseName;
    String previewUrl;

    @Override
    String name() {
        return "changes";
    }

    @Override
    String description() {
        return "Compare two built sites (before and after a pull request) and list the pages added, changed and removed.";
    }

    @Override
    List<Option> options() {
        return List.of(
                new Option("--before", "DIR", "The site built from the base branch's content (required).", v -> before = path("--before", v)),
                new Option("--after", "DIR", "The site built from the pull request's content (required).", v -> after = path("--after", v)),
                new Option("--summary", "FILE", "Append the Markdown summary to FILE (such as $GITHUB_STEP_SUMMARY) instead of printing it.",
                        v -> summary = file("--summary", v)),
                new Option("--base-name", "NAME", "The base branch's name, for the summary.", v -> baseName = v),
                new Option("--preview-url", "URL", "Where the preview can be downloaded, for the summary.", v -> previewUrl = v));
    }

    @Override
    int call() throws IOException {
        if (before == null || after == null) throw new UsageError("changes needs --before DIR and --after DIR.");
        for (Path folder : List.of(before, after)) {
            if (!Files.isDirectory(folder)) throw new UsageError(folder + " is not a folder: build the site into it first.");
        }
        SiteChanges changes = SiteChanges.compare(before, after);
        String markdown = ChangesTable.markdown(changes, baseName, previewUrl);
        if (summary == null) {
            out.print(markdown);
            return Main.OK;
        }
        SummaryFile.append(summary, markdown);
        out.println("Pages: " + changes.added().size() + " added, " + changes.changed().size() + " changed, "
                + changes.removed().size() + " removed, " + changes.sharedOnly().size() + " with only their shared parts changed; "
                + (changes.filesAdded().size() + changes.filesChanged().size() + changes.filesRemoved().size())
                + " other files. Summary appended to " + summary + ".");
        return Main.OK;
    }
}
