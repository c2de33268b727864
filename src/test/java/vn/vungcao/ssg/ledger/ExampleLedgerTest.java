package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vungcao.ssg.ledger.LedgerFixtures.where;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.text.CodeKey;


/** The fictional example statements (of the example site's content/ledger/) read, add up, and link where intended. */
class ExampleLedgerTest {

    private static final Path SITE = ExampleSite.ROOT;
    private static final Path LEDGER = SITE.resolve("content/ledger");
    private static final Map<String, String> KEYWORDS = Map.of(
            "xay-truong-trung-ly", "TRUNG LY", "ao-am-mua-dong-2025", "AO AM 2025", "xay-truong-na-meo", "NA MEO");

    private static Map<String, String> sponsored;
    private static MemoLinker linker;
    private static List<Statement> statements;

    @BeforeAll
    static void readExample() throws IOException {
        sponsored = new TreeMap<>();
        try (Stream<Path> children = Files.list(SITE.resolve("content/children"))) {
            for (Path child : children.sorted().toList()) {
                String text = Files.readString(child);
                Matcher code = Pattern.compile("(?m)^code: (\\S+)$").matcher(text);
                if (code.find() && text.contains("\nstatus: sponsored\n")) {
                    sponsored.put(CodeKey.of(code.group(1)).orElseThrow(), code.group(1));
                }
            }
        }
        Map<String, List<String>> campaigns = new TreeMap<>();
        KEYWORDS.forEach((slug, keyword) -> campaigns.put(slug, List.of(keyword)));
        linker = new MemoLinker(sponsored, campaigns);
        Diagnostics d = new Diagnostics();
        statements = StatementReader.readFolder(new SiteFiles(SITE), LEDGER, "content/ledger", LedgerSettings.defaults(), d);
        assertEquals(List.of(), where(d));
    }

    @Test
    void campaignKeywordsAreTheOnesTheCampaignPagesAskFor() throws IOException {
        for (var e : KEYWORDS.entrySet()) {
            String page = Files.readString(SITE.resolve("content/campaigns").resolve(e.getKey() + ".md"));
            assertTrue(page.contains("`" + e.getValue() + "`"), e.getKey());
        }
    }

    @Test
    void twelveMonthsReadWithoutProblemsOneOfThemXlsx() {
        List<String> files = statements.stream().map(Statement::file).toList();
        List<String> expected = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            expected.add(String.format("content/ledger/2025-%02d.%s", m, m == 6 ? "xlsx" : "csv"));
        }
        assertEquals(expected, files);
        for (int i = 0; i < 12; i++) {
            Statement st = statements.get(i);
            assertTrue(st.transactions().size() >= 15 && st.transactions().size() <= 40, st.file());
            assertTrue(st.transactions().stream().allMatch(t -> t.month().equals(YearMonth.of(2025, 1).plusMonths(
                    statements.indexOf(st)))), st.file());
            assertTrue(st.opening() != null && st.closing() != null, st.file());
            assertEquals(List.of(), st.badRows());
        }
    }

    @Test
    void balancesAddUpWithinEachMonthAndFromMonthToMonth() {
        Diagnostics d = new Diagnostics();
        statements.forEach(st -> Reconciler.check(st, d));
        Reconciler.checkSequence(statements, d);
        assertEquals(List.of(), where(d));
        for (int i = 1; i < statements.size(); i++) {
            assertEquals(statements.get(i - 1).closing().amount(), statements.get(i).opening().amount());
        }
        for (Statement st : statements) {
            List<Transaction> rows = st.transactions();
            assertEquals(st.closing().amount(), rows.get(rows.size() - 1).balance());
            assertEquals(st.closing().amount(), st.opening().amount() + rows.stream().mapToLong(Transaction::amount).sum());
        }
    }

    @Test
    void everyChildAndCampaignMemoLinksWhereIntended() {
        Pattern nuoiEm = Pattern.compile("NUOI EM ([A-Z]{2}[ .-]?\\d+)|([A-Z]{2}[ .-]?\\d+) NUOI EM");
        int children = 0;
        int campaigns = 0;
        for (Statement st : statements) {
            for (Transaction t : st.transactions()) {
                String memo = t.memo().toUpperCase(Locale.ROOT);
                Link link = linker.link(t.memo());
                Matcher m = nuoiEm.matcher(memo);
                String keyword = KEYWORDS.entrySet().stream()
                        .filter(e -> memo.replaceAll("[.-]", " ").contains(e.getValue())).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
                if (m.find()) {
                    String written = m.group(1) != null ? m.group(1) : m.group(2);
                    String code = sponsored.get(CodeKey.of(written).orElseThrow());
                    assertEquals(new Link.ToChild(code), link, t.file() + ":" + t.row() + " " + t.memo());
                    assertTrue(t.amount() > 0);
                    children++;
                } else if (keyword != null) {
                    assertEquals(new Link.ToCampaign(keyword), link, t.file() + ":" + t.row() + " " + t.memo());
                    campaigns++;
                } else {
                    assertInstanceOf(Link.GeneralFund.class, link, t.file() + ":" + t.row() + " " + t.memo());
                }
            }
        }
        assertTrue(children > 60, "nuôi em rows: " + children);
        assertTrue(campaigns > 60, "campaign rows: " + campaigns);
    }

    @Test
    void publishedRowsShowNoDonorNameAndNoAccountNumber() {
        Pattern sender = Pattern.compile("CT tu (\\d+) ([A-Z ]+?) toi");
        LedgerSummary summary = LedgerSummary.of(statements, linker, LedgerSettings.defaults());
        List<LedgerSummary.Row> rows = summary.months().stream().flatMap(m -> m.rows().stream()).toList();
        int names = 0;
        for (Statement st : statements) {
            for (Transaction t : st.transactions()) {
                LedgerSummary.Row row = rows.stream().filter(r -> r.file().equals(t.file()) && r.row() == t.row())
                        .findFirst().orElseThrow();
                assertFalse(row.memo().matches(".*\\d{6,}.*"), row.memo());
                Matcher m = sender.matcher(t.memo());
                if (m.find()) {
                    names++;
                    assertFalse(row.memo().toUpperCase(Locale.ROOT).contains(m.group(2)), row.memo());
                    assertFalse(row.memo().contains(m.group(1)), row.memo());
                }
            }
        }
        assertTrue(names > 50, "rows with a sender's name: " + names);
    }

    @Test
    void summaryOfTheYearMatchesTheStatements() {
        LedgerSummary summary = LedgerSummary.of(statements, linker, LedgerSettings.defaults());
        assertEquals(12, summary.months().size());
        long in = statements.stream().flatMap(s -> s.transactions().stream()).mapToLong(t -> Math.max(0, t.amount())).sum();
        long out = statements.stream().flatMap(s -> s.transactions().stream()).mapToLong(t -> Math.max(0, -t.amount())).sum();
        assertEquals(in, summary.totalIn());
        assertEquals(out, summary.totalOut());
        long linked = summary.generalFund() + summary.campaigns().values().stream().mapToLong(Long::longValue).sum()
                + summary.children().values().stream().flatMap(List::stream).mapToLong(LedgerSummary.ChildMonth::amount).sum();
        assertEquals(in, linked);
        for (int i = 0; i < 12; i++) {
            assertEquals(statements.get(i).closing().amount(), summary.months().get(i).closingBalance());
        }
        assertEquals(KEYWORDS.keySet(), summary.campaigns().keySet());
        assertEquals(sponsored.values().stream().sorted().toList(), List.copyOf(summary.children().keySet()));
    }
}
