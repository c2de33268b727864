package vn.vungcao.ssg.markdown;

import java.util.Optional;

/**
 * A fast path for bodies that use no Markdown at all (most children's stories): paragraphs of
 * words and ordinary punctuation. For such text this gives exactly the HTML that Flexmark gives,
 * without its cost per document; anything that might be Markdown is left to Flexmark.
 */
final class PlainText {

    private PlainText() {
    }

    /** The HTML of {@code markdown} if it is plain text, else empty. */
    static Optional<String> html(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 32);
        boolean inParagraph = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.isEmpty()) {
                if (inParagraph) out.append("</p>\n");
                inParagraph = false;
                continue;
            }
            if (!plainLine(line)) return Optional.empty();
            out.append(inParagraph ? "\n" : "<p>");
            inParagraph = true;
            appendEscaped(out, line);
        }
        if (inParagraph) out.append("</p>\n");
        return Optional.of(out.toString());
    }

    /**
     * The body as the renderer publishes it, if it is plain text: the HTML after sanitising (which
     * has nothing to remove from such text, and writes quotes as they are) and its plain text
     * (the lines joined by single spaces); else empty. This skips both Flexmark and the HTML
     * cleaner for most children's stories.
     */
    static Optional<RenderedMarkdown> rendered(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 32);
        StringBuilder text = new StringBuilder(markdown.length());
        boolean inParagraph = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.isEmpty()) {
                if (inParagraph) html.append("</p>\n");
                inParagraph = false;
                continue;
            }
            if (!plainLine(line)) return Optional.empty();
            html.append(inParagraph ? "\n" : "<p>").append(line);
            if (text.length() > 0) text.append(' ');
            text.append(line);
            inParagraph = true;
        }
        if (inParagraph) html.append("</p>\n");
        return Optional.of(new RenderedMarkdown(html.toString(), java.util.List.of(), text.toString()));
    }

    private static boolean plainLine(String line) {
        char first = line.charAt(0);
        if (!Character.isLetter(first)) return false;
        if (line.charAt(line.length() - 1) == ' ') return false;
        if (line.contains("www") || line.contains("://") || line.contains("  ")) return false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (c < 128 || Character.isLetter(c)) continue;
                return false;
            }
            switch (c) {
                case ' ', ',', '.', ';', '?', '%', '/', '\'', '"', '“', '”', '‘', '’', '…', '–', '—', '(', ')':
                    continue;
                case ':':
                    continue;
                case '-':
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }

    private static void appendEscaped(StringBuilder out, String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') out.append("&quot;");
            else out.append(c);
        }
    }
}
