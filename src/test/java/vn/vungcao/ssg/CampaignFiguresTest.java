package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;

/**
 * A campaign shows one figure by one rule: the money in the statements link to it plus what the
 * club declares it received elsewhere, each part with its source; and every figure a campaign's
 * file writes that cannot be true with the statements is a warning at that field.
 */
class CampaignFiguresTest {

    @TempDir
    Path dir;

    /** Two gifts to the campaign in January (1.300.000 ₫), one in February (200.000 ₫). */
    static final String LEDGER = """
            -- content/ledger/2025-01.csv --
            Tên tài khoản,CLB VI TRE EM VUNG CAO
            Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
            05/01/2025,,"1,000,000","11,000,000",NGUYEN VAN AN AO AM 2025
            10/01/2025,,"300,000","11,300,000",LE VAN CUONG ung ho ao-am-2025
            20/01/2025,"2,000,000",,"9,300,000",CHI MUA AO AM 2025
            -- content/ledger/2025-02.csv --
            Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
            15/02/2025,,"200,000","9,500,000",AO AM 2025
            """;

    static String campaign(String fields) {
        return """
                -- content/campaigns/ao-am.md --
                ---
                title: Áo ấm mùa đông
                goal_vnd: 1000000
                keywords: [AO AM 2025]
                status: active
                """ + fields + """
                ---
                Áo ấm cho các em.
                """;
    }

    private static List<Diagnostic> campaignWarnings(BuildResult result) {
        return result.diagnostics().stream().filter(d -> d.code().startsWith("campaign.")).toList();
    }

    /** Messages write money with a no-break space before the sign, as the pages do. */
    private static String money(String text) {
        return text.replace(" ₫", "\u00A0₫");
    }

    private static Element progress(TestSite site, String page) {
        return Jsoup.parse(site.file(page)).selectFirst("div.progress");
    }

    @Test
    void theFigureIsTheStatementsPlusWhatWasReceivedElsewhereEachWithItsSource() {
        TestSite site = TestSite.of(dir, LEDGER + campaign("""
                start: 2025-01-01
                end: 2025-02-28
                received_elsewhere_vnd: 250000
                received_elsewhere_note: Tiền mặt góp tại hội chợ ngày 8/1.
                raised_vnd: 1750000
                """));
        BuildResult result = site.buildOk();
        assertEquals(List.of(), TestSite.describe(campaignWarnings(result)), "the figures agree");

        for (String page : List.of("chien-dich/ao-am/index.html", "chien-dich/index.html", "index.html")) {
            Element box = progress(site, page);
            String text = box.text();
            assertTrue(text.startsWith("Đã quyên góp 1.750.000 ₫ / 1.000.000 ₫ (175%)"), page + ": " + text);
            List<String> parts = box.select("ul.figures li").eachText();
            assertEquals(List.of(
                    "Chuyển khoản vào tài khoản của câu lạc bộ: 1.500.000 ₫ (theo sao kê ngân hàng)",
                    "Nhận ngoài tài khoản (tiền mặt, tài khoản khác): 250.000 ₫ (theo câu lạc bộ công bố). Tiền mặt góp tại hội chợ ngày 8/1."),
                    parts, page);
            assertEquals("/sao-ke/", box.selectFirst("ul.figures a").attr("href"), "the statements' part links to them");
            assertEquals("100", box.selectFirst("[role=progressbar]").attr("aria-valuenow"), "the bar stops at 100");
        }
        assertTrue(progress(site, "chien-dich/ao-am/index.html").text().contains("Cách tính:"), "the page says how it counts");
    }

    @Test
    void withoutStatementsTheDeclaredTotalIsShownAndSaysWhereItComesFrom() {
        TestSite site = TestSite.of(dir, "");
        BuildResult result = site.buildOk();
        assertEquals(List.of(), campaignWarnings(result));
        Element box = progress(site, "chien-dich/ao-am/index.html");
        assertTrue(box.text().startsWith("Đã quyên góp 250.000 ₫ / 1.000.000 ₫ (25%)"), box.text());
        assertEquals(List.of("Số liệu câu lạc bộ công bố: 250.000 ₫ (chưa có trong sao kê)"), box.select("ul.figures li").eachText());
    }

    @Test
    void statementsAboveTheDeclaredTotalAreAWarningAtRaisedVnd() {
        TestSite site = TestSite.of(dir, LEDGER + campaign("""
                raised_vnd: 900000
                """));
        BuildResult result = site.buildOk();
        List<Diagnostic> found = campaignWarnings(result);
        assertEquals(List.of("content/campaigns/ao-am.md:6:13 campaign.statements-exceed-raised"), TestSite.describe(found));
        Diagnostic d = found.get(0);
        assertFalse(d.isError(), "a warning: the page still shows the rule's figure");
        assertEquals(money("Sao kê đã ghi nhận 1.500.000 ₫ cho chiến dịch này, nhiều hơn tổng 'raised_vnd' là 900.000 ₫: "
                + "hai con số không thể cùng đúng. Trang chiến dịch hiện 1.500.000 ₫, cộng từ sao kê và khoản nhận ngoài tài khoản."), d.message());
        assertTrue(d.hint().contains("'raised_vnd: 1500000'"), d.hint());
        assertTrue(progress(site, "chien-dich/ao-am/index.html").text().startsWith("Đã quyên góp 1.500.000 ₫"));
    }

    @Test
    void anOldDeclaredTotalAboveTheStatementsGetsTheExactMigration() {
        TestSite site = TestSite.of(dir, LEDGER + campaign("""
                raised_vnd: 5000000
                """));
        List<Diagnostic> found = campaignWarnings(site.buildOk());
        assertEquals(List.of("content/campaigns/ao-am.md:6:13 campaign.raised-mismatch"), TestSite.describe(found));
        assertEquals(money("'raised_vnd' là 5.000.000 ₫, nhưng sao kê chỉ ghi nhận 1.500.000 ₫ cho chiến dịch này. "
                + "Trang chiến dịch hiện 1.500.000 ₫, số cộng từ sao kê, chứ không hiện 'raised_vnd'."), found.get(0).message());
        assertTrue(found.get(0).hint().contains("ghi 'received_elsewhere_vnd: 3500000'"), found.get(0).hint());

        // following the hint makes the file and the page agree
        site.write("content/campaigns/ao-am.md", campaign("""
                raised_vnd: 5000000
                received_elsewhere_vnd: 3500000
                """).split("\n", 2)[1]);
        BuildResult again = site.buildOk();
        assertEquals(List.of(), campaignWarnings(again));
        assertTrue(progress(site, "chien-dich/ao-am/index.html").text().startsWith("Đã quyên góp 5.000.000 ₫"));
    }

    @Test
    void aDeclaredTotalThatIsNotTheSumIsAWarningInTheSitesLanguage() {
        TestSite site = TestSite.of(dir, LEDGER + campaign("""
                raised_vnd: 2000000
                received_elsewhere_vnd: 100000
                """) + """
                -- site-config.yml --
                title: Highland children
                description: A test site.
                base_url: https://example.org/
                language: en
                """);
        List<Diagnostic> found = campaignWarnings(site.buildOk());
        assertEquals(List.of("content/campaigns/ao-am.md:6:13 campaign.raised-mismatch"), TestSite.describe(found));
        assertEquals(money("'raised_vnd' is 2.000.000 ₫, but the statements (1.500.000 ₫) plus 'received_elsewhere_vnd' (100.000 ₫) "
                + "make 1.600.000 ₫. The campaign's page shows 1.600.000 ₫."), found.get(0).message());
    }

    @Test
    void giftsDatedOutsideTheCampaignAreAWarningAtItsStartOrEnd() {
        TestSite site = TestSite.of(dir, LEDGER + campaign("""
                start: 2025-01-08
                end: 2025-01-31
                """));
        List<Diagnostic> found = campaignWarnings(site.buildOk());
        assertEquals(List.of("content/campaigns/ao-am.md:6:8 campaign.statements-outside-dates",
                "content/campaigns/ao-am.md:7:6 campaign.statements-outside-dates"), TestSite.describe(found));
        assertEquals(money("1 khoản tiền vào có từ khóa của chiến dịch (tổng 1.000.000 ₫) đến trước ngày bắt đầu 2025-01-08; "
                + "khoản sớm nhất ngày 2025-01-05, ở content/ledger/2025-01.csv dòng 3."), found.get(0).message());
        assertEquals(money("1 khoản tiền vào có từ khóa của chiến dịch (tổng 200.000 ₫) đến sau ngày kết thúc 2025-01-31; "
                + "khoản muộn nhất ngày 2025-02-15, ở content/ledger/2025-02.csv dòng 2."), found.get(1).message());
        assertTrue(found.get(1).hint().contains("'end: 2025-02-15'"), found.get(1).hint());
        // still counted: the donors gave them for the campaign
        assertTrue(progress(site, "chien-dich/ao-am/index.html").text().startsWith("Đã quyên góp 1.500.000 ₫"));
    }

    @Test
    void aNoteWithoutItsAmountIsNotSilentlyDropped() {
        TestSite site = TestSite.of(dir, campaign("""
                received_elsewhere_note: Tiền mặt góp tại hội chợ.
                """));
        List<Diagnostic> found = campaignWarnings(site.buildOk());
        assertEquals(List.of("content/campaigns/ao-am.md:6:26 campaign.note-without-amount"), TestSite.describe(found));
    }

    @Test
    void theWarningsAreThoseOfCheckToo() {
        TestSite site = TestSite.of(dir, LEDGER + campaign("""
                raised_vnd: 900000
                """));
        BuildResult checked = site.build(site.options().withCheck(true));
        assertEquals(List.of("content/campaigns/ao-am.md:6:13 campaign.statements-exceed-raised"),
                TestSite.describe(campaignWarnings(checked)));
    }

    @Test
    void theExampleSitesCampaignsAgreeWithTheirFilesAndTheirNews() throws Exception {
        BuildResult result = SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, dir.resolve("public"), null, false, false, TestSite.NOW, 2));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        assertEquals(List.of(), TestSite.describe(campaignWarnings(result)), "no campaign's file contradicts the statements");

        Pattern amount = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+)\\s*(?:đ|₫)");
        Path content = ExampleSite.ROOT.resolve("content");
        List<Path> campaigns;
        try (Stream<Path> files = Files.list(content.resolve("campaigns"))) {
            campaigns = files.sorted().toList();
        }
        assertEquals(3, campaigns.size());
        for (Path file : campaigns) {
            String slug = file.getFileName().toString().replace(".md", "");
            Element box = Jsoup.parse(dir.resolve("public/chien-dich/" + slug + "/index.html").toFile(), "UTF-8").selectFirst("div.progress");
            // the figures the page shows: the raised money, the goal and every part
            Set<Long> shown = new TreeSet<>();
            Matcher m = amount.matcher(box.text());
            while (m.find()) shown.add(Long.parseLong(m.group(1).replace(".", "")));
            long raised = Long.parseLong(box.selectFirst("p strong").text().replaceAll("\\D", ""));
            long parts = box.select("ul.figures li strong").eachText().stream().mapToLong(t -> Long.parseLong(t.replaceAll("\\D", ""))).sum();
            assertEquals(raised, parts, slug + ": the parts add up to the figure");

            // every large sum that the campaign's own text or its news names is one the page shows
            List<Path> texts = new ArrayList<>(List.of(file));
            try (Stream<Path> news = Files.list(content.resolve("news"))) {
                news.sorted().filter(n -> read(n).contains("\ncampaign: " + slug + "\n")).forEach(texts::add);
            }
            for (Path text : texts) {
                Matcher said = amount.matcher(read(text).split("\n---\n", 2)[1]);
                while (said.find()) {
                    long vnd = Long.parseLong(said.group(1).replace(".", ""));
                    if (vnd >= 10_000_000) assertTrue(shown.contains(vnd), text.getFileName() + " says " + said.group() + "; the page of " + slug + " shows " + shown);
                }
            }
        }
        String aoAm = Jsoup.parse(dir.resolve("public/chien-dich/ao-am-mua-dong-2025/index.html").toFile(), "UTF-8").selectFirst("div.progress").text();
        assertTrue(aoAm.startsWith("Đã quyên góp 196.400.000 ₫ / 180.000.000 ₫ (109%)"), aoAm);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
