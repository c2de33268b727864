package vn.vungcao.ssg.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.browser.AssistantEval.Outcome;
import vn.vungcao.ssg.browser.AssistantEval.Question;
import vn.vungcao.ssg.browser.AssistantEval.Score;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.text.Fold;

/**
 * Whether the visitors' own wordings, written into the FAQ as an editor would, help with questions
 * that were not written in: K-fold cross-validation within the sets tuned on ({@code tune.tsv} and
 * {@code seen.tsv} of {@code faq/visitors/}; never the held-out set). The questions are split into
 * {@link #FOLDS} folds, each answer's questions and the off-topic ones dealt in turn (a question
 * typed twice, once folded, stays in one fold). For each fold, a copy of the example site gets the
 * other folds' questions, and the fold's questions are asked of it:
 * <ul>
 *   <li>{@code plain}: nothing added (the baseline: the example as it is, on the same questions);</li>
 *   <li>{@code wordings}: each answerable question of the other folds as an {@code also} wording of
 *   its answer;</li>
 *   <li>{@code offtopic}: each off-topic question of the other folds in the {@code offtopic:} section of
 *   {@code content/faq/_synonyms.yml} (the questions the editors know the FAQ does not answer);</li>
 *   <li>{@code both}: the two;</li>
 *   <li>{@code asked}: each answerable question of the other folds as an asked line of its answer
 *   in the built FAQ data, kept apart from the answers' words ({@link #addAsked}), with the rescue
 *   of a question the rule hands over ({@code faq/rescue.js}, installed in the page; docs/search.md,
 *   "The tenth round");</li>
 *   <li>{@code missed}: as {@code asked}, but only the other folds' questions that the first variant
 *   run missed: the lines an editor would write, after seeing the assistant fail on them;</li>
 *   <li>{@code handed}: as {@code missed}, but only those it handed over (the only ones the rescue
 *   acts on; a wrong answer is mended otherwise);</li>
 *   <li>{@code offmissed}: as {@code offtopic}, but only the other folds' off-topic questions that
 *   the first variant run did not hand over (the editors' loop: they add one when the assistant
 *   answered it);</li>
 *   <li>{@code bare}: without the editors' off-topic questions (tuning questions, each of which
 *   would find itself), so that {@code bare+offtopic} has only the other folds' ones.</li>
 * </ul>
 * Variants combine with {@code +} ({@code missed+offtopic}).
 * Run: {@code AssistantEval crossval [variant…] [misses] [limit.name=value…]}; with no variant, the first four.
 * {@code limit.name=value} sets the page's {@code LIMIT.name} for the run (for tuning a limit by
 * cross-validation); {@code misses} prints each variant's misses (all tuning data).
 */
final class CrossValidation {

    static final int FOLDS = 5;

    private CrossValidation() {
    }

    static void run(Chromium chromium, Path dir, List<String> args) throws Exception {
        List<String> variants = new ArrayList<>();
        Map<String, Double> limits = new LinkedHashMap<>();
        boolean misses = false;
        for (String a : args) {
            if (a.startsWith("limit.")) limits.put(a.substring(6, a.indexOf('=')), Double.parseDouble(a.substring(a.indexOf('=') + 1)));
            else if (a.equals("misses")) misses = true;
            else variants.add(a);
        }
        if (variants.isEmpty()) variants = List.of("plain", "wordings", "offtopic", "both");
        List<List<Question>> folds = folds();
        System.out.printf("%d folds of %s questions (tune.tsv and seen.tsv); limits %s%n", FOLDS,
                folds.stream().map(f -> String.valueOf(f.size())).toList(), limits);
        Map<String, Outcome> plain = null; // the first variant's outcomes, to compare the others with
        for (String variant : variants) {
            List<String> parts = List.of(variant.replace("both", "wordings+offtopic").split("\\+"));
            for (String p : parts) {
                if (!List.of("plain", "bare", "wordings", "offtopic", "asked", "missed", "handed", "offmissed").contains(p)) {
                    throw new IllegalArgumentException("no variant " + p);
                }
            }
            boolean wordings = parts.contains("wordings");
            boolean offtopic = parts.contains("offtopic");
            boolean asked = parts.contains("asked");
            boolean missed = parts.contains("missed");
            boolean handed = parts.contains("handed");
            boolean offmissed = parts.contains("offmissed");
            if ((missed || handed || offmissed) && plain == null) throw new IllegalArgumentException("missed needs a variant run before it");
            Map<String, Outcome> before = plain;
            List<Outcome> all = new ArrayList<>();
            for (int f = 0; f < FOLDS; f++) {
                List<Question> train = new ArrayList<>();
                for (int g = 0; g < FOLDS; g++) if (g != f) train.addAll(folds.get(g));
                Path site = ExampleSite.copyTo(dir.resolve(variant + f));
                if (wordings) addWordings(site, train);
                if (parts.contains("bare")) removeOfftopic(site);
                if (offtopic) addOfftopic(site, train);
                if (offmissed) {
                    addOfftopic(site, train.stream().filter(q -> q.outOfScope() && !before.get(q.text() + "\t" + q.expected()).handedOver()).toList());
                }
                Path out = dir.resolve(variant + f + "-public");
                var result = SiteBuilder.build(new BuildOptions(site, out, null, false, false, TestSite.NOW, 2));
                if (result.hasErrors()) throw new IllegalStateException(result.diagnostics().toString());
                if (asked) addAsked(out, train);
                if (missed) addAsked(out, train.stream().filter(q -> !ok(before.get(q.text() + "\t" + q.expected()))).toList());
                if (handed) addAsked(out, train.stream().filter(q -> before.get(q.text() + "\t" + q.expected()).handedOver()).toList());
                try (SiteServer server = new SiteServer(out, "/")) {
                    // the rescue is the measurement's, installed in the page where there are asked lines
                    List<Outcome> got = ask(chromium, server.url(), folds.get(f), limits, asked || missed || handed ? RESCUE : null);
                    all.addAll(got);
                    if (!variant.equals("plain")) {
                        long[] bytes = AssistantEval.faqBytes(out);
                        System.out.printf("  %s fold %d: %s; FAQ data %.1f KB gzip%n", variant, f + 1,
                                new Score("", got).summary().substring(2), bytes[1] / 1024.0);
                    }
                }
            }
            Score score = new Score("crossval " + variant, all);
            System.out.println(score.summary());
            Map<String, Outcome> byText = new LinkedHashMap<>();
            all.forEach(o -> byText.put(o.question().text() + "\t" + o.question().expected(), o));
            if (plain == null) plain = byText;
            else if (plain != null) {
                int gained = 0;
                int lost = 0;
                for (var e : byText.entrySet()) {
                    boolean was = ok(plain.get(e.getKey()));
                    boolean is = ok(e.getValue());
                    if (is && !was) gained++;
                    if (was && !is) lost++;
                }
                System.out.printf("  against " + variants.get(0) + ": %d from missed to right, %d from right to missed%n", gained, lost);
            }
            if (misses) score.misses().forEach(m -> System.out.println("  missed: " + m));
        }
    }

    private static boolean ok(Outcome o) {
        return o.question().outOfScope() ? o.handedOver() : o.rightFirst();
    }

    /** The folds: each answer's questions, and the off-topic ones, dealt in turn in the files' order; one folded text stays in one fold. */
    static List<List<Question>> folds() throws IOException {
        List<Question> questions = new ArrayList<>(AssistantEval.read("tune"));
        questions.addAll(AssistantEval.read("seen"));
        Map<String, List<Question>> byClass = new TreeMap<>();
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        List<List<Question>> out = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) out.add(new ArrayList<>());
        for (Question q : questions) byClass.computeIfAbsent(q.expected(), k -> new ArrayList<>()).add(q);
        int dealt = 0;
        for (List<Question> cls : byClass.values()) {
            for (Question q : cls) {
                String key = key(q.text());
                Integer f = foldOf.get(key);
                if (f == null) {
                    f = dealt++ % FOLDS;
                    foldOf.put(key, f);
                }
                out.get(f).add(q);
            }
        }
        return out;
    }

    static String key(String text) {
        return Fold.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Each answerable question as an {@code also} wording of its answer, after the editors' own (a wording already there is not added again). */
    static void addWordings(Path site, List<Question> train) throws IOException {
        Map<String, List<String>> bySlug = new TreeMap<>();
        for (Question q : train) if (!q.outOfScope()) bySlug.computeIfAbsent(q.expected(), k -> new ArrayList<>()).add(q.text());
        for (var e : bySlug.entrySet()) {
            Path file = site.resolve("content/faq/" + e.getKey() + ".md");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf("\nalso:\n");
            if (at < 0) throw new IllegalStateException(file + " has no also:");
            at += "\nalso:\n".length();
            StringBuilder lines = new StringBuilder();
            List<String> seen = new ArrayList<>();
            for (String line : text.substring(0, text.indexOf("\n---", 4)).split("\n")) seen.add(key(line.replaceFirst("^\\s*-\\s*", "")));
            for (String w : e.getValue()) {
                if (seen.contains(key(w))) continue;
                seen.add(key(w));
                lines.append("  - ").append(quoted(w)).append('\n');
            }
            Files.writeString(file, text.substring(0, at) + lines + text.substring(at), StandardCharsets.UTF_8);
        }
    }

    /**
     * Each answerable question as an {@code asked} line of its answer: written into the built FAQ data
     * ({@code search/faq.<hash>.json}) as {@code "asked": {slug: [question…]}}, apart from the answers'
     * words, for {@code faq/rescue.js}. The generator has no such field: the rescue did not
     * generalise, so it stayed the measurement's (docs/search.md, "The tenth round"). A line already
     * among the answer's question, wordings or asked lines, once folded, is not added again.
     */
    @SuppressWarnings("unchecked")
    static void addAsked(Path site, List<Question> train) throws IOException {
        Path faq;
        try (var files = Files.list(site.resolve("search"))) {
            faq = files.filter(p -> p.getFileName().toString().startsWith("faq.")).findFirst().orElseThrow();
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> data = json.readValue(faq.toFile(), LinkedHashMap.class);
        Map<String, List<String>> lines = (Map<String, List<String>>) data.getOrDefault("lines", Map.of());
        Map<String, List<String>> asked = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        lines.forEach((slug, own) -> own.forEach(l -> seen.add(slug + "\t" + key(l))));
        int added = 0;
        for (Question q : train) {
            if (q.outOfScope() || !seen.add(q.expected() + "\t" + key(q.text()))) continue;
            asked.computeIfAbsent(q.expected(), k -> new ArrayList<>()).add(q.text());
            added++;
        }
        data.put("asked", asked);
        Files.write(faq, json.writeValueAsBytes(data));
        System.out.printf("  %d asked lines%n", added);
    }

    /** Leaves out the editors' off-topic questions (tuning questions too, each of which would find itself). */
    static void removeOfftopic(Path site) throws IOException {
        Path file = site.resolve("content/faq/_synonyms.yml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf("\nofftopic:\n");
        if (at >= 0) Files.writeString(file, text.substring(0, at + 1), StandardCharsets.UTF_8);
    }

    /** The off-topic questions, in the {@code offtopic:} section of {@code content/faq/_synonyms.yml}, after any the editors wrote. */
    static void addOfftopic(Path site, List<Question> train) throws IOException {
        Path file = site.resolve("content/faq/_synonyms.yml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) text += "\n";
        StringBuilder lines = new StringBuilder();
        for (Question q : train) if (q.outOfScope()) lines.append("  - ").append(quoted(q.text())).append('\n');
        int at = text.indexOf("\nofftopic:\n");
        if (at < 0) text += "offtopic:\n" + lines;
        else text = text.substring(0, at + "\nofftopic:\n".length()) + lines + text.substring(at + "\nofftopic:\n".length());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The tenth round's rescue ({@code faq/rescue.js}), not in the page's script: see docs/search.md. */
    static final Path RESCUE = Path.of("src/test/resources/faq/rescue.js");

    /** Installs {@code faq/rescue.js} in a page whose assistant is ready (its hook, {@code window.vungcaoAssistant.rescue}). */
    static void installRescue(Page page) throws IOException {
        page.evaluate(Files.readString(RESCUE, StandardCharsets.UTF_8));
    }

    private static List<Outcome> ask(Chromium chromium, String url, List<Question> questions, Map<String, Double> limits,
                                     Path script) throws IOException {
        BrowserContext context = chromium.browser().newContext();
        try {
            Page page = AssistantEval.ready(context, url);
            if (script != null) installRescue(page);
            limits.forEach((k, v) -> page.evaluate("([k, v]) => { window.vungcaoAssistant.limits[k] = v; }", List.of(k, v)));
            return AssistantEval.ask(page, questions);
        } finally {
            context.close();
        }
    }
}
