package vn.vungcao.ssg.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header texts by which a statement's columns are found. Each column has a list of
 * alternative header texts, tried in order (the first alternative found in the header row wins).
 * Texts match a header cell ignoring case, accents, punctuation and spacing, and match either half
 * of a bilingual header: {@code "Số dư"} and {@code "balance"} both match {@code "Số dư/ Balance"}.
 * Immutable.
 *
 * @param name    what the layout is called in messages, e.g. {@code "vietcombank"}
 * @param headers for each column, its alternative header texts; a column that is absent or has an
 *                empty list is not looked for
 */
public record Layout(String name, Map<Column, List<String>> headers) {

    public Layout {
        if (name == null || headers == null) throw new IllegalArgumentException("name and headers are required");
        EnumMap<Column, List<String>> copy = new EnumMap<>(Column.class);
        headers.forEach((column, names) -> {
            if (names.stream().anyMatch(n -> n == null || n.isBlank())) {
                throw new IllegalArgumentException("blank header text for " + column);
            }
            if (!names.isEmpty()) copy.put(column, List.copyOf(names));
        });
        headers = Map.copyOf(copy);
    }

    /** The alternative header texts of {@code column}, in order; empty when it is not looked for. */
    public List<String> names(Column column) {
        return headers.getOrDefault(column, List.of());
    }

    /**
     * This layout with the header texts of some columns replaced. Naming a signed
     * {@link Column#AMOUNT} column drops the debit and credit texts that are not also given, and
     * naming a debit or credit column drops the amount texts that are not also given, so a file is
     * never read both ways.
     *
     * @param overrides header texts by column; columns not in it keep their texts
     */
    public Layout with(Map<Column, List<String>> overrides) {
        if (overrides.isEmpty()) return this;
        EnumMap<Column, List<String>> merged = new EnumMap<>(Column.class);
        merged.putAll(headers);
        if (overrides.containsKey(Column.AMOUNT)) {
            merged.remove(Column.DEBIT);
            merged.remove(Column.CREDIT);
        }
        if (overrides.containsKey(Column.DEBIT) || overrides.containsKey(Column.CREDIT)) {
            merged.remove(Column.AMOUNT);
        }
        merged.putAll(overrides);
        return new Layout(name, merged);
    }
}
