package vn.vungcao.ssg.search;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.view.Views;

/**
 * The search files kept between builds of a preview, each with the documents it was made from:
 * when the documents are equal, so are the bytes, and the index is not built again. The documents
 * themselves are kept too, each with the views and records it was made from, so that an unchanged
 * record gives the very same document (and comparing the lists costs little). Thread-safe.
 */
public final class SearchCache {

    /** Files made from the documents {@code key}, and the hash that names them. */
    record Entry(Object key, List<byte[]> bytes, String hash) {
    }

    private record Made(List<Object> inputs, Object value) {
    }

    /**
     * The code map made from these very children and views: each child's key and card, in order, and
     * the places of the children whose key an earlier child already has (they are not in the map);
     * {@code support} holds each child's months of support as the card shows them ("" for none);
     * {@code prefixes} the letters the keys start with.
     */
    record Codes(List<Child> children, List<Views.ChildView> views, List<String> support,
                 UiText text, List<String> keys, List<CodeMap.Card> cards, CodeMap map,
                 List<Integer> ambiguous, List<String> prefixes) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile Codes codes;
    private final WordIndex.Terms terms = new WordIndex.Terms();

    /** The word index's terms as the last build left them (used by the build's thread only). */
    WordIndex.Terms terms() {
        return terms;
    }

    Codes codes() {
        return codes;
    }

    void codes(Codes made) {
        codes = made;
    }

    /** By kind of value, then by the identity of its first input. */
    private Map<String, Map<Object, Made>> previous = new HashMap<>();
    private Map<String, Map<Object, Made>> current = new HashMap<>();

    Entry get(String file, Object key) {
        Entry e = entries.get(file);
        return e != null && e.key().equals(key) ? e : null;
    }

    void put(String file, Entry entry) {
        entries.put(file, entry);
    }

    /** Keeps last build's values of {@code kind} for the next build, though this one did not ask for them. */
    synchronized void keep(String kind) {
        Map<Object, Made> last = previous.get(kind);
        if (last != null) current.put(kind, last);
    }

    /** Starts a build: documents the last build did not use are forgotten. */
    synchronized void nextBuild() {
        previous = current;
        current = new HashMap<>();
        // sized as last time: growing a map of some 10,000 entries step by step costs more than the look-ups
        previous.forEach((kind, map) -> current.put(kind, new IdentityHashMap<>(map.size())));
    }

    /**
     * The value last made from these very inputs (compared by identity; the first names it), else
     * the one {@code make} gives.
     */
    @SuppressWarnings("unchecked")
    synchronized <T> T made(String kind, List<Object> inputs, Supplier<T> make) {
        Object owner = inputs.get(0);
        Made m = previous.getOrDefault(kind, Map.of()).get(owner);
        boolean same = m != null && m.inputs().size() == inputs.size();
        for (int i = 1; same && i < inputs.size(); i++) same = m.inputs().get(i) == inputs.get(i);
        if (!same) m = new Made(inputs, make.get());
        current.computeIfAbsent(kind, k -> new IdentityHashMap<>()).put(owner, m);
        return (T) m.value();
    }
}
