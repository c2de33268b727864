package vn.vungcao.ssg.preview;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs of a style sheet ({@code url(…)}, with or without quotes, and {@code @import "…"}),
 * each passed through a rewrite; whatever else the text holds is kept byte for byte. Pure and
 * thread-safe.
 */
final class CssUrls {

    private static final Pattern URL = Pattern.compile(
            "(?i)(url\\(\\s*)(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))(\\s*\\))"
                    + "|(@import\\s+)(?:\"([^\"]*)\"|'([^']*)')");

    private CssUrls() {
    }

    /**
     * {@code css} with every URL {@code local} gives a new form for replaced by it; {@code local}
     * returns null to keep a URL as written.
     */
    static String rewrite(String css, UnaryOperator<String> local) {
        if (css.indexOf('(') < 0 && css.indexOf('@') < 0) return css;
        Matcher m = URL.matcher(css);
        StringBuilder out = new StringBuilder(css.length() + 64);
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                String quote = m.group(2) != null ? "\"" : m.group(3) != null ? "'" : "";
                String url = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                String local1 = local.apply(url);
                replacement = local1 == null ? m.group() : m.group(1) + quote + local1 + quote + m.group(5);
            } else {
                String quote = m.group(7) != null ? "\"" : "'";
                String url = m.group(7) != null ? m.group(7) : m.group(8);
                String local1 = local.apply(url);
                replacement = local1 == null ? m.group() : m.group(6) + quote + local1 + quote;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
