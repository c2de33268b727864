package vn.vungcao.ssg.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.text.VietnameseFormat;

/**
 * Checks that statements add up: within a file, each balance is the balance before plus the row's
 * amount; across files, each month starts where the one before ended. Banks list rows oldest or
 * newest first; a file whose rows add up only newest first is accepted as such. Stateless and
 * thread-safe.
 */
public final class Reconciler {

    private Reconciler() {
    }

    /** The first row whose balance does not follow, and the balance that was expected there. */
    private record Mismatch(Transaction row, long expected, long before) {
    }

    /**
     * The statement's rows oldest first. When the balances add up in one order only, that order;
     * otherwise (both, or neither, or no balances) the file order, reversed when its first date is
     * after its last.
     */
    public static List<Transaction> inTimeOrder(Statement st) {
        return newestFirst(st) ? reversed(st.transactions()) : st.transactions();
    }

    private static boolean newestFirst(Statement st) {
        List<Transaction> forward = st.transactions();
        boolean forwardAddsUp = firstMismatch(st, forward, true).isEmpty();
        boolean backwardAddsUp = firstMismatch(st, reversed(forward), false).isEmpty();
        if (forwardAddsUp != backwardAddsUp) return backwardAddsUp;
        return !forward.isEmpty() && forward.get(0).date().isAfter(forward.get(forward.size() - 1).date());
    }

    /**
     * Reports the first row, in {@link #inTimeOrder time order}, whose balance is not the balance
     * before (the row above, or the stated opening balance for the first row; the first row is not
     * checked when there is neither) plus its amount: {@code ledger.balance-mismatch} at the
     * row's balance cell, showing the expected and the found balance. Rows without a balance are
     * carried over. When the rows add up and the file states a closing balance that differs from
     * the last balance, reports {@code ledger.closing-mismatch} at the closing balance.
     */
    public static void check(Statement st, Diagnostics d) {
        boolean forward = !newestFirst(st);
        List<Transaction> order = forward ? st.transactions() : reversed(st.transactions());
        Optional<Mismatch> mismatch = firstMismatch(st, order, forward);
        if (mismatch.isPresent()) {
            Mismatch m = mismatch.get();
            d.error("ledger.balance-mismatch", new Position(st.file(), m.row().row(), st.balanceColumn()), money(m.row().balance()), money(m.expected()), money(m.before()), money(m.row().amount()));
            return;
        }
        if (st.closing() == null || !st.badRows().isEmpty()) return;
        OptionalLong end = rowsEnd(st, order);
        if (end.isPresent() && end.getAsLong() != st.closing().amount()) {
            d.error("ledger.closing-mismatch", st.closing().position(), money(st.closing().amount()), money(end.getAsLong()));
        }
    }

    /**
     * Checks that each statement starts where the one before it ends. A statement's start is the
     * balance before its first row (its first balance minus the amounts up to it, else its stated
     * opening balance); its end is its last balance plus any later amounts, else its stated
     * closing balance, else its opening balance plus all amounts. A difference is reported as
     * {@code ledger.balance-gap} at the first row of the later statement (its balance cell), or
     * at its opening balance when it has no rows; statements whose start or end is unknown are
     * not compared.
     *
     * @param inDateOrder the statements, oldest month first
     */
    public static void checkSequence(List<Statement> inDateOrder, Diagnostics d) {
        for (int i = 1; i < inDateOrder.size(); i++) {
            Statement previous = inDateOrder.get(i - 1);
            Statement next = inDateOrder.get(i);
            OptionalLong end = end(previous, inTimeOrder(previous));
            List<Transaction> order = inTimeOrder(next);
            OptionalLong start = start(next, order);
            if (end.isEmpty() || start.isEmpty() || end.getAsLong() == start.getAsLong()) continue;
            Position at = !order.isEmpty() ? new Position(next.file(), order.get(0).row(), next.balanceColumn())
                    : next.opening() != null ? next.opening().position() : Position.ofFile(next.file());
            d.error("ledger.balance-gap", at, money(start.getAsLong()), previous.file(), money(end.getAsLong()), money(start.getAsLong() - end.getAsLong()));
        }
    }

    private static OptionalLong start(Statement st, List<Transaction> order) {
        long sum = 0;
        for (Transaction t : order) {
            sum += t.amount();
            if (t.balance() != null) return OptionalLong.of(t.balance() - sum);
        }
        return st.opening() == null ? OptionalLong.empty() : OptionalLong.of(st.opening().amount());
    }

    /** The last balance and the amounts after it, else the closing balance, else the opening plus all amounts. */
    private static OptionalLong end(Statement st, List<Transaction> order) {
        OptionalLong rows = rowsEnd(st, order);
        if (rows.isPresent() || st.closing() == null) return rows;
        return OptionalLong.of(st.closing().amount());
    }

    /** Where the rows end: the last balance plus later amounts, else the opening balance plus all amounts. */
    private static OptionalLong rowsEnd(Statement st, List<Transaction> order) {
        long after = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            Transaction t = order.get(i);
            if (t.balance() != null) return OptionalLong.of(t.balance() + after);
            after += t.amount();
        }
        return st.opening() == null ? OptionalLong.empty() : OptionalLong.of(st.opening().amount() + after);
    }

    /**
     * The first row of {@code order} whose balance does not follow. The chain starts afresh after
     * an unreadable row, since its amount is unknown.
     *
     * @param forward whether {@code order} is the file order (else its reverse)
     */
    private static Optional<Mismatch> firstMismatch(Statement st, List<Transaction> order, boolean forward) {
        Long running = st.opening() == null ? null : st.opening().amount();
        int previousRow = forward ? 0 : Integer.MAX_VALUE;
        for (Transaction t : order) {
            if (unreadBetween(st, previousRow, t.row())) running = null;
            if (t.balance() != null) {
                if (running != null && running + t.amount() != t.balance()) {
                    return Optional.of(new Mismatch(t, running + t.amount(), running));
                }
                running = t.balance();
            } else if (running != null) {
                running = running + t.amount();
            }
            previousRow = t.row();
        }
        return Optional.empty();
    }

    private static boolean unreadBetween(Statement st, int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return st.badRows().stream().anyMatch(r -> r > low && r < high);
    }

    private static List<Transaction> reversed(List<Transaction> rows) {
        List<Transaction> copy = new ArrayList<>(rows);
        Collections.reverse(copy);
        return List.copyOf(copy);
    }

    private static String money(long vnd) {
        return VietnameseFormat.money(vnd);
    }
}
