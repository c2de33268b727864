package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungcao.ssg.ledger.LedgerFixtures.message;
import static vn.vungcao.ssg.ledger.LedgerFixtures.read;
import static vn.vungcao.ssg.ledger.LedgerFixtures.tx;
import static vn.vungcao.ssg.ledger.LedgerFixtures.where;
import static vn.vungcao.ssg.ledger.LedgerFixtures.write;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;


class ReconcilerTest {

    private static final String F = "content/ledger/2025-01.csv";
    private static final String HEADER = "Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết\n";

    @TempDir
    Path dir;

    private static Statement statement(String file, List<Transaction> rows, Long opening) {
        StatedBalance open = opening == null ? null : new StatedBalance(opening, new Position(file, 3, 2));
        return new Statement(file, rows, open, null, 4, List.of());
    }

    /** Rows 2, 3, … of {@code file}, one a day from {@code firstDay}, whose balances add up from {@code opening}. */
    private static List<Transaction> consistent(String file, long opening, long... amounts) {
        List<Transaction> rows = new ArrayList<>();
        long balance = opening;
        for (int i = 0; i < amounts.length; i++) {
            balance += amounts[i];
            rows.add(tx(file, i + 2, LocalDate.of(2025, 1, 2).plusDays(i).toString(), amounts[i], balance));
        }
        return rows;
    }

    @Test
    void rowsThatAddUpOldestFirstPass() {
        Diagnostics d = new Diagnostics();
        Reconciler.check(statement(F, consistent(F, 1_000_000, 160_000, -60_000, 960_000), 1_000_000L), d);
        assertEquals(List.of(), where(d));
    }

    @Test
    void rowsThatAddUpOnlyNewestFirstPassSilently() {
        List<Transaction> rows = consistent(F, 1_000_000, 160_000, -60_000, 960_000);
        List<Transaction> newestFirst = new ArrayList<>();
        for (int i = rows.size() - 1, row = 2; i >= 0; i--, row++) {
            Transaction t = rows.get(i);
            newestFirst.add(new Transaction(F, row, t.date(), null, t.amount(), t.balance(), t.memo(), null, null));
        }
        Statement st = statement(F, newestFirst, 1_000_000L);
        Diagnostics d = new Diagnostics();
        Reconciler.check(st, d);
        assertEquals(List.of(), where(d));
        assertEquals(List.of(4, 3, 2), Reconciler.inTimeOrder(st).stream().map(Transaction::row).toList());
    }

    @Test
    void newestFirstOnTheSameDayIsToldApartByTheBalances() {
        List<Transaction> rows = List.of(tx(F, 2, "2025-01-02", 100, 1_300L), tx(F, 3, "2025-01-02", 200, 1_200L),
                tx(F, 4, "2025-01-02", 1_000, 1_000L));
        Statement st = statement(F, rows, null);
        assertEquals(List.of(4, 3, 2), Reconciler.inTimeOrder(st).stream().map(Transaction::row).toList());
        Diagnostics d = new Diagnostics();
        Reconciler.check(st, d);
        assertEquals(List.of(), where(d));
    }

    @Test
    void aBrokenBalanceIsReportedAtItsRowWithBothNumbers() {
        List<Transaction> rows = new ArrayList<>(consistent(F, 1_000_000, 160_000, -60_000, 960_000, 160_000));
        Transaction bad = rows.get(2);
        rows.set(2, new Transaction(F, bad.row(), bad.date(), null, bad.amount(), bad.balance() + 100_000, bad.memo(), null, null));
        Diagnostics d = new Diagnostics();
        Reconciler.check(statement(F, rows, 1_000_000L), d);
        assertEquals(List.of(F + ":4:4 ledger.balance-mismatch"), where(d));
        String message = message(d);
        assertTrue(message.contains("2.160.000\u00A0₫") && message.contains("2.060.000\u00A0₫"), message);
    }

    @Test
    void aBrokenBalanceInANewestFirstFileIsReportedAtItsRow() {
        Path file = write(dir, "x.csv", HEADER + """
                05/01/2025,,"100,000","1,460,000",d
                04/01/2025,,"100,000","1,360,000",c
                03/01/2025,"40,000",,"1,120,000",b
                02/01/2025,,"160,000","1,160,000",a
                """);
        Diagnostics d = new Diagnostics();
        Reconciler.check(read(file, "x.csv", LedgerSettings.defaults(), d), d);
        assertEquals(List.of("x.csv:3:4 ledger.balance-mismatch"), where(d));
        assertTrue(message(d).contains("1.220.000\u00A0₫") && message(d).contains("1.360.000\u00A0₫"), message(d));
    }

    @Test
    void theFirstRowIsCheckedAgainstTheOpeningBalanceOnlyWhenThereIsOne() {
        List<Transaction> rows = consistent(F, 1_000_000, 160_000, 160_000);
        Diagnostics d = new Diagnostics();
        Reconciler.check(statement(F, rows, null), d);
        assertEquals(List.of(), where(d));
        Reconciler.check(statement(F, rows, 900_000L), d);
        assertEquals(List.of(F + ":2:4 ledger.balance-mismatch"), where(d));
    }

    @Test
    void rowsWithoutABalanceAreCarriedToTheNextBalance() {
        List<Transaction> rows = List.of(tx(F, 2, "2025-01-02", 160_000, null), tx(F, 3, "2025-01-03", 160_000, null),
                tx(F, 4, "2025-01-04", -20_000, 1_300_000L));
        Diagnostics d = new Diagnostics();
        Reconciler.check(statement(F, rows, 1_000_000L), d);
        assertEquals(List.of(), where(d));
        Reconciler.check(statement(F, rows, 1_100_000L), d);
        assertEquals(List.of(F + ":4:4 ledger.balance-mismatch"), where(d));
    }

    @Test
    void anUnreadableRowStartsTheCheckAfresh() {
        List<Transaction> rows = List.of(tx(F, 2, "2025-01-02", 160_000, 1_160_000L), tx(F, 4, "2025-01-04", 100, 9_000_100L));
        Diagnostics d = new Diagnostics();
        Reconciler.check(new Statement(F, rows, null, null, 4, List.of(3)), d);
        assertEquals(List.of(), where(d));
    }

    @Test
    void aStatedClosingBalanceMustBeWhereTheRowsEnd() {
        List<Transaction> rows = consistent(F, 1_000_000, 160_000, -60_000);
        StatedBalance opening = new StatedBalance(1_000_000, new Position(F, 3, 2));
        Diagnostics d = new Diagnostics();
        Reconciler.check(new Statement(F, rows, opening, new StatedBalance(1_100_000, new Position(F, 9, 4)), 4, List.of()), d);
        assertEquals(List.of(), where(d));
        List<Transaction> noBalances = rows.stream()
                .map(t -> new Transaction(F, t.row(), t.date(), null, t.amount(), null, t.memo(), null, null)).toList();
        Reconciler.check(new Statement(F, noBalances, opening, new StatedBalance(1_000_000, new Position(F, 9, 4)), 0,
                List.of()), d);
        assertEquals(List.of(F + ":9:4 ledger.closing-mismatch"), where(d));
        assertTrue(message(d).contains("1.000.000\u00A0₫") && message(d).contains("1.100.000\u00A0₫"));
    }

    @Test
    void eachMonthMustStartWhereThePreviousEnded() {
        String feb = "content/ledger/2025-02.csv";
        String mar = "content/ledger/2025-03.csv";
        Statement january = statement(F, consistent(F, 1_000_000, 160_000, -60_000), null);
        Statement february = statement(feb, consistent(feb, 1_100_000, 960_000), null);
        Statement march = statement(mar, consistent(mar, 2_000_000, 160_000, 160_000), null);
        Diagnostics d = new Diagnostics();
        Reconciler.checkSequence(List.of(january, february, march), d);
        assertEquals(List.of(mar + ":2:4 ledger.balance-gap"), where(d));
        String message = message(d);
        assertTrue(message.contains("2.000.000\u00A0₫") && message.contains("2.060.000\u00A0₫") && message.contains(feb),
                message);
    }

    @Test
    void theSequenceUsesTimeOrderAndStatedBalances() {
        String feb = "content/ledger/2025-02.csv";
        Statement january = statement(F, consistent(F, 1_000_000, 160_000), null);
        List<Transaction> rows = new ArrayList<>(consistent(feb, 1_160_000, 100, 200));
        Collections.reverse(rows);
        Statement newestFirst = statement(feb, rows, null);
        Statement empty = new Statement("content/ledger/2025-03.csv", List.of(),
                new StatedBalance(1_160_300, new Position("content/ledger/2025-03.csv", 4, 2)), null, 0, List.of());
        Diagnostics d = new Diagnostics();
        Reconciler.checkSequence(List.of(january, newestFirst, empty), d);
        assertEquals(List.of(), where(d));
        Statement wrongOpening = new Statement("content/ledger/2025-03.csv", List.of(),
                new StatedBalance(5, new Position("content/ledger/2025-03.csv", 4, 2)), null, 0, List.of());
        Reconciler.checkSequence(List.of(newestFirst, wrongOpening), d);
        assertEquals(List.of("content/ledger/2025-03.csv:4:2 ledger.balance-gap"), where(d));
    }

    @Test
    void randomStatementsAddUpAndOneChangedBalanceIsFoundWhereItIs() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            long opening = random.nextInt(10_000_000);
            long[] amounts = random.longs(1 + random.nextInt(30), -2_000_000, 2_000_000).map(a -> a / 1000 * 1000).toArray();
            List<Transaction> rows = consistent(F, opening, amounts);
            Diagnostics d = new Diagnostics();
            Reconciler.check(statement(F, rows, opening), d);
            List<Transaction> reversed = new ArrayList<>(rows);
            Collections.reverse(reversed);
            Reconciler.check(statement(F, reversed, opening), d);
            assertEquals(List.of(), where(d));

            int k = random.nextInt(rows.size());
            List<Transaction> broken = new ArrayList<>(rows);
            Transaction t = broken.get(k);
            broken.set(k, new Transaction(F, t.row(), t.date(), null, t.amount(), t.balance() + 1 + random.nextInt(500_000),
                    t.memo(), null, null));
            Reconciler.check(statement(F, broken, opening), d);
            assertEquals(List.of(F + ":" + t.row() + ":4 ledger.balance-mismatch"), where(d));
        }
    }
}
