package vn.vungcao.ssg.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A child code as people write it, the one pattern that the memo linker, the masking of
 * statements and {@code check} share: letters, then any run of separators, then digits, in any
 * case and width. {@code ML-0123}, {@code ml0123}, {@code ML 123}, {@code ML - 0123},
 * {@code ML--0123}, {@code ML–0123} (en dash), {@code ML.0123}, {@code ML/0123},
 * {@code ＭＬ０１２３} (full width) and {@code NUOIEMML0123} (the code run into the words before
 * it) all read as {@code ML123} ({@link CodeKey}).
 *
 * <p>The separators are white space of any kind, every dash and hyphen, the minus sign, {@code _ . /
 * · : # * '} and the invisible characters (zero-width space and joiners, word joiner, soft
 * hyphen, byte order mark). Pure and thread-safe.
 */
public final class CodeSpelling {

    private CodeSpelling() {
    }

    /**
     * A code written in a text.
     *
     * @param start where it starts in the text (its first letter)
     * @param end   where it ends (after its last digit)
     * @param key   its {@link CodeKey}, such as {@code ML123}
     * @param alone whether it stands as a word of its own: neither letters nor digits right before
     *              or after it ({@code NUOI EM ML0123}, not {@code NUOIEMML0123} or {@code ML0123A}).
     *              Money is linked to a child only by a code that stands alone; a code is hidden,
     *              and looked for by {@code check}, however it is written.
     */
    public record Found(int start, int end, String key, boolean alone) {
    }

    /**
     * Every code written in {@code text}, in order. A run of letters longer than a code's letters
     * ({@code NUOIEMML}) gives the longest of its endings that is one of {@code prefixes} (the
     * letters of the codes that matter, such as {@code ML}), or the whole run when none is.
     *
     * @param prefixes the codes' letters in capitals; may be empty
     */
    public static List<Found> find(String text, Set<String> prefixes) {
        // the text folded character by character, remembering where each folded character came from
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 1];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String f = fold(cp);
            for (int k = 0; k < f.length(); k++) {
                if (n + 1 >= origin.length) origin = Arrays.copyOf(origin, origin.length * 2);
                folded.append(f.charAt(k));
                origin[n++] = i;
            }
            i += width;
        }
        origin[n] = text.length();

        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!isLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int letters = i;
            while (i < n && isLetter(folded.charAt(i))) i++;
            int lettersEnd = i;
            int j = i;
            while (j < n && isSeparator(folded.charAt(j))) j++;
            int digits = j;
            while (j < n && isDigit(folded.charAt(j))) j++;
            if (j == digits) continue; // no number after the letters
            int start = letters;
            for (int s = letters; s < lettersEnd; s++) {
                if (prefixes.contains(folded.substring(s, lettersEnd))) {
                    start = s;
                    break;
                }
            }
            String number = folded.substring(digits, j).replaceFirst("^0+(?=\\d)", "");
            boolean alone = start == letters && (letters == 0 || !isLetterOrDigit(folded.charAt(letters - 1)))
                    && (j == n || !isLetter(folded.charAt(j)));
            found.add(new Found(origin[start], origin[j], folded.substring(start, lettersEnd) + number, alone));
            i = j;
        }
        return found;
    }

    /** The letters of a code ({@code ML} of {@code ML-0123}), in capitals, or empty when it has none. */
    public static String prefix(String code) {
        String key = CodeKey.of(code).orElse("");
        int i = 0;
        while (i < key.length() && isLetter(key.charAt(i))) i++;
        return key.substring(0, i);
    }

    /** A character of the text as the pattern sees it: width and accents folded away, capitals. */
    private static String fold(int cp) {
        if (cp < 0x80) return String.valueOf((char) Character.toUpperCase(cp));
        if (cp == 'đ' || cp == 'Đ') return "D";
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') continue;
            out.append(c);
        }
        // a character that folds to nothing still takes its place, as a separator would
        return out.length() == 0 ? "\u200B" : out.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c) || Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212'
                || c == '_' || c == '.' || c == '/' || c == '\u00B7' || c == ':' || c == '#' || c == '*' || c == '\''
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
