package vn.vungcao.ssg.ledger;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a bank writes amounts in đồng: the thousands separator and the decimal separator. Whatever
 * the separators, {@link #parse(String)} accepts plain digits ({@code 160000}), a sign
 * ({@code -160.000}, {@code 160.000-}), brackets for a negative amount ({@code (160.000)}), a
 * currency word ({@code VND}, {@code VNĐ}, {@code đ}, {@code ₫}), spaces, and a decimal part of one
 * or two zeros ({@code 1,600,000.00}). Amounts with a fraction of a đồng are refused. Immutable.
 *
 * @param thousands the character between groups of three digits
 * @param decimal   the character before the decimal part; differs from {@code thousands}
 */
public record AmountFormat(char thousands, char decimal) {

    /** {@code 1.600.000} and {@code 1.600.000,00}: Vietcombank, BIDV and VietinBank PDFs. */
    public static final AmountFormat DOT_THOUSANDS = new AmountFormat('.', ',');

    /** {@code 1,600,000} and {@code 1,600,000.00}: most XLSX exports and CSV saved from Excel. */
    public static final AmountFormat COMMA_THOUSANDS = new AmountFormat(',', '.');

    /**
     * Both styles, tried in turn. No text is read differently by the two (a decimal part has at
     * most two digits, a group exactly three), so guessing is safe.
     */
    public static final List<AmountFormat> AUTO = List.of(DOT_THOUSANDS, COMMA_THOUSANDS);

    private static final int MAX_DIGITS = 15;
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?iu)^(VNĐ|VND|₫)\\s*");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?iu)\\s*(VNĐ|VND|đồng|đ|₫)$");

    public AmountFormat {
        if (thousands == decimal) throw new IllegalArgumentException("thousands and decimal separators must differ");
        if (Character.isLetterOrDigit(thousands) || Character.isLetterOrDigit(decimal)) {
            throw new IllegalArgumentException("separators must not be letters or digits");
        }
    }

    /** The amount written in {@code text}, in whole đồng; empty when it is not an amount in this format. */
    public OptionalLong parse(String text) {
        String s = text.strip();
        boolean negative = false;
        s = CURRENCY_AFTER.matcher(CURRENCY_BEFORE.matcher(s).replaceFirst("")).replaceFirst("");
        if (s.length() > 1 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
            s = CURRENCY_AFTER.matcher(CURRENCY_BEFORE.matcher(s.strip()).replaceFirst("")).replaceFirst("");
        }
        s = s.replaceAll("[\\s\\u00A0\\u202F]+", "");
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = !negative;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        } else if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1);
        }
        String t = Pattern.quote(String.valueOf(thousands));
        String d = Pattern.quote(String.valueOf(decimal));
        Matcher m = Pattern.compile("(\\d{1,3}(?:" + t + "\\d{3})+|\\d+)(?:" + d + "(\\d{1,2}))?").matcher(s);
        if (!m.matches()) return OptionalLong.empty();
        if (m.group(2) != null && !m.group(2).matches("0+")) return OptionalLong.empty();
        String digits = m.group(1).replace(String.valueOf(thousands), "");
        if (digits.length() > MAX_DIGITS) return OptionalLong.empty();
        long value = Long.parseLong(digits);
        return OptionalLong.of(negative ? -value : value);
    }

    /** The amount in {@code text} read with the first of {@code formats} that accepts it. */
    public static OptionalLong parse(String text, List<AmountFormat> formats) {
        for (AmountFormat format : formats) {
            OptionalLong value = format.parse(text);
            if (value.isPresent()) return value;
        }
        return OptionalLong.empty();
    }
}
