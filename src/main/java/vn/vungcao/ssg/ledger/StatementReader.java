package vn.vungcao.ssg.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.source.SiteFiles;

/**
 * Reads a bank statement exported as {@code .xlsx} or {@code .csv} (CSV saved from Excel: UTF-8
 * with or without BOM, windows-1258 or UTF-16 as configured, delimited by {@code ,} {@code ;} or
 * tab).
 *
 * <p>Account lines above the table are expected: the header row is the first of the first 40 rows
 * that holds the date column and the memo or an amount column (the other required columns must be
 * there too). Below it, empty rows, repeated header rows and label rows ("Tổng/ Total", "Cộng",
 * "Số dư cuối kỳ/ Closing balance") are skipped; an opening or closing balance line, above the
 * table or in it, is kept as the statement's stated balance. Every other row is a transaction and
 * is validated. Problems are reported with the row number as a spreadsheet shows it and the 1-based
 * column of the cell; nothing throws on bad input. Stateless and thread-safe.
 */
public final class StatementReader {

    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private StatementReader() {
    }

    /**
     * Reads one statement.
     *
     * @param file     where the file is
     * @param sitePath its site path, used in diagnostics and records ({@code content/ledger/2025-01.csv})
     * @return the statement with every row that could be read; empty when the file is not a CSV or
     *         XLSX file, cannot be opened, has no table, or lacks a required column (each reported)
     */
    public static Optional<Statement> read(Path file, String sitePath, LedgerSettings s, Diagnostics d) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Position whole = Position.ofFile(sitePath);
        if (!extension.equals("csv") && !extension.equals("xlsx")) {
            d.error(extension.isEmpty() ? "ledger.unsupported/none" : "ledger.unsupported", whole, extension);
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                d.error("ledger.unreadable/too-large", whole, MAX_BYTES / 1024 / 1024);
                return Optional.empty();
            }
            Optional<List<SheetRow>> rows = extension.equals("csv")
                    ? CsvSheets.read(Files.readAllBytes(file), s, sitePath, d)
                    : XlsxSheets.read(file, sitePath, d);
            return rows.flatMap(r -> table(r, sitePath, s, d));
        } catch (IOException e) {
            d.error("ledger.unreadable", whole);
            return Optional.empty();
        }
    }

    /**
     * Reads every statement in {@code folder}: all files except hidden ones and Markdown files
     * ({@code README.md}), each as {@link #read}. Links, files in a linked folder and badly named
     * files are reported and not read ({@link SiteFiles}).
     *
     * @param site     the site's files
     * @param sitePath the folder's site path, e.g. {@code content/ledger}
     * @return the statements read, ordered by their earliest transaction date, then by file (statements
     *         without rows last); empty when the folder does not exist
     */
    public static List<Statement> readFolder(SiteFiles site, Path folder, String sitePath, LedgerSettings s, Diagnostics d) {
        if (!site.checkFolder(folder, d)) return List.of();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !site.badName(p, d) && site.checkFile(p, d))
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            d.error("ledger.unreadable/folder", Position.ofFile(sitePath));
            return List.of();
        }
        List<Statement> statements = new ArrayList<>();
        for (Path file : files) {
            read(file, sitePath + "/" + file.getFileName(), s, d).ifPresent(statements::add);
        }
        statements.sort(Comparator.comparing((Statement st) -> st.transactions().stream()
                        .map(Transaction::date).min(Comparator.naturalOrder()).orElse(LocalDate.MAX))
                .thenComparing(Statement::file));
        return List.copyOf(statements);
    }

    private static Optional<Statement> table(List<SheetRow> rows, String sitePath, LedgerSettings s, Diagnostics d) {
        Optional<Headers.Found> found = Headers.find(rows, s.layouts());
        if (found.isEmpty()) {
            d.error("ledger.no-table", Position.ofFile(sitePath), Headers.SEARCHED_ROWS, s.preset());
            return Optional.empty();
        }
        return new Table(rows, found.get(), sitePath, s, d).read();
    }

    /** The reading of one table: its columns and what has been read so far. Used by one thread. */
    private static final class Table {
        private final List<SheetRow> rows;
        private final Headers.Found header;
        private final Map<Column, Integer> columns;
        private final String sitePath;
        private final LedgerSettings settings;
        private final List<DateTimeFormatter> dateFormats;
        private final Diagnostics d;
        private final List<Transaction> transactions = new ArrayList<>();
        private final List<Integer> badRows = new ArrayList<>();
        private StatedBalance opening;
        private StatedBalance closing;

        Table(List<SheetRow> rows, Headers.Found header, String sitePath, LedgerSettings settings, Diagnostics d) {
            this.rows = rows;
            this.header = header;
            this.columns = header.columns();
            this.sitePath = sitePath;
            this.settings = settings;
            this.dateFormats = settings.dateFormatters();
            this.d = d;
        }

        Optional<Statement> read() {
            if (!requiredColumnsFound()) return Optional.empty();
            for (int i = 0; i < header.index(); i++) {
                SheetRow row = rows.get(i);
                for (SheetCell cell : row.cells()) {
                    if (cell.blank()) continue;
                    Optional<Headers.Label> label = Headers.label(cell.text());
                    if (label.isPresent() && label.get() != Headers.Label.TOTAL) stated(label.get(), row, cell, 0);
                }
            }
            for (int i = header.index() + 1; i < rows.size(); i++) {
                SheetRow row = rows.get(i);
                if (!row.blank() && !isRepeatedHeader(row) && !isLabelRow(row)) transaction(row);
            }
            int balanceColumn = columns.getOrDefault(Column.BALANCE, 0);
            return Optional.of(new Statement(sitePath, transactions, opening, closing, balanceColumn, badRows));
        }

        private boolean requiredColumnsFound() {
            List<Column> missing = new ArrayList<>();
            if (!header.has(Column.MEMO)) missing.add(Column.MEMO);
            boolean signed = header.has(Column.AMOUNT) && !header.has(Column.DEBIT) && !header.has(Column.CREDIT);
            if (!signed) {
                boolean separate = !header.layout().names(Column.DEBIT).isEmpty()
                        || !header.layout().names(Column.CREDIT).isEmpty();
                if (!separate) {
                    missing.add(Column.AMOUNT);
                } else {
                    if (!header.has(Column.DEBIT)) missing.add(Column.DEBIT);
                    if (!header.has(Column.CREDIT)) missing.add(Column.CREDIT);
                }
            }
            int line = rows.get(header.index()).number();
            for (Column column : missing) {
                String lookedFor = header.layout().names(column).stream().map(n -> "\"" + n + "\"")
                        .collect(Collectors.joining(", "));
                d.error("ledger.missing-column", new Position(sitePath, line, 0), column.words(), lookedFor.isEmpty() ? "—" : lookedFor, column.key());
            }
            return missing.isEmpty();
        }

        private boolean isRepeatedHeader(SheetRow row) {
            Optional<SheetCell> date = row.cell(columns.get(Column.DATE));
            return date.isPresent() && date.get().dateTime() == null
                    && Headers.matches(date.get().text(), header.layout().names(Column.DATE));
        }

        /** A row without a date whose first cell (other than the memo) is a label; stated balances are kept. */
        private boolean isLabelRow(SheetRow row) {
            Optional<SheetCell> date = row.cell(columns.get(Column.DATE));
            if (date.isPresent() && date(date.get()).isPresent()) return false;
            Integer memoColumn = columns.get(Column.MEMO);
            Optional<SheetCell> first = row.cells().stream()
                    .filter(c -> !c.blank() && !Integer.valueOf(c.column()).equals(memoColumn)).findFirst();
            if (first.isEmpty()) return false;
            Optional<Headers.Label> label = Headers.label(first.get().text());
            if (label.isEmpty()) return false;
            if (label.get() != Headers.Label.TOTAL) {
                stated(label.get(), row, first.get(), columns.getOrDefault(Column.BALANCE, 0));
            }
            return true;
        }

        /**
         * Keeps an opening or closing balance stated by {@code labelCell}: the number after a ':' in
         * the same cell, else the cell in {@code balanceColumn} (when not 0), else the next cell.
         */
        private void stated(Headers.Label label, SheetRow row, SheetCell labelCell, int balanceColumn) {
            SheetCell value;
            int colon = labelCell.text().lastIndexOf(':');
            if (colon >= 0 && labelCell.text().substring(colon).matches(".*\\d.*")) {
                value = SheetCell.text(labelCell.column(), labelCell.text().substring(colon + 1));
            } else if (balanceColumn > 0 && balanceColumn != labelCell.column() && row.cell(balanceColumn).isPresent()) {
                value = row.cell(balanceColumn).get();
            } else {
                value = row.cells().stream().filter(c -> c.column() > labelCell.column() && !c.blank())
                        .findFirst().orElse(null);
            }
            if (value == null) return;
            String what = label == Headers.Label.OPENING ? "term.column.opening" : "term.column.closing";
            OptionalLong amount = amount(value, row, what);
            if (amount.isEmpty()) return;
            StatedBalance balance = new StatedBalance(amount.getAsLong(), new Position(sitePath, row.number(), value.column()));
            if (label == Headers.Label.OPENING && opening == null) opening = balance;
            if (label == Headers.Label.CLOSING && closing == null) closing = balance;
        }

        private void transaction(SheetRow row) {
            boolean ok = true;
            int dateColumn = columns.get(Column.DATE);
            Optional<SheetCell> dateCell = row.cell(dateColumn);
            Optional<LocalDateTime> when = dateCell.flatMap(this::date);
            if (dateCell.isEmpty()) {
                d.error("ledger.bad-date/none", new Position(sitePath, row.number(), dateColumn));
                ok = false;
            } else if (when.isEmpty()) {
                SheetCell cell = dateCell.get();
                d.error(cell.number() != null ? "ledger.bad-date/number" : "ledger.bad-date", new Position(sitePath, row.number(), dateColumn),
                        cell.text().strip(), settings.dateFormats());
                ok = false;
            }

            Long amount = null;
            if (columns.containsKey(Column.AMOUNT) && !columns.containsKey(Column.DEBIT) && !columns.containsKey(Column.CREDIT)) {
                int column = columns.get(Column.AMOUNT);
                Optional<SheetCell> cell = row.cell(column).filter(c -> !isDash(c));
                if (cell.isEmpty()) {
                    d.error("ledger.bad-amount/none", new Position(sitePath, row.number(), column));
                } else {
                    OptionalLong value = amount(cell.get(), row, "term.column.amount");
                    if (value.isPresent()) amount = value.getAsLong();
                }
            } else {
                Optional<SheetCell> debit = row.cell(columns.get(Column.DEBIT)).filter(c -> !isDash(c));
                Optional<SheetCell> credit = row.cell(columns.get(Column.CREDIT)).filter(c -> !isDash(c));
                OptionalLong out = debit.map(c -> amount(c, row, "term.column.debit")).orElse(OptionalLong.of(0));
                OptionalLong in = credit.map(c -> amount(c, row, "term.column.credit")).orElse(OptionalLong.of(0));
                if (debit.isEmpty() && credit.isEmpty()) {
                    d.error("ledger.bad-amount/neither", new Position(sitePath, row.number(), columns.get(Column.CREDIT)));
                } else if (out.isPresent() && in.isPresent()) {
                    amount = Math.abs(in.getAsLong()) - Math.abs(out.getAsLong());
                }
            }
            if (amount == null) ok = false;

            Long balance = null;
            if (columns.containsKey(Column.BALANCE)) {
                Optional<SheetCell> cell = row.cell(columns.get(Column.BALANCE)).filter(c -> !isDash(c));
                if (cell.isPresent()) {
                    OptionalLong value = amount(cell.get(), row, "term.column.balance");
                    if (value.isPresent()) balance = value.getAsLong();
                    else ok = false;
                }
            }
            if (!ok) {
                badRows.add(row.number());
                return;
            }
            LocalDateTime at = when.get();
            LocalTime time = at.toLocalTime().equals(LocalTime.MIDNIGHT) ? null : at.toLocalTime();
            transactions.add(new Transaction(sitePath, row.number(), at.toLocalDate(), time, amount, balance,
                    text(row, Column.MEMO).orElse(""), text(row, Column.COUNTERPARTY).orElse(null),
                    text(row, Column.ACCOUNT).orElse(null)));
        }

        private Optional<String> text(SheetRow row, Column column) {
            Integer index = columns.get(column);
            if (index == null) return Optional.empty();
            return row.cell(index).map(c -> c.text().strip()).filter(t -> !t.isEmpty());
        }

        private static boolean isDash(SheetCell cell) {
            return cell.number() == null && cell.text().strip().matches("[-–—]");
        }

        /** The date (and time) of a date cell or of a text in one of the date formats. */
        private Optional<LocalDateTime> date(SheetCell cell) {
            if (cell.dateTime() != null) return Optional.of(cell.dateTime());
            if (cell.number() != null) return Optional.empty();
            String text = cell.text().strip().replaceAll("\\s+", " ");
            for (DateTimeFormatter format : dateFormats) {
                try {
                    TemporalAccessor parsed = format.parse(text);
                    LocalDate day = LocalDate.from(parsed);
                    LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
                    return Optional.of(day.atTime(time));
                } catch (DateTimeException e) {
                    // try the next format
                }
            }
            return Optional.empty();
        }

        /** The whole-đồng amount of a cell, or empty after reporting {@code ledger.bad-amount}. */
        private OptionalLong amount(SheetCell cell, SheetRow row, String what) {
            OptionalLong value = OptionalLong.empty();
            if (cell.number() != null) {
                double n = cell.number();
                if (n == Math.rint(n) && Math.abs(n) < 1e15) value = OptionalLong.of((long) n);
            } else if (cell.dateTime() == null) {
                value = AmountFormat.parse(cell.text(), settings.amountFormats());
            }
            if (value.isEmpty()) {
                d.error("ledger.bad-amount", new Position(sitePath, row.number(), cell.column()), cell.text().strip(), new Messages.Term(what));
            }
            return value;
        }
    }
}
