package vn.vungcao.ssg.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one build. Stages add to it and go on, so one run reports every
 * mistake. Thread-safe: stages that run in parallel may add at the same time.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(String code, Position position, String message, String hint) {
        add(Diagnostic.error(code, position, message, hint));
    }

    public void warning(String code, Position position, String message, String hint) {
        add(Diagnostic.warning(code, position, message, hint));
    }

    public synchronized boolean hasErrors() {
        for (Diagnostic d : items) {
            if (d.isError()) return true;
        }
        return false;
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }

    /** Every diagnostic so far, sorted by position, without duplicates. */
    public synchronized List<Diagnostic> sorted() {
        // most files have nothing to report: no stream for them
        if (items.isEmpty()) return List.of();
        return items.stream().distinct().sorted().toList();
    }
}
