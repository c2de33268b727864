package vn.vungcao.ssg.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.vungcao.ssg.text.Tokens;

/**
 * The site's word index, as files a page fetches a few at a time: the terms in shards by their
 * first two letters, and what the results show of each document in chunks of {@value #CHUNK}.
 * A query fetches the shard of each of its words and the chunks of its first results, never the
 * whole index: at 10,000 pages the whole is some megabytes, one shard some kilobytes.
 *
 * <p>The scores are Lunr 2.3.9's: BM25 with its constants, field boosts and rounding, the
 * document frequency counted per field as Lunr counts it, so that the page (search.js) ranks as
 * {@code lunr.Index#query} does, but for one thing: a field's average length is rounded to two
 * significant digits ({@link #averageLengths}), so that one edit does not change every score and
 * every shard with it ({@link Terms}). lunr.js itself cannot be used on shards, since it loads one
 * serialised index with every document's vectors. Terms are Lunr's tokens folded by
 * {@link Tokens#normalize}; each term also lists how it was written with accents
 * ({@link Tokens#accented}) where that differs, so that a query typed with accents ranks the
 * documents written so first.
 *
 * <p>A shard is {@code {"t": [[term, title postings, body postings, spellings], ...]}} with the
 * terms sorted; postings are {@code [document gap, score × 1000, ...]} with documents ascending;
 * spellings are {@code []} when the term is written as folded, else {@code [[written], ...]} for
 * one spelling, or {@code [[written, document gaps...], ...]} when there are several. A chunk is
 * {@code [[address, title, type, snippet], ...]}. The shard of a term is the FNV-1a hash of its
 * first two UTF-16 units (the whole term when shorter), modulo the number of shards, a power of
 * two chosen from the number of postings so that it changes rarely. The static methods are pure
 * and thread-safe.
 */
public final class WordIndex {

    /** A field of the documents and its boost. */
    public record Field(String name, double boost) {
    }

    /** A title, and the rest (places, tags, summaries, headings). */
    public static final List<Field> FIELDS = List.of(new Field("title", 10), new Field("body", 1));

    /** Documents per chunk of what the results show. */
    public static final int CHUNK = 64;

    /** About how many postings a shard holds. */
    static final int POSTINGS_PER_SHARD = 4096;

    /** The most shards. */
    static final int MAX_SHARDS = 256;

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private static final JsonFactory JSON = new JsonFactory();

    private WordIndex() {
    }

    /** A term in one field of one document: how often, and how it was written. */
    record Use(int count, List<String> spellings) {
    }

    /** One field of a document: its length in terms, and its terms in the order they first appear. */
    record FieldTerms(int length, Map<String, Use> terms) {
    }

    /** What one document gives the index, field by field in {@link #FIELDS}' order. */
    record Analysis(List<FieldTerms> fields) {
    }

    /** The files: the shards of terms, and the chunks of documents. */
    public record Files(List<byte[]> shards, List<byte[]> chunks) {
    }

    /** The files for these documents, in this order (what the build writes for the site's). */
    public static Files of(List<SearchData.Document> docs) {
        List<Analysis> analyses = new ArrayList<>(docs.size());
        List<List<String>> shown = new ArrayList<>(docs.size());
        for (SearchData.Document d : docs) {
            analyses.add(analyse(d.title(), d.body()));
            shown.add(List.of(d.ref(), d.title(), d.type(), d.snippet()));
        }
        return build(analyses, shown);
    }

    /** The terms of each field's text (null for none), as Lunr's tokenizer and pipeline make them. */
    static Analysis analyse(String... texts) {
        List<FieldTerms> fields = new ArrayList<>(texts.length);
        for (String text : texts) {
            Map<String, TreeSet<String>> spellings = new LinkedHashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            int length = 0;
            if (text != null) {
                for (String token : Tokens.split(text)) {
                    String term = Tokens.normalize(token);
                    if (term.isEmpty()) continue;
                    length++;
                    counts.merge(term, 1, Integer::sum);
                    spellings.computeIfAbsent(term, t -> new TreeSet<>()).add(Tokens.accented(token));
                }
            }
            Map<String, Use> terms = new LinkedHashMap<>();
            spellings.forEach((term, written) -> terms.put(term, new Use(counts.get(term), List.copyOf(written))));
            fields.add(new FieldTerms(length, terms));
        }
        return new Analysis(List.copyOf(fields));
    }

    /** A term's postings: per field, documents (ascending) and counts; its spellings and their documents. */
    private static final class Postings {
        final int[][] docs = new int[FIELDS.size()][];
        final int[][] counts = new int[FIELDS.size()][];
        final int[] sizes = new int[FIELDS.size()];
        final TreeMap<String, IntList> spellings = new TreeMap<>();

        /** Adds a document after every one the field holds (a full gathering, documents in order). */
        void add(int field, int doc, int count) {
            grow(field);
            docs[field][sizes[field]] = doc;
            counts[field][sizes[field]++] = count;
        }

        /** Adds a document in its place among the field's documents. */
        void insert(int field, int doc, int count) {
            grow(field);
            int at = -Arrays.binarySearch(docs[field], 0, sizes[field], doc) - 1;
            System.arraycopy(docs[field], at, docs[field], at + 1, sizes[field] - at);
            System.arraycopy(counts[field], at, counts[field], at + 1, sizes[field] - at);
            docs[field][at] = doc;
            counts[field][at] = count;
            sizes[field]++;
        }

        void remove(int field, int doc) {
            int at = Arrays.binarySearch(docs[field], 0, sizes[field], doc);
            System.arraycopy(docs[field], at + 1, docs[field], at, sizes[field] - at - 1);
            System.arraycopy(counts[field], at + 1, counts[field], at, sizes[field] - at - 1);
            sizes[field]--;
        }

        private void grow(int field) {
            if (docs[field] == null) {
                docs[field] = new int[4];
                counts[field] = new int[4];
            } else if (sizes[field] == docs[field].length) {
                docs[field] = Arrays.copyOf(docs[field], sizes[field] * 2);
                counts[field] = Arrays.copyOf(counts[field], sizes[field] * 2);
            }
        }

        /** The document writes the term so (documents given in order). */
        void spelt(String written, int doc) {
            IntList list = spellings.computeIfAbsent(written, w -> new IntList());
            if (list.size == 0 || list.values[list.size - 1] != doc) list.add(doc);
        }

        /** The document writes the term so (documents given in any order). */
        void spellingAdded(String written, int doc) {
            IntList list = spellings.computeIfAbsent(written, w -> new IntList());
            int at = Arrays.binarySearch(list.values, 0, list.size, doc);
            if (at < 0) list.insert(-at - 1, doc);
        }

        void spellingRemoved(String written, int doc) {
            IntList list = spellings.get(written);
            if (list == null) return;
            int at = Arrays.binarySearch(list.values, 0, list.size, doc);
            if (at < 0) return;
            list.remove(at);
            if (list.size == 0) spellings.remove(written);
        }

        int frequency() {
            int n = 0;
            for (int s : sizes) n += s;
            return n;
        }
    }

    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            insert(size, v);
        }

        void insert(int at, int v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            System.arraycopy(values, at, values, at + 1, size - at);
            values[at] = v;
            size++;
        }

        void remove(int at) {
            System.arraycopy(values, at + 1, values, at, size - at - 1);
            size--;
        }
    }

    /**
     * The shards and chunks for these documents (numbered in this order): their analyses, and what
     * the results show of each (address, title, type, snippet).
     */
    static Files build(List<Analysis> analyses, List<List<String>> shown) {
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < shown.size(); from += CHUNK) chunks.add(chunk(shown.subList(from, Math.min(from + CHUNK, shown.size()))));
        return new Files(shards(analyses), List.copyOf(chunks));
    }

    /** The shards of terms for these documents' analyses (documents numbered in this order). */
    static List<byte[]> shards(List<Analysis> analyses) {
        return new Terms().shards(analyses);
    }

    /**
     * The average length of each field over these documents, as the scores use it: rounded to two
     * significant digits, so that editing one document of many seldom changes it, and with it every
     * score of the field (and so every shard). Lunr uses the exact average; the rounded one is off by
     * at most 5 % (0.5 % from an average of 95 up), which moves a score by less and reorders only
     * results that all but tie.
     */
    public static double[] averageLengths(List<SearchData.Document> docs) {
        long[] lengths = new long[FIELDS.size()];
        for (SearchData.Document d : docs) {
            Analysis a = analyse(d.title(), d.body());
            for (int f = 0; f < lengths.length; f++) lengths[f] += a.fields().get(f).length();
        }
        return averages(lengths, docs.size());
    }

    private static double[] averages(long[] lengths, int documents) {
        double[] average = new double[lengths.length];
        for (int f = 0; f < lengths.length; f++) {
            double exact = documents == 0 ? 0 : (double) lengths[f] / documents;
            average[f] = exact == 0 ? 0 : new BigDecimal(exact).round(AVERAGE_DIGITS).doubleValue();
        }
        return average;
    }

    private static final MathContext AVERAGE_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

    /**
     * The terms of the documents last indexed, with their postings, and the shards written of them.
     * A preview keeps one between builds: after an edit, only the edited documents' terms are
     * gathered again (their postings taken out and put back), and only the shards that hold one of
     * those terms are written again, unless the number of documents, the number of shards or a
     * field's rounded average length changed, which changes every score. At 10,000 pages a title
     * edit then writes a few shards of 256 instead of gathering a million postings and writing them
     * all. The bytes are the same as a first gathering's of the same analyses (WordIndexTest).
     * Used by one thread at a time.
     */
    public static final class Terms {
        /** Past this many edited documents, gathering every posting again is as quick. */
        private static final int MOST_EDITED = 256;

        private List<Analysis> analyses = List.of();
        private final HashMap<String, Postings> terms = new HashMap<>();
        private final long[] lengths = new long[FIELDS.size()];
        private long postings;
        private double[] average = new double[FIELDS.size()];
        private final List<List<String>> shardTerms = new ArrayList<>();
        private final List<byte[]> shards = new ArrayList<>();

        /** The shards for these documents' analyses (documents numbered in this order). */
        public List<byte[]> shards(List<Analysis> now) {
            List<Integer> edited = edited(now);
            if (edited == null) {
                gather(now);
            } else if (!edited.isEmpty()) {
                update(now, edited);
            }
            return List.copyOf(shards);
        }

        /** The documents whose analysis is not the very one of last time, or null when all must be gathered again. */
        private List<Integer> edited(List<Analysis> now) {
            if (shards.isEmpty() || now.size() != analyses.size()) return null;
            List<Integer> edited = new ArrayList<>();
            for (int d = 0; d < now.size(); d++) {
                if (now.get(d) != analyses.get(d) && !now.get(d).equals(analyses.get(d))) {
                    if (edited.size() == MOST_EDITED) return null;
                    edited.add(d);
                }
            }
            return edited;
        }

        private void gather(List<Analysis> now) {
            analyses = List.copyOf(now);
            terms.clear();
            Arrays.fill(lengths, 0);
            postings = 0;
            for (int d = 0; d < analyses.size(); d++) {
                List<FieldTerms> fields = analyses.get(d).fields();
                for (int f = 0; f < FIELDS.size(); f++) {
                    FieldTerms field = fields.get(f);
                    lengths[f] += field.length();
                    for (Map.Entry<String, Use> e : field.terms().entrySet()) {
                        Postings p = terms.computeIfAbsent(e.getKey(), k -> new Postings());
                        p.add(f, d, e.getValue().count());
                        for (String written : e.getValue().spellings()) p.spelt(written, d);
                        postings++;
                    }
                }
            }
            average = averages(lengths, analyses.size());
            regroup();
        }

        /** The terms sorted into their shards, and every shard written. */
        private void regroup() {
            int count = shardCount(postings);
            shardTerms.clear();
            for (int i = 0; i < count; i++) shardTerms.add(new ArrayList<>());
            List<String> sorted = new ArrayList<>(terms.keySet());
            sorted.sort(null); // gathered in a hash map, sorted once: a tree map's compares were most of the time
            for (String term : sorted) shardTerms.get(shard(term, count)).add(term);
            shards.clear();
            for (int i = 0; i < count; i++) shards.add(shardFile(i));
        }

        private void update(List<Analysis> now, List<Integer> edited) {
            Set<String> touched = new HashSet<>();
            for (int d : edited) {
                List<FieldTerms> before = analyses.get(d).fields();
                for (int f = 0; f < FIELDS.size(); f++) {
                    FieldTerms field = before.get(f);
                    lengths[f] -= field.length();
                    for (Map.Entry<String, Use> e : field.terms().entrySet()) {
                        Postings p = terms.get(e.getKey());
                        p.remove(f, d);
                        for (String written : e.getValue().spellings()) p.spellingRemoved(written, d);
                        if (p.frequency() == 0) terms.remove(e.getKey());
                        touched.add(e.getKey());
                        postings--;
                    }
                }
                List<FieldTerms> after = now.get(d).fields();
                for (int f = 0; f < FIELDS.size(); f++) {
                    FieldTerms field = after.get(f);
                    lengths[f] += field.length();
                    for (Map.Entry<String, Use> e : field.terms().entrySet()) {
                        Postings p = terms.computeIfAbsent(e.getKey(), k -> new Postings());
                        p.insert(f, d, e.getValue().count());
                        for (String written : e.getValue().spellings()) p.spellingAdded(written, d);
                        touched.add(e.getKey());
                        postings++;
                    }
                }
            }
            analyses = List.copyOf(now);
            double[] was = average;
            average = averages(lengths, analyses.size());
            if (shardCount(postings) != shardTerms.size() || !Arrays.equals(was, average)) {
                regroup();
                return;
            }
            int count = shardTerms.size();
            Map<Integer, Set<String>> byShard = new TreeMap<>();
            for (String term : touched) byShard.computeIfAbsent(shard(term, count), s -> new HashSet<>()).add(term);
            for (Map.Entry<Integer, Set<String>> e : byShard.entrySet()) {
                int s = e.getKey();
                Set<String> held = new HashSet<>(shardTerms.get(s));
                held.addAll(e.getValue());
                List<String> sorted = new ArrayList<>(held.size());
                for (String term : held) if (terms.containsKey(term)) sorted.add(term);
                sorted.sort(null);
                shardTerms.set(s, sorted);
                shards.set(s, shardFile(s));
            }
        }

        private byte[] shardFile(int shard) {
            return WordIndex.shardFile(shardTerms.get(shard), terms, analyses, average, analyses.size());
        }
    }

    /** A power of two, so that it changes only when the index doubles or halves. */
    static int shardCount(long postings) {
        long wanted = Math.max(1, (postings + POSTINGS_PER_SHARD - 1) / POSTINGS_PER_SHARD);
        int count = Integer.highestOneBit((int) Math.min(MAX_SHARDS, wanted));
        return count < wanted && count < MAX_SHARDS ? count * 2 : count;
    }

    /** The shard of a term: FNV-1a of its first two UTF-16 units, modulo the count (search.js computes the same). */
    public static int shard(String term, int count) {
        return Integer.remainderUnsigned(hash(term.length() <= 2 ? term : term.substring(0, 2)), count);
    }

    /** FNV-1a, 32 bits, over UTF-16 units. */
    public static int hash(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    private static byte[] shardFile(List<String> sorted, Map<String, Postings> terms, List<Analysis> analyses,
                                    double[] average, int n) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + sorted.size() * 64);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeFieldName("t");
            g.writeStartArray();
            for (String term : sorted) {
                Postings p = terms.get(term);
                double idf = idf(p.frequency(), n);
                g.writeStartArray();
                g.writeString(term);
                for (int f = 0; f < FIELDS.size(); f++) {
                    g.writeStartArray();
                    int previous = 0;
                    for (int i = 0; i < p.sizes[f]; i++) {
                        int doc = p.docs[f][i];
                        int length = analyses.get(doc).fields().get(f).length();
                        g.writeNumber(doc - previous);
                        g.writeNumber(score(idf, p.counts[f][i], length, average[f], FIELDS.get(f).boost()));
                        previous = doc;
                    }
                    g.writeEndArray();
                }
                g.writeStartArray();
                if (!(p.spellings.size() == 1 && p.spellings.firstKey().equals(term))) {
                    boolean one = p.spellings.size() == 1;
                    for (Map.Entry<String, IntList> s : p.spellings.entrySet()) {
                        g.writeStartArray();
                        g.writeString(s.getKey());
                        if (!one) {
                            int previous = 0;
                            for (int i = 0; i < s.getValue().size; i++) {
                                g.writeNumber(s.getValue().values[i] - previous);
                                previous = s.getValue().values[i];
                            }
                        }
                        g.writeEndArray();
                    }
                }
                g.writeEndArray();
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One chunk of documents: what the results show of each (address, title, type, snippet). */
    static byte[] chunk(List<List<String>> shown) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(shown.size() * 200 + 16);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (List<String> doc : shown) {
                g.writeStartArray();
                for (String s : doc) g.writeString(s);
                g.writeEndArray();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Lunr's inverse document frequency: {@code frequency} counts the (document, field) pairs with the term. */
    static double idf(int frequency, int documents) {
        double x = (documents - frequency + 0.5) / (frequency + 0.5);
        return StrictMath.log(1 + Math.abs(x));
    }

    /** Lunr's BM25 score of a term in a field, times 1000 and rounded, as Lunr rounds it to three decimals. */
    static long score(double idf, int count, int length, double average, double boost) {
        double score = idf * ((K1 + 1) * count) / (K1 * (1 - B + B * (length / average)) + count);
        score *= boost;
        score *= 1;
        return Math.round(score * 1000);
    }
}
