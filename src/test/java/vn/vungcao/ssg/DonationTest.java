package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.pipeline.BuildResult;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.ledger.Link;
import vn.vungcao.ssg.ledger.MemoLinker;
import vn.vungcao.ssg.vietqr.QrSvgTest;
import vn.vungcao.ssg.vietqr.VietQr;


/** The donation boxes: a VietQR code that a banking app reads back to the club's account and the right memo. */
class DonationTest {

    @TempDir
    Path dir;

    static final String CONFIG = """
            -- site-config.yml --
            title: Vùng cao
            base_url: https://example.org/
            bank:
              name: Vietcombank
              bin: '970436'
              account: '0011223344'
              holder: CLB VUNG CAO
            -- content/campaigns/ao-am.md --
            ---
            title: Áo ấm mùa đông
            keywords: [AO AM 2025]
            status: active
            ---
            -- content/pages/cach-nuoi-em.md --
            ---
            title: Cách nuôi em
            ---
            Chọn một em.
            """;

    private static Map<String, String> decode(String html) throws Exception {
        Document doc = Jsoup.parse(html);
        Matcher svg = Pattern.compile("<div class=\"donate-qr\">(<svg.*?</svg>)</div>",
                Pattern.DOTALL).matcher(html);
        assertTrue(svg.find(), "the page has a QR code");
        String payload = QrSvgTest.decodeSvg(svg.group(1));
        assertTrue(doc.selectFirst(".donate").text().contains("0011223344"), "the account is also written out");
        return VietQr.parse(payload);
    }

    @Test
    void aBuildAfterOneThatChangedNothingRendersNoPageAgain() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        site.buildOk();
        site.buildOk();
        // the pages with a code are taken from the last build like the others
        assertEquals(0, site.buildOk().rendered());
        site.write("site-config.yml", Files.readString(site.root().resolve("site-config.yml")).replace("0011223344", "0011223355"));
        BuildResult changed = site.buildOk();
        assertTrue(changed.rendered() >= 3, "every page with a code is rendered again: " + changed.rendered());
        assertTrue(site.file("tre-em/ml-0001/index.html").contains("0011223355"));
    }

    @Test
    void eachWaitingChildCampaignAndTheHowToPageHasAScannableCode() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        site.buildOk();
        Map<String, String> child = decode(site.file("tre-em/ml-0001/index.html"));
        assertEquals("NUOI EM ML0001", VietQr.fields(child.get("62")).get("08"));
        Map<String, String> account = VietQr.fields(VietQr.fields(child.get("38")).get("01"));
        assertEquals("970436", account.get("00"));
        assertEquals("0011223344", account.get("01"));
        assertEquals("AO AM 2025", VietQr.fields(decode(site.file("chien-dich/ao-am/index.html")).get("62")).get("08"));
        assertEquals("NUOI EM", VietQr.fields(decode(site.file("cach-nuoi-em/index.html")).get("62")).get("08"));
        assertFalse(site.file("tre-em/ml-0002/index.html").contains("donate"), "a sponsored child asks for nothing");
    }

    @Test
    void theMemoOfEveryCodeIsLinkedBackByTheStatementReader() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        site.buildOk();
        MemoLinker linker = new MemoLinker(
                Map.of("ML1", "ML-0001", "ML2", "ML-0002"), Map.of("ao-am", List.of("AO AM 2025")));
        String childMemo = VietQr.fields(decode(site.file("tre-em/ml-0001/index.html")).get("62")).get("08");
        assertEquals(new Link.ToChild("ML-0001"), linker.link("MBVCB.123456.789." + childMemo + ".CT tu 0011"));
        String campaignMemo = VietQr.fields(decode(site.file("chien-dich/ao-am/index.html")).get("62")).get("08");
        assertEquals(new Link.ToCampaign("ao-am"), linker.link(campaignMemo));
    }

    @Test
    void aBadBankAccountIsAnError() {
        TestSite site = TestSite.of(dir, CONFIG.replace("bin: '970436'", "bin: 'VCB'"));
        assertEquals(List.of("site-config.yml:5:8 config.bad-bank"), TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void withoutABankThereIsNoDonationBox() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        assertFalse(site.file("tre-em/ml-0001/index.html").contains("class=\"donate\""));
    }
}
