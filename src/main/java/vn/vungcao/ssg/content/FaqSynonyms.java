package vn.vungcao.ssg.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the assistant knows of words from {@code content/faq/_synonyms.yml}: groups of words or
 * phrases that mean the same thing in a question, and chat shorthand with the full form it stands
 * for. Words are as written (NFC, lower case); the page folds them as it folds a question.
 *
 * @param groups    each a list of at least two words or phrases, in the order written
 * @param shorthand one-word abbreviation to its full form, in the order written
 */
public record FaqSynonyms(List<List<String>> groups, Map<String, String> shorthand) {

    /** No synonyms: a site without the file. */
    public static final FaqSynonyms NONE = new FaqSynonyms(List.of(), Map.of());

    public FaqSynonyms {
        groups = groups.stream().map(List::copyOf).toList();
        shorthand = Collections.unmodifiableMap(new LinkedHashMap<>(shorthand));
    }

    public boolean isEmpty() {
        return groups.isEmpty() && shorthand.isEmpty();
    }
}
