package vn.vungcao.ssg.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.source.FrontMatter;
import vn.vungcao.ssg.source.SourceFile;
import vn.vungcao.ssg.source.YamlNode;
import vn.vungcao.ssg.source.YamlReader;

/** Builds statement files and settings for the ledger tests. */
final class LedgerFixtures {

    private LedgerFixtures() {
    }

    /** Each diagnostic as {@code file:line:col code}, sorted. */
    static List<String> where(Diagnostics d) {
        return d.sorted().stream().map(x -> x.position() + " " + x.code()).toList();
    }

    /** The one diagnostic's message (fails when there is not exactly one). */
    static String message(Diagnostics d) {
        if (d.sorted().size() != 1) throw new AssertionError("expected one diagnostic, got " + where(d));
        return d.sorted().get(0).message();
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        return write(dir, name, text.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource under {@code src/test/resources/ledger/}. */
    static Path resource(String name) {
        try {
            return Path.of(LedgerFixtures.class.getResource("/ledger/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a workbook whose first sheet has {@code rows}: a String is a text cell, a Number a
     * numeric cell shown {@code #,##0}, a LocalDate or LocalDateTime a date cell, null no cell; a
     * null row is left out of the file.
     */
    static Path xlsx(Path dir, String name, Object[][] rows) {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sao kê");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) continue;
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) continue;
                    Cell cell = row.createCell(c);
                    if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(money);
                    } else if (v instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(date);
                    } else if (v instanceof LocalDate t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(date);
                    } else {
                        throw new IllegalArgumentException("cell of type " + v.getClass());
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The {@code ledger:} mapping of a {@code site-config.yml} text (positions are that file's lines). */
    static YamlNode.Mapping ledgerSection(String config) {
        Diagnostics d = new Diagnostics();
        SourceFile file = new SourceFile("site-config.yml", Path.of("test-site", "site-config.yml"), config);
        YamlNode.Mapping root = new YamlReader().readMapping(FrontMatter.whole(file), d).orElseThrow();
        if (d.hasErrors()) throw new IllegalArgumentException(where(d).toString());
        return root.entry("ledger").map(e -> (YamlNode.Mapping) e.value()).orElseThrow();
    }

    /** Reads a statement and fails the test when it cannot. */
    static Statement read(Path file, String sitePath, LedgerSettings s, Diagnostics d) {
        Optional<Statement> st = StatementReader.read(file, sitePath, s, d);
        if (st.isEmpty()) throw new AssertionError("not read: " + where(d));
        return st.get();
    }

    static Transaction tx(String file, int row, String date, long amount, Long balance) {
        return new Transaction(file, row, LocalDate.parse(date), null, amount, balance, "memo " + row, null, null);
    }
}
