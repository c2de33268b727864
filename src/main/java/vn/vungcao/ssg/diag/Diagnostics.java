package vn.vungcao.ssg.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one build. Stages add to it and go on, so one run reports every
 * mistake. A diagnostic is added by its key ({@code field.unknown}, or a variant of its code such
 * as {@code config.bad-bank/account}: the code is what comes before the {@code /}) and the
 * arguments of its message, which {@link Messages} words in the site's language: set it with
 * {@link #language} as soon as the config says it (Vietnamese until then). Thread-safe: stages
 * that run in parallel may add at the same time.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();
    private volatile Messages messages;

    /** A collector in the default language (Vietnamese). */
    public Diagnostics() {
        this(Messages.of(Messages.LANGUAGES.get(0)));
    }

    /** A collector whose messages are in {@code language} ({@code vi}, {@code en}). */
    public static Diagnostics in(String language) {
        return new Diagnostics(Messages.of(language));
    }

    private Diagnostics(Messages messages) {
        this.messages = messages;
    }

    /** Words the messages added from now on in {@code language} ({@code vi}, {@code en}). */
    public void language(String language) {
        this.messages = Messages.of(language);
    }

    /** The catalog the messages are worded from. */
    public Messages messages() {
        return messages;
    }

    /** A new, empty collector in the same language (for what one file or one worker finds). */
    public Diagnostics fork() {
        return new Diagnostics(messages);
    }

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    /** Adds every one of {@code diagnostics}, in their order. */
    public synchronized void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    /** Adds the error {@code key} at {@code position}, worded with {@code args}. */
    public void error(String key, Position position, Object... args) {
        add(Diagnostic.error(code(key), position, messages.message(key, args), messages.hint(key, args)));
    }

    /** Adds the warning {@code key} at {@code position}, worded with {@code args}. */
    public void warning(String key, Position position, Object... args) {
        add(Diagnostic.warning(code(key), position, messages.message(key, args), messages.hint(key, args)));
    }

    private static String code(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
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
        List<Diagnostic> all = new ArrayList<>(items);
        all.sort(null);
        // a repeat is among those that sort as equal to it, just before it: no hashing of every diagnostic
        List<Diagnostic> distinct = new ArrayList<>(all.size());
        int equalFrom = 0;
        for (Diagnostic d : all) {
            if (!distinct.isEmpty() && distinct.get(distinct.size() - 1).compareTo(d) != 0) equalFrom = distinct.size();
            if (!distinct.subList(equalFrom, distinct.size()).contains(d)) distinct.add(d);
        }
        return List.copyOf(distinct);
    }
}
