package vn.vungcao.ssg.review;

import vn.vungcao.ssg.diag.DiagnosticPrinter;

/**
 * Text written into a Markdown summary (GitHub's job summary) as plain text, whatever it holds:
 * a title, a file name or a message from a pull request may hold {@code |}, {@code <script>},
 * {@code [link](…)}, line ends or control characters, and none of them may format, link or break
 * the table. Pure and thread-safe.
 */
final class MarkdownText {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownText() {
    }

    /**
     * {@code text} as one line that Markdown shows as written: every ASCII punctuation character
     * backslash-escaped (CommonMark lets any of them be), line ends as spaces, control characters
     * shown escaped ({@code \x1b}).
     */
    static String plain(String text) {
        String printable = DiagnosticPrinter.printable(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                .replace('\t', ' '));
        StringBuilder out = new StringBuilder(printable.length() + 16);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    /** {@code text} as code ({@code `tin-tuc/x/index.html`}) when it is made of letters, digits and {@code . _ / : -} only, else as {@link #plain}. */
    static String code(String text) {
        return text.matches("[A-Za-z0-9._/:-]+") ? "`" + text + "`" : plain(text);
    }

    /** A link: {@code [text](url)}, its text as {@link #code} makes it, the URL percent-escaped where Markdown would end it. */
    static String link(String text, String url) {
        return "[" + code(text) + "](" + url(url) + ")";
    }

    /** {@code url} safe inside {@code (…)} of a Markdown link. */
    static String url(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '|' -> out.append("%7C");
                case '"' -> out.append("%22");
                case '\\' -> out.append("%5C");
                default -> {
                    if (c < 0x20 || c == 0x7f) out.append(String.format("%%%02X", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }
}
