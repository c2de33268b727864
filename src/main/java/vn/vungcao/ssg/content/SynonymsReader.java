package vn.vungcao.ssg.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.source.FieldReader;
import vn.vungcao.ssg.source.FrontMatter;
import vn.vungcao.ssg.source.SourceFile;
import vn.vungcao.ssg.source.YamlNode;
import vn.vungcao.ssg.source.YamlReader;
import vn.vungcao.ssg.text.Tokens;

/**
 * Reads {@code content/faq/_synonyms.yml} ({@link FaqSynonyms}): {@code groups:} a list of lists of
 * words, {@code shorthand:} one word to its full form, {@code actions:} the lists {@code club:} and
 * {@code outside:} of what a visitor may want to do ({@link FaqActions}), {@code offtopic:} a list of
 * questions the FAQ does not answer, as visitors asked them. Every mistake is reported with its line and
 * column and reading goes on; a file with any error gives empty, so the build stops on it like on
 * any content error. Stateless and thread-safe.
 */
public final class SynonymsReader {

    /** The file, relative to {@code content/}. */
    public static final String FILE = "faq/_synonyms.yml";

    static final List<String> KEYS = List.of("groups", "shorthand", "actions", "offtopic");

    /** The lists of the {@code actions:} section. */
    static final List<String> ACTION_KEYS = List.of("club", "outside");

    private SynonymsReader() {
    }

    /** The synonyms in {@code file}, or empty when it has mistakes (each reported). */
    public static Optional<FaqSynonyms> read(SourceFile file, YamlReader yaml, Diagnostics diagnostics) {
        Optional<YamlNode.Mapping> mapping = yaml.readMapping(FrontMatter.whole(file), diagnostics);
        if (mapping.isEmpty()) return Optional.empty();
        Diagnostics local = diagnostics.fork();
        FieldReader fields = new FieldReader(mapping.get(), file.path(), local);
        fields.rejectUnknown(KEYS, "term.synonyms");
        Seen seen = new Seen(local);
        List<List<String>> groups = new ArrayList<>();
        fields.sequence("groups").ifPresent(list -> {
            int number = 0;
            for (YamlNode item : list.items()) {
                number++;
                group(item, number, seen, local).ifPresent(groups::add);
            }
        });
        Map<String, String> shorthand = new LinkedHashMap<>();
        fields.mapping("shorthand").ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) shorthand(e, seen, local).ifPresent(full -> shorthand.put(key(e.key()), full));
        });
        FaqActions actions = fields.mapping("actions").map(m -> actions(m, file.path(), local)).orElse(FaqActions.NONE);
        List<String> offtopic = new ArrayList<>();
        fields.sequence("offtopic").ifPresent(list -> {
            for (YamlNode q : list.items()) word(q, "synonyms.bad-word/offtopic", local).ifPresent(offtopic::add);
        });
        local.sorted().forEach(diagnostics::add);
        return local.hasErrors() ? Optional.empty() : Optional.of(new FaqSynonyms(groups, shorthand, actions, offtopic));
    }

    /**
     * The {@code club:} and {@code outside:} lists: each a list of words or phrases; an action may
     * be written once in both (the same once the accents are left out: a question typed without
     * them could not tell one from the other).
     */
    private static FaqActions actions(YamlNode.Mapping mapping, String path, Diagnostics d) {
        FieldReader fields = new FieldReader(mapping, path, d);
        fields.rejectUnknown(ACTION_KEYS, "term.synonyms-actions");
        Map<String, Claimed> seen = new HashMap<>();
        List<List<String>> lists = new ArrayList<>();
        for (String key : ACTION_KEYS) {
            List<String> out = new ArrayList<>();
            fields.sequence(key).ifPresent(list -> {
                for (YamlNode w : list.items()) {
                    Optional<String> action = word(w, "synonyms.bad-word/action", d, key);
                    if (action.isEmpty()) continue;
                    Claimed first = seen.putIfAbsent(String.join(" ", Tokens.terms(action.get())),
                            new Claimed(key, action.get(), w.position()));
                    if (first != null) {
                        d.error("synonyms.duplicate/action", w.position(), action.get(), first.word(), first.list(), first.at().line());
                        continue;
                    }
                    out.add(action.get());
                }
            });
            lists.add(out);
        }
        return new FaqActions(lists.get(0), lists.get(1));
    }

    /** An action as first written: its list, its words and where. */
    private record Claimed(String list, String word, Position at) {
    }

    private static Optional<List<String>> group(YamlNode item, int number, Seen seen, Diagnostics d) {
        if (!(item instanceof YamlNode.Sequence words)) {
            d.error("synonyms.group-not-list", item.position(), number, item.describe());
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        Map<String, Position> inGroup = new HashMap<>();
        for (YamlNode w : words.items()) {
            Optional<String> word = word(w, "synonyms.bad-word/group", d);
            if (word.isEmpty()) continue;
            Position first = inGroup.putIfAbsent(word.get(), w.position());
            if (first != null) {
                d.error("synonyms.duplicate/in-group", w.position(), word.get(), first.line());
                continue;
            }
            seen.claim(word.get(), number, w.position());
            out.add(word.get());
        }
        if (out.size() < 2 && inGroup.size() == out.size()) {
            d.error(out.isEmpty() ? "synonyms.group-too-small/empty" : "synonyms.group-too-small", words.position(), number);
        }
        return Optional.of(out);
    }

    private static Optional<String> shorthand(YamlNode.Entry e, Seen seen, Diagnostics d) {
        String key = key(e.key());
        List<String> tokens = Tokens.split(key);
        if (tokens.size() != 1 || Tokens.normalize(tokens.get(0)).isEmpty()) {
            d.error("synonyms.shorthand-not-one-word", e.keyPosition(), e.key());
            return Optional.empty();
        }
        Optional<String> full = word(e.value(), "synonyms.bad-word/shorthand", d, e.key());
        if (full.isEmpty()) return Optional.empty();
        seen.claim(key, 0, e.keyPosition());
        return full;
    }

    /**
     * A word or phrase, NFC and lower case, with at least one letter or digit; else reported as
     * {@code key} (a word of a group, or what a shorthand {@code of} stands for).
     */
    private static Optional<String> word(YamlNode node, String key, Diagnostics d, Object... of) {
        if (!(node instanceof YamlNode.Scalar s) || s.kind() == YamlNode.ScalarKind.NULL) {
            d.error(key, node.position(), of.length > 0 ? of[0] : "", node.describe());
            return Optional.empty();
        }
        String text = s.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (Tokens.terms(text).isEmpty()) {
            d.error(key + "-empty", node.position(), of.length > 0 ? of[0] : "", s.text());
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String key(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Which place claimed each word, by its folded syllables: a question typed without accents
     * could not tell "góp" from "gộp", so a word may be in one place only.
     */
    private static final class Seen {
        /** @param group the number of the group that claimed it, or 0 for the shorthand */
        private record Claim(int group, String word, Position at) {
        }

        private final Map<String, Claim> claims = new HashMap<>();
        private final Diagnostics diagnostics;

        Seen(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        /** @param group the number of the group that claims it, or 0 for the shorthand */
        void claim(String word, int group, Position at) {
            String folded = String.join(" ", Tokens.terms(word));
            Claim first = claims.putIfAbsent(folded, new Claim(group, word, at));
            if (first == null || first.group() == group && group != 0) return;
            String where = first.group() == 0 ? "shorthand" : "group";
            if (first.word().equals(word)) {
                diagnostics.error("synonyms.duplicate/" + where, at, word, first.group(), first.at().line());
            } else {
                diagnostics.error("synonyms.duplicate/" + where + "-folded", at, word, first.word(), first.group(), first.at().line());
            }
        }
    }
}
