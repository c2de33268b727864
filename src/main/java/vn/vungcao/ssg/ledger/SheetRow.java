package vn.vungcao.ssg.ledger;

import java.util.List;
import java.util.Optional;

/**
 * One row of a sheet, before it is understood.
 *
 * @param number the row number as a spreadsheet shows it (1-based)
 * @param cells  its cells in column order; empty cells may be left out
 */
record SheetRow(int number, List<SheetCell> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in the 1-based {@code column}, unless it is empty. */
    Optional<SheetCell> cell(int column) {
        return cells.stream().filter(c -> c.column() == column && !c.blank()).findFirst();
    }

    boolean blank() {
        return cells.stream().allMatch(SheetCell::blank);
    }
}
