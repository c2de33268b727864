package vn.vungcao.ssg.diag;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private record Kind(Object settings, Messages messages, Map<Object, Found> previous, Map<Object, Found> current) {
        /** Whether these settings are last time's: the very same (as every record of a build gives) or equal. */
        boolean holds(Object now, Messages words) {
            return messages == words && (settings == now || Objects.equals(settings, now));
        }
    }

    private record Found(Object value, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Kind> kinds = new HashMap<>();

    /** Starts a build: what the last build did not ask for is forgotten. */
    public synchronized void nextBuild() {
        kinds.replaceAll((name, k) -> new Kind(k.settings(), k.messages(), k.current(), new IdentityHashMap<>(k.current().size())));
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

    @SuppressWarnings("unchecked")
    private <T> T checked(String name, Object settings, Object record, Diagnostics into, Function<Diagnostics, T> check) {
        Kind kind;
        Found found;
        synchronized (this) {
            kind = kinds.get(name);
            if (kind == null || !kind.holds(settings, into.messages())) {
                kind = new Kind(settings, into.messages(), Map.of(), new IdentityHashMap<>());
                kinds.put(name, kind);
            } else if (kind.settings() != settings) {
                kind = new Kind(settings, kind.messages(), kind.previous(), kind.current()); // equal: compared once a build
                kinds.put(name, kind);
            }
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
