package vn.vungcao.ssg.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The child-code pattern an editor writes in {@code site-config.yml}, checked before any code is
 * matched against it. A regular expression with a quantified group that itself repeats or
 * alternates ({@code (a+)+}, {@code (a|aa)*}) or with a backreference can take minutes on a short
 * text (catastrophic backtracking), in {@code build} and {@code check} alike, so such patterns are
 * refused, as are lookarounds and patterns longer than {@value #MAX_LENGTH} characters: a child
 * code needs letters, digits, classes and counts ({@code [A-Z]{2}-\d{4}}, {@code (ML|QS)-\d{4}}).
 * What is left matches in time linear in the code's length. Pure.
 */
public final class CodePattern {

    /** The longest pattern accepted. */
    public static final int MAX_LENGTH = 100;

    private CodePattern() {
    }

    /**
     * The compiled pattern (a leading {@code ^} and trailing {@code $} dropped), or why it is
     * refused: a message key of the {@code config.bad-code-pattern} diagnostic and its arguments.
     */
    public static Result compile(String pattern) {
        String p = pattern.replaceAll("^\\^|\\$$", "");
        if (p.length() > MAX_LENGTH) return new Result(null, "config.bad-code-pattern/too-long", List.of(p.length(), MAX_LENGTH));
        Optional<Result> shape = shapeProblem(p);
        if (shape.isPresent()) return shape.get();
        try {
            return new Result(Pattern.compile(p), null, List.of());
        } catch (PatternSyntaxException e) {
            return new Result(null, "config.bad-code-pattern/syntax", List.of(Math.max(0, e.getIndex()) + 1));
        }
    }

    /** A compiled pattern, or the message key ({@code config.bad-code-pattern/…}) and arguments that refuse it. */
    public record Result(Pattern pattern, String problem, List<Object> args) {
        public Result {
            args = List.copyOf(args);
        }
    }

    /** The first construct of {@code p} that could make matching slow, or empty. */
    static Optional<Result> shapeProblem(String p) {
        // for each open group: whether it holds a quantifier or an alternation
        Deque<boolean[]> groups = new ArrayDeque<>();
        groups.push(new boolean[2]);
        boolean[] closed = null; // the group that just closed, for the quantifier that may follow it
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            boolean[] justClosed = closed;
            closed = null;
            switch (c) {
                case '\\' -> {
                    if (i + 1 < p.length()) {
                        char e = p.charAt(i + 1);
                        if (e >= '1' && e <= '9' || e == 'k') {
                            return Optional.of(new Result(null, "config.bad-code-pattern/backreference", List.of("\\" + e)));
                        }
                        // \p{..}, \x{..}, \Q..\E: skip what belongs to the escape
                        if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < p.length() && p.charAt(i + 2) == '{') {
                            int end = p.indexOf('}', i + 3);
                            i = end < 0 ? p.length() : end + 1;
                            continue;
                        }
                        if (e == 'Q') {
                            int end = p.indexOf("\\E", i + 2);
                            i = end < 0 ? p.length() : end + 2;
                            continue;
                        }
                    }
                    i += 2;
                }
                case '[' -> i = endOfClass(p, i);
                case '(' -> {
                    if (p.startsWith("(?=", i) || p.startsWith("(?!", i) || p.startsWith("(?<=", i) || p.startsWith("(?<!", i)) {
                        return Optional.of(new Result(null, "config.bad-code-pattern/lookaround", List.of()));
                    }
                    groups.push(new boolean[2]);
                    i++;
                }
                case ')' -> {
                    if (groups.size() > 1) {
                        closed = groups.pop();
                        // what a group holds, its enclosing group holds too
                        groups.peek()[0] |= closed[0];
                        groups.peek()[1] |= closed[1];
                    }
                    i++;
                }
                case '|' -> {
                    groups.peek()[1] = true;
                    i++;
                }
                case '*', '+', '?', '{' -> {
                    if (c == '{' && !p.substring(i).matches("(?s)\\{\\d+(,\\d*)?}.*")) {
                        i++;
                        continue;
                    }
                    // an optional group is tried once or not at all; only a repeated one can backtrack without end
                    if (c != '?' && justClosed != null && (justClosed[0] || justClosed[1])) {
                        return Optional.of(new Result(null, "config.bad-code-pattern", List.of()));
                    }
                    groups.peek()[0] = true;
                    i = c == '{' ? p.indexOf('}', i) + 1 : i + 1;
                    // a lazy or possessive mark belongs to the quantifier
                    if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) i++;
                }
                default -> i++;
            }
        }
        return Optional.empty();
    }

    /** The index after the character class that opens at {@code start} (classes may nest in Java). */
    private static int endOfClass(String p, int start) {
        int depth = 0;
        int i = start;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') depth++;
            else if (c == ']' && i > start + 1 && !(i == start + 2 && p.charAt(start + 1) == '^')) {
                if (--depth == 0) return i + 1;
            }
            i++;
        }
        return p.length();
    }
}
