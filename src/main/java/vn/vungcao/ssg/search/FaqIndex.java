package vn.vungcao.ssg.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.vungcao.ssg.content.FaqSynonyms;
import vn.vungcao.ssg.text.Fold;
import vn.vungcao.ssg.text.Tokens;

/**
 * The assistant's index of the club's questions and answers, which the page reads as it is (see
 * the theme's {@code js/assistant.js}): for each word, each pair of neighbouring syllables and
 * each word with its accents, the answers that have it, and whether in the question, its other
 * wordings or its tags (strong) or only in the answer's text.
 *
 * <p>The file is {@code {"refs": [slug…], "docs": {slug: [question, answer HTML]}, "words": {…},
 * "pairs": {…}, "spelled": {…}}}; each of the last three maps a term to the sorted numbers
 * {@code 2 × (the answer's place in refs) + (1 if strong, else 0)}, one for each answer that has
 * it (strong wins). With synonyms ({@link #synonyms}) the file also has {@code "synonyms":
 * {"groups": [[word…]…], "shorthand": {abbreviation: full form}, "actions": {"club": [action…],
 * "outside": [action…]}}} (the actions only when there are some), as the editors wrote them, and
 * always {@code "stop"}, the words that say nothing about a question's topic ({@link #STOP_WORDS}); the
 * page folds them as it folds a question, and looks up every word of a group for any of them. With
 * off-topic questions ({@link FaqSynonyms#offtopic}), the file has them as {@code "offtopic": [question…]},
 * and {@code "lines": {slug: [question, wording…]}}, each answer's own lines to weigh them against. Terms are folded and trimmed as the search's Lunr pipeline does them
 * ({@link LunrIndex#normalize}), keys are sorted, so the output is the same for the same content.
 * Not thread-safe: one builder per file.
 */
public final class FaqIndex {

    /**
     * Words that say nothing about the topic of a question, written with their accents: general
     * Vietnamese function words (pronouns, particles, question words, "muốn", "biết", "xin"), the
     * club's name and "Thanh Hóa". The page leaves them out of a question: compared on their accents
     * when the question has accents, so that a word spelled like one of them once folded is kept
     * ("mã", not "mà"; "chó", not "cho"; "vay", not "vậy"; "chi", spend, not "chị"), and folded when
     * it has none (typed without accents, "vay" may well be "vậy"). Written into the file as
     * {@code "stop": {"words": […], "accented": […]}}.
     */
    static final List<String> STOP_WORDS = List.of(("a à á ạ ah ai anh bạn bị cả các cần câu cậu chị chỉ cho chú chứ"
            + " chúng có của đã dạ đang đây đấy để đến đi do đó được gì giùm giúp hả há hay hãy hỏi hơi khi không là làm"
            + " lắm lên lúc mà mình muốn nào này nay nếu nhé nhỉ như nhưng những nói ở ơi ông phải ra rồi sao sẽ tại"
            + " thành thanh thế thì thôi tính tỉnh tôi từ và vẫn vậy vì với vào xin xem nữa cũng biết cách lạc bộ clb"
            + " nhóm hôm một hai nhiều nhiêu bao về theo admin 1 nha nhen nè sau vừa đâu hóa hoá rất hoặc bởi rằng ấy"
            + " kia hơn nên đều nhau").split(" "));

    /**
     * Function words that are stop words only when typed with their accents: folded, they are as
     * often a word of their own ("còn" is "con", a child; "quá" is "qua", through; "mọi" is "mới").
     */
    static final List<String> STOP_ACCENTED = List.of("còn", "quá", "mọi");

    private final List<String> refs = new ArrayList<>();
    private final Map<String, List<String>> docs = new LinkedHashMap<>();
    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Boolean>> words = new TreeMap<>();
    private final Map<String, Map<Integer, Boolean>> pairs = new TreeMap<>();
    private final Map<String, Map<Integer, Boolean>> spelled = new TreeMap<>();
    private FaqSynonyms synonyms = FaqSynonyms.NONE;

    /** The words that mean the same thing and the shorthand, for the page to read questions with. */
    public void synonyms(FaqSynonyms value) {
        synonyms = Objects.requireNonNull(value);
    }

    /**
     * Adds an answer.
     *
     * @param slug       its anchor on the questions page, unique
     * @param question   the question as shown
     * @param also       its other wordings, one a line
     * @param tags       its tags
     * @param answerText the answer as plain text, a paragraph a line
     * @param answerHtml the answer as safe HTML, shown by the page
     */
    public void add(String slug, String question, List<String> also, List<String> tags, String answerText,
                    String answerHtml) {
        int n = refs.size();
        refs.add(slug);
        docs.put(slug, List.of(question, answerHtml));
        List<String> own = new ArrayList<>();
        own.add(question);
        own.addAll(also);
        this.lines.put(slug, List.copyOf(own));
        List<String> lines = new ArrayList<>(own);
        lines.addAll(tags);
        String strong = String.join("\n", lines);
        put(words, n, false, Tokens.terms(answerText));
        put(words, n, true, Tokens.terms(strong));
        put(pairs, n, false, pairs(answerText));
        put(pairs, n, true, pairs(strong));
        put(spelled, n, false, spelled(answerText));
        put(spelled, n, true, spelled(strong));
    }

    /** The file's content, as a value for a JSON writer. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("refs", List.copyOf(refs));
        out.put("docs", docs);
        out.put("words", postings(words));
        out.put("pairs", postings(pairs));
        out.put("spelled", postings(spelled));
        Map<String, Object> stop = new LinkedHashMap<>();
        stop.put("words", STOP_WORDS);
        stop.put("accented", STOP_ACCENTED);
        out.put("stop", stop);
        if (!synonyms.isEmpty()) {
            Map<String, Object> words = new LinkedHashMap<>();
            words.put("groups", synonyms.groups());
            words.put("shorthand", synonyms.shorthand());
            if (!synonyms.actions().isEmpty()) {
                Map<String, Object> actions = new LinkedHashMap<>();
                actions.put("club", synonyms.actions().club());
                actions.put("outside", synonyms.actions().outside());
                words.put("actions", actions);
            }
            out.put("synonyms", words);
        }
        if (!synonyms.offtopic().isEmpty()) {
            // the off-topic questions and, to weigh them against, each answer's question and wordings
            out.put("offtopic", synonyms.offtopic());
            out.put("lines", lines);
        }
        return out;
    }

    private static void put(Map<String, Map<Integer, Boolean>> terms, int doc, boolean strong, List<String> found) {
        for (String term : found) {
            terms.computeIfAbsent(term, t -> new TreeMap<>()).merge(doc, strong, Boolean::logicalOr);
        }
    }

    private static Map<String, List<Integer>> postings(Map<String, Map<Integer, Boolean>> terms) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        terms.forEach((term, at) -> {
            TreeSet<Integer> numbers = new TreeSet<>();
            at.forEach((doc, strong) -> numbers.add(2 * doc + (strong ? 1 : 0)));
            out.put(term, List.copyOf(numbers));
        });
        return out;
    }

    /**
     * Vietnamese words are often two syllables ("tham gia", "bao nhiêu"): each pair of neighbouring
     * syllables of a line, folded and written together ("thamgia"), so that a question matches
     * words and not only syllables. A pair never spans a punctuation mark ("điện thoại, hotline"
     * gives no "thoaihotline"). The assistant makes the same pairs of a question.
     */
    static List<String> pairs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String previous = null;
            for (String t : Tokens.split(line)) {
                String n = Tokens.normalize(t);
                if (n.isEmpty()) {
                    previous = null;
                    continue;
                }
                if (previous != null && wordCharacter(t.codePointAt(0))) out.add(previous + n);
                previous = wordCharacter(t.codePointBefore(t.length())) ? n : null;
            }
        }
        return out;
    }

    /**
     * Each word of each line, folded, followed by its accents as digits ({@link Fold#marks}):
     * "giá" is {@code gia1}, "gia" is {@code gia}, so a question typed with accents is not taken
     * for another word with the same letters. A line written without any accent ("co phai lua dao
     * khong") may stand for any accents: its words end in {@code 0} instead.
     */
    static List<String> spelled(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            boolean plain = Fold.marks(line).isEmpty();
            for (String t : Tokens.split(line)) {
                String n = Tokens.normalize(t);
                if (!n.isEmpty()) out.add(n + (plain ? "0" : Fold.marks(t)));
            }
        }
        return out;
    }

    /** A letter, number or mark: the page's {@code [\p{L}\p{N}\p{M}]}. */
    private static boolean wordCharacter(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }
}
