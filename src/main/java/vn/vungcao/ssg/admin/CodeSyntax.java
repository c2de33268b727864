package vn.vungcao.ssg.admin;

/**
 * Whether the site's child-code pattern (a Java regular expression, already checked by
 * {@link vn.vungcao.ssg.config.CodePattern}) means the same to a browser's JavaScript, so that the
 * form editor can check a code as it is typed. Only the syntax both read alike passes: printable
 * ASCII, classes without nested classes or intersections, the escapes {@code \d \w \s} (and their
 * negations) and escaped punctuation, {@code (?:} groups, greedy or lazy counts. Anything else
 * ({@code \p{Lu}}, possessive counts, flags) is not offered to the browser; the build's check of
 * the pull request still applies. Pure.
 */
final class CodeSyntax {

    /** What may follow a backslash: not '/', which the editor reads as the end of a /pattern/flags form. */
    private static final String ESCAPABLE = "dDwWsS.-\\[](){}|?*+^$";

    private CodeSyntax() {
    }

    /** {@code pattern} when a browser reads it as Java does, else null. */
    static String forBrowsers(String pattern) {
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '/') return null;
            if (c == '\\') {
                if (i + 1 >= pattern.length() || ESCAPABLE.indexOf(pattern.charAt(i + 1)) < 0) return null;
                i++;
                continue;
            }
            if (inClass) {
                // Java reads [a-[b]] as a union and [a&&b] as an intersection; JavaScript reads both as characters
                if (c == '[' || (c == '&' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '&')) return null;
                if (c == ']') inClass = false;
                continue;
            }
            if (c == '[') {
                inClass = true;
                // a ']' first in a class is a character to Java and the end of an empty class to JavaScript
                int first = i + 1 < pattern.length() && pattern.charAt(i + 1) == '^' ? i + 2 : i + 1;
                if (first < pattern.length() && pattern.charAt(first) == ']') return null;
                continue;
            }
            if (c == '(' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '?' && !pattern.startsWith("(?:", i)) return null;
            if ((c == '+' || c == '*' || c == '?' || c == '}') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '+') {
                return null;
            }
        }
        return inClass ? null : pattern;
    }
}
