package vn.vungcao.ssg.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import vn.vungcao.ssg.build.BuildResult;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.DiagnosticPrinter;

/** The options that {@code build}, {@code check} and {@code serve} share, and how they report. */
abstract class SiteOptions extends CommandStreams {

    @Option(names = "--site", description = "The site folder (default: the current folder).", defaultValue = ".")
    Path site;

    @Option(names = "--base-url", description = "The URL the site is published at, overriding site-config.yml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Also publish news posts marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Also publish news posts dated in the future.")
    boolean future;

    @Option(names = "--format", description = "How to print problems: text or github (default: text).",
            defaultValue = "text", converter = FormatConverter.class)
    DiagnosticPrinter.Format format;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores, at most 8).")
    Integer threads;


    int threadCount() {
        return threads != null ? Math.max(1, threads) : vn.vungcao.ssg.build.BuildOptions.defaultThreads();
    }

    /** Prints the diagnostics; returns the number of errors. */
    long print(BuildResult result) {
        List<Diagnostic> diagnostics = result.diagnostics();
        format.printer(prefix(site)).print(diagnostics, err);
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Paths in diagnostics are relative to the site; GitHub wants them relative to the repository. */
    static String prefix(Path site) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path s = site.toAbsolutePath().normalize();
        if (!s.startsWith(cwd) || s.equals(cwd)) return "";
        return cwd.relativize(s).toString().replace('\\', '/') + "/";
    }

    /** {@code text} or {@code github}. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<DiagnosticPrinter.Format> {
        @Override
        public DiagnosticPrinter.Format convert(String value) {
            return DiagnosticPrinter.Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
