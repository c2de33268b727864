package vn.vungcao.ssg.i18n;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import vn.vungcao.ssg.text.VietnameseFormat;

/**
 * The theme's words in one language ({@code themes/<theme>/i18n/<language>.yml}), and dates and
 * money as readers of that language write them: "15 tháng 7, 2021" and "160.000 ₫" in Vietnamese,
 * "15 July 2021" and "160,000 VND" in English. Immutable and thread-safe.
 *
 * @param language the language code, "vi" or "en"
 * @param strings  key to text; a text may hold {@code {0}}, {@code {1}}… for the arguments
 */
public record UiText(String language, Map<String, String> strings) {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    public UiText {
        strings = Collections.unmodifiableMap(new TreeMap<>(strings));
    }

    /** Whether {@code text} holds only digits from {@code from} to {@code to}. */
    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) return false;
        }
        return true;
    }

    /** The text for {@code key} with its {@code {n}} replaced by the arguments; {@code [key]} when missing. */
    public String get(String key, Object... args) {
        String text = strings.get(key);
        if (text == null) return "[" + key + "]";
        if (args.length == 0 || text.indexOf('{') < 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && digits(text, i + 1, close)) {
                int n = Integer.parseInt(text.substring(i + 1, close));
                out.append(n < args.length ? String.valueOf(args[n]) : text.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public boolean english() {
        return language.equals("en");
    }

    /** The Open Graph locale: "vi_VN" or "en_US". */
    public String ogLocale() {
        return english() ? "en_US" : "vi_VN";
    }

    /** "15 tháng 7, 2021" or "15 July 2021". */
    public String date(TemporalAccessor date) {
        if (!english()) return VietnameseFormat.date(date);
        return date.get(ChronoField.DAY_OF_MONTH) + " " + MONTHS[date.get(ChronoField.MONTH_OF_YEAR) - 1] + " "
                + date.get(ChronoField.YEAR);
    }

    /** "tháng 7, 2021" or "July 2021". */
    public String month(TemporalAccessor date) {
        if (!english()) return VietnameseFormat.month(date);
        return MONTHS[date.get(ChronoField.MONTH_OF_YEAR) - 1] + " " + date.get(ChronoField.YEAR);
    }

    /** "1.600.000" or "1,600,000". */
    public String number(long value) {
        String vi = VietnameseFormat.number(value);
        return english() ? vi.replace('.', ',') : vi;
    }

    /** "160.000 ₫" or "160,000 VND". */
    public String money(long vnd) {
        return english() ? number(vnd) + " VND" : VietnameseFormat.money(vnd);
    }
}
