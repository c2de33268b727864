package vn.vungcao.ssg.ledger;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.source.FieldReader;
import vn.vungcao.ssg.source.YamlNode;

/**
 * How to read the club's bank exports, from the {@code ledger:} section of
 * {@code site-config.yml}. Immutable.
 *
 * @param preset        the preset's name ({@code "auto"} or a {@link Preset#key()}), for messages
 * @param layouts       the header layouts tried on each file, in order (one for a named preset,
 *                      all of them for {@code auto}); never empty
 * @param dateFormats   the {@link DateTimeFormatter} patterns tried on a date written as text, in
 *                      order, e.g. {@code "dd/MM/yyyy HH:mm:ss"}; never empty
 * @param amountFormats the amount formats tried on an amount written as text, in order; never empty
 * @param encoding      the encoding of CSV files without a byte-order mark (a file with a UTF-8 or
 *                      UTF-16 byte-order mark is read as such whatever this says)
 * @param maskNames     whether donors' names are masked on the site
 * @param maskAccounts  whether account numbers (and other long numbers) are masked on the site
 */
public record LedgerSettings(String preset, List<Layout> layouts, List<String> dateFormats,
        List<AmountFormat> amountFormats, Charset encoding, boolean maskNames, boolean maskAccounts) {

    /** The keys of the {@code ledger:} section. */
    public static final List<String> KEYS = List.of("preset", "columns", "date_format", "thousands", "decimal",
            "encoding", "mask_names", "mask_accounts");

    /** The date patterns used when {@code date_format} is not set: day first, with or without a time. */
    public static final List<String> DEFAULT_DATE_FORMATS =
            List.of("d/M/yyyy", "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "d-M-yyyy", "d-M-yyyy H:mm:ss", "yyyy-MM-dd");

    private static final String WHERE = "term.ledger";

    public LedgerSettings {
        if (preset == null || layouts == null || dateFormats == null || amountFormats == null || encoding == null) {
            throw new IllegalArgumentException("every setting is required");
        }
        if (layouts.isEmpty() || dateFormats.isEmpty() || amountFormats.isEmpty()) {
            throw new IllegalArgumentException("layouts, date formats and amount formats must not be empty");
        }
        layouts = List.copyOf(layouts);
        dateFormats = List.copyOf(dateFormats);
        amountFormats = List.copyOf(amountFormats);
        for (String pattern : dateFormats) {
            if (datePatternProblem(pattern).isPresent()) throw new IllegalArgumentException("bad date pattern " + pattern);
        }
    }

    /** Preset {@code auto}, the default date patterns, either amount style, UTF-8, everything masked. */
    public static LedgerSettings defaults() {
        return new LedgerSettings(Preset.AUTO, Arrays.stream(Preset.values()).map(Preset::layout).toList(),
                DEFAULT_DATE_FORMATS, AmountFormat.AUTO, StandardCharsets.UTF_8, true, true);
    }

    /** The defaults, with only the layout of {@code preset}. */
    public static LedgerSettings of(Preset preset) {
        return defaults().withLayouts(preset.key(), List.of(preset.layout()));
    }

    /** These settings with other layouts. */
    public LedgerSettings withLayouts(String preset, List<Layout> layouts) {
        return new LedgerSettings(preset, layouts, dateFormats, amountFormats, encoding, maskNames, maskAccounts);
    }

    /** These settings with another CSV encoding. */
    public LedgerSettings withEncoding(Charset encoding) {
        return new LedgerSettings(preset, layouts, dateFormats, amountFormats, encoding, maskNames, maskAccounts);
    }

    /** These settings with other masking choices. */
    public LedgerSettings withMasking(boolean maskNames, boolean maskAccounts) {
        return new LedgerSettings(preset, layouts, dateFormats, amountFormats, encoding, maskNames, maskAccounts);
    }

    /** The {@link #dateFormats} as strict formatters, in order ({@code yyyy} is read as a year). */
    List<DateTimeFormatter> dateFormatters() {
        return dateFormats.stream().map(LedgerSettings::formatter).toList();
    }

    private static DateTimeFormatter formatter(String pattern) {
        // Strict resolving rejects 31/02; it needs 'u' (proleptic year) where people write 'y'.
        StringBuilder p = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') quoted = !quoted;
            p.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(p.toString()).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Why {@code pattern} cannot be a date pattern, if it cannot: a message key of {@code ledger.bad-setting}. */
    private static Optional<String> datePatternProblem(String pattern) {
        try {
            formatter(pattern);
        } catch (IllegalArgumentException e) {
            return Optional.of("ledger.bad-setting/date-format");
        }
        String letters = pattern.replaceAll("'[^']*'", "");
        if (!letters.contains("d") || !letters.contains("M") || !(letters.contains("y") || letters.contains("u"))) {
            return Optional.of("ledger.bad-setting/date-parts");
        }
        return Optional.empty();
    }

    /**
     * Reads the {@code ledger:} section of {@code site-config.yml}. Keys: {@code preset}
     * ({@code auto} or a bank), {@code columns} (a group with any of {@code date, debit, credit,
     * amount, balance, memo, counterparty, account}, each a header text or a list of them, taking
     * the place of the preset's texts for that column), {@code date_format} (a pattern or a list),
     * {@code thousands} ({@code auto}, {@code "."} or {@code ","}), {@code decimal} ({@code "."} or
     * {@code ","}), {@code encoding}, {@code mask_names}, {@code mask_accounts}. Every problem is
     * reported with its position and the default is used in its place; never throws on bad input.
     *
     * @param ledger the section's mapping
     * @param file   the config file's site path, for positions
     */
    public static LedgerSettings read(YamlNode.Mapping ledger, String file, Diagnostics d) {
        LedgerSettings defaults = defaults();
        FieldReader f = new FieldReader(ledger, file, d);
        f.rejectUnknown(KEYS, WHERE);

        String preset = f.oneOf("preset", false, Preset.keys()).orElse(Preset.AUTO);
        List<Layout> layouts = Preset.ofKey(preset).map(p -> List.of(p.layout())).orElse(defaults.layouts());
        Map<Column, List<String>> overrides = columns(f, file, d);
        layouts = layouts.stream().map(l -> l.with(overrides)).toList();

        List<String> dateFormats = dateFormats(f, d);
        List<AmountFormat> amountFormats = amountFormats(f, d);
        Charset encoding = f.text("encoding", false, "windows-1258").flatMap(name -> charset(name, f.at("encoding"), d))
                .orElse(defaults.encoding());
        boolean maskNames = f.bool("mask_names", false).orElse(true);
        boolean maskAccounts = f.bool("mask_accounts", false).orElse(true);
        return new LedgerSettings(preset, layouts, dateFormats.isEmpty() ? DEFAULT_DATE_FORMATS : dateFormats,
                amountFormats, encoding, maskNames, maskAccounts);
    }

    private static Map<Column, List<String>> columns(FieldReader f, String file, Diagnostics d) {
        Map<Column, List<String>> overrides = new EnumMap<>(Column.class);
        Optional<YamlNode.Mapping> columns = f.mapping("columns");
        if (columns.isEmpty()) return overrides;
        FieldReader c = new FieldReader(columns.get(), file, d);
        c.rejectUnknown(Arrays.stream(Column.values()).map(Column::key).toList(), "term.ledger-columns");
        for (Column column : Column.values()) {
            List<String> names = c.textList(column.key(), "[\"Ngày GD\", \"Ngày giao dịch\"]");
            if (!names.isEmpty()) overrides.put(column, names);
        }
        return overrides;
    }

    private static List<String> dateFormats(FieldReader f, Diagnostics d) {
        List<String> patterns = f.textList("date_format", "[dd/MM/yyyy, dd/MM/yyyy HH:mm:ss]");
        List<Position> positions = f.itemPositions("date_format");
        List<String> good = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            Optional<String> problem = datePatternProblem(pattern);
            if (problem.isPresent()) {
                Position at = i < positions.size() ? positions.get(i) : f.at("date_format");
                d.error("ledger.bad-setting/date", at, pattern, new Messages.Term(problem.get()));
            } else {
                good.add(pattern);
            }
        }
        return good;
    }

    private static List<AmountFormat> amountFormats(FieldReader f, Diagnostics d) {
        Optional<String> thousands = f.oneOf("thousands", false, List.of("auto", ".", ","));
        Optional<String> decimal = f.oneOf("decimal", false, List.of(".", ","));
        if (thousands.isPresent() && !thousands.get().equals("auto")) {
            char t = thousands.get().charAt(0);
            char dec = decimal.map(s -> s.charAt(0)).orElse(t == '.' ? ',' : '.');
            if (dec == t) {
                d.error("ledger.bad-setting/decimal", f.at("decimal"), dec);
                dec = t == '.' ? ',' : '.';
            }
            return List.of(new AmountFormat(t, dec));
        }
        if (decimal.isPresent()) {
            char dec = decimal.get().charAt(0);
            return List.of(new AmountFormat(dec == '.' ? ',' : '.', dec));
        }
        return AmountFormat.AUTO;
    }

    private static Optional<Charset> charset(String name, Position at, Diagnostics d) {
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            d.error("ledger.bad-setting/encoding", at, name);
            return Optional.empty();
        }
    }
}
