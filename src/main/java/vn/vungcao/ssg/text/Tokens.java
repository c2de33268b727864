package vn.vungcao.ssg.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words as the site's search and assistant cut and fold them, the same in Java and in the page
 * ({@code core.js}): Lunr's tokenizer, and the {@code vnNormalize} pipeline function that folds
 * Vietnamese accents and trims the edges of a word. Pure and thread-safe.
 */
public final class Tokens {

    private Tokens() {
    }

    /**
     * Lunr's tokenizer: the whole text lower-cased, split on ECMAScript white space and '-'.
     */
    public static List<String> split(String text) {
        String s = jsLowerCase(text);
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int end = 0; end <= s.length(); end++) {
            if (end == s.length() || isSeparator(s.charAt(end))) {
                if (end > start) tokens.add(s.substring(start, end));
                start = end + 1;
            }
        }
        return tokens;
    }

    private static String jsLowerCase(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** ECMAScript's {@code \s} (white space and line terminators), plus '-'. */
    public static boolean isSeparator(char c) {
        switch (c) {
            case '-', '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F',
                    '\u205F', '\u3000', '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /** The terms of a text, in order: its tokens {@linkplain #normalize normalized}, those left empty dropped. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String t : split(text)) {
            String n = normalize(t);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** The {@code vnNormalize} pipeline function: fold, then trim non-letters and non-digits at both ends. */
    public static String normalize(String token) {
        return trim(Fold.fold(token));
    }

    /**
     * A token as written, accents kept: composed (NFC), then trimmed as {@link #normalize} trims;
     * what tells "mầm" from "mâm", which fold alike.
     */
    public static String accented(String token) {
        return trim(Normalizer.normalize(token, Normalizer.Form.NFC));
    }

    /** {@code text} without the non-letters and non-digits at its two ends. */
    private static String trim(String folded) {
        int start = 0;
        int end = folded.length();
        while (start < end && !letterOrNumber(folded.codePointAt(start))) start += Character.charCount(folded.codePointAt(start));
        while (end > start && !letterOrNumber(folded.codePointBefore(end))) end -= Character.charCount(folded.codePointBefore(end));
        return folded.substring(start, end);
    }

    /** Unicode's \p{L} or \p{N}, as the page's regular expression sees them. */
    private static boolean letterOrNumber(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

}
