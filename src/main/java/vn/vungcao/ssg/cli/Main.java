package vn.vungcao.ssg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code build}, {@code check}, {@code new}, {@code bench}. Exit codes: 0 success, 1 content errors,
 * 2 usage errors, 3 an internal error (a bug: reported in one line, never as a stack trace).
 */
@Command(name = "vungcao", mixinStandardHelpOptions = true, version = "vungcao-site 0.1",
        description = "Builds the website of the club Vì trẻ em vùng cao Thanh Hóa from content/ and site-config.yml.")
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args, utf8(System.out), utf8(System.err));
        if (code != OK) System.exit(code);
    }

    private static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main());
        // picocli reads every command's annotations when it is added: add only the one being run
        // (all of them for help, a typo or a missing command), which a cold start notices
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("bench", BenchCommand::new);
        Supplier<Object> chosen = args.length > 0 ? commands.get(args[0]) : null;
        if (chosen != null) cli.addSubcommand(args[0], chosen.get());
        else commands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("internal error: " + e + " (this is a bug in the generator, not in your content; please report it)");
            if (System.getenv("VUNGCAO_DEBUG") != null) e.printStackTrace(err);
            return INTERNAL;
        });
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommand() instanceof CommandStreams o) o.streams(out, err);
        }
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'build'.");
    }
}
