package vn.vungcao.ssg.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vungcao.ssg.text.CodeKey;
import vn.vungcao.ssg.text.CodeSpelling;
import vn.vungcao.ssg.text.Fold;

/**
 * Finds what a memo is for. Memos arrive in capitals, without accents, behind bank prefixes
 * ({@code MBVCB.1234567.NUOI EM ML0123.CT tu 0011...}), so both codes and keywords are looked
 * for anywhere in the memo:
 * <ul>
 * <li>a child code in any spelling ({@code ML0123}, {@code ML-0123}, {@code ml 123},
 * {@code ML – 123}: {@link CodeSpelling}, which the masking and {@code check} share), standing
 * alone (not inside a longer run of letters and digits), and only when it is a known code;</li>
 * <li>a campaign keyword, compared without accents or case, with spaces, dots and dashes between its
 * words (or nothing) counting the same ({@code TRUNG LY}, {@code TRUNG.LY}, {@code TRUNG-LY}).</li>
 * </ul>
 * A child code wins over a campaign keyword; among several codes, or several keywords, the one
 * written first wins. Immutable and thread-safe.
 */
public final class MemoLinker {

    private final Map<String, String> codes;
    /** The known codes' letters, so that a code run into the word before it is still read as itself. */
    private final Set<String> prefixes;
    private final List<Keyword> keywords;

    private record Keyword(String slug, Pattern pattern) {
    }

    /**
     * @param childCodes       the known children: each code's {@link CodeKey} key (or any spelling of
     *                         it) to the code as written, e.g. {@code "ML123" -> "ML-0123"}
     * @param campaignKeywords each campaign's slug to the keywords that name it in a memo
     * @throws IllegalArgumentException when a key is not a child code or a keyword has no letter or digit
     */
    public MemoLinker(Map<String, String> childCodes, Map<String, List<String>> campaignKeywords) {
        Map<String, String> codes = new TreeMap<>();
        childCodes.forEach((key, code) -> codes.put(CodeKey.of(key)
                .orElseThrow(() -> new IllegalArgumentException("not a child code: " + key)), code));
        this.codes = Map.copyOf(codes);
        Set<String> letters = new HashSet<>();
        codes.keySet().forEach(k -> letters.add(CodeSpelling.prefix(k)));
        this.prefixes = Set.copyOf(letters);
        List<Keyword> keywords = new ArrayList<>();
        new TreeMap<>(campaignKeywords).forEach((slug, words) -> {
            for (String keyword : words) keywords.add(new Keyword(slug, keywordPattern(keyword)));
        });
        this.keywords = List.copyOf(keywords);
    }

    private static Pattern keywordPattern(String keyword) {
        String[] words = upper(keyword).split("[^A-Z0-9]+");
        List<String> parts = new ArrayList<>();
        for (String w : words) if (!w.isEmpty()) parts.add(Pattern.quote(w));
        if (parts.isEmpty()) throw new IllegalArgumentException("keyword without letters or digits: " + keyword);
        return Pattern.compile("(?<![A-Z0-9])" + String.join("[^A-Z0-9]*", parts) + "(?![A-Z0-9])");
    }

    private static String upper(String text) {
        return Fold.fold(text).toUpperCase(Locale.ROOT);
    }

    /** What {@code memo} is for; {@link Link.GeneralFund} when it names no known child or campaign. */
    public Link link(String memo) {
        String text = upper(memo == null ? "" : memo);
        for (CodeSpelling.Found code : CodeSpelling.find(text, prefixes)) {
            if (code.alone() && codes.containsKey(code.key())) return new Link.ToChild(codes.get(code.key()));
        }
        Link best = new Link.GeneralFund();
        int bestAt = Integer.MAX_VALUE;
        for (Keyword keyword : keywords) {
            Matcher m = keyword.pattern().matcher(text);
            if (m.find() && m.start() < bestAt) {
                best = new Link.ToCampaign(keyword.slug());
                bestAt = m.start();
            }
        }
        return best;
    }
}
