package vn.vungcao.ssg.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the checks of single records (one child's fields, one child's code) found at the last
 * build of a preview: a record given again (the very same instance, as the content loader gives
 * for every unchanged file) gets last time's value and diagnostics without being checked again,
 * so that a rebuild after one edit checks one file, not ten thousand. A check's kind names its
 * settings (the allowed fields, the language of the messages): when they are not equal to last
 * time's, every record is checked again. Records not given in a build are forgotten at the next.
 * A one-shot build has none ({@link #check} with {@code null} checks every record). Thread-safe.
 */
public final class RecordChecks {

    private record Kind(Object settings, Messages messages, Map<Object, Found> previous, Map<Object, Found> current,
                        Each each) {
        /** Whether these settings are last time's: the very same (as every record of a build gives) or equal. */
        boolean holds(Object now, Messages words) {
            return messages == words && (settings == now || Objects.equals(settings, now));
        }
    }

    private record Found(Object value, List<Diagnostic> diagnostics) {
    }

    /** What {@link #checkEach} gave for a list of records: the list, the values in its order, and every diagnostic. */
    private record Each(List<?> records, List<?> values, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Kind> kinds = new HashMap<>();

    /** Starts a build: what the last build did not ask for is forgotten. */
    public synchronized void nextBuild() {
        kinds.replaceAll((name, k) -> new Kind(k.settings(), k.messages(), k.current(), new IdentityHashMap<>(k.current().size()),
                k.each()));
    }

    /**
     * What {@code check} gives for {@code record}, its diagnostics added to {@code into}: taken from
     * the last build when {@code checks} is not null, the record is the very same and the settings
     * are equal; else checked now.
     */
    public static <T> T check(RecordChecks checks, String kind, Object settings, Object record, Diagnostics into,
                              Function<Diagnostics, T> check) {
        if (checks == null) return check.apply(into);
        return checks.checked(kind, settings, record, into, check);
    }

    /**
     * {@link #check} for each of {@code records}, the values in their order. The very list of the
     * last build (no record of it changed, as the children's after a news edit) with equal settings
     * gives last time's values and diagnostics at once, without a look-up per record.
     */
    public static <R, T> List<T> checkEach(RecordChecks checks, String kind, Object settings, List<R> records,
                                           Diagnostics into, BiFunction<R, Diagnostics, T> check) {
        if (checks == null) {
            List<T> values = new ArrayList<>(records.size());
            for (R r : records) values.add(check.apply(r, into));
            return values;
        }
        return checks.checkedEach(kind, settings, records, into, check);
    }

    @SuppressWarnings("unchecked")
    private <R, T> List<T> checkedEach(String name, Object settings, List<R> records, Diagnostics into,
                                       BiFunction<R, Diagnostics, T> check) {
        Kind kind;
        Each last;
        synchronized (this) {
            kind = kind(name, settings, into.messages());
            last = kind.each();
            if (last != null && last.records() == records) {
                // the same records, so the same verdicts: last time's are this build's, kept as they are
                kinds.put(name, new Kind(kind.settings(), kind.messages(), kind.previous(), kind.previous(), last));
            }
        }
        if (last != null && last.records() == records) {
            into.addAll(last.diagnostics());
            return (List<T>) last.values();
        }
        List<T> values = new ArrayList<>(records.size());
        List<Diagnostic> all = new ArrayList<>();
        Found[] found = new Found[records.size()];
        synchronized (this) {
            for (int i = 0; i < found.length; i++) found[i] = kind.previous().get(records.get(i));
        }
        for (int i = 0; i < found.length; i++) {
            if (found[i] == null) {
                Diagnostics own = into.fork();
                Object value = check.apply(records.get(i), own);
                found[i] = new Found(value, own.sorted());
            }
            values.add((T) found[i].value());
            all.addAll(found[i].diagnostics());
        }
        List<T> made = Collections.unmodifiableList(values);
        synchronized (this) {
            for (int i = 0; i < found.length; i++) kind.current().put(records.get(i), found[i]);
            kinds.put(name, new Kind(kind.settings(), kind.messages(), kind.previous(), kind.current(),
                    new Each(records, made, all)));
        }
        into.addAll(all);
        return made;
    }

    /** The kind {@code name} for a check with these settings and words: last time's if they hold, else a new one. */
    private Kind kind(String name, Object settings, Messages messages) {
        Kind kind = kinds.get(name);
        if (kind == null || !kind.holds(settings, messages)) {
            kind = new Kind(settings, messages, Map.of(), new IdentityHashMap<>(), null);
            kinds.put(name, kind);
        } else if (kind.settings() != settings) {
            kind = new Kind(settings, kind.messages(), kind.previous(), kind.current(), kind.each()); // equal: compared once a build
            kinds.put(name, kind);
        }
        return kind;
    }

    @SuppressWarnings("unchecked")
    private <T> T checked(String name, Object settings, Object record, Diagnostics into, Function<Diagnostics, T> check) {
        Kind kind;
        Found found;
        synchronized (this) {
            kind = kind(name, settings, into.messages());
            found = kind.previous().get(record);
        }
        if (found == null) {
            Diagnostics own = into.fork();
            Object value = check.apply(own);
            found = new Found(value, own.sorted());
        }
        synchronized (this) {
            kind.current().put(record, found);
        }
        for (Diagnostic d : found.diagnostics()) into.add(d);
        return (T) found.value();
    }
}
