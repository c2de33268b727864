package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;

/**
 * The assistant's targets on the held-out half of its evaluation set
 * ({@code src/test/resources/faq/visitors/heldout.tsv}, which no tuning saw), scored by the page's
 * own assistant.js in headless Chromium over the example site: the right answer first for at least
 * 95 % of the questions the FAQ answers, at least 90 % of the others handed over, and not one of
 * them given a wrong answer. The FAQ data the page loads stays within its weight. The figures of
 * both halves are printed by {@link AssistantEval}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantEvalTest {

    private Path dir;
    private Chromium chromium;
    private SiteServer server;

    @BeforeAll
    void build() throws Exception {
        dir = Files.createTempDirectory("assistant-eval-test");
        var result = SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, dir.resolve("public"), null, false,
                false, TestSite.NOW, 2));
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        chromium = new Chromium();
        server = new SiteServer(dir.resolve("public"), "/");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        chromium.close();
        Staging.deleteTree(dir);
    }

    @Test
    void theEvaluationSetIsAsLargeAsPromisedAndSplit() throws Exception {
        List<AssistantEval.Question> tune = AssistantEval.read("tune");
        List<AssistantEval.Question> heldout = AssistantEval.read("heldout");
        long answerable = tune.stream().filter(q -> !q.outOfScope()).count() + heldout.stream().filter(q -> !q.outOfScope()).count();
        long outside = tune.stream().filter(AssistantEval.Question::outOfScope).count()
                + heldout.stream().filter(AssistantEval.Question::outOfScope).count();
        assertTrue(answerable >= 150, "questions the FAQ answers: " + answerable);
        assertTrue(outside >= 30, "questions it must hand over: " + outside);
        assertTrue(heldout.stream().filter(AssistantEval.Question::outOfScope).count() >= 15, "held-out questions to hand over");
        // no question is in both halves
        assertEquals(List.of(), heldout.stream().filter(h -> tune.stream().anyMatch(t -> t.text().equals(h.text()))).toList());
    }

    @Test
    void heldOutQuestionsMeetTheTargets() throws Exception {
        var score = new AssistantEval.Score("heldout", AssistantEval.ask(chromium, server.url(), AssistantEval.read("heldout")));
        // the summary only: the held-out questions stay unseen, so that a miss there is not tuned on
        System.out.println("assistant evaluation, " + score.summary());
        assertTrue(score.top1() >= 0.95, "right answer first: " + score.summary());
        assertTrue(score.handoverRecall() >= 0.90, "out-of-scope questions handed over: " + score.summary());
        assertEquals(0, score.wrongAnswersOutOfScope().size(), "no out-of-scope question gets an answer: " + score.summary());
    }

    @Test
    void theFaqDataStaysSmall() throws Exception {
        long[] bytes = AssistantEval.faqBytes(dir.resolve("public"));
        System.out.printf("assistant evaluation, FAQ data: %,d bytes, %.1f KB gzip%n", bytes[0], bytes[1] / 1024.0);
        assertTrue(bytes[1] <= 40 * 1024, "the FAQ data the page loads, gzip: " + bytes[1]);
    }
}
