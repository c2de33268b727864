package vn.vungcao.ssg.diag;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Writes diagnostics for a person at a terminal, or as GitHub workflow annotations. */
public interface DiagnosticPrinter {

    void print(List<Diagnostic> diagnostics, PrintStream out);

    /**
     * {@code text} with its control characters shown escaped ({@code \x1b}): a file name or a
     * value from a pull request must not retitle or clear the terminal that prints it. Line ends
     * and tabs stay.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c != '\n' && c != '\t' && isUnprintable(c);
            if (control && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (out == null) continue;
            if (!control) out.append(c);
            else if (c < 0x100) out.append(String.format("\\x%02x", (int) c));
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out == null ? text : out.toString();
    }

    /**
     * True for a character that changes how a terminal shows text rather than showing itself:
     * control characters, the line and paragraph separators, and the bidirectional overrides and
     * isolates (which make a name read backwards).
     */
    static boolean isUnprintable(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** How many warnings of one code are printed, by default; the others are counted. */
    int WARNINGS_PER_CODE = 10;

    /** The format selected on the command line. */
    enum Format {
        TEXT, GITHUB;

        /**
         * A printer for this format.
         *
         * @param pathPrefix      what makes a diagnostic's file (relative to the site) relative to the repository
         * @param warningsPerCode in text, how many warnings of one code are printed (errors are all printed)
         * @param firstFiles      for GitHub, the repository paths whose problems are annotated first (the pull request's files)
         * @param words           the catalog of the site's language, for the printer's own words
         */
        public DiagnosticPrinter printer(String pathPrefix, int warningsPerCode, Set<String> firstFiles, Messages words) {
            return this == TEXT ? new TextPrinter(warningsPerCode, words) : new GithubPrinter(pathPrefix, firstFiles, words);
        }
    }

    /**
     * What to print of {@code diagnostics}: every error, and of the warnings of each code, the first
     * {@code limit} in their order; with, for each code of more, how many there are in all.
     */
    static Shown shown(List<Diagnostic> diagnostics, int limit) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Diagnostic d : diagnostics) if (!d.isError()) counts.merge(d.code(), 1, Integer::sum);
        Map<String, Integer> seen = new HashMap<>();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.isError() || seen.merge(d.code(), 1, Integer::sum) <= limit) kept.add(d);
        }
        Map<String, Integer> more = new TreeMap<>();
        counts.forEach((code, n) -> {
            if (n > limit) more.put(code, n);
        });
        return new Shown(List.copyOf(kept), more);
    }

    /** The diagnostics to print, and each warning code with more than were printed, with its whole count. */
    record Shown(List<Diagnostic> printed, Map<String, Integer> countsOfMore) {
    }

    /**
     * {@code diagnostics} with those on {@code firstFiles} (repository paths, which
     * {@code pathPrefix} + a diagnostic's file makes) first; each part keeps its order.
     */
    static List<Diagnostic> filesFirst(List<Diagnostic> diagnostics, String pathPrefix, Set<String> firstFiles) {
        if (firstFiles.isEmpty()) return diagnostics;
        List<Diagnostic> first = new ArrayList<>();
        List<Diagnostic> rest = new ArrayList<>();
        for (Diagnostic d : diagnostics) (firstFiles.contains(pathPrefix + d.position().file()) ? first : rest).add(d);
        first.addAll(rest);
        return first;
    }

    /**
     * {@code content/news/x.md:3:7: error [field.unknown] ...} then an indented hint; a warning code
     * given more often than the limit is announced once ({@code 8000 × child.full-name}), its first
     * ones shown with the hint once, and the rest counted.
     */
    final class TextPrinter implements DiagnosticPrinter {
        private final int limit;
        private final Messages words;

        /** Prints {@code limit} warnings of each code, and its own words from {@code words}. */
        public TextPrinter(int limit, Messages words) {
            this.limit = limit;
            this.words = words;
        }

        /** Prints every diagnostic. */
        public TextPrinter(Messages words) {
            this(Integer.MAX_VALUE, words);
        }

        @Override
        public void print(List<Diagnostic> diagnostics, PrintStream out) {
            Shown shown = shown(diagnostics, limit);
            Set<String> seen = new HashSet<>();
            for (Diagnostic d : shown.printed()) {
                Integer all = shown.countsOfMore().get(d.code());
                boolean first = seen.add(d.code());
                if (all != null && first) out.println(words.message("report.group", all, d.code(), limit));
                out.println(printable(d.toString()));
                if (!d.hint().isEmpty() && (all == null || first)) out.println("    " + words.message("report.hint", printable(d.hint())));
            }
            shown.countsOfMore().forEach((code, all) -> out.println(words.message("report.group-more", all - limit, code)));
        }
    }

    /**
     * {@code ::error file=…,line=…,col=…,title=…::message}, with paths prefixed so they are
     * relative to the repository root: one annotation for every problem, so that each file shows
     * its own. GitHub keeps only the first {@value #GITHUB_SHOWN} error and {@value #GITHUB_SHOWN}
     * warning annotations of a step and drops the others (they stay in the log), so the problems on
     * the pull request's own files come first, and when there are more, a notice says how many
     * and where the rest are: the job summary's table.
     */
    final class GithubPrinter implements DiagnosticPrinter {
        /** How many annotations of each kind GitHub shows for one step. */
        public static final int GITHUB_SHOWN = 10;

        private final String pathPrefix;
        private final Set<String> firstFiles;
        private final Messages words;

        public GithubPrinter(String pathPrefix, Set<String> firstFiles, Messages words) {
            this.pathPrefix = pathPrefix == null ? "" : pathPrefix;
            this.firstFiles = Set.copyOf(firstFiles);
            this.words = words;
        }

        @Override
        public void print(List<Diagnostic> diagnostics, PrintStream out) {
            for (Diagnostic d : filesFirst(diagnostics, pathPrefix, firstFiles)) {
                StringBuilder line = new StringBuilder("::").append(d.isError() ? "error" : "warning");
                line.append(" file=").append(property(pathPrefix + d.position().file()));
                if (d.position().line() > 0) line.append(",line=").append(d.position().line());
                if (d.position().column() > 0) line.append(",col=").append(d.position().column());
                line.append(",title=").append(property(d.code()));
                String message = d.hint().isEmpty() ? d.message() : d.message() + "\n" + d.hint();
                line.append("::").append(data(message));
                out.println(line);
            }
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            long warnings = diagnostics.size() - errors;
            if (errors > GITHUB_SHOWN || warnings > GITHUB_SHOWN) {
                out.println("::notice title=" + property(words.message("report.github-more.title")) + "::"
                        + data(words.message("report.github-more", words.count("report.errors", errors),
                        words.count("report.warnings", warnings), GITHUB_SHOWN)));
            }
        }

        // GitHub's workflow-command escaping rules, after the other control characters are shown escaped
        private static String data(String s) {
            return printable(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
        }

        private static String property(String s) {
            return data(s).replace(":", "%3A").replace(",", "%2C");
        }
    }
}
