package vn.vungcao.ssg.ledger;

import java.time.LocalDateTime;

/**
 * One non-empty cell of a CSV or XLSX sheet, before it is understood.
 *
 * @param column   the 1-based column
 * @param text     the cell's text (for a number, its plain digits; for a date cell, ISO), never null
 * @param number   the value of a numeric spreadsheet cell, else null
 * @param dateTime the value of a spreadsheet cell formatted as a date, else null
 */
record SheetCell(int column, String text, Double number, LocalDateTime dateTime) {

    static SheetCell text(int column, String text) {
        return new SheetCell(column, text, null, null);
    }

    boolean blank() {
        return number == null && dateTime == null && text.isBlank();
    }
}
