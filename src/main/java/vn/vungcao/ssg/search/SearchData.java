package vn.vungcao.ssg.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.Campaign;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.content.Faq;
import vn.vungcao.ssg.content.FaqSynonyms;
import vn.vungcao.ssg.content.NewsPost;
import vn.vungcao.ssg.content.Page;
import vn.vungcao.ssg.content.School;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.markdown.RenderedMarkdown;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.store.Store;
import vn.vungcao.ssg.text.CodeKey;
import vn.vungcao.ssg.text.Json;
import vn.vungcao.ssg.view.ViewFactory;
import vn.vungcao.ssg.view.Views;

/**
 * The files behind the look-up page: the code map (every child, sealed, see {@link CodeMap}) and
 * the full-text index (news, schools, campaigns, pages and waiting children only; never a sponsored
 * child). File names carry a hash of their content, so they can be cached for ever and a new
 * deployment gets new names.
 */
public final class SearchData {

    private static final int SNIPPET = 160;

    /**
     * Where the files are, as site paths.
     *
     * @param codes    the folder of the code map's shards ({@code search/codes/<hash>/}), each {@code <n>.json}
     * @param shards   how many shards the code map has
     * @param faq      the assistant's questions and answers
     * @param words    the word index's shards, in order ({@code search/words/<n>.<hash>.json}: see {@link WordIndex})
     * @param docs     what the results show, in chunks of {@value WordIndex#CHUNK} documents ({@code search/docs/<n>.<hash>.json})
     * @param related  how many of the first documents are news posts, schools and campaigns (the
     *                 assistant's pages), before the pages and the children
     * @param prefixes the letters that children's codes start with ({@code ML} of {@code ML-0123}), sorted: what
     *                 the look-up takes for a code being typed rather than for words
     */
    public record Meta(String codes, int shards, String faq, List<String> words, List<String> docs, int related,
                       List<String> prefixes) {
        public Meta {
            words = List.copyOf(words);
            docs = List.copyOf(docs);
            prefixes = List.copyOf(prefixes);
        }

        /** Every file of the word index and its chunks, which the page fetches as queries need them. */
        public List<String> wordFiles() {
            List<String> all = new ArrayList<>(words);
            all.addAll(docs);
            return all;
        }
    }

    /** The folder of the word index's shards. */
    public static final String WORDS = "search/words/";

    /** The folder of the chunks of what the results show. */
    public static final String DOCS = "search/docs/";

    /** The meta data and the files by site path, in a fixed order. */
    public record Output(Meta meta, Map<String, byte[]> files) {
    }

    private SearchData() {
    }

    public static Output build(SiteContent content, ViewFactory views, SiteConfig config, Diagnostics diagnostics) {
        return build(content, views, config, diagnostics, null, null, null);
    }

    /**
     * As {@link #build(SiteContent, ViewFactory, SiteConfig, Diagnostics)}; with {@code cache} (when
     * not null) each file whose documents did not change since the last build is taken from it
     * instead of being indexed, sealed and serialised again, else from {@code store} (when not
     * null) when its documents have the digest they had at the last build. With {@code pool} (when
     * not null) the code map is sealed on it while this thread builds the full-text index.
     */
    public static Output build(SiteContent content, ViewFactory views, SiteConfig config, Diagnostics diagnostics,
                               SearchCache cache, Store<List<byte[]>> store, ExecutorService pool) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (cache != null) cache.nextBuild();
        Memo memo = cache == null ? new Memo() {
            @Override
            public <T> T of(String kind, List<Object> inputs, Supplier<T> make) {
                return make.get();
            }
        } : cache::made;

        List<Views.ChildView> childViews = views.children();
        // the months of support, from the statements: a new statement changes cards whose views did not change
        List<String> support = new ArrayList<>(content.children().size());
        for (Child c : content.children()) support.add(Objects.requireNonNullElse(views.supportMonths(c.code()), ""));
        SearchCache.Codes last = cache == null ? null : cache.codes();
        SearchCache.Codes made = last != null && same(last.children(), content.children()) && same(last.views(), childViews)
                && last.support().equals(support) && last.text().equals(views.text())
                ? last : codes(content, childViews, support, views, memo, last);
        if (cache != null) {
            cache.codes(made);
            if (made == last) List.of("code", "card").forEach(cache::keep);
        }
        CodeMap codes = made.map();
        for (int i : made.ambiguous()) {
            Child c = content.children().get(i);
            diagnostics.error("child.code-ambiguous", c.origin().at("code"), c.code());
        }
        Callable<SearchCache.Entry> sealing =
                () -> cached(cache, store, "codes", codes::cards, () -> codes.shards(pool));
        Future<SearchCache.Entry> sealed = pool == null ? null : pool.submit(sealing);

        List<Document> docs = fullText(content, views, memo);
        List<WordIndex.Analysis> analyses;
        if (cache == null && pool != null) {
            analyses = analysedOn(pool, docs);
        } else {
            analyses = new ArrayList<>(docs.size());
            for (Document d : docs) analyses.add(memo.of("analysis", List.of(d), () -> WordIndex.analyse(d.title(), d.body())));
        }
        boolean[] chunked = {false};
        SearchCache.Entry words = cached(cache, store, "words", () -> docs, () -> {
            chunked[0] = true;
            return wordFiles(cache == null ? new WordIndex.Terms() : cache.terms(), analyses, docs, memo);
        });
        if (cache != null && !chunked[0]) cache.keep("chunk");
        List<Question> questions = questions(content, views);
        SearchCache.Entry faq = cached(cache, store, "faq", () -> List.of(questions, content.synonyms()),
                () -> List.of(questionsFile(questions, content.synonyms())));
        String faqPath = "search/faq." + faq.hash() + ".json";
        int related = content.news().size() + content.schools().size() + content.campaigns().size();
        return finish(files, pool, sealing, sealed, words, faqPath, faq, related, made.prefixes());
    }

    /**
     * Every document's words, in order, analysed in four parts that the workers of {@code pool}
     * and this thread share: a build without a cache analyses them all, and this thread would
     * otherwise do it alone. A part no worker has started when this thread comes to it, this
     * thread analyses itself, so busy workers never make it wait.
     */
    private static List<WordIndex.Analysis> analysedOn(ExecutorService pool, List<Document> docs) {
        int part = docs.size() / 4 + 1;
        List<FutureTask<List<WordIndex.Analysis>>> parts = new ArrayList<>();
        for (int from = 0; from < docs.size(); from += part) {
            List<Document> some = docs.subList(from, Math.min(from + part, docs.size()));
            FutureTask<List<WordIndex.Analysis>> task = new FutureTask<>(() -> {
                List<WordIndex.Analysis> made = new ArrayList<>(some.size());
                for (Document d : some) made.add(WordIndex.analyse(d.title(), d.body()));
                return made;
            });
            parts.add(task);
            // the first part is this thread's
            if (from > 0) pool.execute(task);
        }
        List<WordIndex.Analysis> all = new ArrayList<>(docs.size());
        for (FutureTask<List<WordIndex.Analysis>> task : parts) {
            task.run();
            all.addAll(join(task));
        }
        return all;
    }

    /** The letters of the children's code keys ({@code ML} of {@code ML123}), once each, sorted. */
    private static List<String> prefixes(List<String> keys) {
        Set<String> letters = new TreeSet<>();
        for (String key : keys) {
            int end = 0;
            while (end < key.length() && Character.isLetter(key.charAt(end))) end++;
            if (end > 0) letters.add(key.substring(0, end));
        }
        return List.copyOf(letters);
    }

    /** The word index's files: first a line with the number of shards, then the shards, then the chunks. */
    private static List<byte[]> wordFiles(WordIndex.Terms terms, List<WordIndex.Analysis> analyses, List<Document> docs,
                                          Memo memo) {
        List<byte[]> shards = terms.shards(analyses);
        List<byte[]> all = new ArrayList<>(1 + shards.size() + docs.size() / WordIndex.CHUNK + 1);
        all.add(Integer.toString(shards.size()).getBytes(StandardCharsets.US_ASCII));
        all.addAll(shards);
        for (int from = 0; from < docs.size(); from += WordIndex.CHUNK) {
            // a chunk is made again only when one of its documents changed (a preview's title edit: one chunk of 180)
            List<Object> chunk = new ArrayList<>(docs.subList(from, Math.min(from + WordIndex.CHUNK, docs.size())));
            all.add(memo.of("chunk", chunk, () -> {
                List<List<String>> shown = new ArrayList<>(chunk.size());
                for (Object o : chunk) {
                    Document d = (Document) o;
                    shown.add(List.of(d.ref(), d.title(), d.type(), d.snippet()));
                }
                return WordIndex.chunk(shown);
            }));
        }
        return all;
    }

    /** Whether two lists hold the very same instances, in order. */
    private static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) return false;
        }
        return true;
    }

    /** The code map of every child, and the children whose code another child's already takes. */
    private static SearchCache.Codes codes(SiteContent content, List<Views.ChildView> childViews, List<String> support,
                                           ViewFactory views, Memo memo, SearchCache.Codes last) {
        int count = content.children().size();
        // the children in the same places as last build (a story or a card edited): what did not change is taken by place
        boolean aligned = last != null && last.children().size() == count && last.text().equals(views.text());
        List<String> keys = new ArrayList<>(count);
        List<CodeMap.Card> cards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Child c = content.children().get(i);
            Views.ChildView v = childViews.get(i);
            String months = support.get(i);
            boolean sameChild = aligned && c == last.children().get(i);
            boolean sameCard = aligned && v == last.views().get(i) && months.equals(last.support().get(i));
            keys.add(sameChild ? last.keys().get(i)
                    : memo.of("code", List.of(c), () -> CodeKey.of(c.code()).orElse(c.code().toUpperCase(Locale.ROOT))));
            cards.add(sameCard ? last.cards().get(i) : memo.of("card", List.of(v, views.text(), months), () -> card(v, months, views)));
        }
        CodeMap codes;
        List<Integer> ambiguous = new ArrayList<>();
        if (last != null && last.keys().equals(keys) && last.text().equals(views.text())) {
            // the same keys in the same order: the same children are left out, only some cards differ
            codes = last.map().copy();
            ambiguous.addAll(last.ambiguous());
            Set<Integer> left = new HashSet<>(ambiguous);
            for (int i = 0; i < count; i++) {
                if (cards.get(i) != last.cards().get(i) && !left.contains(i)) codes.replace(keys.get(i), cards.get(i));
            }
        } else {
            codes = new CodeMap();
            for (int i = 0; i < count; i++) {
                if (!codes.add(keys.get(i), cards.get(i))) ambiguous.add(i);
            }
        }
        List<String> prefixes = last != null && last.keys().equals(keys) ? last.prefixes() : prefixes(keys);
        return new SearchCache.Codes(content.children(), List.copyOf(childViews), List.copyOf(support), views.text(), List.copyOf(keys),
                List.copyOf(cards), codes, List.copyOf(ambiguous), prefixes);
    }

    /** What the look-up shows of a child: its card. */
    private static CodeMap.Card card(Views.ChildView v, String months, ViewFactory views) {
        return new CodeMap.Card(v.code(), v.name(), v.url(),
                v.photo() == null ? null : v.photo().thumbnail() != null ? v.photo().thumbnail() : v.photo().src(),
                v.school() == null ? null : v.school().title(), v.school() == null ? null : v.school().url(),
                v.grade(), v.birthYear(), v.status(), v.statusLabel(),
                v.sponsoredSince() == null ? null : views.text().month(v.sponsoredSince()),
                months.isEmpty() ? null : months);
    }

    private static Output finish(Map<String, byte[]> files, ExecutorService pool,
                                 Callable<SearchCache.Entry> sealing,
                                 Future<SearchCache.Entry> sealed, SearchCache.Entry words,
                                 String faqPath, SearchCache.Entry faq, int related, List<String> prefixes) {
        SearchCache.Entry shards = sealed == null ? call(sealing) : join(sealed);
        String codesDir = "search/codes/" + shards.hash() + "/";
        for (int i = 0; i < shards.bytes().size(); i++) files.put(codesDir + i + ".json", shards.bytes().get(i));
        List<byte[]> all = words.bytes();
        int shardCount = Integer.parseInt(new String(all.get(0), StandardCharsets.US_ASCII));
        List<String> wordPaths = new ArrayList<>(shardCount);
        List<String> docPaths = new ArrayList<>(all.size() - 1 - shardCount);
        for (int i = 1; i < all.size(); i++) {
            boolean shard = i <= shardCount;
            int n = shard ? i - 1 : i - 1 - shardCount;
            String path = (shard ? WORDS : DOCS) + n + "." + hash(List.of(all.get(i))) + ".json";
            (shard ? wordPaths : docPaths).add(path);
            files.put(path, all.get(i));
        }
        files.put(faqPath, faq.bytes().get(0));
        return new Output(new Meta(codesDir, shards.bytes().size(), faqPath, wordPaths, docPaths, related, prefixes), files);
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the search data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The files made by {@code make}, with their hash; from {@code cache} (when not null) if the key
     * is the same, else from {@code store} (when not null) if the key's digest is (and then kept in
     * the cache too). The key is computed only when there is a cache or a store.
     */
    private static SearchCache.Entry cached(SearchCache cache, Store<List<byte[]>> store, String file,
                                            Supplier<Object> key,
                                            Supplier<List<byte[]>> make) {
        Object k = cache == null && store == null ? "" : key.get();
        SearchCache.Entry hit = cache == null ? null : cache.get(file, k);
        if (hit != null) return hit;
        List<byte[]> made;
        if (store != null) {
            String digest = store.digest(k);
            Store.Hit<List<byte[]>> kept = store.get(file, digest);
            made = kept != null ? kept.value() : List.copyOf(make.get());
            if (kept == null) store.put(file, digest, made, List.of());
        } else {
            made = List.copyOf(make.get());
        }
        SearchCache.Entry entry = new SearchCache.Entry(cache == null ? "" : k, made, hash(made));
        if (cache != null) cache.put(file, entry);
        return entry;
    }

    /** A document of the word index: its address, its fields, and what the results list shows of it. */
    public record Document(String ref, String title, String body, String type, String snippet) {
    }

    /** A value made from some inputs, or the same value as last build when they are the very same. */
    private interface Memo {
        <T> T of(String kind, List<Object> inputs, Supplier<T> make);
    }

    private static List<Document> fullText(SiteContent content, ViewFactory views, Memo memo) {
        List<Document> docs = new ArrayList<>();
        Map<String, School> schools = content.schoolsBySlug();
        for (NewsPost n : content.news()) {
            RenderedMarkdown body = views.body(n.origin().file());
            Views.NewsView v = views.news(n);
            School school = n.school() == null ? null : schools.get(n.school());
            docs.add(memo.of("news", Arrays.asList(n, v, body, school, views.text()), () -> newsDoc(n, v, body, school, views)));
        }
        for (School s : content.schools()) {
            RenderedMarkdown body = views.body(s.origin().file());
            docs.add(memo.of("school", List.of(s, body), () -> schoolDoc(s, body)));
        }
        for (Campaign c : content.campaigns()) {
            Views.CampaignView v = views.campaign(c);
            School school = c.school() == null ? null : schools.get(c.school());
            docs.add(memo.of("campaign", Arrays.asList(c, v, school), () -> campaignDoc(c, v, school)));
        }
        for (Page p : content.pages()) {
            if (p.translation() != null) continue; // the search speaks the site's language
            Views.PageView v = views.page(p);
            RenderedMarkdown body = views.body(p.origin().file());
            docs.add(memo.of("page", List.of(p, v, body), () -> pageDoc(p, v, body)));
        }
        List<Views.ChildView> childViews = views.children();
        for (int i = 0; i < childViews.size(); i++) {
            Child c = content.children().get(i);
            if (!c.listed()) continue; // sponsored children are found by their code only
            Views.ChildView v = childViews.get(i);
            School school = c.school() == null || v.school() == null ? null : schools.get(c.school());
            docs.add(memo.of("child", Arrays.asList(v, c, school), () -> childDoc(c, v, school)));
        }
        return docs;
    }

    private static Document newsDoc(NewsPost n, Views.NewsView v, RenderedMarkdown body, School s, ViewFactory views) {
        List<String> parts = new ArrayList<>();
        if (n.summary() != null) parts.add(n.summary());
        parts.addAll(n.tags());
        body.headings().forEach(h -> parts.add(h.text()));
        if (s != null) parts.add(s.name() + " " + s.place());
        return doc(Routes.news(n.slug()), n.title(), String.join(" ", parts), "Tin tức",
                views.text().date(n.date()) + " · " + v.summary());
    }

    private static Document schoolDoc(School s, RenderedMarkdown body) {
        List<String> parts = new ArrayList<>(List.of(s.place()));
        if (s.status() != null) parts.add(s.status().label());
        body.headings().forEach(h -> parts.add(h.text()));
        parts.add(body.excerpt(200));
        return doc(Routes.school(s.slug()), s.name(), String.join(" ", parts), "Điểm trường",
                s.place() + (s.status() == null ? "" : " · " + s.status().label()));
    }

    private static Document campaignDoc(Campaign c, Views.CampaignView v, School s) {
        List<String> parts = new ArrayList<>();
        if (v.summary() != null) parts.add(v.summary());
        if (s != null) parts.add(s.name() + " " + s.place());
        return doc(Routes.campaign(c.slug()), c.title(), String.join(" ", parts), "Chiến dịch",
                v.summary() == null ? "" : v.summary());
    }

    private static Document pageDoc(Page p, Views.PageView v, RenderedMarkdown body) {
        List<String> parts = new ArrayList<>();
        if (v.summary() != null) parts.add(v.summary());
        body.headings().forEach(h -> parts.add(h.text()));
        return doc(Routes.page(p.slug()), p.title(), String.join(" ", parts), "Trang",
                v.summary() == null ? "" : v.summary());
    }

    private static Document childDoc(Child c, Views.ChildView v, School s) {
        List<String> parts = new ArrayList<>();
        if (s != null) parts.add(s.name() + " " + s.place());
        List<String> facts = new ArrayList<>();
        facts.add(v.code());
        if (v.grade() != null) facts.add("Lớp " + v.grade());
        if (s != null) facts.add(s.name());
        return doc(Routes.child(c.code()), v.name(), String.join(" ", parts), "Em đang chờ người nuôi",
                String.join(" · ", facts));
    }

    /** A question of the assistant: what is indexed of it, and the answer it shows. */
    private record Question(String slug, String question, List<String> also, List<String> tags, String text, String html) {
    }

    private static List<Question> questions(SiteContent content, ViewFactory views) {
        List<Question> questions = new ArrayList<>();
        for (Faq q : content.faqs()) {
            RenderedMarkdown answer = views.body(q.origin().file());
            questions.add(new Question(q.slug(), q.question(), q.also(), q.tags(), answer.text(), answer.html()));
        }
        return questions;
    }

    /** The assistant's data: see {@link FaqIndex}. */
    private static byte[] questionsFile(List<Question> questions, FaqSynonyms synonyms) {
        FaqIndex index = new FaqIndex();
        index.synonyms(synonyms);
        for (Question q : questions) {
            index.add(q.slug(), q.question(), q.also(), q.tags(), q.text(), q.html());
        }
        return Json.bytes(index.toJson());
    }

    private static Document doc(String ref, String title, String body, String type, String snippet) {
        String s = snippet.length() > SNIPPET ? snippet.substring(0, SNIPPET).stripTrailing() + "…" : snippet;
        return new Document(ref, title, body, type, s);
    }

    /**
     * Ten hex digits that change when the files (in order) change: their CRC-32 and the low byte of
     * the second sum of their Adler-32, for file names that tell browsers a file is new. Not a
     * cryptographic digest, which these names never needed: the JDK computes both in native code
     * whatever the compiler, where SHA-256 ran interpreted or in C1 code and took 7 % of a
     * 10,000-page build's samples hashing the 7 MB of search files.
     */
    public static String hash(List<byte[]> files) {
        CRC32 crc = new CRC32();
        Adler32 adler = new Adler32();
        for (byte[] f : files) {
            crc.update(f);
            crc.update(0);
            adler.update(f);
            adler.update(0);
        }
        return HexFormat.of().toHexDigits((int) crc.getValue()) + HexFormat.of().toHexDigits((byte) (adler.getValue() >>> 16));
    }
}
