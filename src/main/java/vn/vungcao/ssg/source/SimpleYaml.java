package vn.vungcao.ssg.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import vn.vungcao.ssg.diag.Position;

/**
 * A fast path for front matter of the simplest kind, which most content files have: one
 * {@code key: value} per line, a value being a word or words, a quoted text without escapes, a
 * list in brackets ({@code [a, b]}) or a list of {@code - item} lines. For such text this gives
 * exactly what {@link YamlReader} gives through Jackson and SnakeYAML (the same values, kinds and
 * positions), without their scanner and parser per file; anything else (comments, tabs, nested
 * groups, escapes, empty values, numbers other than plain integers, yes/no, a key written twice)
 * is left to them. Scalars are typed by SnakeYAML's own resolver. Thread-safe.
 */
final class SimpleYaml {

    /** SnakeYAML's implicit types; it only reads its tables once made. */
    private static final Resolver RESOLVER = new Resolver();

    private SimpleYaml() {
    }

    /**
     * The mapping of {@code yaml}, whose first line is line {@code lineOffset + 1} of {@code file},
     * or null when it is not of the simple kind.
     */
    static YamlNode.Mapping read(String yaml, String file, int lineOffset) {
        if (!printable(yaml)) return null;
        String[] lines = yaml.split("\n", -1);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Position first = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            int line1 = i + 1 + lineOffset;
            int colon = keyEnd(line);
            if (colon < 0) return null;
            String key = line.substring(0, colon);
            if (!keys.add(key)) return null;
            Position keyAt = new Position(file, line1, 1);
            if (first == null) first = keyAt;
            int start = colon + 1;
            while (start < line.length() && line.charAt(start) == ' ') start++;
            YamlNode value;
            if (start == line.length()) {
                // "key:" alone: a list of "- item" lines follows, or it is an empty value
                List<YamlNode> items = new ArrayList<>();
                Position listAt = null;
                int indent = -1;
                while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                    String item = lines[i + 1];
                    int dash = 0;
                    while (dash < item.length() && item.charAt(dash) == ' ') dash++;
                    if (!item.startsWith("- ", dash) || (indent >= 0 && dash != indent)) break;
                    if (indent < 0 && dash == 0) return null; // a list not indented: SnakeYAML places it differently
                    indent = dash;
                    i++;
                    int from = dash + 2;
                    while (from < item.length() && item.charAt(from) == ' ') from++;
                    YamlNode v = scalar(item, from, item.length(), file, i + 1 + lineOffset, false);
                    if (v == null) return null;
                    if (listAt == null) listAt = new Position(file, i + 1 + lineOffset, dash + 1);
                    items.add(v);
                }
                if (items.isEmpty()) return null;
                value = new YamlNode.Sequence(listAt, items);
            } else if (line.charAt(start) == '[') {
                value = flowList(line, start, file, line1);
            } else {
                value = scalar(line, start, line.length(), file, line1, false);
            }
            if (value == null) return null;
            entries.add(new YamlNode.Entry(key, keyAt, value));
        }
        if (first == null) return null;
        return new YamlNode.Mapping(first, entries);
    }

    /** The index of the ':' after a key at the start of {@code line} followed by a space or the end, or -1. */
    private static int keyEnd(String line) {
        if (line.isEmpty() || !(Character.isLetter(line.charAt(0)) && line.charAt(0) < 128 || line.charAt(0) == '_')) return -1;
        int i = 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if ((c < 128 && Character.isLetterOrDigit(c)) || c == '_' || c == '-') i++;
            else break;
        }
        if (i >= line.length() || line.charAt(i) != ':') return -1;
        if (i + 1 < line.length() && line.charAt(i + 1) != ' ') return -1;
        return i;
    }

    /** A list in brackets on one line: plain or quoted items separated by commas. */
    private static YamlNode flowList(String line, int open, String file, int line1) {
        int close = line.length();
        while (close > open && line.charAt(close - 1) == ' ') close--;
        close--;
        if (close <= open || line.charAt(close) != ']') return null;
        List<YamlNode> items = new ArrayList<>();
        int from = open + 1;
        if (line.substring(from, close).isBlank()) {
            return new YamlNode.Sequence(new Position(file, line1, open + 1), items);
        }
        while (from <= close) {
            int comma = line.indexOf(',', from);
            int end = comma < 0 || comma > close ? close : comma;
            int s = from;
            while (s < end && line.charAt(s) == ' ') s++;
            YamlNode v = scalar(line, s, end, file, line1, true);
            if (v == null) return null;
            items.add(v);
            from = end + 1;
        }
        return new YamlNode.Sequence(new Position(file, line1, open + 1), items);
    }

    /**
     * The scalar written from {@code from} to {@code to} of {@code line} (trailing spaces
     * ignored), or null when it is not a simple one: plain (not starting with an indicator, no
     * ": " nor ending in ':', in brackets no comma or bracket), or quoted without escapes.
     */
    private static YamlNode.Scalar scalar(String line, int from, int to, String file, int line1, boolean inFlow) {
        while (to > from && line.charAt(to - 1) == ' ') to--;
        if (to <= from) return null;
        Position at = new Position(file, line1, from + 1);
        char first = line.charAt(from);
        if (first == '"' || first == '\'') {
            if (to - from < 2 || line.charAt(to - 1) != first) return null;
            String text = line.substring(from + 1, to - 1);
            if (text.indexOf(first) >= 0 || text.indexOf('\\') >= 0) return null;
            return new YamlNode.Scalar(at, text, YamlNode.ScalarKind.STRING);
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) return null;
        String text = line.substring(from, to);
        if (text.endsWith(":") || text.contains(": ") || text.contains(" #") || text.contains("  ")) return null;
        if (inFlow && (text.indexOf('[') >= 0 || text.indexOf(']') >= 0 || text.indexOf('{') >= 0 || text.indexOf('}') >= 0
                || text.indexOf(':') >= 0)) {
            return null;
        }
        // the resolver's regular expressions answer the same for the commonest values: a plain
        // integer is an int, and a word starting with a letter none of its types starts with
        if (plainInteger(text)) return new YamlNode.Scalar(at, text, YamlNode.ScalarKind.INTEGER);
        if (Character.isLetter(first) && "yYnNtTfFoO".indexOf(first) < 0) return new YamlNode.Scalar(at, text, YamlNode.ScalarKind.STRING);
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
        YamlNode.ScalarKind kind;
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            kind = YamlNode.ScalarKind.STRING;
        } else if (tag.equals(Tag.INT) && plainInteger(text)) {
            kind = YamlNode.ScalarKind.INTEGER;
        } else if (tag.equals(Tag.BOOL) && (text.equals("true") || text.equals("false"))) {
            kind = YamlNode.ScalarKind.BOOLEAN;
        } else {
            return null;
        }
        return new YamlNode.Scalar(at, text, kind);
    }

    /** An integer without sign, leading zero or separators, of at most 18 digits. */
    private static boolean plainInteger(String text) {
        if (text.length() > 18 || (text.length() > 1 && text.charAt(0) == '0')) return false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
        }
        return true;
    }

    /**
     * Whether every character is one SnakeYAML reads as plain printable text on a line: no tab,
     * carriage return, control, byte-order mark, unpaired surrogate, or YAML 1.1 line break
     * (U+0085, U+2028, U+2029).
     */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c < 0x2028) || (c > 0x2029 && c < 0xD800)
                    || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }
}
