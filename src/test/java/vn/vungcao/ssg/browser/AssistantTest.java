package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;


/** The club's assistant on the example site, in a real headless Chromium. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantTest {

    private Path dir;
    private Chromium chromium;

    @BeforeAll
    void build() throws Exception {
        dir = Files.createTempDirectory("assistant-test");
        var result = SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, dir.resolve("public"), null, false,
                false, TestSite.NOW, 2));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        // a copy of the site to which an editor added eight questions on topics the example has not
        // (src/test/resources/faq/added/), asked in other words in added.tsv
        Path copy = ExampleSite.copyTo(dir.resolve("copy"));
        try (var added = Files.list(Path.of("src/test/resources/faq/added"))) {
            for (Path q : added.sorted().toList()) Files.copy(q, copy.resolve("content/faq").resolve(q.getFileName()));
        }
        var withAdded = SiteBuilder.build(new BuildOptions(copy, dir.resolve("added"), null, false, false, TestSite.NOW, 2));
        assertFalse(withAdded.hasErrors(), withAdded.diagnostics().toString());
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        chromium.close();
        Staging.deleteTree(dir);
    }

    /**
     * A set of phrasings kept with the tests: each a question worded differently from the content,
     * and the answer it should get ("-" for the hand-over).
     */
    static List<String[]> phrasings(String file) throws Exception {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/faq/" + file), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] parts = line.split("\t");
            out.add(new String[] {parts[0].strip(), parts[1].strip()});
        }
        return out;
    }

    static List<String[]> phrasings() throws Exception {
        return phrasings("phrasings.tsv");
    }

    /** How many of the set's phrasings the assistant answers right at first place; prints the figure and each miss. */
    private double shareRight(String file) throws Exception {
        return shareRight(file, "public");
    }

    /** As above, on the site built into {@code site} (the example, or its copy with questions added). */
    private double shareRight(String file, String site) throws Exception {
        try (SiteServer server = new SiteServer(dir.resolve(site), "/")) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url());
            awaitAssistant(page);
            int right = 0;
            List<String> wrong = new ArrayList<>();
            List<String[]> all = phrasings(file);
            for (String[] p : all) {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = (Map<String, Object>) page.evaluate("q => window.vungcaoAssistant.decide(q)", p[0]);
                String got = switch ((String) d.get("kind")) {
                    case "answer" -> (String) d.get("ref");
                    case "handover" -> "-";
                    default -> "choices:" + d.get("refs");
                };
                boolean ok = got.equals(p[1]) || (got.startsWith("choices:") && !p[1].equals("-")
                        && ((List<?>) d.get("refs")).get(0).equals(p[1]));
                if (ok) right++;
                else wrong.add(p[0] + " -> " + got + " (want " + p[1] + ")");
            }
            context.close();
            double share = (double) right / all.size();
            System.out.printf("assistant, %s: %d of %d phrasings answered right at first place (%.0f %%)%n", file, right,
                    all.size(), share * 100);
            // the misses of a held-out set stay unread, or tuning on them would make it one more tuning set
            if (!file.startsWith("heldout")) wrong.forEach(w -> System.out.println("  missed: " + w));
            assertTrue(all.size() >= 40, "the phrasing set " + file + " is kept with the tests");
            return share;
        }
    }

    @Test
    void questionsWordedDifferentlyGetTheRightAnswer() throws Exception {
        double share = shareRight("phrasings.tsv");
        // 88 of 88 since its misses became wordings of the example's questions (the editors' way);
        // 81 (92 %) before, with the confidence rule that hands over more; this guards it against regressions
        assertTrue(share >= 0.97, "share right at first place: " + share);
    }

    /**
     * Phrasings written before the matching was changed, apart from the first set: how well it
     * does on wordings it was not built around.
     */
    @Test
    void questionsWrittenApartFromTheTuningGetTheRightAnswer() throws Exception {
        double share = shareRight("heldout.tsv");
        // 57 of 61 (93 %) since words on topics no answer has count against the answers (58 before);
        // 58 since this set became tuning data too (its misses wordings of the example's questions); 49 (80 %) with the wider synonyms, 44 (72 %) with the first list, 39 (64 %) before
        // rarity and accents. The held-out set now is faq/visitors/heldout.tsv (AssistantEvalTest).
        assertTrue(share >= 0.93, "share right at first place: " + share);
    }

    /**
     * Questions an editor adds later, on topics the example has not (giving from abroad, anonymously,
     * by e-wallet, for a wedding or in memory of someone; floods; running costs; how children are
     * chosen; paying in the holidays), asked by visitors in words of their own, in a copy of the
     * site: the set (added.tsv, 90 questions, 40 of them about the added questions and 10 off-topic)
     * and the questions were written by someone who had not seen how the matching works.
     */
    @Test
    void questionsAddedToACopyOfTheSiteAreFoundInOtherWords() throws Exception {
        double share = shareRight("added.tsv", "added");
        // 73 of 90 (81 %) after the seventh round (71 after the sixth, 70 before the second), never tuned on (see docs/search.md); 65 (72 %) before the confidence rule
        // and the example's new wordings, 57 (63 %) with the first list of synonyms
        assertTrue(share >= 0.76, "share right at first place: " + share);
    }

    @Test
    void thePanelIsAKeyboardDialogThatAnswersCodesAndHandsOver() throws Exception {
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url() + "truong/");
            page.click("#tro-ly-mo");
            assertTrue((Boolean) page.evaluate("() => document.getElementById('tro-ly').open"));
            assertEquals("tro-ly-hoi", page.evaluate("() => document.activeElement.id"), "focus moves into the panel");
            page.fill("#tro-ly-hoi", "ml 7");
            page.press("#tro-ly-hoi", "Enter");
            page.waitForSelector(".assistant-msg[data-card=ML-0007]");
            assertTrue(page.textContent(".assistant-msg[data-card=ML-0007]").contains("Páo"));
            page.fill("#tro-ly-hoi", "kết quả bóng đá tối qua");
            page.press("#tro-ly-hoi", "Enter");
            page.waitForSelector(".assistant-msg[data-handover=true]");
            assertTrue(page.textContent(".assistant-msg[data-handover=true]").contains("lienhe@example.org"));
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(Path.of("src/test/resources/axe/axe.min.js")));
            @SuppressWarnings("unchecked")
            List<Object> violations = (List<Object>) page.evaluate("() => axe.run(document.getElementById('tro-ly'), "
                    + "{ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then(r => r.violations.map(v => v.id + ': ' + v.help))");
            assertEquals(List.of(), violations, "the open panel passes axe at WCAG 2.1 AA");
            page.keyboard().press("Escape");
            assertFalse((Boolean) page.evaluate("() => document.getElementById('tro-ly').open"), "Escape closes it");
            assertEquals("tro-ly-mo", page.evaluate("() => document.activeElement.id"), "focus goes back to the button");
            context.close();
        }
    }

    /**
     * Chat shorthand is read as its full form and a word as any of its synonyms
     * (content/faq/_synonyms.yml): with neither, both questions get the hand-over. Chosen before
     * the synonyms were measured on the phrasing sets.
     */
    @Test
    void shorthandAndSynonymsFindTheAnswer() throws Exception {
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url());
            page.click("#tro-ly-mo");
            page.fill("#tro-ly-hoi", "ck cho clb ntn");
            page.press("#tro-ly-hoi", "Enter");
            page.waitForSelector(".assistant-msg[data-answer], .assistant-msg[data-handover], .assistant-choices");
            String first = (String) page.evaluate("() => { var all = document.querySelectorAll('.assistant-msg.from-club');"
                    + " var m = all[all.length - 1];"
                    + " var c = m.querySelector('[data-ref]'); return m.getAttribute('data-answer') || (c && c.getAttribute('data-ref'))"
                    + " || (m.getAttribute('data-handover') ? 'handover' : 'other'); }");
            assertEquals("noi-dung-chuyen-khoan", first, "'ck cho clb ntn' is 'chuyển khoản cho câu lạc bộ như thế nào'");
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) page.evaluate("q => window.vungcaoAssistant.decide(q)", "sđt zl cua ad");
            assertEquals(List.of("answer", "lien-he-cau-lac-bo"), List.of(d.get("kind"), d.get("ref")),
                    "'sđt zl' is 'số điện thoại zalo'");
            context.close();
        }
    }

    @Test
    void aLinkToTheQuestionsPageWithQOpensTheAnswerAndWorksOffline() throws Exception {
        List<String[]> all = phrasings();
        String[] first = all.stream().filter(p -> !p[1].equals("-")).findFirst().orElseThrow();
        BrowserContext context = chromium.browser().newContext();
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
            Page page = context.newPage();
            page.navigate(server.url() + "hoi-dap/");
            page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null");
            server.close();
            page.navigate(server.url() + "hoi-dap/?q=" + URLEncoder.encode(first[0], StandardCharsets.UTF_8));
            page.waitForSelector(".assistant-msg[data-answer], .assistant-msg[data-handover], .assistant-choices");
            assertTrue(page.locator(".assistant-msg[data-answer=" + first[1] + "], .assistant-choices [data-ref=" + first[1] + "]").count() > 0,
                    "offline, /hoi-dap/?q= answers: " + page.textContent(".assistant-log"));
        } finally {
            context.close();
        }
    }

    /**
     * A question about a school, a campaign or a place the answers leave out gets links to those
     * pages of the site (never a child's), found by the site's search, offline too; a question the
     * answers cover, or one about something the club never wrote about, gets none.
     */
    @Test
    void theAssistantPointsAtNewsSchoolsAndCampaignsForWhatTheAnswersLeaveOut() throws Exception {
        BrowserContext context = chromium.browser().newContext();
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
            Page page = context.newPage();
            page.navigate(server.url());
            page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null");
            awaitAssistant(page);
            assertEquals(List.of(), page.evaluate("q => window.vungcaoAssistant.related(q)", "nuôi một em mỗi tháng hết bao nhiêu"),
                    "an answer that covers the question brings no pages");
            assertEquals(List.of(), page.evaluate("q => window.vungcaoAssistant.related(q)", "kết quả bóng đá tối qua"),
                    "an off-topic question brings no pages");
            @SuppressWarnings("unchecked")
            List<String> named = (List<String>) page.evaluate("q => window.vungcaoAssistant.related(q)", "trường ở Sơn Điện giờ thế nào");
            assertTrue(named.contains("truong/son-dien/"), "the school named: " + named);
            assertTrue(named.stream().allMatch(r -> r.startsWith("tin-tuc/") || r.startsWith("truong/") || r.startsWith("chien-dich/")),
                    "only news, schools and campaigns: " + named);
            server.close();
            page.navigate(server.url() + "gioi-thieu/");
            page.click("#tro-ly-mo");
            page.fill("#tro-ly-hoi", "diem truong pu nhi bay gio ra sao");
            page.press("#tro-ly-hoi", "Enter");
            page.waitForSelector(".assistant-msg[data-related=true] a[href='/truong/pu-nhi/']");
            assertTrue(page.locator(".assistant-msg[data-related=true] a[href^='/tre-em/']").count() == 0, "never a child's page");
        } finally {
            context.close();
        }
    }

    /** Whether any text of the page lies under the element {@code selector} where it is now (a rectangle of a text node overlaps it). */
    private static final String COVERS_TEXT = """
            sel => { const b = document.querySelector(sel).getBoundingClientRect();
              if (!b.width) return 'not shown';
              const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const range = document.createRange();
              for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                if (!n.nodeValue.trim() || n.parentElement.closest(sel)) continue;
                const el = n.parentElement;
                if (el.closest('dialog:not([open])') || getComputedStyle(el).visibility === 'hidden') continue;
                range.selectNodeContents(n);
                for (const r of range.getClientRects()) {
                  if (r.width && r.right > b.left && r.left < b.right && r.bottom > b.top && r.top < b.bottom) return n.nodeValue.trim();
                }
              }
              return null; }""";

    /**
     * On a phone (360 × 640), the closed button covers no text wherever the page is scrolled (it docks
     * in the header; on a wide window it floats in the margin beside the page's column); open, the
     * panel fits the screen and its input stays in view after answers, the keyboard open too (the
     * visual viewport shortened to 360 × 330, as a phone's keyboard leaves it).
     */
    @Test
    void onAPhoneThePanelFitsTheScreenAndTheButtonCoversNoText() throws Exception {
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
            BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(360, 640).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
            Page page = context.newPage();
            page.navigate(server.url() + "tin-tuc/thanh-lap-cau-lac-bo/");
            awaitAssistant(page);
            int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
            for (int y = 0; y < height; y += 150) {
                page.evaluate("y => window.scrollTo(0, y)", y);
                Object covered = page.evaluate(COVERS_TEXT, "#tro-ly-mo");
                assertTrue(covered == null || covered.equals("not shown"), "at " + y + " px the button covers: " + covered);
            }
            page.evaluate("() => window.scrollTo(0, 0)");
            page.click("#tro-ly-mo");
            for (String q : List.of("nuôi 1 bé bao nhiêu tiền", "ck ghi nd gi", "có mã qr ko", "thời tiết hôm nay thế nào")) {
                int before = page.locator(".assistant-msg.from-club").count();
                page.fill("#tro-ly-hoi", q);
                page.press("#tro-ly-hoi", "Enter");
                page.waitForFunction("n => document.querySelectorAll('.assistant-msg.from-club').length > n", before);
            }
            page.waitForTimeout(100);
            assertInView(page, 640, "after four answers");
            // the keyboard takes the lower half of the screen
            page.setViewportSize(360, 330);
            page.waitForTimeout(100);
            assertInView(page, 330, "with the keyboard open");
            assertEquals("tro-ly-hoi", page.evaluate("() => document.activeElement.id"), "the input keeps the focus");
            context.close();

            BrowserContext wide = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(1600, 900));
            Page desk = wide.newPage();
            desk.navigate(server.url() + "tin-tuc/thanh-lap-cau-lac-bo/");
            awaitAssistant(desk);
            assertEquals("fixed", desk.evaluate("() => getComputedStyle(document.getElementById('tro-ly-mo')).position"),
                    "a wide window has room beside the column: the button floats");
            int deskHeight = ((Number) desk.evaluate("() => document.documentElement.scrollHeight")).intValue();
            for (int y = 0; y < deskHeight; y += 300) {
                desk.evaluate("y => window.scrollTo(0, y)", y);
                assertEquals(null, desk.evaluate(COVERS_TEXT, "#tro-ly-mo"), "at " + y + " px");
            }
            wide.close();
        }
    }

    /** The open panel, its input and its send button lie inside the visible {@code height} and the 360 px width. */
    private static void assertInView(Page page, int height, String when) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) page.evaluate("""
                () => { const d = document.getElementById('tro-ly').getBoundingClientRect();
                  const i = document.getElementById('tro-ly-hoi').getBoundingClientRect();
                  const s = document.querySelector('.assistant-form button').getBoundingClientRect();
                  return { top: d.top, bottom: d.bottom, left: d.left, right: d.right, inTop: i.top, inBottom: i.bottom,
                    sendRight: s.right, sendBottom: s.bottom }; }""");
        double top = ((Number) box.get("top")).doubleValue();
        double bottom = ((Number) box.get("bottom")).doubleValue();
        assertTrue(top >= 0 && bottom <= height, when + ": the panel fits the screen, " + box);
        assertTrue(((Number) box.get("left")).doubleValue() >= 0 && ((Number) box.get("right")).doubleValue() <= 360, when + ": " + box);
        assertTrue(((Number) box.get("inTop")).doubleValue() >= top && ((Number) box.get("inBottom")).doubleValue() <= bottom,
                when + ": the input is in the panel, in view, " + box);
        assertTrue(((Number) box.get("sendRight")).doubleValue() <= 360 && ((Number) box.get("sendBottom")).doubleValue() <= bottom,
                when + ": so is the send button, " + box);
    }

    /** A question the FAQ cannot answer gets the hand-over with the club's contacts and a search of the site for it. */
    @Test
    void theHandOverOffersTheContactsAndASearchOfTheSite() throws Exception {
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url());
            page.click("#tro-ly-mo");
            page.fill("#tro-ly-hoi", "nhận nuôi mèo con");
            page.press("#tro-ly-hoi", "Enter");
            page.waitForSelector(".assistant-msg[data-handover=true]");
            String text = page.textContent(".assistant-msg[data-handover=true]");
            assertTrue(text.contains("Zalo") && text.contains("0900 000 000"), text);
            assertEquals("/tra-cuu/?q=nh%E1%BA%ADn%20nu%C3%B4i%20m%C3%A8o%20con",
                    page.getAttribute(".assistant-msg[data-handover=true] a[data-search]", "href"));
            assertTrue(page.textContent(".assistant-msg[data-handover=true] a[data-search]").contains("nhận nuôi mèo con"));
            assertTrue((Boolean) page.evaluate("() => document.querySelector('.assistant-suggestions').hidden"),
                    "the questions to start with give the conversation their room");
            context.close();
        }
    }

    /**
     * The shorthand, typed without accents, is read as its full form: each question gets
     * the answer its full form gets, and without the table most of them got none.
     */
    @Test
    void chatShorthandIsReadAsItsFullForm() throws Exception {
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url());
            awaitAssistant(page);
            Map<String, String> pairs = new LinkedHashMap<>();
            pairs.put("nuoi 1 be 1 thang bn tien", "nuôi một bé một tháng bao nhiêu tiền");
            pairs.put("ck cho clb ghi nd j", "chuyển khoản cho câu lạc bộ ghi nội dung gì");
            pairs.put("gop it dc khum", "góp ít được không");
            pairs.put("sdt clb la gi", "số điện thoại câu lạc bộ là gì");
            pairs.put("stk cua clb", "số tài khoản của câu lạc bộ");
            pairs.put("mk muon dki lam tnv", "mình muốn đăng ký làm tình nguyện viên");
            for (var p : pairs.entrySet()) {
                Object shortForm = page.evaluate("q => window.vungcaoAssistant.decide(q).then(d => d.kind + ' ' + (d.ref || d.refs))", p.getKey());
                Object fullForm = page.evaluate("q => window.vungcaoAssistant.decide(q).then(d => d.kind + ' ' + (d.ref || d.refs))", p.getValue());
                assertEquals(fullForm, shortForm, p.getKey());
                assertTrue(String.valueOf(shortForm).startsWith("answer "), p.getKey() + " -> " + shortForm);
            }
            context.close();
        }
    }

    /** Each question gets the decision written beside it: {@code handover}, or {@code answer <slug>}. */
    private void assertDecisions(Map<String, String> want) throws Exception {
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url());
            awaitAssistant(page);
            for (var w : want.entrySet()) {
                Object got = page.evaluate("q => window.vungcaoAssistant.decide(q).then(d => d.kind + (d.ref ? ' ' + d.ref : ''))", w.getKey());
                assertEquals(w.getValue(), got, w.getKey());
            }
            context.close();
        }
    }

    /**
     * What a question says it is about counts, and what only makes it a question does not: a topic
     * of the synonyms that no answer has ("mã pin", "bác sĩ") counts against every answer, as a word
     * the club never wrote; a group of question words ("thủ tục", as "làm sao") is no match of the
     * topic; the unit written after a number ("100 nghìn") weighs nothing, as the number does.
     */
    @Test
    void aQuestionIsMatchedOnItsTopicNotOnHowItIsAsked() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("quên mã pin thẻ atm", "handover");
        want.put("xin số điện thoại bác sĩ", "handover");
        want.put("thu tuc lam ho chieu", "handover");
        want.put("góp 100 nghìn có được không", "answer gop-it-tien-quy-chung");
        want.put("xin số điện thoại của clb", "answer lien-he-cau-lac-bo");
        assertDecisions(want);
    }

    /**
     * A shorthand whose full form is in no group ("hcm", where the visitor lives) is a visitor's own
     * word around the topic, weighed as a word no one wrote, not as a topic the club does not
     * answer: the question is answered; a question about the city alone is still handed over.
     */
    @Test
    void aShorthandTheGroupsDoNotHaveWeighsAsAVisitorsOwnWord() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("e o hcm muon lam ctv online cho clb dc ko", "answer tham-gia-tinh-nguyen");
        want.put("thoi tiet hcm hom nay", "handover");
        assertDecisions(want);
    }

    /**
     * A group no answer has, said right after "ở" or "là" (where the visitor is, who they are), is
     * the visitor's context, weighed as a word no one wrote: "mình ở úc" does not make a question
     * about a gift off-topic; a question about that place alone is still handed over.
     */
    @Test
    void whereTheVisitorIsWeighsAsContextNotAsATopic() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("minh o uc, gui qua cho be dc ko", "answer gap-em-gui-qua-viet-thu");
        want.put("gia ve may bay o uc", "handover");
        assertDecisions(want);
    }

    /**
     * A question nearer one of the editors' off-topic questions (the {@code offtopic:} section of
     * {@code _synonyms.yml}) than any question or wording of the FAQ is handed over, even where the
     * words alone would give an answer (a transfer by Western Union, a cake to sell at Tết); one
     * nearer the FAQ's own wordings is answered as before.
     */
    @Test
    void aQuestionNearAnOfftopicOneIsHandedOver() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("chuyen tien qua western union the nao", "handover");
        want.put("hoc lam banh de ban tet o dau", "handover");
        want.put("chuyển khoản ghi nội dung gì", "answer noi-dung-chuyen-khoan");
        assertDecisions(want);
    }

    /**
     * A shorthand for words that say nothing ("ko", "dc") is written out before the groups are
     * read, so that a phrase of a group spans it ("ko nuoi tiep" is "không nuôi tiếp"); "nhau" is
     * a function word ("khác nhau").
     */
    @Test
    void aGroupsPhraseSpansAShorthandForLittleWords() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("ko nuoi tiep dc nua thi bao ai", "answer nuoi-bao-lau-co-dung-duoc-khong");
        want.put("ML va QS khac nhau cho nao", "answer ma-so-cua-em-la-gi");
        assertDecisions(want);
    }

    /**
     * A word no answer has that is two shorthands typed together ("ndck": "nd" and "ck") is read as
     * both, "nội dung chuyển khoản".
     */
    @Test
    void twoShorthandsTypedTogetherAreReadAsBoth() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("ndck nuoi be ghi the nao ad", "answer noi-dung-chuyen-khoan");
        assertDecisions(want);
    }

    /**
     * A phrase of a group no answer has that holds a number ("lớp 5", "cấp 1") is a school level,
     * the child's or the visitor's, and weighs as the visitor's context, not as a topic the club does
     * not answer; a question about a tutor for a class is still handed over.
     */
    @Test
    void aSchoolLevelWithANumberWeighsAsContext() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("be minh nuoi hoc het lop 5 roi len truong huyen thi minh con nuoi tiep dc ko", "answer em-ra-truong-thi-sao");
        want.put("tim gia su day toan lop 3 cho con minh o ha noi", "handover");
        assertDecisions(want);
    }

    /**
     * Typed without accents, a verb of `outside` that is also a word of the answers ("mua": "mùa")
     * is the answers' word only where it makes, with a neighbour, a pair of syllables they have
     * ("mua dong", "mua he"); elsewhere it is the verb, and the question is handed over.
     */
    @Test
    void aVerbTypedWithoutAccentsIsTheAnswersWordOnlyInTheirPairs() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("sach giao khoa lop 3 nam nay mua o dau", "handover");
        want.put("quan ao tre em hang vnxk mua o dau re", "handover");
        want.put("ad oi co nhan chan man, ao len cu ko, mua dong tren do lanh lam", "answer gop-sach-quan-ao");
        want.put("sinh vien di tinh nguyen mua he", "answer tham-gia-tinh-nguyen");
        assertDecisions(want);
    }

    /**
     * An answer ranked at least twice as high as the next, on four matches or more, is shown for a
     * long question of which it covers 30 % (not 40 %): the visitor's own words around it ("sắp sinh
     * em bé thứ 2") do not hand it over. An answer only somewhat ahead still needs 40 %.
     */
    @Test
    void anAnswerFarAheadNeedsLessOfALongQuestion() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("toi sap sinh em be thu 2, chi tieu nhieu nen muon tam dung nuoi vai thang roi nuoi lai dc ko",
                "answer nuoi-bao-lau-co-dung-duoc-khong");
        want.put("ck nham so tai khoan nguoi la thi lay lai the nao", "handover");
        assertDecisions(want);
    }

    /**
     * Typed without accents, a word that folds like a function word that is a stop word only with
     * its accents ("con": "còn") is looked up in its other spellings only: the answers' "còn" is no
     * "con" (one's own child), so "cho con học" is not matched on it.
     */
    @Test
    void aWordTypedWithoutAccentsIsNotTheAnswersFunctionWord() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("dang ky cho con hoc ban tru o truong nao", "handover");
        want.put("be hoc xong cap 2 roi thi clb con ho tro ko", "answer em-ra-truong-thi-sao");
        assertDecisions(want);
    }

    /**
     * Stop words are compared with their accents when the question has them: "chó" and "vay" (not
     * "cho", "vậy") are what the question is about, so a question about them is handed over instead
     * of being taken for the answer that has "cho" or "tiền"; typed without accents, "vay" may be
     * "vậy" and says nothing; and the stop word of a wording written without accents ("gui ao am
     * cho cac em") is no "chó".
     */
    @Test
    void aWordTypedWithItsAccentsIsNotTakenForAStopWordSpelledTheSame() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("xin nuôi chó con", "handover");
        want.put("câu lạc bộ có cho vay tiền không", "handover");
        want.put("tiền ủng hộ được chi vào việc gì", "answer tien-dung-vao-viec-gi");
        want.put("nuoi 1 em het bao nhieu tien vay", "answer nuoi-mot-em-bao-nhieu-tien");
        assertDecisions(want);
    }

    /**
     * What the visitor wants to do counts beside what the question is about (the actions of
     * _synonyms.yml): a question that asks to buy, sell, borrow or adopt is handed over although its
     * nouns are the club's (clothes, children, money), and one that also asks for something the
     * answers help with ("gửi", "nuôi") is answered; so is one whose verb, typed without accents, may
     * be another word ("mua hè" is "mùa hè"). Without the actions, an editor's copy of the site
     * answers the first question with the clothes answer again.
     */
    @Test
    void aQuestionThatAsksToDoWhatTheClubDoesNotIsHandedOverWhateverItsNouns() throws Exception {
        Map<String, String> want = new LinkedHashMap<>();
        want.put("mua quần áo trẻ em online", "handover");
        want.put("câu lạc bộ có bán áo ấm cho các em không", "handover");
        want.put("shop ban balo cho hoc sinh o dau", "handover");
        want.put("clb co cho vay tien ko", "handover");
        want.put("thủ tục nhận con nuôi", "handover");
        want.put("muốn mua áo ấm gửi cho các em", "answer gop-sach-quan-ao");
        want.put("gui ao am cho cac em", "answer gop-sach-quan-ao");
        want.put("mua quà trung thu gửi cho em mình nuôi thì sao", "answer gap-em-gui-qua-viet-thu");
        want.put("sinh vien di tinh nguyen mua he", "answer tham-gia-tinh-nguyen");
        want.put("nuoi 1 em het bao nhieu tien vay", "answer nuoi-mot-em-bao-nhieu-tien");
        assertDecisions(want);

        Path without = ExampleSite.copyTo(dir.resolve("without-actions"));
        Path synonyms = without.resolve("content/faq/_synonyms.yml");
        String text = Files.readString(synonyms);
        Files.writeString(synonyms, text.substring(0, text.indexOf("\nactions:")) + "\n");
        assertEquals("answer gop-sach-quan-ao", decisionOn(built(without, "out-without-actions"), "mua quần áo trẻ em online"),
                "without the actions, the question's nouns decide");
    }

    /**
     * The editors' path when a question is missed: "mạnh thường quân" (a benefactor) is in no
     * wording and no synonym, so the question gets the hand-over; an editor adds it to the wordings
     * (also) of the right question, or to the group of words for the person who takes a child on in
     * _synonyms.yml, and after the next build the same question gets that answer.
     */
    @Test
    void anEditorFixesAMissedQuestionWithAWordingOrASynonym() throws Exception {
        String question = "mình muốn làm mạnh thường quân cho 1 bé";
        assertEquals("handover", decisionOn(dir.resolve("public"), question), "missed before the edit");

        Path withWording = ExampleSite.copyTo(dir.resolve("with-wording"));
        Path faq = withWording.resolve("content/faq/cach-nhan-nuoi-mot-em.md");
        Files.writeString(faq, Files.readString(faq).replace("tags: [", "  - \"làm mạnh thường quân cho một em\"\ntags: ["));
        assertEquals("answer cach-nhan-nuoi-mot-em", decisionOn(built(withWording, "out-wording"), question), "a wording in also");

        Path withSynonym = ExampleSite.copyTo(dir.resolve("with-synonym"));
        Path synonyms = withSynonym.resolve("content/faq/_synonyms.yml");
        Files.writeString(synonyms, Files.readString(synonyms).replace("  - [anh chị nuôi, ", "  - [anh chị nuôi, mạnh thường quân, "));
        assertEquals("answer cach-nhan-nuoi-mot-em", decisionOn(built(withSynonym, "out-synonym"), question), "a synonym");
    }

    private Path built(Path site, String out) throws Exception {
        var result = SiteBuilder.build(new BuildOptions(site, dir.resolve(out), null, false, false, TestSite.NOW, 2));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        return dir.resolve(out);
    }

    /** The assistant's decision on {@code question} in the site built into {@code site}: "handover", "answer REF" or "choices A,B". */
    /** Waits until the assistant has read its questions and is ready to answer. */
    private static void awaitAssistant(Page page) {
        page.waitForSelector("#tro-ly[data-ready=true]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
    }

    private String decisionOn(Path site, String question) throws Exception {
        try (SiteServer server = new SiteServer(site, "/"); BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.url());
            awaitAssistant(page);
            return (String) page.evaluate("q => window.vungcaoAssistant.decide(q).then(d => d.kind === 'handover' ? d.kind"
                    + " : d.kind + ' ' + (d.ref || d.refs.join(',')))", question);
        }
    }

    /**
     * The assistant's hook for the tenth round's measured rescue ({@code window.vungcaoAssistant.rescue},
     * set by {@code faq/rescue.js}): with it installed, a question the rule hands over is answered with
     * the answer whose visitor's question (an asked line the measurement writes into the FAQ data) is
     * nearest, and an off-topic one is still handed over; without it, the decisions are as before.
     */
    @Test
    void aQuestionTheRuleHandsOverIsRescuedByTheHookAndANearVisitorsQuestion() throws Exception {
        var built = SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, dir.resolve("asked-public"), null, false, false,
                TestSite.NOW, 2));
        assertFalse(built.hasErrors(), built.diagnostics().toString());
        CrossValidation.addAsked(dir.resolve("asked-public"),
                List.of(new AssistantEval.Question("nhóm mình lập ra từ bao giờ thế", "ai-dieu-hanh-cau-lac-bo", 0)));
        try (SiteServer server = new SiteServer(dir.resolve("asked-public"), "/")) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url());
            awaitAssistant(page);
            String decide = "q => window.vungcaoAssistant.decide(q).then(d => d.kind + (d.ref ? ' ' + d.ref : ''))";
            assertEquals("handover", page.evaluate(decide, "clb lap ra tu bao gio vay"), "without the rescue");
            CrossValidation.installRescue(page);
            assertEquals("answer ai-dieu-hanh-cau-lac-bo", page.evaluate(decide, "clb lap ra tu bao gio vay"));
            assertEquals("handover", page.evaluate(decide, "gia ve may bay di uc bao nhieu"));
            assertEquals("answer noi-dung-chuyen-khoan", page.evaluate(decide, "chuyển khoản ghi nội dung gì"));
            context.close();
        }
    }
}
