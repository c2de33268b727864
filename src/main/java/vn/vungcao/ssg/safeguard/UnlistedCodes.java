package vn.vungcao.ssg.safeguard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.text.CodeKey;
import vn.vungcao.ssg.text.CodeSpelling;

/**
 * The codes of children who are not listed (sponsored, graduated, without a status), in every
 * spelling a bank memo or an editor might use ({@link CodeSpelling}: {@code ML-0123},
 * {@code ML0123}, {@code ml 123}, {@code ML – 0123}, {@code NUOIEMML0123}). Such a code may appear
 * only on the child's own page: the statements show it masked, and {@code check} refuses it
 * anywhere else. Immutable and thread-safe.
 */
public final class UnlistedCodes {

    /** What a masked code reads as. */
    public static final String MASK = "[mã em]";

    /** Each unlisted child's {@link CodeKey} to the code as written in its file. */
    private final Map<String, String> codes;
    private final Set<String> prefixes;

    public UnlistedCodes(List<Child> children) {
        Map<String, String> codes = new HashMap<>();
        Set<String> prefixes = new HashSet<>();
        for (Child c : children) {
            if (c.listed()) continue;
            codes.put(CodeKey.of(c.code()).orElse(c.code()), c.code());
            prefixes.add(CodeSpelling.prefix(c.code()));
        }
        this.codes = Map.copyOf(codes);
        this.prefixes = Set.copyOf(prefixes);
    }

    /** True when {@code code} (in any spelling) is an unlisted child's code. */
    public boolean contains(String code) {
        return CodeKey.of(code).map(codes::containsKey).orElse(false);
    }

    /** The text with every unlisted child's code, however it is written, replaced by {@link #MASK}. */
    public String mask(String text) {
        if (codes.isEmpty()) return text;
        StringBuilder out = null;
        int done = 0;
        for (CodeSpelling.Found f : CodeSpelling.find(text, prefixes)) {
            if (!codes.containsKey(f.key())) continue;
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, done, f.start()).append(MASK);
            done = f.end();
        }
        return out == null ? text : out.append(text, done, text.length()).toString();
    }

    /**
     * The first unlisted child's code written in {@code text}, other than {@code own} (a code, or
     * null): the code as its file writes it, and the spelling found.
     */
    public Optional<String[]> find(String text, String own) {
        if (codes.isEmpty()) return Optional.empty();
        String ownKey = own == null ? null : CodeKey.of(own).orElse(null);
        for (CodeSpelling.Found f : CodeSpelling.find(text, prefixes)) {
            if (codes.containsKey(f.key()) && !f.key().equals(ownKey)) {
                return Optional.of(new String[] {codes.get(f.key()), text.substring(f.start(), f.end())});
            }
        }
        return Optional.empty();
    }

    /** As {@link #find(String, String)} with no code of its own. */
    public Optional<String[]> find(String text) {
        return find(text, null);
    }
}
