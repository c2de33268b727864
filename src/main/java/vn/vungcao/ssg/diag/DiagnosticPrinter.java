package vn.vungcao.ssg.diag;

import java.io.PrintStream;
import java.util.List;

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

    /** The format selected on the command line. */
    enum Format {
        TEXT, GITHUB;

        public DiagnosticPrinter printer(String pathPrefix) {
            return this == TEXT ? new TextPrinter() : new GithubPrinter(pathPrefix);
        }
    }

    /** {@code content/news/x.md:3:7: error [field.unknown] ...} then an indented hint. */
    final class TextPrinter implements DiagnosticPrinter {
        @Override
        public void print(List<Diagnostic> diagnostics, PrintStream out) {
            for (Diagnostic d : diagnostics) {
                out.println(printable(d.toString()));
                if (!d.hint().isEmpty()) out.println("    hint: " + printable(d.hint()));
            }
        }
    }

    /**
     * {@code ::error file=…,line=…,col=…,title=…::message}, with paths prefixed so they are
     * relative to the repository root.
     */
    final class GithubPrinter implements DiagnosticPrinter {
        private final String pathPrefix;

        public GithubPrinter(String pathPrefix) {
            this.pathPrefix = pathPrefix == null ? "" : pathPrefix;
        }

        @Override
        public void print(List<Diagnostic> diagnostics, PrintStream out) {
            for (Diagnostic d : diagnostics) {
                StringBuilder line = new StringBuilder("::").append(d.isError() ? "error" : "warning");
                line.append(" file=").append(property(pathPrefix + d.position().file()));
                if (d.position().line() > 0) line.append(",line=").append(d.position().line());
                if (d.position().column() > 0) line.append(",col=").append(d.position().column());
                line.append(",title=").append(property(d.code()));
                String message = d.hint().isEmpty() ? d.message() : d.message() + "\n" + d.hint();
                line.append("::").append(data(message));
                out.println(line);
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
