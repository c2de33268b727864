package vn.vungcao.ssg.ledger;

import vn.vungcao.ssg.diag.Position;

/**
 * A balance a statement states in words, outside the rows: "Số dư đầu kỳ/ Opening balance" or
 * "Số dư cuối kỳ/ Closing balance". Immutable.
 *
 * @param amount   in đồng
 * @param position the cell it was read from
 */
public record StatedBalance(long amount, Position position) {

    public StatedBalance {
        if (position == null) throw new IllegalArgumentException("position is required");
    }
}
