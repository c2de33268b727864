package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungcao.ssg.ledger.LedgerFixtures.ledgerSection;
import static vn.vungcao.ssg.ledger.LedgerFixtures.where;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vungcao.ssg.diag.Diagnostics;


class LedgerSettingsTest {

    /** The column names listed in RECIPES.md, "Bank statement exports". */
    private static final Map<Column, List<String>> RECIPES = Map.of(
            Column.DATE, List.of("Ngày giao dịch", "Ngày GD", "Ngày hạch toán", "Ngày hiệu lực"),
            Column.DEBIT, List.of("Số tiền ghi nợ", "Ghi nợ", "Nợ", "Phát sinh nợ"),
            Column.CREDIT, List.of("Số tiền ghi có", "Ghi có", "Có", "Phát sinh có"),
            Column.BALANCE, List.of("Số dư", "Số dư TK"),
            Column.MEMO, List.of("Nội dung chi tiết", "Mô tả", "Diễn giải"));

    /** A header row whose cells are the usual names, with {@code name} in the place of {@code column}. */
    private static SheetRow header(Column column, String name) {
        Map<Column, String> cells = new EnumMap<>(Map.of(Column.DATE, "Ngày giao dịch",
                Column.DEBIT, "Ghi nợ", Column.CREDIT, "Ghi có", Column.BALANCE, "Số dư", Column.MEMO, "Diễn giải"));
        cells.put(column, name);
        List<SheetCell> row = new ArrayList<>(List.of(SheetCell.text(1, "STT/ No.")));
        cells.values().forEach(text -> row.add(SheetCell.text(row.size() + 1, text)));
        return new SheetRow(5, row);
    }

    static Stream<Arguments> everyPresetAndRecipeName() {
        List<Arguments> out = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            RECIPES.forEach((column, names) -> names.forEach(name -> out.add(Arguments.of(preset, column, name))));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} finds {1} named \"{2}\"")
    @MethodSource("everyPresetAndRecipeName")
    void everyPresetAcceptsEveryNameListedInRecipes(Preset preset, Column column, String name) {
        SheetRow row = header(column, name);
        int expected = row.cells().stream().filter(c -> c.text().equals(name)).findFirst().orElseThrow().column();
        Optional<Headers.Found> found = Headers.find(List.of(row), List.of(preset.layout()));
        assertTrue(found.isPresent());
        assertEquals(expected, found.get().columns().get(column));
        assertEquals(6, found.get().columns().size() + 1, "STT/ No. is no column: " + found.get().columns());
    }

    @Test
    void headersMatchIgnoringCaseAccentsAndEitherHalfOfBilingualHeaders() {
        List<String> names = Preset.VIETCOMBANK.layout().names(Column.DATE);
        for (String cell : List.of("Ngày GD / Trans. date", "NGÀY GIAO DỊCH", "ngay giao dich", "Transaction date",
                "Ngày giao dịch\nTransaction date", "Ngày hạch toán (Posting date)", " Ngày   GD: ")) {
            assertTrue(Headers.matches(cell, names), cell);
        }
        assertTrue(Headers.matches("Số dư/ Balance", Preset.BIDV.layout().names(Column.BALANCE)));
        assertTrue(Headers.matches("Số dư/ Balance", List.of("balance")));
        assertTrue(Headers.matches("Nợ/ Debit", List.of("Nợ")));
        for (String cell : List.of("Từ ngày/ From", "Ngày in", "Số dư đầu kỳ", "STT/ No.")) {
            assertFalse(Headers.matches(cell, Preset.VIETCOMBANK.layout().names(Column.DATE))
                    || Headers.matches(cell, Preset.VIETCOMBANK.layout().names(Column.DEBIT))
                    || Headers.matches(cell, Preset.VIETCOMBANK.layout().names(Column.BALANCE)), cell);
        }
    }

    @Test
    void labelsOfOpeningClosingAndTotalRows() {
        assertEquals(Optional.of(Headers.Label.OPENING), Headers.label("Số dư đầu kỳ/ Opening balance:"));
        assertEquals(Optional.of(Headers.Label.OPENING), Headers.label("OPENING BALANCE"));
        assertEquals(Optional.of(Headers.Label.CLOSING), Headers.label("Số dư cuối kỳ"));
        assertEquals(Optional.of(Headers.Label.CLOSING), Headers.label("Closing balance: 1,000"));
        for (String total : List.of("Tổng", "Tổng cộng", "Cộng", "Cộng phát sinh", "Tổng/ Total", "TOTAL")) {
            assertEquals(Optional.of(Headers.Label.TOTAL), Headers.label(total), total);
        }
        assertEquals(Optional.empty(), Headers.label("Công ty ABC"));
        assertEquals(Optional.empty(), Headers.label("Tổ chức"));
        assertEquals(Optional.empty(), Headers.label("Tống Văn Nam"));
    }

    @Test
    void defaultsReadEveryPresetAndMaskEverything() {
        LedgerSettings s = LedgerSettings.defaults();
        assertEquals("auto", s.preset());
        assertEquals(Preset.values().length, s.layouts().size());
        assertEquals(AmountFormat.AUTO, s.amountFormats());
        assertEquals(StandardCharsets.UTF_8, s.encoding());
        assertTrue(s.maskNames() && s.maskAccounts());
        assertEquals(s, LedgerSettings.read(ledgerSection("ledger: {}\n"), "site-config.yml", new Diagnostics()));
    }

    @Test
    void readsEverySetting() {
        Diagnostics d = new Diagnostics();
        LedgerSettings s = LedgerSettings.read(ledgerSection("""
                title: x
                ledger:
                  preset: techcombank
                  columns:
                    date: Ngày GD
                    memo: [Ghi chú, Nội dung]
                  date_format: [dd/MM/yyyy, "dd/MM/yyyy HH:mm:ss"]
                  thousands: "."
                  encoding: windows-1258
                  mask_names: false
                  mask_accounts: true
                """), "site-config.yml", d);
        assertEquals(List.of(), where(d));
        assertEquals("techcombank", s.preset());
        assertEquals(1, s.layouts().size());
        assertEquals(List.of("Ngày GD"), s.layouts().get(0).names(Column.DATE));
        assertEquals(List.of("Ghi chú", "Nội dung"), s.layouts().get(0).names(Column.MEMO));
        assertEquals(Preset.TECHCOMBANK.layout().names(Column.DEBIT), s.layouts().get(0).names(Column.DEBIT));
        assertEquals(List.of("dd/MM/yyyy", "dd/MM/yyyy HH:mm:ss"), s.dateFormats());
        assertEquals(List.of(AmountFormat.DOT_THOUSANDS), s.amountFormats());
        assertEquals(Charset.forName("windows-1258"), s.encoding());
        assertFalse(s.maskNames());
        assertTrue(s.maskAccounts());
    }

    @Test
    void aDecimalSeparatorAloneChoosesTheOtherForThousands() {
        LedgerSettings s = LedgerSettings.read(ledgerSection("ledger:\n  decimal: \".\"\n"), "site-config.yml",
                new Diagnostics());
        assertEquals(List.of(AmountFormat.COMMA_THOUSANDS), s.amountFormats());
    }

    @Test
    void reportsEveryWrongSettingAtItsLineAndKeepsTheDefault() {
        Diagnostics d = new Diagnostics();
        LedgerSettings s = LedgerSettings.read(ledgerSection("""
                ledger:
                  preset: sacombank
                  columns:
                    date: Ngày GD
                    remark: Ghi chú
                  date_format: [dd/MM/yyyy, HH:mm, "dd/MM/yyyy 'lúc"]
                  thousands: ","
                  decimal: ","
                  encoding: latin-9000
                  mask_name: false
                """), "site-config.yml", d);
        assertEquals(List.of(
                "site-config.yml:2:11 field.not-allowed-value",
                "site-config.yml:5:5 field.unknown",
                "site-config.yml:6:29 ledger.bad-setting",
                "site-config.yml:6:36 ledger.bad-setting",
                "site-config.yml:8:12 ledger.bad-setting",
                "site-config.yml:9:13 ledger.bad-setting",
                "site-config.yml:10:3 field.unknown"), where(d));
        assertEquals("auto", s.preset());
        assertEquals(List.of("dd/MM/yyyy"), s.dateFormats());
        assertEquals(List.of(AmountFormat.COMMA_THOUSANDS), s.amountFormats());
        assertEquals(StandardCharsets.UTF_8, s.encoding());
        assertTrue(s.maskNames());
        assertTrue(d.sorted().stream().noneMatch(x -> x.message().contains("Exception")));
    }

    @Test
    void namingASignedAmountColumnDropsDebitAndCredit() {
        Layout layout = Preset.MB.layout().with(Map.of(Column.AMOUNT, List.of("Số tiền")));
        assertEquals(List.of(), layout.names(Column.DEBIT));
        assertEquals(List.of("Số tiền"), layout.names(Column.AMOUNT));
        Layout back = layout.with(Map.of(Column.DEBIT, List.of("Ra"), Column.CREDIT, List.of("Vào")));
        assertEquals(List.of(), back.names(Column.AMOUNT));
    }
}
