package vn.vungcao.ssg.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the assistant knows of words from {@code content/faq/_synonyms.yml}: groups of words or
 * phrases that mean the same thing in a question, and chat shorthand with the full form it stands
 * for, what a visitor may want to do ({@link FaqActions}), and questions the FAQ does not answer.
 * Words are as written (NFC, lower case); the page folds them as it folds a question.
 *
 * @param groups    each a list of at least two words or phrases, in the order written
 * @param shorthand one-word abbreviation to its full form, in the order written
 * @param actions   the actions the club's answers help with, and those they do not
 * @param offtopic  questions as visitors asked them that the FAQ does not answer (the section
 *                  {@code offtopic:}), in the order written: the page hands over a question nearer
 *                  one of them than any of the FAQ's own questions and wordings
 */
public record FaqSynonyms(List<List<String>> groups, Map<String, String> shorthand, FaqActions actions,
                          List<String> offtopic) {

    /** No synonyms: a site without the file. */
    public static final FaqSynonyms NONE = new FaqSynonyms(List.of(), Map.of(), FaqActions.NONE, List.of());

    public FaqSynonyms {
        groups = groups.stream().map(List::copyOf).toList();
        shorthand = Collections.unmodifiableMap(new LinkedHashMap<>(shorthand));
        actions = Objects.requireNonNull(actions);
        offtopic = List.copyOf(offtopic);
    }

    public boolean isEmpty() {
        return groups.isEmpty() && shorthand.isEmpty() && actions.isEmpty() && offtopic.isEmpty();
    }
}
