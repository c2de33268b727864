package vn.vungcao.ssg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.source.Suggestions;

/**
 * The command line: {@code build}, {@code check}, {@code serve}, {@code new}, {@code bench}, {@code changes}. Exit
 * codes: 0 success, 1 content errors, 2 usage errors, 3 an internal error (a bug: reported in one
 * line, never as a stack trace).
 */
public final class Main {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, utf8(System.out), utf8(System.err));
        if (code != OK) System.exit(code);
    }

    private static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Supplier<Command>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("changes", ChangesCommand::new);
        String first = args.length > 0 ? args[0] : null;
        if ("-h".equals(first) || "--help".equals(first)) {
            out.print(CommandLine.help(all(commands)));
            return OK;
        }
        if ("-V".equals(first) || "--version".equals(first)) {
            out.println(CommandLine.VERSION);
            return OK;
        }
        Supplier<Command> chosen = first == null ? null : commands.get(first);
        if (chosen == null) {
            err.println(first == null ? "error: missing command: try 'build'."
                    : "error: unknown command '" + DiagnosticPrinter.printable(first) + "'; "
                    + (Suggestions.nearest(first, commands.keySet()) != null
                            ? "did you mean '" + Suggestions.nearest(first, commands.keySet()) + "'? " : "")
                    + "the commands are " + String.join(", ", commands.keySet()) + ".");
            err.print(CommandLine.help(all(commands)));
            return USAGE;
        }
        return CommandLine.run(chosen.get(), args, out, err);
    }

    private static Map<String, Command> all(Map<String, Supplier<Command>> commands) {
        Map<String, Command> all = new LinkedHashMap<>();
        commands.forEach((name, make) -> all.put(name, make.get()));
        return all;
    }
}
