package vn.vungcao.ssg.ledger;

import java.util.List;

/**
 * One bank statement file, read. Immutable.
 *
 * @param file          the file's site path, e.g. {@code content/ledger/2025-01.csv}
 * @param transactions  its data rows that could be read, in file order (banks list oldest or
 *                      newest first; see {@link Reconciler#inTimeOrder(Statement)})
 * @param opening       the opening balance the file states, or null
 * @param closing       the closing balance the file states, or null
 * @param balanceColumn the 1-based column of the balances, or 0 when the file has none
 * @param badRows       the row numbers of data rows that could not be read (each was reported);
 *                      the balance check starts afresh after them
 */
public record Statement(String file, List<Transaction> transactions, StatedBalance opening, StatedBalance closing,
        int balanceColumn, List<Integer> badRows) {

    public Statement {
        if (file == null || transactions == null || badRows == null) {
            throw new IllegalArgumentException("file, transactions and badRows are required");
        }
        if (balanceColumn < 0) throw new IllegalArgumentException("negative column");
        transactions = List.copyOf(transactions);
        badRows = List.copyOf(badRows);
    }
}
