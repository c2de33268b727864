package vn.vungcao.ssg.ledger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures the site publishes from all statements: each month's money in and out, closing
 * balance and rows (memos masked, each with its {@link Link}); the money in for each campaign and
 * for the general fund; and for each child the months in which money for them arrived. Immutable.
 *
 * @param months      one per month that has transactions, oldest first
 * @param campaigns   money in linked to each campaign, by slug (sorted); campaigns that received
 *                    nothing are absent
 * @param generalFund money in linked to no child and no campaign
 * @param children    for each child code as written (sorted), the months in which money linked to
 *                    them arrived, oldest first
 */
public record LedgerSummary(List<Month> months, Map<String, Long> campaigns, long generalFund,
        Map<String, List<ChildMonth>> children) {

    public LedgerSummary {
        months = List.copyOf(months);
        campaigns = Collections.unmodifiableMap(new TreeMap<>(campaigns));
        TreeMap<String, List<ChildMonth>> copy = new TreeMap<>();
        children.forEach((code, list) -> copy.put(code, List.copyOf(list)));
        children = Collections.unmodifiableMap(copy);
    }

    /**
     * One month.
     *
     * @param month          the month
     * @param moneyIn        the sum of its positive amounts, in đồng
     * @param moneyOut       the sum of its negative amounts as a positive number, in đồng
     * @param closingBalance the balance after its last row (its last stated balance plus any later
     *                       amounts, else computed from an earlier balance or an opening balance),
     *                       or null when no balance is known
     * @param rows           its rows, oldest first
     */
    public record Month(YearMonth month, long moneyIn, long moneyOut, Long closingBalance, List<Row> rows) {
        public Month {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One published row: a transaction with its memo and counterparty masked as the settings say.
     *
     * @param file         the statement's site path
     * @param row          the row number in that file
     * @param date         the day
     * @param time         the time of day, or null
     * @param amount       in đồng, positive for money in
     * @param balance      the balance after the row as the bank states it, or null
     * @param memo         the masked memo
     * @param counterparty the masked counterparty name, or null
     * @param link         what the money is for
     */
    public record Row(String file, int row, LocalDate date, LocalTime time, long amount, Long balance, String memo,
            String counterparty, Link link) {

        /** The amount when it is money in, else 0. */
        public long moneyIn() {
            return Math.max(amount, 0);
        }

        /** The amount as a positive number when it is money out, else 0. */
        public long moneyOut() {
            return Math.max(-amount, 0);
        }
    }

    /**
     * Money for one child in one month.
     *
     * @param month  the month it arrived
     * @param amount the sum that arrived, in đồng
     */
    public record ChildMonth(YearMonth month, long amount) {
    }

    /**
     * Sums up {@code statements}, read in their {@link Reconciler#inTimeOrder time order} and
     * ordered by their first date. Pure; the statements need not be checked first, but the figures
     * are only as right as the statements.
     */
    public static LedgerSummary of(List<Statement> statements, MemoLinker linker, LedgerSettings settings) {
        List<Statement> ordered = new ArrayList<>(statements);
        ordered.sort(Comparator.comparing((Statement st) -> Reconciler.inTimeOrder(st).stream()
                .map(Transaction::date).findFirst().orElse(LocalDate.MAX)).thenComparing(Statement::file));

        Map<YearMonth, List<Row>> rows = new TreeMap<>();
        Map<YearMonth, Long> closing = new TreeMap<>();
        Map<String, Long> campaigns = new TreeMap<>();
        Map<String, Map<YearMonth, Long>> children = new TreeMap<>();
        long generalFund = 0;
        Long running = null;
        for (Statement st : ordered) {
            if (st.opening() != null) running = st.opening().amount();
            for (Transaction t : Reconciler.inTimeOrder(st)) {
                running = t.balance() != null ? t.balance() : running == null ? null : running + t.amount();
                closing.put(t.month(), running);
                Link link = linker.link(t.memo());
                rows.computeIfAbsent(t.month(), m -> new ArrayList<>()).add(new Row(t.file(), t.row(), t.date(), t.time(),
                        t.amount(), t.balance(), Masking.memo(t.memo(), t.counterparty(), t.account(), settings),
                        t.counterparty() == null || !settings.maskNames() ? t.counterparty() : Masking.name(t.counterparty()),
                        link));
                if (t.amount() <= 0) continue;
                if (link instanceof Link.ToChild c) {
                    children.computeIfAbsent(c.code(), k -> new TreeMap<>()).merge(t.month(), t.amount(), Long::sum);
                } else if (link instanceof Link.ToCampaign c) {
                    campaigns.merge(c.slug(), t.amount(), Long::sum);
                } else {
                    generalFund += t.amount();
                }
            }
        }

        List<Month> months = new ArrayList<>();
        rows.forEach((month, list) -> {
            List<Row> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(Row::date));
            months.add(new Month(month, sorted.stream().mapToLong(Row::moneyIn).sum(),
                    sorted.stream().mapToLong(Row::moneyOut).sum(), closing.get(month), sorted));
        });
        Map<String, List<ChildMonth>> perChild = new LinkedHashMap<>();
        children.forEach((code, byMonth) -> perChild.put(code,
                byMonth.entrySet().stream().map(e -> new ChildMonth(e.getKey(), e.getValue())).toList()));
        return new LedgerSummary(months, campaigns, generalFund, perChild);
    }

    /** All money in, in đồng. */
    public long totalIn() {
        return months.stream().mapToLong(Month::moneyIn).sum();
    }

    /** All money out, as a positive number of đồng. */
    public long totalOut() {
        return months.stream().mapToLong(Month::moneyOut).sum();
    }

    /**
     * A text cell that no spreadsheet runs as a formula, as OWASP's CSV-injection advice says: a
     * cell that starts with {@code = + - @}, a tab or a line end (or their full-width forms, which
     * some spreadsheets read the same), after any spaces, gets a {@code '} in front, which
     * spreadsheets show as text. A donor writes the memo, so {@code =HYPERLINK(…)} or a DDE call
     * must stay words.
     */
    static String inertCell(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == ' ') i++;
        if (i == cell.length()) return cell;
        char c = cell.charAt(i);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
        return formula ? "'" + cell : cell;
    }

    /**
     * The rows as a CSV file to download: UTF-8 with a byte-order mark (so Excel shows the
     * accents), CRLF line ends, a header line {@code Ngày,Thu,Chi,Số dư,Nội dung,Dành cho}, then one
     * line per row in the order given: the ISO date, money in and money out as plain digits (one of
     * them empty), the stated balance (or empty), the masked memo, and what it is for (the child's
     * code, the campaign's slug or {@value Link#GENERAL_FUND}); text cells made inert ({@link #inertCell}).
     * The same rows give the same bytes.
     */
    public static byte[] maskedCsv(List<Row> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("Ngày", "Thu", "Chi", "Số dư", "Nội dung", "Dành cho"));
        for (Row r : rows) {
            lines.add(List.of(r.date().toString(),
                    r.amount() > 0 ? Long.toString(r.amount()) : "",
                    r.amount() < 0 ? Long.toString(-r.amount()) : "",
                    r.balance() == null ? "" : Long.toString(r.balance()),
                    inertCell(r.memo()),
                    inertCell(r.link().label())));
        }
        // Jackson's CSV generator, without its data binding (a CsvMapper costs a cold build some 80 ms)
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        try (CsvGenerator csv = new CsvFactory().createGenerator(out, JsonEncoding.UTF8)) {
            csv.setSchema(CsvSchema.emptySchema().withLineSeparator("\r\n"));
            for (List<String> line : lines) {
                csv.writeStartArray();
                for (String cell : line) csv.writeString(cell);
                csv.writeEndArray();
            }
        } catch (IOException e) {
            // writing strings to memory cannot fail
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
