package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungcao.ssg.ledger.LedgerFixtures.ledgerSection;
import static vn.vungcao.ssg.ledger.LedgerFixtures.message;
import static vn.vungcao.ssg.ledger.LedgerFixtures.read;
import static vn.vungcao.ssg.ledger.LedgerFixtures.resource;
import static vn.vungcao.ssg.ledger.LedgerFixtures.where;
import static vn.vungcao.ssg.ledger.LedgerFixtures.write;
import static vn.vungcao.ssg.ledger.LedgerFixtures.xlsx;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.source.SiteFiles;


class StatementReaderTest {

    private static final LedgerSettings AUTO = LedgerSettings.defaults();
    private static final String HEADER = "Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết\n";

    @TempDir
    Path dir;

    private static List<Long> amounts(Statement st) {
        return st.transactions().stream().map(Transaction::amount).toList();
    }

    private static List<Integer> rows(Statement st) {
        return st.transactions().stream().map(Transaction::row).toList();
    }

    @Test
    void readsVietcombankCsvSavedFromExcel() {
        Diagnostics d = new Diagnostics();
        Statement st = read(resource("vietcombank.csv"), "content/ledger/2025-01.csv", AUTO, d);
        assertEquals(List.of(), where(d));
        assertEquals(List.of(7, 8, 9, 11), rows(st));
        assertEquals(List.of(160_000L, 960_000L, -8_800_000L, 1_500_000L), amounts(st));
        Transaction first = st.transactions().get(0);
        assertEquals(new Transaction("content/ledger/2025-01.csv", 7, LocalDate.of(2025, 1, 2), null, 160_000,
                10_160_000L, "IBFT NUOI EM ML0123", null, null), first);
        assertEquals("UNG HO TRUNG LY, CHUC CAC EM HOC TOT", st.transactions().get(3).memo());
        assertEquals(new StatedBalance(10_000_000, new Position("content/ledger/2025-01.csv", 4, 2)), st.opening());
        assertEquals(new StatedBalance(3_820_000, new Position("content/ledger/2025-01.csv", 13, 6)), st.closing());
        assertEquals(6, st.balanceColumn());
    }

    @Test
    void readsTechcombankSemicolonCsvWithTimesNamesAndVnd() {
        Diagnostics d = new Diagnostics();
        Statement st = read(resource("techcombank.csv"), "content/ledger/tcb.csv", LedgerSettings.of(Preset.TECHCOMBANK), d);
        assertEquals(List.of(), where(d));
        assertEquals(List.of(4, 5, 6), rows(st));
        assertEquals(List.of(160_000L, 200_000L, -1_250_000L), amounts(st));
        Transaction first = st.transactions().get(0);
        assertEquals(LocalTime.of(8, 15, 22), first.time());
        assertEquals("Nguyễn Văn An", first.counterparty());
        assertEquals(5_160_000L, first.balance());
        assertNull(st.transactions().get(2).time());
        assertNull(st.opening());
        assertEquals(8, st.balanceColumn());
    }

    @Test
    void readsOneSignedAmountColumnNamedInTheSettings() {
        LedgerSettings s = LedgerSettings.read(ledgerSection("""
                ledger:
                  preset: mb
                  columns:
                    amount: Số tiền
                    account: [Số tài khoản đối ứng, TK nhận]
                """), "site-config.yml", new Diagnostics());
        Path file = write(dir, "signed.csv", """
                Ngày GD;Số tiền;Số dư;Mô tả;Tên TK đối ứng;TK nhận
                01/02/2025;1.600.000;11.600.000;NUOI EM QS0003;LE VAN TAM;0123456789
                02/02/2025;-160.000;11.440.000;PHI;;
                03/02/2025;(200.000);11.240.000;CHI MUA SACH;CUA HANG SACH;
                """);
        Diagnostics d = new Diagnostics();
        Statement st = read(file, "content/ledger/signed.csv", s, d);
        assertEquals(List.of(), where(d));
        assertEquals(List.of(1_600_000L, -160_000L, -200_000L), amounts(st));
        assertEquals("LE VAN TAM", st.transactions().get(0).counterparty());
        assertEquals("0123456789", st.transactions().get(0).account());
        assertNull(st.transactions().get(1).account());
    }

    @Test
    void readsEveryAmountStyleInOneFile() {
        Path file = write(dir, "amounts.csv", HEADER + """
                01/01/2025,,"1.600.000",,a
                02/01/2025,,"1,600,000.00",,b
                03/01/2025,-160.000,,,c
                04/01/2025,,160000,,d
                05/01/2025,(160.000),,,e
                06/01/2025,,160.000 VND,,f
                07/01/2025,,160.000 đ,,g
                08/01/2025,,"160,000₫",,h
                09/01/2025,"1,600,000",,,i
                10/01/2025,,1 600 000,,j
                """);
        Diagnostics d = new Diagnostics();
        Statement st = read(file, "x.csv", AUTO, d);
        assertEquals(List.of(), where(d));
        assertEquals(List.of(1_600_000L, 1_600_000L, -160_000L, 160_000L, -160_000L, 160_000L, 160_000L, 160_000L,
                -1_600_000L, 1_600_000L), amounts(st));
    }

    @Test
    void amountFormatsAcceptWhatBanksWriteAndNothingElse() {
        List<AmountFormat> auto = AmountFormat.AUTO;
        assertEquals(1_600_000, AmountFormat.parse("1.600.000", auto).getAsLong());
        assertEquals(1_600_000, AmountFormat.parse("1,600,000.00", auto).getAsLong());
        assertEquals(1_600_000, AmountFormat.parse("1.600.000,00", auto).getAsLong());
        assertEquals(-160_000, AmountFormat.parse("-160.000", auto).getAsLong());
        assertEquals(-160_000, AmountFormat.parse("160.000-", auto).getAsLong());
        assertEquals(-160_000, AmountFormat.parse("(160.000)", auto).getAsLong());
        assertEquals(-160_000, AmountFormat.parse("(160.000 VND)", auto).getAsLong());
        assertEquals(160_000, AmountFormat.parse("VND 160,000", auto).getAsLong());
        assertEquals(160_000, AmountFormat.parse("+160000", auto).getAsLong());
        assertEquals(1_600, AmountFormat.parse("1.600", auto).getAsLong());
        assertEquals(0, AmountFormat.parse("0", auto).getAsLong());
        for (String bad : List.of("", "abc", "1.600.00", "1,600,000.50", "12.34.567", "1.6OO.OOO", "--5", "1e6",
                "1234567890123456")) {
            assertTrue(AmountFormat.parse(bad, auto).isEmpty(), bad);
        }
        assertTrue(AmountFormat.DOT_THOUSANDS.parse("1,600,000.00").isEmpty());
        assertEquals(1, AmountFormat.COMMA_THOUSANDS.parse("1.00").getAsLong());
    }

    @Test
    void readsWindows1258WhenTheSettingsSaySo() {
        String text = HEADER + "02/01/2025,,\"160,000\",\"160,000\",Ủng hộ bữa trưa Mường Lát\n";
        Path file = write(dir, "ansi.csv", windows1258(text));
        Diagnostics d = new Diagnostics();
        Statement st = read(file, "ansi.csv", AUTO.withEncoding(Charset.forName("windows-1258")), d);
        assertEquals(List.of(), where(d));
        assertEquals("Ủng hộ bữa trưa Mường Lát", st.transactions().get(0).memo());

        Diagnostics asUtf8 = new Diagnostics();
        assertTrue(StatementReader.read(file, "ansi.csv", AUTO, asUtf8).isEmpty());
        assertEquals(List.of("ansi.csv ledger.unreadable"), where(asUtf8));
        assertTrue(asUtf8.sorted().get(0).hint().contains("windows-1258"));
    }

    /** Windows-1258 keeps tone marks apart from the letters they sit on, as Excel writes it. */
    private static byte[] windows1258(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (encoder.canEncode(c)) {
                out.append(c);
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String rest = nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
            out.append(Normalizer.normalize(rest, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    @Test
    void readsUtf16TabDelimitedWithByteOrderMark() {
        String text = "\uFEFF" + HEADER.replace(',', '\t') + "02/01/2025\t\t160000\t160000\tNUOI EM ML0123\n";
        Diagnostics d = new Diagnostics();
        Statement st = read(write(dir, "unicode.csv", text, StandardCharsets.UTF_16LE), "unicode.csv", AUTO, d);
        assertEquals(List.of(), where(d));
        assertEquals("NUOI EM ML0123", st.transactions().get(0).memo());
    }

    @Test
    void readsXlsxWithDateCellsNumbersAndTextDates() {
        Path file = xlsx(dir, "bidv.xlsx", new Object[][] {
                {"NGÂN HÀNG TMCP ĐẦU TƯ VÀ PHÁT TRIỂN VIỆT NAM"},
                {"Số dư đầu kỳ:", 10_000_000},
                null,
                {"STT", "Ngày giao dịch\nTransaction date", "Số tiền ghi nợ", "Số tiền ghi có", "Số dư", "Mô tả"},
                {1, LocalDateTime.of(2025, 1, 2, 8, 15), null, 160_000, 10_160_000, "NUOI EM ML0123"},
                {2, "03/01/2025", null, "960.000", 11_120_000, "NUOI EM ML-0089"},
                null,
                {3, LocalDate.of(2025, 1, 5), 8_800_000, null, 2_320_000, "CHI TIEN AN BAN TRU"},
                {"Cộng phát sinh", null, 8_800_000, 1_120_000},
        });
        Diagnostics d = new Diagnostics();
        Statement st = read(file, "content/ledger/bidv.xlsx", LedgerSettings.of(Preset.BIDV), d);
        assertEquals(List.of(), where(d));
        assertEquals(List.of(5, 6, 8), rows(st));
        assertEquals(List.of(160_000L, 960_000L, -8_800_000L), amounts(st));
        assertEquals(LocalTime.of(8, 15), st.transactions().get(0).time());
        assertEquals(LocalDate.of(2025, 1, 3), st.transactions().get(1).date());
        assertNull(st.transactions().get(2).time());
        assertEquals(new StatedBalance(10_000_000, new Position("content/ledger/bidv.xlsx", 2, 2)), st.opening());
    }

    @Test
    void skipsEmptyRowsRepeatedHeadersAndTotalsAndKeepsAnOpeningLineInTheTable() {
        Path file = write(dir, "x.csv", HEADER + """
                Số dư đầu kỳ,,,"1,000,000",
                02/01/2025,,"160,000","1,160,000",a
                ,,,,
                Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
                03/01/2025,"60,000",,"1,100,000",b
                Cộng,"60,000","160,000",,
                Total,"60,000","160,000",,
                Số dư cuối kỳ,,,"1,100,000",
                """);
        Diagnostics d = new Diagnostics();
        Statement st = read(file, "x.csv", AUTO, d);
        assertEquals(List.of(), where(d));
        assertEquals(List.of(3, 6), rows(st));
        assertEquals(new StatedBalance(1_000_000, new Position("x.csv", 2, 4)), st.opening());
        assertEquals(new StatedBalance(1_100_000, new Position("x.csv", 9, 4)), st.closing());
    }

    @Test
    void reportsBadDatesAtTheirCell() {
        Path file = write(dir, "x.csv", "Sao kê\n" + HEADER + """
                32/01/2025,,"160,000",,a
                ,,"160,000",,b
                2025/01/03,,"160,000",,c
                04/01/2025,,"160,000",,d
                """);
        Diagnostics d = new Diagnostics();
        Statement st = read(file, "content/ledger/x.csv", AUTO, d);
        assertEquals(List.of("content/ledger/x.csv:3:1 ledger.bad-date", "content/ledger/x.csv:4:1 ledger.bad-date",
                "content/ledger/x.csv:5:1 ledger.bad-date"), where(d));
        assertTrue(d.sorted().get(0).message().contains("'32/01/2025'"));
        assertEquals("Dòng này không có ngày.", d.sorted().get(1).message());
        assertEquals(List.of(6), rows(st));
        assertEquals(List.of(3, 4, 5), st.badRows());
    }

    @Test
    void reportsADateCellThatIsOnlyANumber() {
        Path file = xlsx(dir, "x.xlsx", new Object[][] {
                {"Ngày GD", "Ghi nợ", "Ghi có", "Diễn giải"},
                {45658, null, 160_000, "a"},
        });
        Diagnostics d = new Diagnostics();
        read(file, "x.xlsx", AUTO, d);
        assertEquals(List.of("x.xlsx:2:1 ledger.bad-date"), where(d));
        assertTrue(message(d).contains("45658"));
    }

    @Test
    void reportsBadAmountsWithTheCellText() {
        Path file = write(dir, "x.csv", HEADER + """
                02/01/2025,,1.6OO.OOO,,a
                03/01/2025,,"160,000",abc,b
                04/01/2025,,,,c
                05/01/2025,,"160,000.50",,d
                """);
        Diagnostics d = new Diagnostics();
        read(file, "x.csv", AUTO, d);
        assertEquals(List.of("x.csv:2:3 ledger.bad-amount", "x.csv:3:4 ledger.bad-amount",
                "x.csv:4:3 ledger.bad-amount", "x.csv:5:3 ledger.bad-amount"), where(d));
        assertTrue(d.sorted().get(0).message().contains("'1.6OO.OOO'"), d.sorted().get(0).message());
        assertTrue(d.sorted().get(1).message().contains("'abc' ở cột số dư"));
        assertTrue(d.sorted().get(3).message().contains("'160,000.50'"));
    }

    @Test
    void reportsAMissingMemoColumnOnceAtTheHeaderRow() {
        Path file = write(dir, "x.csv", """
                Sao kê tài khoản
                Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Ghi chú
                02/01/2025,,"160,000",,a
                03/01/2025,,"160,000",,b
                """);
        Diagnostics d = new Diagnostics();
        assertTrue(StatementReader.read(file, "content/ledger/x.csv", AUTO, d).isEmpty());
        assertEquals(List.of("content/ledger/x.csv:2 ledger.missing-column"), where(d));
        String message = message(d);
        assertTrue(message.contains("cột nội dung") && message.contains("\"Nội dung chi tiết\"") && message.contains("\"Mô tả\""),
                message);
        assertTrue(d.sorted().get(0).hint().contains("ledger: columns: memo:"));
    }

    @Test
    void aNamedPresetLooksOnlyForItsOwnHeadersWhileAutoTriesThemAll() {
        Path file = write(dir, "acb.csv", """
                Ngày hiệu lực,Rút ra,Gửi vào,Số dư,Mô tả giao dịch
                02/01/2025,,"160,000","1,160,000",NUOI EM ML0123
                """);
        Diagnostics auto = new Diagnostics();
        assertEquals(List.of(160_000L), amounts(read(file, "acb.csv", AUTO, auto)));
        assertEquals(List.of(), where(auto));

        Diagnostics vcb = new Diagnostics();
        assertTrue(StatementReader.read(file, "acb.csv", LedgerSettings.of(Preset.VIETCOMBANK), vcb).isEmpty());
        assertEquals(List.of("acb.csv:1 ledger.missing-column", "acb.csv:1 ledger.missing-column"), where(vcb));
    }

    @Test
    void reportsAFileWithoutATable() {
        Path file = write(dir, "x.csv", """
                Sao kê tài khoản
                Số tài khoản:,000000000000
                Từ ngày/ From:,01/01/2025
                """);
        Diagnostics d = new Diagnostics();
        assertTrue(StatementReader.read(file, "content/ledger/x.csv", AUTO, d).isEmpty());
        assertEquals(List.of("content/ledger/x.csv ledger.no-table"), where(d));
    }

    @Test
    void reportsFilesThatCannotBeOpened() throws IOException {
        Diagnostics notXlsx = new Diagnostics();
        assertTrue(StatementReader.read(write(dir, "x.xlsx", HEADER), "x.xlsx", AUTO, notXlsx).isEmpty());
        assertEquals(List.of("x.xlsx ledger.unreadable"), where(notXlsx));

        Diagnostics workbookNamedCsv = new Diagnostics();
        Path workbook = xlsx(dir, "real.xlsx", new Object[][] {{"a"}});
        Path renamed = write(dir, "renamed.csv", Files.readAllBytes(workbook));
        assertTrue(StatementReader.read(renamed, "renamed.csv", AUTO, workbookNamedCsv).isEmpty());
        assertEquals(List.of("renamed.csv ledger.unreadable"), where(workbookNamedCsv));
        assertTrue(message(workbookNamedCsv).contains("sổ tính Excel"));

        Diagnostics badUtf8 = new Diagnostics();
        byte[] bytes = (HEADER + "02/01/2025,,1,,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(StatementReader.read(write(dir, "latin.csv", bytes), "latin.csv", AUTO, badUtf8).isEmpty());
        assertEquals(List.of("latin.csv ledger.unreadable"), where(badUtf8));

        Diagnostics unclosed = new Diagnostics();
        Path quote = write(dir, "quote.csv", HEADER + "02/01/2025,,1,,\"never closed\n03/01/2025,,1,,b\n");
        assertTrue(StatementReader.read(quote, "quote.csv", AUTO, unclosed).isEmpty());
        assertEquals(List.of("quote.csv:4 ledger.unreadable"), where(unclosed));
    }


    @Test
    void refusesPdfAndOtherFilesWithAHintToExport() {
        Diagnostics d = new Diagnostics();
        assertTrue(StatementReader.read(write(dir, "2025-01.pdf", "%PDF-1.4"), "content/ledger/2025-01.pdf", AUTO, d)
                .isEmpty());
        assertEquals(List.of("content/ledger/2025-01.pdf ledger.unsupported"), where(d));
        assertTrue(d.sorted().get(0).hint().contains("XLSX") && d.sorted().get(0).hint().contains("CSV"));
    }

    @Test
    void readsAFolderInDateOrderSkippingReadme() {
        write(dir, "README.md", "# Sao kê");
        write(dir, "b-january.csv", HEADER + "02/01/2025,,1,,a\n");
        write(dir, "a-february.csv", HEADER + "02/02/2025,,1,,a\n");
        Diagnostics d = new Diagnostics();
        List<Statement> statements = StatementReader.readFolder(new SiteFiles(dir), dir, "content/ledger", AUTO, d);
        assertEquals(List.of(), where(d));
        assertEquals(List.of("content/ledger/b-january.csv", "content/ledger/a-february.csv"),
                statements.stream().map(Statement::file).toList());
        assertEquals(List.of(), StatementReader.readFolder(new SiteFiles(dir), dir.resolve("none"), "content/ledger", AUTO, d));
    }

    @Test
    void neverThrowsOnGarbage() {
        Random random = new Random(7);
        String alphabet = "0123456789,;\t\"\n\r.-() đĐàÀNgàyTổngSố dưabc/:";
        for (int i = 0; i < 300; i++) {
            byte[] bytes;
            if (i % 3 == 0) {
                bytes = new byte[random.nextInt(400)];
                random.nextBytes(bytes);
            } else {
                StringBuilder s = new StringBuilder(i % 2 == 0 ? HEADER : "");
                for (int k = random.nextInt(400); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            }
            for (String name : List.of("g.csv", "g.xlsx")) {
                Diagnostics d = new Diagnostics();
                StatementReader.read(write(dir, name, bytes), name, AUTO, d)
                        .ifPresent(st -> Reconciler.check(st, d));
            }
        }
    }
}
