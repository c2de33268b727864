package vn.vungcao.ssg.diag;

import java.io.PrintStream;
import java.util.List;

/** Writes diagnostics for a person at a terminal, or as GitHub workflow annotations. */
public interface DiagnosticPrinter {

    void print(List<Diagnostic> diagnostics, PrintStream out);

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
                out.println(d);
                if (!d.hint().isEmpty()) out.println("    hint: " + d.hint());
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

        // GitHub's workflow-command escaping rules
        private static String data(String s) {
            return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        }

        private static String property(String s) {
            return data(s).replace(":", "%3A").replace(",", "%2C");
        }
    }
}
