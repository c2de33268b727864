package vn.vungcao.ssg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vungcao.ssg.content.Faq;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.text.Tokens;

/**
 * Finds questions of {@code content/faq/} that are so close the assistant cannot tell them apart:
 * two entries that share a wording (the same line, once accents and case are left out), or whose
 * question, other wordings and tags say mostly the same words and pairs of syllables. Each word and
 * pair counts by how rare it is among the questions, as the assistant counts them, so the words
 * every question has ("em", "có", "không") weigh nothing. A pair found is a warning
 * ({@code faq.too-close}) on the second file's question, naming the first; the build goes on.
 */
final class FaqCloseness {

    /**
     * The share of the two entries' weighted words and pairs that they have in common, above which
     * they are too close. The example's 20 questions reach at most 0.10 (the privacy question and the
     * code look-up); FaqTest's question asked again in other words reaches 0.58.
     */
    static final double TOO_CLOSE = 0.35;

    private FaqCloseness() {
    }

    static void check(List<Faq> faqs, Diagnostics diagnostics) {
        List<Set<String>> terms = new ArrayList<>();
        List<Map<String, String>> lines = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Faq f : faqs) {
            Set<String> t = new LinkedHashSet<>();
            Map<String, String> l = new LinkedHashMap<>();
            for (String line : wordings(f)) {
                List<String> words = Tokens.terms(line);
                if (words.isEmpty()) continue;
                l.putIfAbsent(String.join(" ", words), line.strip());
                t.addAll(words);
                for (int i = 0; i + 1 < words.size(); i++) t.add(words.get(i) + " " + words.get(i + 1));
            }
            for (String tag : f.tags()) t.add("#" + String.join(" ", Tokens.terms(tag)));
            t.forEach(term -> df.merge(term, 1, Integer::sum));
            terms.add(t);
            lines.add(l);
        }
        int n = faqs.size();
        for (int b = 0; b < n; b++) {
            for (int a = 0; a < b; a++) {
                Map<String, String> first = lines.get(a);
                String shared = lines.get(b).entrySet().stream().filter(e -> first.containsKey(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (shared != null) {
                    diagnostics.warning("faq.too-close/same-wording", faqs.get(b).origin().at("question"),
                            faqs.get(a).origin().file(), shared);
                    continue;
                }
                double closeness = closeness(terms.get(a), terms.get(b), df, n);
                if (closeness > TOO_CLOSE) {
                    diagnostics.warning("faq.too-close", faqs.get(b).origin().at("question"), faqs.get(a).origin().file(),
                            Math.round(closeness * 100));
                }
            }
        }
    }

    private static List<String> wordings(Faq f) {
        List<String> out = new ArrayList<>();
        out.add(f.question());
        out.addAll(f.also());
        return out;
    }

    /** Weighted share of the terms the two have in common: Σ rarity of shared terms / Σ rarity of all their terms. */
    private static double closeness(Set<String> a, Set<String> b, Map<String, Integer> df, int n) {
        double shared = 0;
        double all = 0;
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        for (String term : union) {
            double weight = Math.log((n + 1.0) / (df.get(term) + 0.5));
            if (weight <= 0) continue;
            all += weight;
            if (a.contains(term) && b.contains(term)) shared += weight;
        }
        return all == 0 ? 0 : shared / all;
    }
}
