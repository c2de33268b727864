package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildResult;


/** The statement pages: totals that equal the rows, links to purposes, masking, reports. */
class LedgerPagesTest {

    @TempDir
    Path dir;

    static final String STATEMENTS = """
            -- content/campaigns/ao-am.md --
            ---
            title: Áo ấm mùa đông
            goal_vnd: 1000000
            keywords: [AO AM 2025]
            status: active
            ---
            -- content/ledger/2025-01.csv --
            Tên tài khoản,CLB VI TRE EM VUNG CAO
            Số tài khoản,0011223344
            Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
            02/01/2025,,"1,000,000","11,000,000",NGUYEN VAN AN chuyen tien UNG HO CLB
            05/01/2025,,"960,000","11,960,000",TRAN THI BINH NUOI EM ML0002 6 THANG
            10/01/2025,,"300,000","12,260,000",LE VAN CUONG AO AM 2025
            20/01/2025,"2,000,000",,"10,260,000",CHI TIEN AN BAN TRU THANG 1
            Tổng,"2,000,000","2,260,000",,
            -- content/ledger/2025-02.csv --
            Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
            03/02/2025,,"160,000","10,420,000",PHAM VAN DUNG 0987654321 NUOI EM ML-0002
            15/02/2025,,"200,000","10,620,000",AO AM 2025 ung ho
            """;

    @Test
    void anEnglishSiteShowsItsStatementsInEnglish() throws Exception {
        TestSite site = TestSite.of(dir, STATEMENTS + """
                -- site-config.yml --
                title: Highland children
                description: A test site.
                base_url: https://example.org/
                language: en
                """);
        site.buildOk();
        Document overview = Jsoup.parse(site.file("sao-ke/index.html"));
        String text = overview.text();
        assertTrue(text.contains("Total in 2,620,000 VND"), text);
        assertTrue(text.contains("January 2025"), text);
        assertTrue(text.contains("General fund"), text);
        assertTrue(overview.select("svg.chart title").first().text().startsWith("Money in (green)"));
        Document january = Jsoup.parse(site.file("sao-ke/2025-01/index.html"));
        assertEquals("2 Jan", january.select("time[datetime=2025-01-02]").text(), "a row's day, short, in English");
        assertTrue(Jsoup.parse(site.file("bao-cao/2025-q1/index.html")).select("h1").text().contains("Q1 2025"));
    }

    @Test
    void statementPagesAddUpAndLinkEachGiftToItsPurpose() throws Exception {
        TestSite site = TestSite.of(dir, STATEMENTS);
        BuildResult result = site.buildOk();
        Document overview = Jsoup.parse(site.file("sao-ke/index.html"));
        String text = overview.text();
        assertTrue(text.contains("Tổng tiền vào 2.620.000"), text);
        assertTrue(text.contains("Tổng tiền ra 2.000.000"), text);
        assertTrue(text.contains("Số dư hiện tại 10.620.000"), text);
        assertEquals(1, overview.select("svg.chart").size());
        assertTrue(site.exists("sao-ke/2025-01/index.html"));
        assertTrue(site.exists("sao-ke/2025-02/index.html"));
        assertTrue(site.exists("bao-cao/2025-q1/index.html"));
        Document january = Jsoup.parse(site.file("sao-ke/2025-01/index.html"));
        assertEquals(4, january.select("table.ledger-rows tbody tr").size());
        assertTrue(january.select("a[href=/chien-dich/ao-am/]").size() >= 1, "a gift links to its campaign");
        assertTrue(Jsoup.parse(site.file("chien-dich/ao-am/index.html")).text().contains("500.000"),
                "the campaign's raised money comes from the statements");
        String child = Jsoup.parse(site.file("tre-em/ml-0002/index.html")).text();
        assertTrue(child.contains("Các tháng đã nhận hỗ trợ"), child);
        assertTrue(child.contains("tháng 1, 2025") && child.contains("tháng 2, 2025"), child);
        assertTrue(site.file("bao-cao/2025-q1/index.html").contains("2.620.000"));
        assertFalse(result.hasErrors());
    }

    @Test
    void noPageOrFileContainsADonorsNameOrAccount() throws Exception {
        TestSite site = TestSite.of(dir, STATEMENTS);
        site.buildOk();
        Map<String, byte[]> all = TestSite.snapshot(site.out());
        for (Map.Entry<String, byte[]> f : all.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            for (String secret : List.of("NGUYEN VAN AN", "TRAN THI BINH", "LE VAN CUONG", "PHAM VAN DUNG", "0987654321")) {
                assertFalse(text.contains(secret), f.getKey() + " contains " + secret);
            }
        }
        assertFalse(all.keySet().stream().anyMatch(p -> p.startsWith("ledger/") || p.endsWith("2025-01.csv")),
                "the bank's own files are never published");
        String csv = new String(all.get("sao-ke/sao-ke.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("NUOI EM [mã em]"), csv);
        for (Map.Entry<String, byte[]> f : all.entrySet()) {
            if (f.getKey().equals("tre-em/ml-0002/index.html")) continue;
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains("ML0002") || text.contains("ML-0002"), f.getKey() + " shows the sponsored child's code");
        }
    }

    @Test
    void aBalanceThatDoesNotAddUpIsReportedAtItsRow() {
        TestSite site = TestSite.of(dir, STATEMENTS.replace("\"12,260,000\"", "\"12,270,000\""));
        List<String> d = TestSite.describe(site.build().diagnostics());
        assertTrue(d.stream().anyMatch(s -> s.startsWith("content/ledger/2025-01.csv:6:") && s.endsWith("ledger.balance-mismatch")), d.toString());
    }
}
