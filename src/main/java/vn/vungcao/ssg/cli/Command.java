package vn.vungcao.ssg.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One command of the command line: its name, what it does, the options and arguments it takes
 * (each with what it sets), and what it does when run. Its output goes to {@link #out} and
 * {@link #err}, standard output and error or the streams a test gives.
 */
abstract class Command {

    /**
     * An option: {@code --name VALUE} (also written {@code --name=VALUE}), or a flag when
     * {@code value} is null.
     */
    record Option(String name, String value, String description, Consumer<String> set) {
        static Option flag(String name, String description, Runnable set) {
            return new Option(name, null, description, v -> set.run());
        }
    }

    /** An argument given by its place, which must be there. */
    record Argument(String label, String description, Consumer<String> set) {
    }

    /** A value the command cannot use: a usage error with this message. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    PrintStream out = System.out;
    PrintStream err = System.err;

    abstract String name();

    /** One sentence for the help. */
    abstract String description();

    /** The options, in the order the help lists them. */
    abstract List<Option> options();

    List<Argument> arguments() {
        return List.of();
    }

    /** Runs the command; returns the exit code. */
    abstract int call() throws Exception;

    /** The words of the help's first line: the command and its arguments. */
    String usage() {
        StringBuilder s = new StringBuilder("vungcao ").append(name()).append(" [options]");
        for (Argument a : arguments()) s.append(' ').append(a.label());
        return s.toString();
    }

    static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageError(option + " takes a whole number, not '" + value + "'.");
        }
    }

    static Path path(String option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageError(option + " takes a folder, and '" + value + "' cannot be one.");
        }
    }

    static Path file(String option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageError(option + " takes a file, and '" + value + "' cannot be one.");
        }
    }

    /** A list of options, the first ones before those of a subclass. */
    static List<Option> join(List<Option> first, List<Option> then) {
        List<Option> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }
}
