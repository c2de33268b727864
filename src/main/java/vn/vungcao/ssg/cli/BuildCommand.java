package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vungcao.ssg.build.BuildOptions;
import vn.vungcao.ssg.build.BuildResult;
import vn.vungcao.ssg.build.SiteBuilder;
import vn.vungcao.ssg.build.UsageException;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.DiagnosticPrinter;

/** {@code build}: the site into its output folder, atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into the output folder. Nothing is written if there is any error.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--site", description = "The site folder (default: the current folder).", defaultValue = ".")
    Path site;

    @Option(names = "--out", description = "The output folder (default: <site>/public).")
    Path out;

    @Option(names = "--base-url", description = "The URL the site is published at, overriding site-config.yml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Also publish news posts marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Also publish news posts dated in the future.")
    boolean future;

    @Option(names = "--format", description = "How to print problems: ${COMPLETION-CANDIDATES} (default: text).",
            defaultValue = "text", converter = FormatConverter.class)
    DiagnosticPrinter.Format format;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores, at most 8).")
    Integer threads;

    private PrintStream out0 = System.out;
    private PrintStream err = System.err;

    void streams(PrintStream out, PrintStream err) {
        this.out0 = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Path output = out != null ? out : site.resolve("public");
        BuildOptions options = new BuildOptions(site, output, baseUrl, drafts, future, Instant.now(),
                threads != null ? Math.max(1, threads) : BuildOptions.defaultThreads());
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = SiteBuilder.build(options);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Diagnostic> diagnostics = result.diagnostics();
        format.printer(prefix(site)).print(diagnostics, err);
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (result.hasErrors()) {
            err.println(errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                    + (warnings == 1 ? " warning" : " warnings") + ": nothing was published; "
                    + output + " is unchanged.");
            return Main.CONTENT_ERRORS;
        }
        String stages = result.stageMillis().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
        out0.println("Built " + result.pages() + " pages (" + result.files() + " files, "
                + (result.bytes() / 1024) + " KB) into " + output + " in " + millis + " ms (" + stages + ")"
                + (warnings > 0 ? ", with " + warnings + (warnings == 1 ? " warning" : " warnings") : "") + ".");
        return Main.OK;
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
