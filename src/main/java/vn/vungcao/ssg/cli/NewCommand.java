package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.vungcao.ssg.config.ConfigLoader;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.scaffold.Scaffold;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlReader;

/** {@code new news "Tiêu đề"}, {@code new child ML-0124 --school ban-on}, {@code new school}, {@code new campaign}. */
final class NewCommand extends Command {

    String kind;
    String name;
    String school;
    Path site = Path.of(".");
    String date;

    @Override
    String name() {
        return "new";
    }

    @Override
    String description() {
        return "Write a new content file from the theme's archetype, with today's date. Never overwrites.";
    }

    @Override
    List<Argument> arguments() {
        return List.of(new Argument("KIND", "What to create: news, child, school or campaign.", v -> kind = v),
                new Argument("NAME", "The title (news, school, campaign) or the code (child).", v -> name = v));
    }

    @Override
    List<Option> options() {
        return List.of(new Option("--school", "SLUG", "The school slug of a new child.", v -> school = v),
                new Option("--site", "DIR", "The site folder (default: the current folder).", v -> site = path("--site", v)),
                new Option("--date", "YYYY-MM-DD", "The date to write (default: today in the site's time zone).", v -> date = v));
    }


    @Override
    int call() throws IOException {
        Scaffold.Kind k;
        try {
            k = Scaffold.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("error: cannot create '" + DiagnosticPrinter.printable(kind) + "'; choose news, child, school or campaign.");
            return Main.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = ConfigLoader.load(site, new SourceReader(site), new YamlReader(), diagnostics);
        if (config.isEmpty()) {
            new DiagnosticPrinter.TextPrinter(diagnostics.messages()).print(diagnostics.sorted(), err);
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
