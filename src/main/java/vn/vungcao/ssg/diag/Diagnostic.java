package vn.vungcao.ssg.diag;

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
        // by position, severity, code and message; written out, as every rebuild sorts some thousands
        int c = position.compareTo(other.position);
        if (c == 0) c = severity.compareTo(other.severity);
        if (c == 0) c = code.compareTo(other.code);
        return c != 0 ? c : message.compareTo(other.message);
    }

    /** {@code file:line:col: error [code] message} (the hint is not included). */
    @Override
    public String toString() {
        return position + ": " + severity.label() + " [" + code + "] " + message;
    }
}
