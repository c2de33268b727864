package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;


/**
 * The masked statement CSV, written with Jackson's CSV generator, is what its data binding writes
 * for the same cells; and no text cell is one a spreadsheet runs as a formula.
 */
class MaskedCsvTest {

    private static final String[] PIECES = {"a", "Z", "đ", "Ư", " ", ",", "\"", "'", "#", ";", "\t", "\n", "\r", "-", "0",
            "9", "[mã em]", "quỹ chung", "NUOI EM ML0002", "****4018", "(", ")", "=", "+", "@", "\\", "/", "…"};

    @Test
    void theSameBytesAsCsvMapperOnRandomRows() throws Exception {
        Random random = new Random(20261129);
        for (int round = 0; round < 300; round++) {
            List<LedgerSummary.Row> rows = new ArrayList<>();
            List<List<String>> lines = new ArrayList<>();
            lines.add(List.of("Ngày", "Thu", "Chi", "Số dư", "Nội dung", "Dành cho"));
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                StringBuilder memo = new StringBuilder();
                for (int j = random.nextInt(40); j > 0; j--) memo.append(PIECES[random.nextInt(PIECES.length)]);
                long amount = random.nextBoolean() ? random.nextInt(10_000_000) + 1 : -random.nextInt(10_000_000) - 1;
                Long balance = random.nextInt(4) == 0 ? null : (long) random.nextInt(200_000_000);
                Link link = switch (random.nextInt(3)) {
                    case 0 -> new Link.ToChild(random.nextBoolean() ? "ML-0002" : "[mã em]");
                    case 1 -> new Link.ToCampaign("ao-am");
                    default -> new Link.GeneralFund();
                };
                LocalDate date = LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28));
                rows.add(new LedgerSummary.Row("content/ledger/x.csv", i + 2, date, null, amount, balance, memo.toString(), null, link));
                lines.add(List.of(date.toString(), amount > 0 ? Long.toString(amount) : "", amount < 0 ? Long.toString(-amount) : "",
                        balance == null ? "" : Long.toString(balance), LedgerSummary.inertCell(memo.toString()),
                        LedgerSummary.inertCell(link.label())));
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
            expected.writeBytes(new CsvMapper().writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsBytes(lines));
            assertArrayEquals(expected.toByteArray(), LedgerSummary.maskedCsv(rows), lines.toString());
        }
    }

    @Test
    void noMemoBecomesAFormula() {
        for (String memo : List.of("=HYPERLINK(\"https://x.invalid\",\"bấm\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                " =cmd|' /C calc'!A0", "＝1+1")) {
            String cell = LedgerSummary.inertCell(memo);
            assertEquals('\'', cell.charAt(0), memo);
            assertEquals(memo, cell.substring(1));
        }
        assertEquals("NUOI EM ML0002", LedgerSummary.inertCell("NUOI EM ML0002"));
        assertEquals("quỹ chung - ủng hộ", LedgerSummary.inertCell("quỹ chung - ủng hộ"));
        String csv = new String(LedgerSummary.maskedCsv(List.of(new LedgerSummary.Row("content/ledger/x.csv", 2,
                LocalDate.of(2025, 1, 2), null, 5000, 5000L, "=HYPERLINK(\"https://x.invalid\")", null, new Link.GeneralFund()))),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"https://x.invalid\"\")\","), csv);
    }
}
