package vn.vungcao.ssg.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rendered body as a small tree of elements and text, printed and read as plain text exactly
 * as jsoup prints ({@code html()}, pretty-printing off) and reads ({@code text()}) a cleaned body.
 *
 * <p>Flexmark's output for a body without raw HTML is read into it directly ({@link #ofFlexmark}):
 * its tags and attributes are a known few, always well nested and quoted, so jsoup's HTML parser
 * and its cleaner would only copy it. Anything else in that output (a tag or attribute outside
 * the few, a link whose scheme the cleaner would drop, an entity this reader does not know) makes
 * the reader step aside, and the body goes through jsoup as before. A body with raw HTML is
 * always cleaned by jsoup and then copied in ({@link #copyOf}). In a new JVM this saves loading,
 * interpreting and compiling jsoup's parser and cleaner for most bodies (see the README's Speed
 * section). Not thread-safe: each body has its own tree.
 */
final class BodyTree {

    /**
     * The tags Flexmark writes with the settings of {@link MarkdownRenderer}, and the attributes
     * each may have: all kept by the cleaner's safelist (package-visible for the test that checks).
     */
    static final Map<String, Set<String>> FLEXMARK = Map.ofEntries(
            Map.entry("p", Set.of()), Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()),
            Map.entry("h4", Set.of()), Map.entry("h5", Set.of()), Map.entry("h6", Set.of()),
            Map.entry("blockquote", Set.of()), Map.entry("ul", Set.of()), Map.entry("ol", Set.of("start")),
            Map.entry("li", Set.of("id")), Map.entry("pre", Set.of()), Map.entry("code", Set.of("class")),
            Map.entry("em", Set.of()), Map.entry("strong", Set.of()), Map.entry("del", Set.of()),
            Map.entry("a", Set.of("href", "title", "class")), Map.entry("img", Set.of("src", "alt", "title")),
            Map.entry("hr", Set.of()), Map.entry("br", Set.of()), Map.entry("table", Set.of("class")),
            Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()), Map.entry("tr", Set.of()),
            Map.entry("th", Set.of("align")), Map.entry("td", Set.of("align")), Map.entry("sup", Set.of("id")),
            Map.entry("div", Set.of("class")));

    /** The schemes the cleaner's safelist keeps in a link and in an image's source. */
    private static final Set<String> LINK_SCHEMES = Set.of("ftp", "http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    /** Elements written without an end tag. */
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "wbr");

    /**
     * The safelist's elements that jsoup reads as inline for {@code text()}, all others being blocks
     * (package-visible for the test that compares it with jsoup's tags).
     */
    static final Set<String> INLINE = Set.of("a", "abbr", "b", "br", "cite", "code", "del", "em", "i", "img",
            "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "u");

    private BodyTree() {
    }

    /** An element: its tag, its attributes in order, and its children ({@link Element}s and {@link String}s). */
    static final class Element {
        final String tag;
        /** Name, value, name, value, … */
        final List<String> attributes = new ArrayList<>(4);
        final List<Object> children = new ArrayList<>();
        /** The element this one is a child of, or null at the top. */
        private Element parent;

        Element(String tag) {
            this.tag = tag;
        }

        /** Adds {@code child} last: an {@link Element} without a parent yet, or text. */
        void add(Object child) {
            if (child instanceof Element e) e.parent = this;
            children.add(child);
        }

        private int index(String name) {
            for (int i = 0; i < attributes.size(); i += 2) {
                if (attributes.get(i).equals(name)) return i;
            }
            return -1;
        }

        boolean hasAttr(String name) {
            return index(name) >= 0;
        }

        /** The attribute's value, or "" when the element has none. */
        String attr(String name) {
            int i = index(name);
            return i < 0 ? "" : attributes.get(i + 1);
        }

        /** Sets the attribute where it is, or adds it last. */
        Element attr(String name, String value) {
            int i = index(name);
            if (i >= 0) {
                attributes.set(i + 1, value);
            } else {
                attributes.add(name);
                attributes.add(value);
            }
            return this;
        }

        void removeAttr(String name) {
            int i = index(name);
            if (i >= 0) {
                attributes.remove(i + 1);
                attributes.remove(i);
            }
        }

        /** Adds a class name as jsoup does: the class names kept once each, in order, separated by one space. */
        void addClass(String name) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : attr("class").split("[ \t\n\f\r]+")) {
                if (!n.isEmpty()) names.add(n);
            }
            names.add(name);
            attr("class", String.join(" ", names));
        }

        /** A new last child. */
        Element append(String tag) {
            Element e = new Element(tag);
            add(e);
            return e;
        }

        /** The HTML of the children. */
        String html() {
            StringBuilder out = new StringBuilder(256);
            for (Object child : children) print(child, out);
            return out.toString();
        }

        /** The text as jsoup's {@code text()} reads it: whitespace collapsed, blocks apart, trimmed. */
        String text() {
            StringBuilder out = new StringBuilder(128);
            // jsoup looks for a pre above the text, also above the element it reads
            int pre = NO_PRE;
            int up = 0;
            for (Element e = this; e != null && up <= 5; e = e.parent, up++) {
                if (e.tag.equals("pre")) {
                    pre = up;
                    break;
                }
            }
            for (int i = 0; i < children.size(); i++) BodyTree.text(this, i, pre, out);
            return out.toString().trim();
        }
    }

    /** The tree of Flexmark's {@code html} for a body without raw HTML, or null when jsoup must read it. */
    static Element ofFlexmark(String html) {
        return new FlexmarkReader(html).read();
    }

    /** A copy of a body jsoup has cleaned. */
    static Element copyOf(org.jsoup.nodes.Element body) {
        Element copy = new Element(body.normalName());
        for (org.jsoup.nodes.Attribute a : body.attributes()) copy.attributes.addAll(List.of(a.getKey(), a.getValue()));
        for (org.jsoup.nodes.Node n : body.childNodes()) {
            if (n instanceof org.jsoup.nodes.Element e) copy.add(copyOf(e));
            else if (n instanceof org.jsoup.nodes.TextNode t) copy.children.add(t.getWholeText());
            else if (n instanceof org.jsoup.nodes.DataNode d) copy.children.add(d.getWholeData());
            // comments and the like: the cleaner keeps none
        }
        return copy;
    }

    /**
     * Reads Flexmark's HTML: tags of {@link #FLEXMARK} with their attributes double-quoted, text,
     * and the character references Flexmark writes. Gives null for anything else, and where
     * jsoup's parser or cleaner would not simply copy what is written: a link inside a link, a
     * newline just after {@code <pre>}, a NUL or carriage return, an unclosed or misnested tag, a
     * URL the cleaner would drop or that this reader cannot be sure it keeps.
     */
    private static final class FlexmarkReader {
        private final String html;
        private int at;

        FlexmarkReader(String html) {
            this.html = html;
        }

        Element read() {
            Element body = new Element("body");
            List<Element> open = new ArrayList<>();
            open.add(body);
            StringBuilder text = new StringBuilder();
            int n = html.length();
            while (at < n) {
                char c = html.charAt(at);
                if (c == '<') {
                    Element parent = open.get(open.size() - 1);
                    if (text.length() > 0) {
                        parent.children.add(text.toString());
                        text.setLength(0);
                    }
                    if (at + 1 < n && html.charAt(at + 1) == '/') {
                        int end = html.indexOf('>', at);
                        if (end < 0 || open.size() == 1 || !html.regionMatches(at + 2, parent.tag, 0, end - at - 2)
                                || parent.tag.length() != end - at - 2) {
                            return null;
                        }
                        open.remove(open.size() - 1);
                        at = end + 1;
                        continue;
                    }
                    Element e = startTag(open);
                    if (e == null) return null;
                    parent.add(e);
                    if (!VOID.contains(e.tag)) open.add(e);
                } else if (c == '&') {
                    int ch = reference();
                    if (ch < 0) return null;
                    text.appendCodePoint(ch);
                } else if (c == '\0' || c == '\r') {
                    return null;
                } else {
                    text.append(c);
                    at++;
                }
            }
            if (open.size() != 1) return null;
            if (text.length() > 0) body.children.add(text.toString());
            return body;
        }

        /** The element whose start tag is at {@link #at}, read past its end; null when it is not one Flexmark writes. */
        private Element startTag(List<Element> open) {
            int n = html.length();
            int i = at + 1;
            while (i < n && (Character.isLowerCase(html.charAt(i)) || Character.isDigit(html.charAt(i))) && html.charAt(i) < 128) i++;
            String tag = html.substring(at + 1, i);
            Set<String> allowed = FLEXMARK.get(tag);
            if (allowed == null) return null;
            if (tag.equals("a")) {
                for (Element o : open) {
                    if (o.tag.equals("a")) return null;
                }
            }
            Element e = new Element(tag);
            while (true) {
                if (i >= n) return null;
                char c = html.charAt(i);
                if (c == '>') {
                    i++;
                    break;
                }
                if (c == ' ' && html.startsWith("/>", i + 1) && VOID.contains(tag)) {
                    i += 3;
                    break;
                }
                if (c != ' ') return null;
                int name = ++i;
                while (i < n && ((html.charAt(i) >= 'a' && html.charAt(i) <= 'z') || html.charAt(i) == '-')) i++;
                String key = html.substring(name, i);
                if (!allowed.contains(key) || e.hasAttr(key) || !html.startsWith("=\"", i)) return null;
                int close = html.indexOf('"', i + 2);
                if (close < 0) return null;
                at = i + 2;
                StringBuilder value = new StringBuilder(close - at);
                while (at < close) {
                    char v = html.charAt(at);
                    if (v == '&') {
                        int ch = reference();
                        if (ch < 0 || at > close) return null;
                        value.appendCodePoint(ch);
                    } else if (v == '\0' || v == '\r') {
                        return null;
                    } else {
                        value.append(v);
                        at++;
                    }
                }
                String v = value.toString();
                if (key.equals("href") && !kept(v, LINK_SCHEMES)) return null;
                if (key.equals("src") && !kept(v, IMAGE_SCHEMES)) return null;
                e.attributes.add(key);
                e.attributes.add(v);
                i = close + 1;
            }
            // the HTML parser drops a newline just after <pre>
            if (tag.equals("pre") && i < n && html.charAt(i) == '\n') return null;
            at = i;
            return e;
        }

        /**
         * The character of the reference at {@link #at}, read past it, or -1: the four Flexmark
         * escapes with, and numeric references to characters that the HTML parser reads as written
         * (not NUL, surrogates, C1 controls it maps to Windows-1252, or beyond Unicode).
         */
        private int reference() {
            int end = html.indexOf(';', at);
            if (end < 0 || end - at > 12) return -1;
            String name = html.substring(at + 1, end);
            at = end + 1;
            switch (name) {
                case "amp":
                    return '&';
                case "lt":
                    return '<';
                case "gt":
                    return '>';
                case "quot":
                    return '"';
                default:
                    break;
            }
            if (name.length() < 2 || name.charAt(0) != '#') return -1;
            int cp;
            try {
                cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1), 10);
            } catch (NumberFormatException e) {
                return -1;
            }
            if (cp <= 0 || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || cp == '\r') return -1;
            return cp;
        }

        /**
         * Whether the cleaner surely keeps {@code url} as written: a scheme it allows, or a
         * relative URL without one (which it resolves against its base, whose scheme it allows).
         * Empty, protocol-relative, or with whitespace or control characters: not sure.
         */
        private static boolean kept(String url, Set<String> schemes) {
            if (url.isEmpty() || url.startsWith("//")) return false;
            int colon = -1;
            for (int i = 0; i < url.length(); i++) {
                char c = url.charAt(i);
                if (c <= ' ' || (c >= 0x7F && c <= 0x9F)) return false;
                if (colon < 0 && (c == '/' || c == '?' || c == '#')) colon = Integer.MAX_VALUE;
                if (colon < 0 && c == ':') colon = i;
            }
            if (colon < 0 || colon == Integer.MAX_VALUE) return true;
            String scheme = url.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            return schemes.contains(scheme);
        }
    }

    private static void print(Object node, StringBuilder out) {
        if (node instanceof String text) {
            escape(text, false, out);
            return;
        }
        Element e = (Element) node;
        out.append('<').append(e.tag);
        for (int i = 0; i < e.attributes.size(); i += 2) {
            out.append(' ').append(e.attributes.get(i)).append("=\"");
            escape(e.attributes.get(i + 1), true, out);
            out.append('"');
        }
        out.append('>');
        if (VOID.contains(e.tag) && e.children.isEmpty()) return;
        // the parser drops a newline just after these start tags, so one more keeps the text's own
        if ((e.tag.equals("pre") || e.tag.equals("textarea") || e.tag.equals("listing")) && !e.children.isEmpty()
                && e.children.get(0) instanceof String first && (first.startsWith("\n") || first.startsWith("\r"))) {
            out.append('\n');
        }
        for (Object child : e.children) print(child, out);
        out.append("</").append(e.tag).append('>');
    }

    /** Escapes as jsoup does for HTML in UTF-8. */
    private static void escape(String s, boolean inAttribute, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '\u00A0' -> out.append("&nbsp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }

    /** No {@code pre} above: a distance larger than any jsoup looks at. */
    private static final int NO_PRE = 1 << 20;

    /**
     * jsoup's text of {@code parent}'s child at {@code index}, added to {@code out}; {@code pre} is
     * how many elements up from {@code parent} the nearest {@code pre} is (0: the parent itself).
     * Text is kept as written when a {@code pre} is at most five elements above its parent, as far
     * as jsoup looks.
     */
    private static void text(Element parent, int index, int pre, StringBuilder out) {
        Object node = parent.children.get(index);
        if (node instanceof String s) {
            if (pre <= 5) out.append(s);
            else appendNormalised(s, lastIsSpace(out), out);
            return;
        }
        Element e = (Element) node;
        boolean block = !INLINE.contains(e.tag);
        if (out.length() > 0 && (block || e.tag.equals("br")) && !lastIsSpace(out)) out.append(' ');
        int below = e.tag.equals("pre") ? 0 : pre >= NO_PRE ? NO_PRE : pre + 1;
        for (int i = 0; i < e.children.size(); i++) text(e, i, below, out);
        // a text boundary (an image), a block, or an inline element holding a block is followed by a space
        boolean apart = e.tag.equals("img") || block || hasBlockChild(e);
        if (apart && index + 1 < parent.children.size() && !lastIsSpace(out)) {
            Object next = parent.children.get(index + 1);
            if (next instanceof String || INLINE.contains(((Element) next).tag)) out.append(' ');
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Object child : e.children) {
            if (child instanceof Element c && !INLINE.contains(c.tag)) return true;
        }
        return false;
    }

    private static boolean lastIsSpace(StringBuilder out) {
        return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
    }

    /** jsoup's whitespace normalisation: runs of whitespace become one space; zero-width spaces and soft hyphens go. */
    private static void appendNormalised(String s, boolean stripLeading, StringBuilder out) {
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                if ((stripLeading && !reachedNonWhite) || lastWasWhite) continue;
                out.append(' ');
                lastWasWhite = true;
            } else if (c != 8203 && c != 173) {
                out.appendCodePoint(c);
                lastWasWhite = false;
                reachedNonWhite = true;
            }
        }
    }
}
