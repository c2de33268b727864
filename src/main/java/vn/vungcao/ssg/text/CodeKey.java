package vn.vungcao.ssg.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The spelling-free key of a child code: {@code ML-0123}, {@code ml0123}, {@code ML 123} and
 * {@code " ml-123 "} all give {@code ML123}. The look-up page computes the same key in JavaScript
 * ({@code search.js}, {@code codeKey}); keep the two in step.
 */
public final class CodeKey {

    private CodeKey() {
    }

    /**
     * The key: upper case, only A-Z and 0-9, leading zeros of the number removed; empty unless
     * what is left is letters then digits. One pass over the text: every build and every rebuild
     * of the preview takes the key of every child twice, and with two regular expressions that was
     * a quarter of the content stage's time at 8,000 children.
     */
    public static Optional<String> of(String text) {
        StringBuilder letters = new StringBuilder(4);
        StringBuilder digits = new StringBuilder(6);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') c = (char) (c - 'a' + 'A');
            else if (c > 0x7F) {
                String upper = String.valueOf(c).toUpperCase(Locale.ROOT);
                c = upper.length() == 1 ? upper.charAt(0) : c;
            }
            if (c >= 'A' && c <= 'Z') {
                if (digits.length() > 0) return Optional.empty();
                letters.append(c);
            } else if (c >= '0' && c <= '9') {
                if (digits.length() == 0 && c == '0') {
                    digits.append(c); // a zero stays only if the number is all zeros
                } else if (digits.length() == 1 && digits.charAt(0) == '0') {
                    digits.setCharAt(0, c);
                } else {
                    digits.append(c);
                }
            }
        }
        if (letters.length() == 0 || digits.length() == 0) return Optional.empty();
        return Optional.of(letters.append(digits).toString());
    }
}
