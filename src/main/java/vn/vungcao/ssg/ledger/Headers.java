package vn.vungcao.ssg.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vungcao.ssg.text.Fold;

/**
 * Finding a statement's header row and recognising its label rows (opening balance, totals,
 * closing balance). Texts are compared after {@link #normal(String) normalising}, on the whole
 * cell and on each half of a bilingual cell ({@code "Số dư/ Balance"}, or two lines).
 */
final class Headers {

    /** How many rows from the top of a sheet are searched for the header row. */
    static final int SEARCHED_ROWS = 40;

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
                "Mô tả giao dịch", "Chi tiết giao dịch", "Transactions in detail", "Transaction details", "Description", "Details"));
        m.put(Column.COUNTERPARTY, List.of("Tên đối ứng", "Tên TK đối ứng", "Tên tài khoản đối ứng", "Đối tác",
                "Counterparty", "Remitter", "Corresponding name"));
        m.put(Column.ACCOUNT, List.of("Số TK đối ứng", "TK đối ứng", "Số tài khoản đối ứng", "Tài khoản đối ứng",
                "Counter account", "Corresponding account", "Remitter account"));
        return Map.copyOf(m);
    }

    /** Lower case, without accents, runs of anything but letters and digits as one space, trimmed. */
    static String normal(String text) {
        return Fold.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The normalised whole text, each half of a bilingual text, and the same without "(…)". */
    static Set<String> forms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        for (String variant : List.of(text, text.replaceAll("\\([^)]*\\)", " "))) {
            forms.add(normal(variant));
            for (String half : variant.split("[/|\\n\\r]+")) forms.add(normal(half));
        }
        forms.remove("");
        return forms;
    }

    /** Whether a cell's text matches any of the header texts {@code names} (see {@link Layout}). */
    static boolean matches(String cell, List<String> names) {
        return rank(cell, names) >= 0;
    }

    /**
     * How well a header cell matches a column's texts: 0 to n−1 when the whole cell, or every
     * half of a bilingual cell, is one of {@code names} (the index of the first name matched), n to
     * 2n−1 when only one half is (n plus that index), −1 when it does not match. A row-number
     * cell ("STT/ No.") never matches, so "No." is not taken for "Nợ".
     */
    private static int rank(String cell, List<String> names) {
        Set<String> cellForms = forms(cell);
        if (cellForms.contains("stt") || cellForms.contains("so tt") || cellForms.contains("so thu tu")) return -1;
        List<String> normals = names.stream().map(Headers::normal).toList();
        String whole = normal(cell);
        String bare = normal(cell.replaceAll("\\([^)]*\\)", " "));
        List<String> halves = halves(cell);
        for (int i = 0; i < normals.size(); i++) {
            if (normals.get(i).equals(whole) || normals.get(i).equals(bare)) return i;
        }
        if (halves.size() > 1 && normals.containsAll(halves)) return normals.indexOf(halves.get(0));
        for (int i = 0; i < normals.size(); i++) {
            if (cellForms.contains(normals.get(i))) return normals.size() + i;
        }
        return -1;
    }

    private static List<String> halves(String text) {
        String bare = text.replaceAll("\\([^)]*\\)", " ");
        List<String> out = new ArrayList<>();
        for (String half : bare.split("[/|\\n\\r]+")) {
            String n = normal(half);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
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
        for (int i = 0; i < Math.min(SEARCHED_ROWS, rows.size()); i++) {
            Found best = null;
            for (Layout layout : layouts) {
                Map<Column, Integer> columns = match(rows.get(i), layout);
                boolean header = columns.containsKey(Column.DATE)
                        && (columns.containsKey(Column.MEMO) || columns.containsKey(Column.DEBIT)
                        || columns.containsKey(Column.CREDIT) || columns.containsKey(Column.AMOUNT));
                if (header && (best == null || columns.size() > best.columns().size())) {
                    best = new Found(i, layout, columns);
                }
            }
            if (best != null) return Optional.of(best);
        }
        return Optional.empty();
    }

    /** For each column, the best-ranked free cell of the row (see {@link #rank}); ties go to the leftmost. */
    private static Map<Column, Integer> match(SheetRow row, Layout layout) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        List<Integer> taken = new ArrayList<>();
        for (Column column : Column.values()) {
            List<String> names = layout.names(column);
            if (names.isEmpty()) continue;
            SheetCell best = null;
            int bestRank = Integer.MAX_VALUE;
            for (SheetCell cell : row.cells()) {
                if (cell.blank() || taken.contains(cell.column()) || cell.text().length() > 80) continue;
                int rank = rank(cell.text(), names);
                if (rank >= 0 && rank < bestRank) {
                    best = cell;
                    bestRank = rank;
                }
            }
            if (best != null) {
                found.put(column, best.column());
                taken.add(best.column());
            }
        }
        return found;
    }
}
