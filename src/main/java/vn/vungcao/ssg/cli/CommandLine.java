package vn.vungcao.ssg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.source.Suggestions;

/**
 * Reads the words after the command's name into the command's options and arguments: options
 * as {@code --name VALUE} or {@code --name=VALUE}, flags as {@code --name}, arguments by their
 * place (after {@code --}, every word is one), and {@code -h}/{@code --help} and
 * {@code -V}/{@code --version} anywhere before it. Mistakes are
 * usage errors (exit code 2) that name the word, suggest the nearest option ("did you mean") and
 * point at the help.
 *
 * <p>Written here rather than with picocli: the reader is these few lines over the commands' own
 * option lists, and picocli 4.7.7 (a 418 KB jar) spent about 90 ms of a cold JVM reading a
 * command's annotations before parsing five options (C1 only, as the launcher runs), where this
 * takes under a millisecond; a one-shot build of the example takes 0.5 s in all.
 */
final class CommandLine {

    static final String VERSION = "vungcao-site 0.1";
    static final String ABOUT = "Builds the website of the club Vì trẻ em vùng cao Thanh Hóa from content/ and site-config.yml.";

    private CommandLine() {
    }

    /** Parses {@code words} (the command's name first) into {@code command}, then runs it; returns the exit code. */
    static int run(Command command, String[] words, PrintStream out, PrintStream err) {
        command.out = out;
        command.err = err;
        try {
            if (!parse(command, words, out)) return Main.OK;
        } catch (Command.UsageError e) {
            err.println("error: " + e.getMessage());
            err.println("Try 'vungcao " + command.name() + " --help' for its options.");
            return Main.USAGE;
        }
        try {
            return command.call();
        } catch (Command.UsageError e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        } catch (Exception | Error e) {
            // an Error too (out of memory, a stack overflow): one line and exit code 3, never a stack trace
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            err.println("internal error: " + e + " (this is a bug in the generator, not in your content; please report it)");
            if (System.getenv("VUNGCAO_DEBUG") != null) e.printStackTrace(err);
            return Main.INTERNAL;
        }
    }

    /** Sets the options and arguments; false when the words asked for the help or the version, which were printed. */
    private static boolean parse(Command command, String[] words, PrintStream out) {
        List<Command.Option> options = command.options();
        List<Command.Argument> arguments = command.arguments();
        int argument = 0;
        boolean onlyArguments = false;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (!onlyArguments && word.equals("--")) {
                // what follows is arguments, even when it starts with '-' (a title such as "-30 °C ở Mường Lát")
                onlyArguments = true;
                continue;
            }
            if (onlyArguments) {
                if (argument >= arguments.size()) throw new Command.UsageError("unexpected '" + word + "'.");
                arguments.get(argument++).set().accept(word);
                continue;
            }
            if (word.equals("-h") || word.equals("--help")) {
                out.print(help(command));
                return false;
            }
            if (word.equals("-V") || word.equals("--version")) {
                out.println(VERSION);
                return false;
            }
            if (word.startsWith("-") && word.length() > 1) {
                int equals = word.indexOf('=');
                String name = equals < 0 ? word : word.substring(0, equals);
                Command.Option option = options.stream().filter(o -> o.name().equals(name)).findFirst()
                        .orElseThrow(() -> {
                            String near = Suggestions.nearest(name, options.stream().map(Command.Option::name).toList());
                            return new Command.UsageError("unknown option '" + DiagnosticPrinter.printable(name) + "'"
                                    + (near == null ? "." : "; did you mean '" + near + "'?"));
                        });
                if (option.value() == null) {
                    if (equals >= 0) throw new Command.UsageError(name + " takes no value.");
                    option.set().accept("");
                } else if (equals >= 0) {
                    option.set().accept(word.substring(equals + 1));
                } else if (i + 1 < words.length && !words[i + 1].startsWith("--")) {
                    option.set().accept(words[++i]);
                } else {
                    throw new Command.UsageError(name + " needs a value: " + name + " " + option.value() + ".");
                }
            } else if (argument < arguments.size()) {
                arguments.get(argument++).set().accept(word);
            } else {
                throw new Command.UsageError("unexpected '" + word + "'.");
            }
        }
        if (argument < arguments.size()) {
            throw new Command.UsageError("missing " + arguments.get(argument).label() + ": "
                    + arguments.get(argument).description());
        }
        return true;
    }

    /** A command's help: its usage line, what it does, its arguments and options. */
    static String help(Command command) {
        List<String[]> rows = new ArrayList<>();
        for (Command.Argument a : command.arguments()) rows.add(new String[] {a.label(), a.description()});
        for (Command.Option o : command.options()) {
            rows.add(new String[] {o.value() == null ? o.name() : o.name() + " " + o.value(), o.description()});
        }
        rows.add(new String[] {"-h, --help", "Show this help and exit."});
        rows.add(new String[] {"-V, --version", "Print the version and exit."});
        return "Usage: " + command.usage() + "\n" + command.description() + "\n\n" + table(rows);
    }

    /** The help of the whole command line: what it is and its commands. */
    static String help(Map<String, Command> commands) {
        List<String[]> rows = new ArrayList<>();
        commands.forEach((name, c) -> rows.add(new String[] {name, c.description()}));
        return "Usage: vungcao COMMAND [options]\n" + ABOUT + "\n\n" + table(rows)
                + "\n'vungcao COMMAND --help' shows a command's options.\n";
    }

    private static String table(List<String[]> rows) {
        int width = 0;
        for (String[] r : rows) width = Math.max(width, r[0].length());
        StringBuilder s = new StringBuilder();
        for (String[] r : rows) {
            s.append("  ").append(r[0]).append(" ".repeat(width - r[0].length() + 3)).append(r[1]).append('\n');
        }
        return s.toString();
    }
}
