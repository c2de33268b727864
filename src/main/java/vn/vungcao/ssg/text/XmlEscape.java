package vn.vungcao.ssg.text;

/**
 * Text for XML and HTML with {@code & < > "} written as {@code &amp; &lt; &gt; &quot;}: what text
 * and double-quoted attribute values need, and exactly what Flexmark's {@code Escaping.escapeHtml}
 * writes (the templates' escaping, which also writes {@code '}, is {@code render/HtmlText}).
 * Stateless and thread-safe.
 */
public final class XmlEscape {

    private XmlEscape() {
    }

    /** {@code text} with {@code & < > "} as character references; the very string when it has none. */
    public static String escape(String text) {
        int i = 0;
        while (i < text.length() && !special(text.charAt(i))) i++;
        if (i == text.length()) return text;
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"';
    }
}
