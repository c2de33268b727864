package vn.vungcao.ssg.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;

/**
 * Reads the first sheet of an Excel workbook into rows of cells: text cells as text, numbers as
 * numbers, cells formatted as dates as dates (formulas by their saved result).
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    /** The first sheet's rows, or empty after reporting {@code ledger.unreadable}. */
    static Optional<List<SheetRow>> read(Path file, String sitePath, Diagnostics d) {
        Position at = Position.ofFile(sitePath);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) return Optional.of(List.of());
            Sheet sheet = workbook.getSheetAt(0);
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<SheetCell> cells = new ArrayList<>();
                for (Cell cell : row) cell(cell).ifPresent(cells::add);
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return Optional.of(rows);
        } catch (EncryptedDocumentException e) {
            d.error("ledger.unreadable", at, "This workbook is protected by a password, so it cannot be read.",
                    "Open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.");
        } catch (IOException | RuntimeException e) {
            // POI throws many kinds for a file that is not a workbook; all mean the same to the treasurer
            d.error("ledger.unreadable", at, "This file cannot be opened as an Excel workbook (.xlsx).",
                    "Export the statement again from the bank as Excel (XLSX), or save it from Excel as CSV UTF-8.");
        }
        return Optional.empty();
    }

    private static Optional<SheetCell> cell(Cell cell) {
        int column = cell.getColumnIndex() + 1;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> text(column, cell.getStringCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield Optional.of(new SheetCell(column, value.toString(), null, value));
                }
                double value = cell.getNumericCellValue();
                yield Optional.of(new SheetCell(column, plain(value), value, null));
            }
            case BOOLEAN -> text(column, String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT));
            case ERROR -> text(column, FormulaError.isValidCode(cell.getErrorCellValue())
                    ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#ERROR");
            default -> Optional.empty();
        };
    }

    private static Optional<SheetCell> text(int column, String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.of(SheetCell.text(column, Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    /** {@code 1600000} rather than {@code 1600000.0} or {@code 1.6E6}. */
    private static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return String.valueOf(value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
