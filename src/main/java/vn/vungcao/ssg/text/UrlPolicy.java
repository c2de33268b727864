package vn.vungcao.ssg.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.vungcao.ssg.diag.DiagnosticPrinter;

/**
 * The one rule for every URL a page of the site prints, whether it comes from the config, front
 * matter, Markdown or a template: a URL may only be a path of the site (relative, {@code /…},
 * {@code #…}, {@code ?…}) or use one of {@link #SCHEMES}. Anything else ({@code javascript:},
 * {@code data:}, {@code vbscript:}, {@code file:}, a scheme no one has heard of) could run a
 * script on the site's own address or take a visitor somewhere unexpected.
 *
 * <p>The URL is read as a browser reads it: leading spaces and control characters are dropped,
 * and tabs and line ends anywhere are ignored ({@code java&#9;script:} is {@code javascript:}).
 * Character references must already be decoded (as HTML parsers and Flexmark give attribute
 * values). Pure and thread-safe.
 */
public final class UrlPolicy {

    /** The schemes a page may link to. */
    public static final List<String> SCHEMES = List.of("https", "http", "mailto", "tel");

    private UrlPolicy() {
    }

    /** True when {@code url} may appear on a page. */
    public static boolean allowed(String url) {
        return refusedScheme(url).isEmpty();
    }

    /** The scheme that refuses {@code url} (in lower case: {@code javascript}), or empty when it may appear on a page. */
    public static Optional<String> refusedScheme(String url) {
        Optional<String> scheme = scheme(url);
        return scheme.isEmpty() || SCHEMES.contains(scheme.get()) ? Optional.empty() : scheme;
    }

    /** {@code url} as a message shows it: control characters escaped, at most 60 characters. */
    public static String shown(String url) {
        String s = DiagnosticPrinter.printable(url.strip());
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** The scheme of {@code url} in lower case, as a browser finds it, or empty for a relative URL. */
    public static Optional<String> scheme(String url) {
        String u = asBrowsersRead(url);
        int i = 0;
        while (i < u.length()) {
            char c = u.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                i++;
                continue;
            }
            break;
        }
        if (i == 0 || i >= u.length() || u.charAt(i) != ':') return Optional.empty();
        return Optional.of(u.substring(0, i).toLowerCase(Locale.ROOT));
    }

    /** The URL as a browser parses it: leading C0 controls and spaces stripped, tabs and line ends removed. */
    static String asBrowsersRead(String url) {
        StringBuilder out = new StringBuilder(url.length());
        boolean leading = true;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (leading && c <= ' ') continue;
            leading = false;
            out.append(c);
        }
        return out.toString();
    }

}
