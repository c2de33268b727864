package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.diag.Diagnostics;


/**
 * The workbook reader reads what Apache POI (which wrote the files, and which the generator used to
 * read them with) reads: the same rows, cells, numbers, texts and dates.
 */
class XlsxSheetsTest {

    private static final String[] FORMATS = {"General", "0", "#,##0", "#,##0.00", "@", "dd/mm/yyyy", "d/m/yy",
            "dd/mm/yyyy hh:mm", "dd/mm/yyyy hh:mm:ss", "yyyy-mm-dd", "[$-42A]d/m/yyyy", "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy",
            "hh:mm AM/PM", "[h]:mm:ss", "mm:ss.0", "[Red]dd/mm/yy", "dd/mm/yy;@", "0.00%", "#,##0 \"₫\"",
            "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", "0.00E+00", "d-mmm-yy", "mmm yyyy", "[DBNum1]yyyy\"年\"m\"月\"d\"日\"",
            "yyyy\"年\"m\"月\"d\"日\"", "\"Ngày\" dd/mm/yyyy", "dd.mm.yyyy", "# ?/?"};

    @TempDir
    Path dir;

    @Test
    void decidesDateFormatsAsPoiDoes() {
        for (String format : FORMATS) {
            assertEquals(DateUtil.isADateFormat(200, format), XlsxSheets.isDateFormat(200, format), format);
        }
        for (int id = 0; id < 60; id++) {
            assertEquals(DateUtil.isADateFormat(id, null) || DateUtil.isInternalDateFormat(id),
                    XlsxSheets.isDateFormat(id, null), "built-in format " + id);
        }
    }

    @Test
    void convertsSerialDatesAsPoiDoes() {
        Random random = new Random(5);
        List<Double> values = new ArrayList<>(List.of(0.0, 1.0, 59.0, 60.0, 61.0, 45658.0, 45658.34375, 45658.999999));
        for (int i = 0; i < 2_000; i++) values.add(random.nextInt(60_000) + random.nextInt(1440) / 1440.0);
        for (int i = 0; i < 2_000; i++) values.add(random.nextDouble() * 60_000);
        for (double v : values) {
            assertEquals(DateUtil.getLocalDateTime(v, false), XlsxSheets.dateTime(v, false), "1900: " + v);
            assertEquals(DateUtil.getLocalDateTime(v, true), XlsxSheets.dateTime(v, true), "1904: " + v);
        }
    }

    @Test
    void readsRandomWorkbooksAsPoiDoes() throws IOException {
        Random random = new Random(17);
        for (int w = 0; w < 12; w++) {
            Path file = dir.resolve("w" + w + ".xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                if (w % 3 == 1) {
                    var ct = workbook.getCTWorkbook();
                    (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
                }
                Sheet first = workbook.createSheet("Sao kê " + w);
                workbook.createSheet("Khác").createRow(0).createCell(0).setCellValue("không đọc");
                if (w % 4 == 2) workbook.setSheetOrder("Khác", 1);
                List<CellStyle> styles = new ArrayList<>();
                for (String format : FORMATS) {
                    CellStyle style = workbook.createCellStyle();
                    style.setDataFormat(workbook.createDataFormat().getFormat(format));
                    styles.add(style);
                }
                for (int r = 0; r < 40; r++) {
                    if (random.nextInt(6) == 0) continue;
                    Row row = first.createRow(r);
                    for (int c = 0; c < 9; c++) {
                        if (random.nextInt(4) == 0) continue;
                        Cell cell = row.createCell(c);
                        switch (random.nextInt(9)) {
                            case 0 -> cell.setCellValue(List.of("Ngày GD", "NUOI EM ML-0123", "  ", "Tổng/ Total",
                                    "Mường Lát", "a_x000D_b", "tab\there", "Số dư").get(random.nextInt(8)));
                            case 1 -> cell.setCellValue(random.nextInt(20_000_000));
                            case 2 -> cell.setCellValue(random.nextDouble() * 60_000);
                            case 3 -> cell.setCellValue(LocalDateTime.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28),
                                    random.nextInt(24), random.nextInt(60)));
                            case 4 -> cell.setCellValue(random.nextBoolean());
                            case 5 -> cell.setCellFormula(random.nextInt(100) + "*" + random.nextInt(100));
                            case 6 -> cell.setCellErrorValue(FormulaError.DIV0.getCode());
                            case 7 -> {
                                XSSFRichTextString rich = new XSSFRichTextString("Chuyển khoản ");
                                rich.append("ủng hộ", workbook.createFont());
                                cell.setCellValue(rich);
                            }
                            default -> cell.setCellValue(-random.nextInt(1_000_000) / 100.0);
                        }
                        if (random.nextInt(3) > 0) cell.setCellStyle(styles.get(random.nextInt(styles.size())));
                    }
                }
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                workbook.write(out);
            }
            Diagnostics d = new Diagnostics();
            Optional<List<SheetRow>> read = XlsxSheets.read(file, file.getFileName().toString(), d);
            assertEquals(List.of(), d.sorted());
            assertEquals(withPoi(file), read.orElseThrow(), "workbook " + w);
        }
    }

    @Test
    void refusesWhatIsNotAWorkbook() throws IOException {
        Path text = Files.writeString(dir.resolve("x.xlsx"), "Ngày,Ghi có\n");
        Diagnostics d = new Diagnostics();
        assertTrue(XlsxSheets.read(text, "x.xlsx", d).isEmpty());
        assertEquals("ledger.unreadable", d.sorted().get(0).code());

        Path zip = dir.resolve("empty.xlsx");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write(1);
        }
        Diagnostics z = new Diagnostics();
        assertTrue(XlsxSheets.read(zip, "empty.xlsx", z).isEmpty());
        assertEquals("ledger.unreadable", z.sorted().get(0).code());
    }

    @Test
    void refusesAPartThatInflatesAHundredfold() throws IOException {
        Path file = LedgerFixtures.xlsx(dir, "bomb.xlsx", new Object[][] {{"Ngày GD", "Ghi có", "Diễn giải"}});
        Path bomb = dir.resolve("bomb2.xlsx");
        try (var in = new ZipFile(file.toFile());
             var out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (var e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = xml.replace("</sst>", "<si><t>" + " ".repeat(3 << 20) + "</t></si></sst>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
            }
        }
        Diagnostics d = new Diagnostics();
        assertTrue(XlsxSheets.read(bomb, "bomb2.xlsx", d).isEmpty());
        assertEquals("ledger.unreadable", d.sorted().get(0).code());
        assertTrue(XlsxSheets.read(file, "bomb.xlsx", new Diagnostics()).isPresent());
    }

    /** The first sheet as the generator read it with POI. */
    private static List<SheetRow> withPoi(Path file) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row row : workbook.getSheetAt(0)) {
                List<SheetCell> cells = new ArrayList<>();
                for (Cell cell : row) poiCell(cell).ifPresent(cells::add);
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        return rows;
    }

    private static Optional<SheetCell> poiCell(Cell cell) {
        int column = cell.getColumnIndex() + 1;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> poiText(column, cell.getStringCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield Optional.of(new SheetCell(column, value.toString(), null, value));
                }
                double value = cell.getNumericCellValue();
                yield Optional.of(new SheetCell(column, BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(),
                        value, null));
            }
            case BOOLEAN -> poiText(column, String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT));
            case ERROR -> poiText(column, FormulaError.isValidCode(cell.getErrorCellValue())
                    ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#ERROR");
            default -> Optional.empty();
        };
    }

    private static Optional<SheetCell> poiText(int column, String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.of(SheetCell.text(column, Normalizer.normalize(text, Normalizer.Form.NFC)));
    }
}
