package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Questions and answers: validated like all content, listed on /hoi-dap/, offered by the assistant. */
class FaqTest {

    @TempDir
    Path dir;

    private static final String FAQ = """
            -- content/faq/nuoi-mot-em.md --
            ---
            question: Nuôi một em mỗi tháng bao nhiêu tiền?
            also: [nuoi 1 em het bao nhieu, chi phí nuôi em]
            tags: [nuôi em]
            ---
            Mỗi em cần **160.000 đ** mỗi tháng. Xem [các em](/tre-em/).
            """;

    @Test
    void everyQuestionIsOnTheQuestionsPageWithAnAnchorAndTheAssistantIsOnEveryPage() {
        TestSite site = TestSite.of(dir, FAQ);
        site.buildOk();
        Document faq = Jsoup.parse(site.file("hoi-dap/index.html"));
        assertEquals("Nuôi một em mỗi tháng bao nhiêu tiền?", faq.selectFirst("#nuoi-mot-em h2").text());
        assertTrue(faq.selectFirst("#nuoi-mot-em .prose").text().contains("160.000 đ"));
        assertTrue(faq.select("a[href=#nuoi-mot-em]").size() == 1);
        for (String page : List.of("index.html", "tin-tuc/khanh-thanh/index.html", "tre-em/ml-0001/index.html")) {
            Document doc = Jsoup.parse(site.file(page));
            assertEquals(1, doc.select("dialog#tro-ly").size(), page);
            assertTrue(doc.selectFirst("#tro-ly-mo").hasAttr("hidden"), "without JavaScript the button stays hidden");
        }
        assertTrue(site.file("sw.js").contains("/hoi-dap/"), "the questions page is precached");
        assertTrue(site.file("sw.js").matches("(?s).*/search/faq\\.[0-9a-f]{10}\\.json.*"), "and the questions' index");
    }

    @Test
    void theAssistantsIndexKnowsWordsWithTheirAccentsAndPairsOfSyllables() throws Exception {
        TestSite site = TestSite.of(dir, FAQ);
        site.buildOk();
        String name = Files.list(site.out().resolve("search"))
                .map(p -> p.getFileName().toString()).filter(n -> n.startsWith("faq.")).findFirst().orElseThrow();
        var json = new ObjectMapper().readTree(site.file("search/" + name));
        assertEquals("nuoi-mot-em", json.get("refs").get(0).asText());
        assertEquals("[1]", json.get("words").get("nuoi").toString(), "strong: in the question");
        assertEquals("[0]", json.get("words").get("can").toString(), "weak: in the answer only");
        assertEquals("[1]", json.get("spelled").get("tien62").toString(), "tiền, with its accents");
        assertEquals("[1]", json.get("spelled").get("het0").toString(), "a line without accents stands for any");
        assertEquals("[1]", json.get("pairs").get("baonhieu").toString());
        assertFalse(json.get("pairs").has("nhieuchi"), "a pair never spans two wordings");
        assertFalse(json.get("pairs").has("thangxem"), "nor a full stop");
    }

    @Test
    void aQuestionWithoutAnAnswerIsAnError() {
        TestSite site = TestSite.of(dir, """
                -- content/faq/trong.md --
                ---
                question: Câu hỏi trống?
                ---
                """);
        assertEquals(List.of("content/faq/trong.md:1:1 faq.no-answer"), TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void withoutQuestionsThereIsNoAssistantAndNoQuestionsPage() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        assertFalse(site.exists("hoi-dap/index.html"));
        assertFalse(site.file("index.html").contains("tro-ly"));
    }

    @Test
    void theSynonymsGoToTheAssistantAndAreNotPublishedAsAFile() throws Exception {
        TestSite site = TestSite.of(dir, FAQ + """
                -- content/faq/_synonyms.yml --
                groups:
                  - [em, bé, Học Sinh]
                shorthand:
                  ck: chuyển khoản
                """);
        site.buildOk();
        assertFalse(site.exists("faq/_synonyms.yml"), "the synonyms are data for the assistant, not a page or file");
        String name = Files.list(site.out().resolve("search"))
                .map(p -> p.getFileName().toString()).filter(n -> n.startsWith("faq.")).findFirst().orElseThrow();
        var json = new ObjectMapper().readTree(site.file("search/" + name));
        assertEquals("{\"groups\":[[\"em\",\"bé\",\"học sinh\"]],\"shorthand\":{\"ck\":\"chuyển khoản\"}}",
                json.get("synonyms").toString());
    }

    @Test
    void eachMistakeInTheSynonymsIsReportedAtItsLine() {
        TestSite site = TestSite.of(dir, FAQ + """
                -- content/faq/_synonyms.yml --
                groups:
                  - [em, bé]
                  - em, cháu
                  - [tiền]
                  - [chuyển khoản, chuyển tiền, ""]
                  - [cháu, be]
                shorthand:
                  ck: chuyển khoản
                  so tk: số tài khoản
                  stk:
                  bé: em
                synonym: [a, b]
                """);
        assertEquals(List.of(
                "content/faq/_synonyms.yml:3:5 synonyms.group-not-list",
                "content/faq/_synonyms.yml:4:5 synonyms.group-too-small",
                "content/faq/_synonyms.yml:5:33 synonyms.bad-word",
                "content/faq/_synonyms.yml:6:12 synonyms.duplicate",
                "content/faq/_synonyms.yml:9:3 synonyms.shorthand-not-one-word",
                "content/faq/_synonyms.yml:10:7 synonyms.bad-word",
                "content/faq/_synonyms.yml:11:3 synonyms.duplicate",
                "content/faq/_synonyms.yml:12:1 field.unknown"), TestSite.describe(site.build().diagnostics()));
    }

    /**
     * The actions (what a visitor wants to do) go to the assistant with the synonyms; each mistake
     * in them is reported at its line, in the editors' words: a list that is not a list, an action
     * that is not a word, one written twice (the same without accents, in one list or in both), a
     * list other than club and outside.
     */
    @Test
    void theActionsGoToTheAssistantAndEachMistakeInThemIsReportedAtItsLine() throws Exception {
        TestSite ok = TestSite.of(dir.resolve("ok"), FAQ + """
                -- content/faq/_synonyms.yml --
                groups:
                  - [tiền, kinh phí]
                actions:
                  club: [nuôi, Góp]
                  outside: [mua, vay tiền]
                """);
        ok.buildOk();
        String name = Files.list(ok.out().resolve("search"))
                .map(p -> p.getFileName().toString()).filter(n -> n.startsWith("faq.")).findFirst().orElseThrow();
        assertEquals("{\"club\":[\"nuôi\",\"góp\"],\"outside\":[\"mua\",\"vay tiền\"]}",
                new ObjectMapper().readTree(ok.file("search/" + name)).get("synonyms").get("actions").toString());

        TestSite site = TestSite.of(dir.resolve("mistakes"), FAQ + """
                -- content/faq/_synonyms.yml --
                groups:
                  - [tiền, kinh phí]
                actions:
                  club: [nuôi, góp]
                  outside: [mua, "", [bán], gop, Mua]
                  elsewhere: [thuê]
                """);
        var result = site.build();
        assertEquals(List.of(
                "content/faq/_synonyms.yml:5:18 synonyms.bad-word",
                "content/faq/_synonyms.yml:5:22 synonyms.bad-word",
                "content/faq/_synonyms.yml:5:29 synonyms.duplicate",
                "content/faq/_synonyms.yml:5:34 synonyms.duplicate",
                "content/faq/_synonyms.yml:6:3 field.unknown"), TestSite.describe(result.diagnostics()));
        var messages = result.diagnostics().stream().filter(d -> d.code().equals("synonyms.duplicate")).map(d -> d.message()).toList();
        assertEquals("'gop', khi gõ không dấu, giống 'góp' đã có trong danh sách 'club' của phần actions (dòng 4).", messages.get(0));
    }

    /**
     * The off-topic questions go to the assistant as written (lower case), with each answer's
     * question and wordings to weigh them against; one that is not a question is reported at its line.
     */
    @Test
    void theOfftopicQuestionsGoToTheAssistantWithTheAnswersLines() throws Exception {
        TestSite ok = TestSite.of(dir.resolve("ok"), FAQ + """
                -- content/faq/_synonyms.yml --
                offtopic:
                  - "Giá vàng hôm nay"
                  - mua quần áo trẻ em online
                """);
        ok.buildOk();
        String name = Files.list(ok.out().resolve("search"))
                .map(p -> p.getFileName().toString()).filter(n -> n.startsWith("faq.")).findFirst().orElseThrow();
        var json = new ObjectMapper().readTree(ok.file("search/" + name));
        assertEquals("[\"giá vàng hôm nay\",\"mua quần áo trẻ em online\"]", json.get("offtopic").toString());
        assertEquals("{\"nuoi-mot-em\":[\"Nuôi một em mỗi tháng bao nhiêu tiền?\",\"nuoi 1 em het bao nhieu\",\"chi phí nuôi em\"]}",
                json.get("lines").toString());

        TestSite site = TestSite.of(dir.resolve("mistakes"), FAQ + """
                -- content/faq/_synonyms.yml --
                offtopic:
                  - giá vàng
                  - [thời tiết]
                """);
        assertEquals(List.of("content/faq/_synonyms.yml:3:5 synonyms.bad-word"), TestSite.describe(site.build().diagnostics()));
    }

    /**
     * Two questions the assistant cannot tell apart draw a warning on the second file's question,
     * naming the first: one that says the same as another in nearly the same words, and one that
     * shares a wording. The build goes on.
     */
    @Test
    void questionsTooCloseForTheAssistantToTellApartAreAWarning() {
        TestSite site = TestSite.of(dir, FAQ + """
                -- content/faq/lien-he.md --
                ---
                question: Liên hệ với câu lạc bộ bằng cách nào?
                also: [số điện thoại của câu lạc bộ, zalo cua clb]
                tags: [liên hệ]
                ---
                Nhắn qua Zalo hoặc gọi điện.
                -- content/faq/tien-nuoi-em.md --
                ---
                question: Mỗi tháng nuôi một em bao nhiêu tiền?
                also: [chi phí nuôi em một tháng, nuôi một em hết bao nhiêu]
                tags: [nuôi em]
                ---
                Mỗi tháng 160.000 đ.
                -- content/faq/xay-truong.md --
                ---
                question: Tôi muốn góp tiền xây trường thì làm thế nào?
                also: [góp xây phòng học, "Số điện thoại của câu lạc bộ"]
                tags: [xây trường]
                ---
                Chuyển khoản với nội dung TRUNG LY.
                """);
        var result = site.build();
        assertTrue(result.published(), "a warning does not stop the build");
        List<String> close = TestSite.describe(result.diagnostics()).stream().filter(d -> d.contains("faq.too-close")).toList();
        assertEquals(List.of("content/faq/tien-nuoi-em.md:2:11 faq.too-close", "content/faq/xay-truong.md:2:11 faq.too-close"), close);
        var messages = result.diagnostics().stream().filter(d -> d.code().equals("faq.too-close")).map(d -> d.message()).toList();
        assertTrue(messages.get(0).startsWith("Câu hỏi này gần giống câu hỏi trong content/faq/nuoi-mot-em.md ("), messages.get(0));
        assertEquals("Cách hỏi \"Số điện thoại của câu lạc bộ\" có ở cả tệp này và content/faq/lien-he.md: trợ lý hỏi đáp"
                + " không biết trả lời bằng câu nào.", messages.get(1));
    }

    @Test
    void theExamplesQuestionsAreFarEnoughApart() throws Exception {
        var result = vn.vungcao.ssg.pipeline.SiteBuilder.build(new vn.vungcao.ssg.pipeline.BuildOptions(ExampleSite.ROOT,
                dir.resolve("public"), null, false, false, TestSite.NOW, 2));
        assertEquals(List.of(), TestSite.describe(result.diagnostics()).stream().filter(d -> d.contains("faq.too-close")).toList());
    }
}
