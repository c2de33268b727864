package vn.vungcao.ssg.diag;

import java.util.Comparator;

/**
 * One problem found in the site's input, in plain words.
 *
 * @param severity error or warning
 * @param code     a stable identifier such as {@code child.field-refused}; the editors' guide
 *                 explains each one
 * @param position where the problem is
 * @param message  what is wrong, in one sentence
 * @param hint     how to fix it, or {@code ""}
 */
public record Diagnostic(Severity severity, String code, Position position, String message, String hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (severity == null || code == null || position == null || message == null) {
            throw new IllegalArgumentException("severity, code, position and message are required");
        }
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(String code, Position position, String message, String hint) {
        return new Diagnostic(Severity.ERROR, code, position, message, hint);
    }

    public static Diagnostic warning(String code, Position position, String message, String hint) {
        return new Diagnostic(Severity.WARNING, code, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:col: error [code] message} (the hint is not included). */
    @Override
    public String toString() {
        return position + ": " + severity.label() + " [" + code + "] " + message;
    }
}
