package vn.vungcao.ssg.text;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and money as Vietnamese readers write them: "15 tháng 7, 2021", "160.000 ₫". Independent
 * of the machine's locale. Thread-safe.
 */
public final class VietnameseFormat {

    private VietnameseFormat() {
    }

    /** "15 tháng 7, 2021". */
    public static String date(TemporalAccessor date) {
        return date.get(ChronoField.DAY_OF_MONTH) + " tháng " + date.get(ChronoField.MONTH_OF_YEAR) + ", "
                + date.get(ChronoField.YEAR);
    }

    /** "tháng 7, 2021". */
    public static String month(TemporalAccessor date) {
        return "tháng " + date.get(ChronoField.MONTH_OF_YEAR) + ", " + date.get(ChronoField.YEAR);
    }

    /** ISO {@code 2021-07-15}, for {@code <time datetime>}. */
    public static String isoDate(TemporalAccessor date) {
        return LocalDate.from(date).toString();
    }

    /** "1.600.000": digits grouped by dots. */
    public static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) out.append('.');
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + out;
    }

    /** "160.000 ₫" (with a no-break space before the sign). */
    public static String money(long vnd) {
        return number(vnd) + "\u00A0₫";
    }
}
