package vn.vungcao.ssg.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelling-free key of a child code: {@code ML-0123}, {@code ml0123}, {@code ML 123} and
 * {@code " ml-123 "} all give {@code ML123}. The look-up page computes the same key in JavaScript
 * ({@code search.js}, {@code codeKey}); keep the two in step.
 */
public final class CodeKey {

    private static final Pattern LETTERS_DIGITS = Pattern.compile("([A-Z]+)0*(\\d+)");
    private static final Pattern OTHERS = Pattern.compile("[^A-Z0-9]");

    private CodeKey() {
    }

    /** The key: upper case, only A-Z and 0-9, leading zeros of the number removed. */
    public static Optional<String> of(String text) {
        String s = OTHERS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
        Matcher m = LETTERS_DIGITS.matcher(s);
        return m.matches() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
    }
}
