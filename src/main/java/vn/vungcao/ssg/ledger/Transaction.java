package vn.vungcao.ssg.ledger;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import vn.vungcao.ssg.diag.Position;

/**
 * One row of a bank statement. Immutable.
 *
 * @param file         the statement's site path, e.g. {@code content/ledger/2025-01.csv}
 * @param row          the row number as a spreadsheet shows it (1-based)
 * @param date         the day of the transaction
 * @param time         the time of day when the bank gives one, else null
 * @param amount       in đồng: positive for money in, negative for money out
 * @param balance      the account's balance after this row in đồng, or null when the row has none
 * @param memo         the memo as the bank wrote it (trimmed), possibly empty
 * @param counterparty the other party's name when the statement has that column and the cell is
 *                     not empty, else null
 * @param account      the other party's account number, likewise, else null
 */
public record Transaction(String file, int row, LocalDate date, LocalTime time, long amount, Long balance,
        String memo, String counterparty, String account) {

    public Transaction {
        if (file == null || date == null || memo == null) throw new IllegalArgumentException("file, date and memo are required");
        if (row < 1) throw new IllegalArgumentException("row numbers start at 1");
    }

    /** The row as a whole: {@code file:row}. */
    public Position position() {
        return new Position(file, row, 0);
    }

    /** The month of {@link #date()}. */
    public YearMonth month() {
        return YearMonth.from(date);
    }
}
