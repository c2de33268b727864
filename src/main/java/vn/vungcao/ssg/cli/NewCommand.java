package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vungcao.ssg.config.ConfigLoader;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.scaffold.Scaffold;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlReader;

/** {@code new news "Tiêu đề"}, {@code new child ML-0124 --school ban-on}, {@code new school}, {@code new campaign}. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a new content file from the theme's archetype, with today's date. Never overwrites.")
final class NewCommand extends CommandStreams implements Callable<Integer> {

    @Parameters(index = "0", description = "What to create: news, child, school or campaign.")
    String kind;

    @Parameters(index = "1", description = "The title (news, school, campaign) or the code (child).")
    String name;

    @Option(names = "--school", description = "The school slug of a new child.")
    String school;

    @Option(names = "--site", description = "The site folder (default: the current folder).", defaultValue = ".")
    Path site;

    @Option(names = "--date", description = "The date to write (default: today in the site's time zone), YYYY-MM-DD.")
    String date;


    @Override
    public Integer call() throws IOException {
        Scaffold.Kind k;
        try {
            k = Scaffold.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("error: cannot create '" + kind + "'; choose news, child, school or campaign.");
            return Main.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(site, new SourceReader(site), new YamlReader(), diagnostics);
        if (config.isEmpty()) {
            new DiagnosticPrinter.TextPrinter().print(diagnostics.sorted(), err);
            return Main.CONTENT_ERRORS;
        }
        LocalDate today;
        try {
            today = date != null ? LocalDate.parse(date) : LocalDate.now(config.get().timeZone());
        } catch (DateTimeParseException e) {
            err.println("error: --date must be written YYYY-MM-DD.");
            return Main.USAGE;
        }
        Scaffold.Result result = Scaffold.create(site, config.get(), k, name, school, today);
        if (result instanceof Scaffold.Written w) {
            out.println("Wrote " + w.path() + ". Fill it in, then run 'check'.");
            return Main.OK;
        }
        err.println("error: " + ((Scaffold.Refused) result).reason());
        return Main.CONTENT_ERRORS;
    }
}
