package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;
import vn.vungcao.ssg.preview.PreviewBuild;

/** {@code build}: the site into its output folder, atomically. */
final class BuildCommand extends SiteOptions {

    Path output;
    boolean fresh;
    boolean preview;

    @Override
    String name() {
        return "build";
    }

    @Override
    String description() {
        return "Build the site into the output folder. Nothing is written if there is any error.";
    }

    @Override
    List<Option> options() {
        return join(siteOptions(), List.of(
                new Option("--out", "DIR", "The output folder (default: <site>/public).", v -> output = path("--out", v)),
                Option.flag("--fresh", "Make everything again: take nothing from <site>/.cache/ but resized images.",
                        () -> fresh = true),
                Option.flag("--preview", "Write the site in the form that opens from disk (file://): links relative to each"
                        + " page, folders as index.html. For a pull request's preview; never publish it.", () -> preview = true)));
    }

    @Override
    int call() throws IOException {
        Path target = output != null ? output : site.resolve("public");
        BuildOptions options = new BuildOptions(site, target, baseUrl, drafts, future, Instant.now(), threadCount())
                .withFresh(fresh);
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = preview ? PreviewBuild.build(options) : SiteBuilder.build(options);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long errors = print(result);
        long warnings = result.diagnostics().size() - errors;
        Messages words = result.messages();
        if (result.hasErrors()) {
            err.println(words.message("report.build-failed", words.count("report.errors", errors),
                    words.count("report.warnings", warnings), target.toAbsolutePath().normalize()));
            return Main.CONTENT_ERRORS;
        }
        String stages = result.stageMillis().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
        String kept = result.rendered() < result.pages()
                ? words.message("report.built/kept", result.rendered(), result.pages() - result.rendered()) : "";
        out.println(words.message("report.built", result.pages(), result.files(), result.bytes() / 1024, kept,
                target.toAbsolutePath().normalize(), millis, stages,
                warnings > 0 ? words.message("report.built/warnings", words.count("report.warnings", warnings)) : ""));
        return Main.OK;
    }
}
