package vn.vungcao.ssg.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.vungcao.ssg.text.Fold;

/**
 * Finding a statement's header row and recognising its label rows (opening balance, totals,
 * closing balance). Texts are compared after {@link #normal(String) normalising}, on the whole
 * cell and on each half of a bilingual cell ({@code "Số dư/ Balance"}, or two lines).
 */
final class Headers {

    /** How many rows from the top of a sheet are searched for the header row. */
    static final int SEARCHED_ROWS = 40;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern HALVES = Pattern.compile("[/|\\n\\r]+");

    /** The header texts every preset accepts: the names listed in RECIPES.md and their English halves. */
    static final Map<Column, List<String>> COMMON = commonNames();

    /** What a label row says. */
    enum Label { OPENING, CLOSING, TOTAL }

    private static final List<String> OPENING = List.of("so du dau ky", "so du dau", "du dau ky", "opening balance",
            "beginning balance");
    private static final List<String> CLOSING = List.of("so du cuoi ky", "so du cuoi", "du cuoi ky", "closing balance",
            "ending balance");
    /** Totals labels; "tong" and "cong" only alone, since "Công ty …" and the surname Tống fold to them. */
    private static final List<String> TOTAL = List.of("tong cong", "tong phat sinh", "tong so", "cong phat sinh",
            "total", "doanh so");
    private static final List<String> TOTAL_ALONE = List.of("tong", "cong");

    /**
     * The header row that was found.
     *
     * @param index   its index in the list of rows
     * @param layout  the layout whose texts matched
     * @param columns the 1-based column of each column found
     */
    record Found(int index, Layout layout, Map<Column, Integer> columns) {
        Found {
            columns = Map.copyOf(columns);
        }

        boolean has(Column column) {
            return columns.containsKey(column);
        }
    }

    private Headers() {
    }

    private static Map<Column, List<String>> commonNames() {
        EnumMap<Column, List<String>> m = new EnumMap<>(Column.class);
        m.put(Column.DATE, List.of("Ngày giao dịch", "Ngày GD", "Ngày hạch toán", "Ngày hiệu lực", "Transaction date",
                "Trans. date", "TNX date", "Posting date", "Effective date", "Value date", "Ngày", "Date"));
        m.put(Column.DEBIT, List.of("Số tiền ghi nợ", "Ghi nợ", "Nợ", "Phát sinh nợ", "Debit", "Debit amount",
                "Withdrawal"));
        m.put(Column.CREDIT, List.of("Số tiền ghi có", "Ghi có", "Có", "Phát sinh có", "Credit", "Credit amount",
                "Deposit"));
        m.put(Column.BALANCE, List.of("Số dư", "Số dư TK", "Số dư tài khoản", "Balance"));
        m.put(Column.MEMO, List.of("Nội dung chi tiết", "Mô tả", "Diễn giải", "Nội dung", "Nội dung giao dịch",
                "Mô tả giao dịch", "Chi tiết giao dịch", "Transactions in detail", "Transaction details",
                "Description", "Details"));
        m.put(Column.COUNTERPARTY, List.of("Tên đối ứng", "Tên TK đối ứng", "Tên tài khoản đối ứng", "Đối tác",
                "Counterparty", "Remitter", "Corresponding name"));
        m.put(Column.ACCOUNT, List.of("Số TK đối ứng", "TK đối ứng", "Số tài khoản đối ứng", "Tài khoản đối ứng",
                "Counter account", "Corresponding account", "Remitter account"));
        return Map.copyOf(m);
    }

    /** Lower case, without accents, runs of anything but letters and digits as one space, trimmed. */
    static String normal(String text) {
        return NOT_WORD.matcher(Fold.fold(text)).replaceAll(" ").strip();
    }

    /** The normalised whole text, each half of a bilingual text, and the same without "(…)". */
    static Set<String> forms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        for (String variant : List.of(text, BRACKETED.matcher(text).replaceAll(" "))) {
            forms.add(normal(variant));
            for (String half : HALVES.split(variant)) forms.add(normal(half));
        }
        forms.remove("");
        return forms;
    }

    /** Whether a cell's text matches any of the header texts {@code names} (see {@link Layout}). */
    static boolean matches(String cell, List<String> names) {
        return rank(HeaderText.of(cell), normals(names)) >= 0;
    }

    private static List<String> normals(List<String> names) {
        return names.stream().map(Headers::normal).toList();
    }

    /** A header cell's text, normalised every way {@link #rank} compares it. */
    private record HeaderText(Set<String> forms, String whole, String bare, List<String> halves) {

        static HeaderText of(String text) {
            String bare = BRACKETED.matcher(text).replaceAll(" ");
            List<String> halves = new ArrayList<>();
            for (String half : HALVES.split(bare)) {
                String n = normal(half);
                if (!n.isEmpty()) halves.add(n);
            }
            return new HeaderText(Headers.forms(text), normal(text), normal(bare), List.copyOf(halves));
        }

        /** A row-number header ("STT/ No."), which must never be taken for "Nợ". */
        boolean rowNumber() {
            return forms.contains("stt") || forms.contains("so tt") || forms.contains("so thu tu");
        }
    }

    /**
     * How well a header cell matches a column's normalised texts: 0 to n−1 when the whole cell, or
     * every half of a bilingual cell, is one of {@code normals} (the index of the first one
     * matched), n to 2n−1 when only one half is (n plus that index), −1 when it does not match or
     * is a row-number header.
     */
    private static int rank(HeaderText cell, List<String> normals) {
        if (cell.rowNumber()) return -1;
        for (int i = 0; i < normals.size(); i++) {
            if (normals.get(i).equals(cell.whole()) || normals.get(i).equals(cell.bare())) return i;
        }
        if (cell.halves().size() > 1 && normals.containsAll(cell.halves())) return normals.indexOf(cell.halves().get(0));
        for (int i = 0; i < normals.size(); i++) {
            if (cell.forms().contains(normals.get(i))) return normals.size() + i;
        }
        return -1;
    }

    /** What label the text starts with, if any ("Tổng/ Total", "Số dư đầu kỳ: 1.000.000", …). */
    static Optional<Label> label(String text) {
        Set<String> forms = forms(text);
        if (startsWithAny(forms, OPENING)) return Optional.of(Label.OPENING);
        if (startsWithAny(forms, CLOSING)) return Optional.of(Label.CLOSING);
        if (startsWithAny(forms, TOTAL) || forms.stream().anyMatch(TOTAL_ALONE::contains)) return Optional.of(Label.TOTAL);
        return Optional.empty();
    }

    private static boolean startsWithAny(Set<String> forms, List<String> words) {
        for (String form : forms) {
            for (String w : words) {
                if (form.equals(w) || form.startsWith(w + " ")) return true;
            }
        }
        return false;
    }

    /**
     * The first row, among the first {@link #SEARCHED_ROWS}, that holds the date column and the memo
     * or an amount column of one of {@code layouts}; when several layouts match that row, the one
     * that finds the most columns (the first of them on a tie).
     */
    static Optional<Found> find(List<SheetRow> rows, List<Layout> layouts) {
        List<Map<Column, List<String>>> normalised = new ArrayList<>();
        for (Layout layout : layouts) {
            EnumMap<Column, List<String>> n = new EnumMap<>(Column.class);
            for (Column column : Column.values()) n.put(column, normals(layout.names(column)));
            normalised.add(n);
        }
        for (int i = 0; i < Math.min(SEARCHED_ROWS, rows.size()); i++) {
            Map<Integer, HeaderText> cells = new TreeMap<>();
            for (SheetCell cell : rows.get(i).cells()) {
                // a header is a few words; long texts are account lines or memos
                if (!cell.blank() && cell.text().length() <= 80) cells.put(cell.column(), HeaderText.of(cell.text()));
            }
            Found best = null;
            for (int k = 0; k < layouts.size(); k++) {
                Map<Column, Integer> columns = match(cells, normalised.get(k));
                boolean header = columns.containsKey(Column.DATE)
                        && (columns.containsKey(Column.MEMO) || columns.containsKey(Column.DEBIT)
                        || columns.containsKey(Column.CREDIT) || columns.containsKey(Column.AMOUNT));
                if (header && (best == null || columns.size() > best.columns().size())) {
                    best = new Found(i, layouts.get(k), columns);
                }
            }
            if (best != null) return Optional.of(best);
        }
        return Optional.empty();
    }

    /** For each column, the best-ranked free cell (see {@link #rank}); ties go to the leftmost. */
    private static Map<Column, Integer> match(Map<Integer, HeaderText> cells, Map<Column, List<String>> normals) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            List<String> names = normals.get(column);
            if (names.isEmpty()) continue;
            Integer best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Map.Entry<Integer, HeaderText> cell : cells.entrySet()) {
                if (found.containsValue(cell.getKey())) continue;
                int rank = rank(cell.getValue(), names);
                if (rank >= 0 && rank < bestRank) {
                    best = cell.getKey();
                    bestRank = rank;
                }
            }
            if (best != null) found.put(column, best);
        }
        return found;
    }
}
