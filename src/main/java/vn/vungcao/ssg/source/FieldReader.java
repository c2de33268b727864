package vn.vungcao.ssg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.text.UrlPolicy;

/**
 * Reads typed values out of a front-matter mapping, reporting each wrong one with its position
 * and going on. One instance per file; not thread-safe.
 */
public final class FieldReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:?\\d{2})?");

    private final YamlNode.Mapping mapping;
    private final String file;
    private final Diagnostics diagnostics;
    /** Known keys that an unknown key was taken for; their absence is not reported again. */
    private final Set<String> misspelt = new HashSet<>();

    public FieldReader(YamlNode.Mapping mapping, String file, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public String file() {
        return file;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The keys as written, in order. */
    public List<YamlNode.Entry> entries() {
        return mapping.entries();
    }

    /** Reports every key that is not in {@code known}, suggesting the nearest known key. */
    public void rejectUnknown(Collection<String> known, String what) {
        for (YamlNode.Entry e : mapping.entries()) {
            if (!known.contains(e.key())) reportUnknown(e, known, what);
        }
    }

    /** Reports {@code entry} as an unknown field of {@code what}, the catalog's words for it ({@code term.news}: "a news post"). */
    public void reportUnknown(YamlNode.Entry entry, Collection<String> known, String what) {
        String suggestion = Suggestions.nearest(entry.key(), known);
        if (suggestion != null) misspelt.add(suggestion);
        if (suggestion != null) {
            diagnostics.error("field.unknown", entry.keyPosition(), entry.key(), new Messages.Term(what), suggestion);
        } else {
            diagnostics.error("field.unknown/list", entry.keyPosition(), entry.key(), new Messages.Term(what),
                    known.stream().sorted().toList());
        }
    }

    public boolean has(String key) {
        return mapping.entry(key).isPresent();
    }

    /** Where the value of {@code key} starts, or line 1 of the file when the key is absent. */
    public Position at(String key) {
        return mapping.entry(key).map(e -> e.value().position()).orElse(new Position(file, 1, 1));
    }

    /** Key positions of every key present, sorted by key. */
    public Map<String, Position> keyPositions() {
        Map<String, Position> map = new TreeMap<>();
        for (YamlNode.Entry e : mapping.entries()) map.put(e.key(), e.keyPosition());
        return Collections.unmodifiableMap(map);
    }

    /**
     * Notes, without reporting them, the keys that are not in {@code known} and look like a known
     * key mistyped: a later stage reports them, and the known key is then not reported missing.
     */
    public void expectTypos(Collection<String> known) {
        for (YamlNode.Entry e : mapping.entries()) {
            if (known.contains(e.key())) continue;
            String suggestion = Suggestions.nearest(e.key(), known);
            if (suggestion != null) misspelt.add(suggestion);
        }
    }

    /** Value positions of every key present, sorted by key. */
    public Map<String, Position> positions() {
        Map<String, Position> map = new TreeMap<>();
        for (YamlNode.Entry e : mapping.entries()) map.put(e.key(), e.value().position());
        return Collections.unmodifiableMap(map);
    }

    private Optional<YamlNode> node(String key, boolean required, String example) {
        Optional<YamlNode.Entry> entry = mapping.entry(key);
        if (entry.isEmpty() || isEmpty(entry.get().value())) {
            if (required && !misspelt.contains(key)) {
                diagnostics.error("field.required", new Position(file, 1, 1), key, example);
            }
            return Optional.empty();
        }
        return Optional.of(entry.get().value());
    }

    private static boolean isEmpty(YamlNode node) {
        return node instanceof YamlNode.Scalar s
                && (s.kind() == YamlNode.ScalarKind.NULL || (s.kind() == YamlNode.ScalarKind.STRING && s.text().isBlank()));
    }

    /** @param expected the catalog's words for what was expected ({@code yaml.kind.list}) */
    private void wrongType(String key, YamlNode node, String expected, String example) {
        Object actual = node instanceof YamlNode.Scalar sc && sc.kind() != YamlNode.ScalarKind.NULL
                ? "'" + sc.text() + "'" : node.describe();
        diagnostics.error("field.wrong-type", node.position(), key, new Messages.Term(expected), actual, example);
    }

    /** A single line of text (numbers and booleans are taken as written). */
    public Optional<String> text(String key, boolean required, String example) {
        Optional<YamlNode> node = node(key, required, example);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlNode.Scalar s) return Optional.of(s.text().strip());
        wrongType(key, node.get(), "yaml.kind.text", example);
        return Optional.empty();
    }

    /** A whole number between {@code min} and {@code max}; digits in quotes are accepted. */
    public Optional<Long> integer(String key, boolean required, long min, long max, String example) {
        Optional<YamlNode> node = node(key, required, example);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlNode.Scalar s
                && (s.kind() == YamlNode.ScalarKind.INTEGER || s.kind() == YamlNode.ScalarKind.STRING)) {
            String digits = s.text().strip().replace("_", "");
            try {
                long value = Long.parseLong(digits);
                if (value < min || value > max) {
                    diagnostics.error("field.out-of-range", s.position(), key, value, min, max, example);
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                // fall through to the type error
            }
        }
        wrongType(key, node.get(), "field.expected.whole-number", example);
        return Optional.empty();
    }

    /** {@code true} or {@code false}. */
    public Optional<Boolean> bool(String key, boolean required) {
        Optional<YamlNode> node = node(key, required, "true");
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT)));
        }
        wrongType(key, node.get(), "yaml.kind.boolean", "true");
        return Optional.empty();
    }

    /** One of {@code allowed}, exactly as written there. */
    public Optional<String> oneOf(String key, boolean required, List<String> allowed) {
        Optional<String> value = text(key, required, allowed.get(0));
        if (value.isEmpty()) return value;
        if (allowed.contains(value.get())) return value;
        String suggestion = Suggestions.nearest(value.get(), allowed);
        if (suggestion != null) diagnostics.error("field.not-allowed-value", at(key), key, value.get(), allowed, suggestion);
        else diagnostics.error("field.not-allowed-value/list", at(key), key, value.get(), allowed);
        return Optional.empty();
    }

    /** A calendar date written {@code YYYY-MM-DD}. */
    public Optional<LocalDate> date(String key, boolean required) {
        Optional<String> value = text(key, required, "2021-07-15");
        if (value.isEmpty()) return Optional.empty();
        Matcher m = DATE.matcher(value.get());
        if (!m.matches()) {
            Matcher dt = DATE_TIME.matcher(value.get());
            if (dt.matches()) {
                return parseDate(key, dt.group(1));
            }
            badDateFormat(key, value.get());
            return Optional.empty();
        }
        return parseDate(key, value.get());
    }

    /**
     * A date, or a date and time ({@code 2021-07-15 08:30}, {@code 2021-07-15T08:30:00+07:00}), in
     * {@code zone} when no offset is written. A bare date is the start of that day.
     */
    public Optional<ZonedDateTime> dateTime(String key, boolean required, ZoneId zone) {
        Optional<String> value = text(key, required, "2021-07-15");
        if (value.isEmpty()) return Optional.empty();
        String v = value.get();
        if (DATE.matcher(v).matches()) {
            return parseDate(key, v).map(d -> d.atStartOfDay(zone));
        }
        Matcher m = DATE_TIME.matcher(v);
        if (!m.matches()) {
            badDateFormat(key, v);
            return Optional.empty();
        }
        Optional<LocalDate> day = parseDate(key, m.group(1));
        if (day.isEmpty()) return Optional.empty();
        try {
            int hour = Integer.parseInt(m.group(2));
            int minute = Integer.parseInt(m.group(3));
            int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            LocalDateTime local = day.get().atTime(hour, minute, second);
            if (m.group(5) == null) return Optional.of(local.atZone(zone));
            String offset = m.group(5).equals("Z") ? "Z" : m.group(5).replaceFirst("(\\d{2})(\\d{2})$", "$1:$2");
            return Optional.of(OffsetDateTime.of(local, ZoneOffset.of(offset)).atZoneSameInstant(zone));
        } catch (DateTimeException e) {
            diagnostics.error("field.bad-date/time", at(key), key, v);
            return Optional.empty();
        }
    }

    private void badDateFormat(String key, String value) {
        diagnostics.error("field.bad-date/form", at(key), key, value);
    }

    private Optional<LocalDate> parseDate(String key, String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            badDateFormat(key, value);
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            if (month < 1 || month > 12) diagnostics.error("field.bad-date/month", at(key), key, value, month);
            else diagnostics.error("field.bad-date", at(key), key, value, month, year, YearMonth.of(year, month).lengthOfMonth());
            return Optional.empty();
        }
    }

    /** A list of texts; a single text is taken as a list of one. */
    public List<String> textList(String key, String example) {
        Optional<YamlNode> node = node(key, false, example);
        if (node.isEmpty()) return List.of();
        if (node.get() instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) {
            return List.of(s.text().strip());
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) {
                    if (!s.text().isBlank()) out.add(s.text().strip());
                } else {
                    diagnostics.error("field.wrong-type/item", item.position(), key, item.describe(), example);
                }
            }
            return List.copyOf(out);
        }
        wrongType(key, node.get(), "yaml.kind.list", example);
        return List.of();
    }

    /**
     * The path of a file under {@code content/}, as the site publishes it: {@code /images/a.jpg}
     * for {@code content/images/a.jpg}. Written without its leading slash ({@code images/a.jpg})
     * or from the repository ({@code content/images/a.jpg}), it is read as meant, with a warning
     * that shows the form to write ({@code field.path-form}). An address ({@code https://…}), a
     * path that climbs out ({@code ..}) or one with a backslash is an error ({@code field.not-a-file}).
     */
    public Optional<String> sitePath(String key, String example) {
        return text(key, false, example).flatMap(v -> sitePath(key, v, at(key), example));
    }

    /** As {@link #sitePath(String, String)} for each item of a list field. */
    public List<String> sitePaths(String key, String example) {
        List<String> values = textList(key, "[" + example + "]");
        List<Position> where = itemPositions(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            sitePath(key, values.get(i), i < where.size() ? where.get(i) : at(key), example).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private Optional<String> sitePath(String key, String value, Position where, String example) {
        String v = value.strip();
        if (UrlPolicy.scheme(v).isPresent() || v.startsWith("//") || v.contains("\\")
                || ("/" + v + "/").contains("/../")) {
            diagnostics.error("field.not-a-file", where, key, DiagnosticPrinter.printable(v), example);
            return Optional.empty();
        }
        String p = v;
        while (p.startsWith("./")) p = p.substring(2);
        if (p.startsWith("content/")) p = p.substring("content".length());
        if (!p.startsWith("/")) p = "/" + p;
        if (!p.equals(v)) {
            diagnostics.warning("field.path-form", where, v, p, key);
        }
        return Optional.of(p);
    }

    /** The positions of each item of a list field (empty when the field is not a list). */
    public List<Position> itemPositions(String key) {
        return mapping.entry(key).map(e -> e.value() instanceof YamlNode.Sequence seq
                ? seq.items().stream().map(YamlNode::position).toList()
                : List.of(e.value().position())).orElse(List.of());
    }

    /** A nested group of fields. */
    public Optional<YamlNode.Mapping> mapping(String key) {
        Optional<YamlNode> node = node(key, false, "");
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlNode.Mapping m) return Optional.of(m);
        wrongType(key, node.get(), "field.expected.group", "\n  name: value");
        return Optional.empty();
    }

    /** A nested list. */
    public Optional<YamlNode.Sequence> sequence(String key) {
        Optional<YamlNode> node = node(key, false, "");
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlNode.Sequence s) return Optional.of(s);
        wrongType(key, node.get(), "yaml.kind.list", "[a, b]");
        return Optional.empty();
    }
}
