package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * The assistant on the held-out set of its evaluation ({@code src/test/resources/faq/visitors/heldout.tsv},
 * which no tuning saw), scored by the page's own assistant.js in headless Chromium over the example
 * site: the set is as large as promised and apart from the sets tuned on, the assistant does not
 * fall below the figures of the set's one run (the targets, not met yet, are in
 * {@link #heldOutQuestionsDoNotFallBelowTheirFigures}), and the FAQ data the page loads stays
 * within its weight. The figures of every set are printed by {@link AssistantEval}.
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
        // the sets tuned on: the tuning half, and the earlier held-out sets since seen
        List<AssistantEval.Question> tuned = new ArrayList<>(AssistantEval.read("tune"));
        tuned.addAll(AssistantEval.read("seen"));
        List<AssistantEval.Question> heldout = AssistantEval.read("heldout");
        long answerable = heldout.stream().filter(q -> !q.outOfScope()).count();
        long outside = heldout.stream().filter(AssistantEval.Question::outOfScope).count();
        assertTrue(answerable >= 75, "held-out questions the FAQ answers: " + answerable);
        assertTrue(outside >= 15, "held-out questions it must hand over: " + outside);
        assertTrue(tuned.stream().filter(q -> !q.outOfScope()).count() + answerable >= 150, "questions the FAQ answers");
        assertTrue(tuned.stream().filter(AssistantEval.Question::outOfScope).count() + outside >= 30, "questions it must hand over");
        // no held-out question is one tuned on
        Set<String> seen = new HashSet<>();
        tuned.forEach(t -> seen.add(t.text().toLowerCase(Locale.ROOT).strip()));
        assertEquals(List.of(), heldout.stream().filter(h -> seen.contains(h.text().toLowerCase(Locale.ROOT).strip())).toList());
    }

    /**
     * The held-out set written before the third round (177 questions, never tuned on) is where the
     * issue's targets are held: at least 95 % right first, 90 % of the out-of-scope questions
     * handed over, none of them answered. Its run after the third round gave 84.9 %, 81.6 % and 7
     * answered; after the fourth (the actions), 84.9 %, 84.2 % and 6; after the sixth, 86.3 %, 84.2 % and 6: short of
     * every target (the earlier sets had been tuned on until they met them). Until a round reaches
     * the targets, this holds the assistant to that run's figures, so that a change can only
     * improve on them; each round raises them to what it reaches.
     */
    @Test
    void heldOutQuestionsDoNotFallBelowTheirFigures() throws Exception {
        var score = new AssistantEval.Score("heldout", AssistantEval.ask(chromium, server.url(), AssistantEval.read("heldout")));
        // the summary only: the held-out questions stay unseen, so that a miss there is not tuned on
        System.out.println("assistant evaluation, " + score.summary());
        assertTrue(score.inScope().stream().filter(AssistantEval.Outcome::rightFirst).count() >= 121,
                "right answer first (121 of 139 after the seventh round): " + score.summary());
        assertTrue(score.outOfScope().stream().filter(AssistantEval.Outcome::handedOver).count() >= 32,
                "out-of-scope questions handed over (32 of 38): " + score.summary());
        assertTrue(score.wrongAnswersOutOfScope().size() <= 6, "out-of-scope questions given an answer: " + score.summary());
    }

    @Test
    void theFaqDataStaysSmall() throws Exception {
        long[] bytes = AssistantEval.faqBytes(dir.resolve("public"));
        System.out.printf("assistant evaluation, FAQ data: %,d bytes, %.1f KB gzip%n", bytes[0], bytes[1] / 1024.0);
        assertTrue(bytes[1] <= 40 * 1024, "the FAQ data the page loads, gzip: " + bytes[1]);
    }
}
