package vn.vungcao.ssg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;

/** The options that {@code build}, {@code check} and {@code serve} share, and how they report. */
abstract class SiteOptions extends Command {

    Path site = Path.of(".");
    String baseUrl;
    boolean drafts;
    boolean future;
    DiagnosticPrinter.Format format = DiagnosticPrinter.Format.TEXT;
    Integer threads;
    boolean allWarnings;
    /** Repository paths whose problems GitHub annotations show first (the pull request's files). */
    Set<String> firstFiles = Set.of();

    /** {@code --site}, {@code --base-url}, {@code --drafts}, {@code --future}, {@code --format}, {@code --threads}, {@code --all-warnings}. */
    List<Option> siteOptions() {
        return List.of(
                new Option("--site", "DIR", "The site folder (default: the current folder).", v -> site = path("--site", v)),
                new Option("--base-url", "URL", "The URL the site is published at, overriding site-config.yml.", v -> baseUrl = v),
                Option.flag("--drafts", "Also publish news posts marked draft: true.", () -> drafts = true),
                Option.flag("--future", "Also publish news posts dated in the future.", () -> future = true),
                new Option("--format", "text|github", "How to print problems: text or github (default: text).",
                        v -> format = format(v)),
                new Option("--threads", "N", "Worker threads (default: the number of cores, at most 8).",
                        v -> threads = number("--threads", v)),
                Option.flag("--all-warnings", "Print every warning (by default, " + DiagnosticPrinter.WARNINGS_PER_CODE
                        + " of each code and how many more).", () -> allWarnings = true));
    }

    int threadCount() {
        return threads != null ? Math.max(1, threads) : BuildOptions.defaultThreads();
    }

    /** Prints the diagnostics; returns the number of errors. */
    long print(BuildResult result) {
        List<Diagnostic> diagnostics = result.diagnostics();
        format.printer(prefix(site), allWarnings ? Integer.MAX_VALUE : DiagnosticPrinter.WARNINGS_PER_CODE, firstFiles,
                result.messages()).print(diagnostics, err);
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** {@code 2 lỗi, 1 cảnh báo}: the counts of a result's problems, in the site's language. */
    static String counts(BuildResult result, long errors) {
        Messages words = result.messages();
        return words.message("report.check-failed", words.count("report.errors", errors),
                words.count("report.warnings", result.diagnostics().size() - errors));
    }

    /** Paths in diagnostics are relative to the site; GitHub wants them relative to the repository. */
    static String prefix(Path site) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path s = site.toAbsolutePath().normalize();
        if (!s.startsWith(cwd) || s.equals(cwd)) return "";
        return cwd.relativize(s).toString().replace('\\', '/') + "/";
    }

    /** {@code text} or {@code github}. */
    static DiagnosticPrinter.Format format(String value) {
        return switch (value) {
            case "text" -> DiagnosticPrinter.Format.TEXT;
            case "github" -> DiagnosticPrinter.Format.GITHUB;
            default -> throw new UsageError("--format is text or github, not '" + value + "'.");
        };
    }
}
