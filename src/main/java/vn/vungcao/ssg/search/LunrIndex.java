package vn.vungcao.ssg.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.vungcao.ssg.text.Tokens;

/**
 * Builds a Lunr 2.3.9 index in Java, serialised exactly as {@code JSON.stringify(lunr.Index)} would
 * serialise one built by lunr.js with the same documents, fields and pipeline; the page loads it
 * with {@code lunr.Index.load} and never needs Node at build time.
 *
 * <p>The pipeline is one function, {@code vnNormalize} (see {@code theme js/search-core.js}), used
 * at index and query time: accents and tone marks removed, đ mapped to d, lower case, then
 * non-letter, non-digit characters trimmed from both ends; a token that trims to nothing is
 * dropped. Not thread-safe: one builder per index.
 */
public final class LunrIndex {

    public static final String VERSION = "2.3.9";
    public static final String PIPELINE = "vnNormalize";
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** A field and its boost. */
    public record Field(String name, double boost) {
    }

    private final List<Field> fields;
    private final List<String> refs = new ArrayList<>();
    /** term -> (_index, field -> refs in order) */
    private final Map<String, Posting> inverted = new LinkedHashMap<>();
    /** per document and field: term frequencies (insertion order) and length */
    private final List<FieldEntry> fieldEntries = new ArrayList<>();
    /** token -> its term: a site's words repeat, and folding a word decomposes it */
    private final Map<String, String> terms = new HashMap<>();
    private int termIndex;

    private static final class Posting {
        final int index;
        final Map<String, List<String>> byField = new LinkedHashMap<>();

        Posting(int index, List<Field> fields) {
            this.index = index;
            for (Field f : fields) byField.put(f.name(), new ArrayList<>());
        }
    }

    private record FieldEntry(String ref, Field field, Map<String, Integer> frequencies, int length) {
    }

    public LunrIndex(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Adds a document; {@code values} holds the text of each field (missing means none). */
    public void add(String ref, Map<String, String> values) {
        refs.add(ref);
        for (Field field : fields) {
            String text = values.get(field.name());
            List<String> terms = new ArrayList<>();
            if (text != null) {
                for (String token : tokenize(text)) {
                    String term = this.terms.computeIfAbsent(token, LunrIndex::normalize);
                    if (!term.isEmpty()) terms.add(term);
                }
            }
            Map<String, Integer> frequencies = new LinkedHashMap<>();
            for (String term : terms) {
                frequencies.merge(term, 1, Integer::sum);
                Posting posting = inverted.get(term);
                if (posting == null) {
                    posting = new Posting(termIndex++, fields);
                    inverted.put(term, posting);
                }
                // documents arrive one at a time, so the current one, if present, is the last
                List<String> docs = posting.byField.get(field.name());
                if (docs.isEmpty() || !docs.get(docs.size() - 1).equals(ref)) docs.add(ref);
            }
            fieldEntries.add(new FieldEntry(ref, field, frequencies, terms.size()));
        }
    }

    /** Lunr's tokenizer: see {@link Tokens#split}. */
    public static List<String> tokenize(String text) {
        return Tokens.split(text);
    }

    /** The {@code vnNormalize} pipeline function: see {@link Tokens#normalize}. */
    public static String normalize(String token) {
        return Tokens.normalize(token);
    }

    /** The index as Lunr's serialised form, with fixed key order. */
    public Map<String, Object> toJson() {
        Map<String, Double> averageLength = new LinkedHashMap<>();
        for (Field f : fields) {
            long sum = 0;
            int count = 0;
            for (FieldEntry e : fieldEntries) {
                if (e.field() == f) {
                    sum += e.length();
                    count++;
                }
            }
            averageLength.put(f.name(), count == 0 ? 0 : (double) sum / count);
        }
        int documentCount = refs.size();
        Map<String, Double> idfCache = new HashMap<>();
        List<Object> fieldVectors = new ArrayList<>();
        for (FieldEntry e : fieldEntries) {
            TreeMap<Integer, Double> vector = new TreeMap<>();
            for (Map.Entry<String, Integer> tf : e.frequencies().entrySet()) {
                Posting posting = inverted.get(tf.getKey());
                double idf = idfCache.computeIfAbsent(tf.getKey(), t -> idf(posting, documentCount));
                double avg = averageLength.get(e.field().name());
                double score = idf * ((K1 + 1) * tf.getValue())
                        / (K1 * (1 - B + B * (e.length() / avg)) + tf.getValue());
                score *= e.field().boost();
                score *= 1;
                vector.put(posting.index, score);
            }
            List<Object> elements = new ArrayList<>();
            for (Map.Entry<Integer, Double> v : vector.entrySet()) {
                elements.add(v.getKey());
                elements.add(jsRound(v.getValue()));
            }
            fieldVectors.add(List.of(e.field().name() + "/" + e.ref(), elements));
        }
        List<Object> invertedIndex = new ArrayList<>();
        for (String term : new TreeMap<>(inverted).keySet()) {
            Posting posting = inverted.get(term);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("_index", posting.index);
            for (Map.Entry<String, List<String>> f : posting.byField.entrySet()) {
                Map<String, Object> docs = new LinkedHashMap<>();
                for (String ref : f.getValue()) docs.put(ref, Map.of());
                value.put(f.getKey(), docs);
            }
            invertedIndex.add(List.of(term, value));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", VERSION);
        json.put("fields", fields.stream().map(Field::name).toList());
        json.put("fieldVectors", fieldVectors);
        json.put("invertedIndex", invertedIndex);
        json.put("pipeline", List.of(PIPELINE));
        return json;
    }

    private static double idf(Posting posting, int documentCount) {
        int withTerm = 0;
        for (List<String> docs : posting.byField.values()) withTerm += docs.size();
        double x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
        return StrictMath.log(1 + Math.abs(x));
    }

    /** {@code Math.round(s * 1000) / 1000} as a JSON number printed the way JavaScript prints it. */
    static BigDecimal jsRound(double score) {
        long unscaled = Math.round(score * 1000);
        int scale = 3;
        // trailing zeros of the fraction dropped, as JavaScript prints 1.5 and 2, not 1.500 and 2.000
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }
}
