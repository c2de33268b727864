package vn.vungcao.ssg.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;

/**
 * Scores the assistant on its evaluation set ({@code src/test/resources/faq/visitors/}: questions
 * as visitors type them: {@code tune.tsv} and {@code seen.tsv}, the sets tuned on, and
 * {@code heldout.tsv}, which no tuning saw) with the page's own assistant.js, in
 * headless Chromium, over the example site: top-1 accuracy (the right answer shown first, alone
 * or as the first choice), how often it answers outright, the choice rate, and the hand-over's
 * precision and recall over the questions it must hand over. Prints every set, the misses of the
 * sets tuned on, and
 * the bytes (gzip) of the FAQ data the page loads. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.vungcao.ssg.browser.AssistantEval}
 * <ul>
 *   <li>{@code -Dexec.args=tune} scores the sets tuned on only (for tuning runs, which should not
 *   see even the held-out set's figures);</li>
 *   <li>{@code -Dexec.args=show-heldout} also prints the held-out half's misses (kept out of sight
 *   while tuning);</li>
 *   <li>{@code -Dexec.args="ask 'question' …"} prints the decision, the first hits and the related
 *   pages for questions of one's own;</li>
 *   <li>{@code -Dexec.args=crossval} cross-validates, within the sets tuned on only, the visitors'
 *   own wordings as the editors' data ({@link CrossValidation});</li>
 *   <li>{@code -Dexec.args=explain} prints, for the sets tuned on only, each question's first hits
 *   with their figures, one JSON line each, for tuning the rule; {@code explain heldout} adds the
 *   sets named, once they are tuning data too.</li>
 * </ul>
 */
public final class AssistantEval {

    /** The folder of the set, one TSV per half. */
    static final Path SET = Path.of("src/test/resources/faq/visitors");

    /** One question of the set: what a visitor typed, and the answer's slug or {@code -} for the hand-over. */
    record Question(String text, String expected, int line) {
        boolean outOfScope() {
            return expected.equals("-");
        }
    }

    /** What the assistant did with one question: {@code answer}, {@code choices} or {@code handover}, and the slugs shown. */
    record Outcome(Question question, String kind, List<String> refs) {
        boolean rightFirst() {
            return !question.outOfScope() && !refs.isEmpty() && refs.get(0).equals(question.expected());
        }

        boolean handedOver() {
            return kind.equals("handover");
        }

        @Override
        public String toString() {
            String got = handedOver() ? "hand-over" : kind + " " + String.join(", ", refs);
            return question.text() + " -> " + got + " (want " + (question.outOfScope() ? "hand-over" : question.expected()) + ")";
        }
    }

    /** The figures of one half. */
    record Score(String half, List<Outcome> outcomes) {
        List<Outcome> inScope() {
            return outcomes.stream().filter(o -> !o.question().outOfScope()).toList();
        }

        List<Outcome> outOfScope() {
            return outcomes.stream().filter(o -> o.question().outOfScope()).toList();
        }

        /** Share of the answerable questions whose right answer is shown first. */
        double top1() {
            return share(inScope().stream().filter(Outcome::rightFirst).count(), inScope().size());
        }

        /** Share of the answerable questions answered outright with the right answer (no choice offered). */
        double rightAlone() {
            return share(inScope().stream().filter(o -> o.kind().equals("answer") && o.rightFirst()).count(), inScope().size());
        }

        /** Share of all questions that got choices. */
        double choiceRate() {
            return share(outcomes.stream().filter(o -> o.kind().equals("choices")).count(), outcomes.size());
        }

        /** Of the hand-overs given, the share that were for questions the FAQ cannot answer. */
        double handoverPrecision() {
            long given = outcomes.stream().filter(Outcome::handedOver).count();
            return given == 0 ? 1 : share(outOfScope().stream().filter(Outcome::handedOver).count(), given);
        }

        /** Of the questions the FAQ cannot answer, the share handed over. */
        double handoverRecall() {
            return share(outOfScope().stream().filter(Outcome::handedOver).count(), outOfScope().size());
        }

        /** Questions the FAQ cannot answer that got an answer (not choices, not the hand-over). */
        List<Outcome> wrongAnswersOutOfScope() {
            return outOfScope().stream().filter(o -> o.kind().equals("answer")).toList();
        }

        List<Outcome> misses() {
            return outcomes.stream().filter(o -> o.question().outOfScope() ? !o.handedOver() : !o.rightFirst()).toList();
        }

        String summary() {
            return String.format("%s: %d answerable, %d to hand over; top-1 %.1f %% (answered alone %.1f %%), choices %.1f %%,"
                            + " hand-over precision %.1f %% recall %.1f %%, wrong answers to out-of-scope %d",
                    half, inScope().size(), outOfScope().size(), 100 * top1(), 100 * rightAlone(), 100 * choiceRate(),
                    100 * handoverPrecision(), 100 * handoverRecall(), wrongAnswersOutOfScope().size());
        }

        private static double share(long part, long whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    private AssistantEval() {
    }

    /** The questions of one half ({@code tune} or {@code heldout}); lines starting with {@code #} and the header are skipped. */
    static List<Question> read(String half) throws IOException {
        List<Question> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(SET.resolve(half + ".tsv"), StandardCharsets.UTF_8);
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new IllegalStateException(half + ".tsv:" + (i + 1) + ": want question TAB expected");
            out.add(new Question(parts[0].strip(), parts[1].strip(), i + 1));
        }
        return out;
    }

    /** Asks every question of {@code questions} of the assistant on a page of the site at {@code url}. */
    static List<Outcome> ask(Chromium chromium, String url, List<Question> questions) {
        BrowserContext context = chromium.browser().newContext();
        try {
            return ask(ready(context, url), questions);
        } finally {
            context.close();
        }
    }

    /** A new page of {@code context} at {@code url}, once its assistant is ready. */
    static Page ready(BrowserContext context, String url) {
        Page page = context.newPage();
        page.navigate(url);
        page.waitForSelector("#tro-ly[data-ready=true]", new Page.WaitForSelectorOptions().setState(
                WaitForSelectorState.ATTACHED));
        return page;
    }

    /** Asks every question of {@code questions} of the assistant on {@code page}, whose assistant is ready. */
    static List<Outcome> ask(Page page, List<Question> questions) {
        List<Outcome> out = new ArrayList<>();
        for (Question q : questions) {
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) page.evaluate("q => window.vungcaoAssistant.decide(q)", q.text());
            String kind = (String) d.get("kind");
            List<String> refs = switch (kind) {
                case "answer" -> List.of((String) d.get("ref"));
                case "choices" -> ((List<?>) d.get("refs")).stream().map(String::valueOf).toList();
                default -> List.of();
            };
            out.add(new Outcome(q, kind, refs));
        }
        return out;
    }

    /** The bytes of the FAQ data file the page loads ({@code search/faq.<hash>.json}), raw and gzip. */
    static long[] faqBytes(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("search"))) {
            Path faq = files.filter(p -> p.getFileName().toString().startsWith("faq.")).findFirst().orElseThrow();
            byte[] raw = Files.readAllBytes(faq);
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(raw);
            }
            return new long[] {raw.length, zipped.size()};
        }
    }

    /** For tuning, on the tuning half only: each question's first hits with their score, coverage and words matched. */
    private static void explain(Chromium chromium, String url, List<Question> questions) {
        BrowserContext context = chromium.browser().newContext();
        try {
            Page page = context.newPage();
            page.navigate(url);
            page.waitForSelector("#tro-ly[data-ready=true]", new Page.WaitForSelectorOptions().setState(
                    WaitForSelectorState.ATTACHED));
            for (Question q : questions) {
                Object d = page.evaluate("q => window.vungcaoAssistant.explain(q).then(r => JSON.stringify(r))", q.text());
                System.out.println(q.expected() + "\t" + q.text() + "\t" + d);
            }
        } finally {
            context.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("assistant-eval");
        try (Chromium chromium = new Chromium()) {
            if (args.length > 0 && args[0].equals("crossval")) {
                CrossValidation.run(chromium, dir, List.of(args).subList(1, args.length));
                return;
            }
            var result = SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, dir.resolve("public"), null, false,
                    false, TestSite.NOW, 2));
            if (result.hasErrors()) throw new IllegalStateException(result.diagnostics().toString());
            try (SiteServer server = new SiteServer(dir.resolve("public"), "/")) {
                if (args.length > 1 && args[0].equals("ask")) {
                    // for an editor's or a developer's look at single questions: the decision and the first hits
                    List<Question> asked = new ArrayList<>();
                    for (int i = 1; i < args.length; i++) asked.add(new Question(args[i], "?", 0));
                    explain(chromium, server.url(), asked);
                    for (Outcome o : ask(chromium, server.url(), asked)) System.out.println(o);
                    try (BrowserContext context = chromium.browser().newContext()) {
                        Page page = context.newPage();
                        page.onConsoleMessage(m -> System.out.println("console: " + m.text()));
                        page.navigate(server.url());
                        page.waitForSelector("#tro-ly[data-ready=true]", new Page.WaitForSelectorOptions().setState(
                                WaitForSelectorState.ATTACHED));
                        for (Question q : asked) {
                            System.out.println("related: " + page.evaluate("q => window.vungcaoAssistant.related(q)", q.text()));
                        }
                    }
                    return;
                }
                if (args.length > 0 && args[0].equals("explain")) {
                    List<Question> all = new ArrayList<>(read("tune"));
                    // the earlier phrasing sets of the example (AssistantTest's), tuning data too
                    all.addAll(read("../phrasings"));
                    all.addAll(read("../heldout"));
                    all.addAll(read("seen"));
                    // and the sets named after it, once they are tuning data too ("explain heldout")
                    for (int i = 1; i < args.length; i++) all.addAll(read(args[i]));
                    explain(chromium, server.url(), all);
                    return;
                }
                // "tune" scores the sets tuned on alone, so that tuning runs do not look at the held-out one;
                // with it, the earlier phrasing sets of the example (AssistantTest's), tuning data too
                boolean tuneOnly = args.length > 0 && args[0].equals("tune");
                List<String> halves = tuneOnly ? List.of("tune", "seen", "../phrasings", "../heldout") : List.of("tune", "seen", "heldout");
                for (String half : halves) {
                    Score score = new Score(half, ask(chromium, server.url(), read(half)));
                    System.out.println(score.summary());
                    // the held-out half's misses stay unseen while tuning: add -Dexec.args=show-heldout to see them
                    if (!half.equals("heldout") || args.length > 0 && args[0].equals("show-heldout")) {
                        score.misses().forEach(m -> System.out.println("  missed: " + m));
                    }
                }
            }
            long[] bytes = faqBytes(dir.resolve("public"));
            System.out.printf("FAQ data: %,d bytes, %.1f KB gzip%n", bytes[0], bytes[1] / 1024.0);
        } finally {
            Staging.deleteTree(dir);
        }
    }
}
