package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.diag.Position;


class LedgerSummaryTest {

    private static final MemoLinker LINKER = new MemoLinker(Map.of("ML123", "ML-0123", "QS3", "QS-0003"),
            Map.of("xay-truong-trung-ly", List.of("TRUNG LY"), "xay-truong-na-meo", List.of("NA MEO")));
    private static final String JAN = "content/ledger/2025-01.csv";
    private static final String FEB = "content/ledger/2025-02.xlsx";

    private static Transaction row(String file, int row, String date, long amount, Long balance, String memo,
            String counterparty) {
        return new Transaction(file, row, LocalDate.parse(date), null, amount, balance, memo, counterparty, null);
    }

    private static List<Statement> statements() {
        Statement january = new Statement(JAN, List.of(
                row(JAN, 8, "2025-01-02", 960_000, 10_960_000L, "NUOI EM ML0123 6 THANG", "NGUYEN VAN AN"),
                row(JAN, 9, "2025-01-05", -8_800_000, 2_160_000L, "CHI TIEN AN BAN TRU THANG 1 DIEM TRUONG PU NHI", null),
                row(JAN, 10, "2025-01-20", 2_000_000, null, "UNG HO TRUNG LY", "TRAN THI MAI"),
                row(JAN, 11, "2025-01-31", 500_000, null, "UNG HO CLB", null)),
                new StatedBalance(10_000_000, new Position(JAN, 4, 2)), null, 6, List.of());
        // newest first, as some banks list them
        Statement february = new Statement(FEB, List.of(
                row(FEB, 9, "2025-02-10", 160_000, 5_140_000L, "nuoi em ml 123", null),
                row(FEB, 8, "2025-02-03", 480_000, 4_980_000L, "NUOI EM QS-3", null),
                row(FEB, 7, "2025-02-01", -160_000, 4_500_000L, "CHI MUA XI MANG NA MEO", null)),
                null, null, 6, List.of());
        return List.of(february, january);
    }

    @Test
    void monthsHoldTheirRowsInTimeOrderWithTotalsAndClosingBalances() {
        LedgerSummary summary = LedgerSummary.of(statements(), LINKER, LedgerSettings.defaults());
        assertEquals(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2)),
                summary.months().stream().map(LedgerSummary.Month::month).toList());
        LedgerSummary.Month january = summary.months().get(0);
        assertEquals(3_460_000, january.moneyIn());
        assertEquals(8_800_000, january.moneyOut());
        assertEquals(4_660_000L, january.closingBalance());
        LedgerSummary.Month february = summary.months().get(1);
        assertEquals(List.of(7, 8, 9), february.rows().stream().map(LedgerSummary.Row::row).toList());
        assertEquals(5_140_000L, february.closingBalance());
        assertEquals("NGUYEN V** A", january.rows().get(0).counterparty());
        assertEquals(new Link.ToCampaign("xay-truong-na-meo"), february.rows().get(0).link());
    }

    @Test
    void totalsPerCampaignGeneralFundAndChildAreTheMoneyInLinkedToThem() {
        LedgerSummary summary = LedgerSummary.of(statements(), LINKER, LedgerSettings.defaults());
        assertEquals(Map.of("xay-truong-trung-ly", 2_000_000L), summary.campaigns());
        assertEquals(500_000, summary.generalFund());
        assertEquals(Map.of(
                "ML-0123", List.of(new LedgerSummary.ChildMonth(YearMonth.of(2025, 1), 960_000),
                        new LedgerSummary.ChildMonth(YearMonth.of(2025, 2), 160_000)),
                "QS-0003", List.of(new LedgerSummary.ChildMonth(YearMonth.of(2025, 2), 480_000))), summary.children());
        assertEquals(List.of("ML-0123", "QS-0003"), List.copyOf(summary.children().keySet()));
    }

    @Test
    void aMonthWithoutBalancesIsComputedFromTheOpeningBalanceOrLeftUnknown() {
        Statement noBalances = new Statement(JAN, List.of(row(JAN, 2, "2025-01-02", 100, null, "a", null)),
                new StatedBalance(1_000, new Position(JAN, 1, 2)), null, 0, List.of());
        assertEquals(1_100L, LedgerSummary.of(List.of(noBalances), LINKER, LedgerSettings.defaults())
                .months().get(0).closingBalance());
        Statement unknown = new Statement(JAN, noBalances.transactions(), null, null, 0, List.of());
        assertNull(LedgerSummary.of(List.of(unknown), LINKER, LedgerSettings.defaults()).months().get(0).closingBalance());
    }

    @Test
    void summaryTotalsAreTheSumsOfTheRows() {
        Random random = new Random(5);
        for (int round = 0; round < 100; round++) {
            List<Transaction> rows = new ArrayList<>();
            String[] memos = {"NUOI EM ML0123", "UNG HO TRUNG LY", "NA MEO", "UNG HO CLB", "NUOI EM QS0003", "CHI PHI"};
            for (int i = 0; i < random.nextInt(60); i++) {
                rows.add(row(JAN, i + 2, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(90)).toString(),
                        random.nextInt(2_000_000) - 600_000, null, memos[random.nextInt(memos.length)], null));
            }
            rows.sort(Comparator.comparing(Transaction::date));
            LedgerSummary s = LedgerSummary.of(List.of(new Statement(JAN, rows, null, null, 0, List.of())), LINKER,
                    LedgerSettings.defaults());
            long in = rows.stream().mapToLong(t -> Math.max(0, t.amount())).sum();
            long out = rows.stream().mapToLong(t -> Math.max(0, -t.amount())).sum();
            assertEquals(in, s.totalIn());
            assertEquals(out, s.totalOut());
            assertEquals(in, s.generalFund() + s.campaigns().values().stream().mapToLong(Long::longValue).sum()
                    + s.children().values().stream().flatMap(List::stream).mapToLong(LedgerSummary.ChildMonth::amount).sum());
            for (LedgerSummary.Month m : s.months()) {
                assertEquals(m.rows().stream().mapToLong(LedgerSummary.Row::moneyIn).sum(), m.moneyIn());
                assertEquals(m.rows().stream().mapToLong(LedgerSummary.Row::moneyOut).sum(), m.moneyOut());
            }
            assertEquals(rows.size(), s.months().stream().mapToInt(m -> m.rows().size()).sum());
        }
    }

    @Test
    void maskedCsvIsUtf8WithBomForExcelAndTheSameEveryTime() {
        Statement st = new Statement(JAN, List.of(
                row(JAN, 8, "2025-01-02", 960_000, 10_960_000L,
                        "MBVCB.8123456789.NUOI EM ML0123, 6 THANG.CT tu 0071000123456 NGUYEN VAN AN toi 000000000000", null),
                row(JAN, 9, "2025-01-05", -8_800_000, null, "CHI TIEN \"AN\" BAN TRU", null)),
                null, null, 6, List.of());
        List<LedgerSummary.Row> rows = LedgerSummary.of(List.of(st), LINKER, LedgerSettings.defaults()).months().get(0).rows();
        byte[] csv = LedgerSummary.maskedCsv(rows);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("""
                Ngày,Thu,Chi,"Số dư","Nội dung","Dành cho"\r
                2025-01-02,960000,,10960000,"MBVCB.****6789.NUOI EM ML0123, 6 THANG.CT tu ****3456 NGUYEN V** A toi ****0000",ML-0123\r
                2025-01-05,,8800000,,"CHI TIEN ""AN"" BAN TRU","quỹ chung"\r
                """, text);
        assertArrayEquals(csv, LedgerSummary.maskedCsv(rows));
        assertFalse(text.contains("0071000123456") || text.contains("NGUYEN VAN AN"));
    }
}
