package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.search.SearchData;
import vn.vungcao.ssg.search.WordIndex;

/**
 * The site's word search scores as Lunr 2.3.9 does: for the same documents, lunr.js (built in
 * Chromium, with the same tokenizer and folding, and the fields' average lengths rounded as the
 * index rounds them) and the page's search over the files the build writes ({@link WordIndex})
 * give every document the same score. The page finds the documents
 * that hold every word of the query (as the start of a term); lunr.js, with its required
 * clauses, would also demand every expansion of a word, so the sets are compared with what
 * lunr.js finds when each word only has to match.
 */
@BrowserTest
class LunrAgreementTest {

    private static final List<String> WORDS = List.of("Mường", "Lát", "Quan", "Sơn", "điểm", "trường", "bản", "Ón",
            "Tam", "Chung", "Thủy", "Đình", "Đinh", "Dậu", "nuôi", "em", "bữa", "trưa", "bán", "trú", "áo", "ấm",
            "mùa", "đông", "xây", "phòng", "học", "Na", "Mèo", "Pù", "Nhi", "Trung", "Lý", "160.000", "2021",
            "ML-0123", "QS-0058", "—", "…", "(ghi", "chú)", "“Vì", "trẻ", "em”", "!!!", "🙂", "İstanbul", "đồng",
            "x-y-z", "a\u00A0b", "c\u2003d", "e\u200Bf", "ﬁ", "½", "Ⅻ", "mầm", "mâm", "Mẫm");

    private static final List<String> QUERIES = List.of("muong", "muong lat", "Mường Lát", "dinh", "thuy", "THỦY",
            "nuoi em", "tru", "mu", "160.000", "ml", "0123", "istanbul", "đồng dong", "xay truong na meo", "fi", "e", "x",
            "mầm", "mam", "ma", "tr ng");

    @Test
    void thePageScoresEveryDocumentAsLunrDoes() throws Exception {
        Random random = new Random(2016);
        List<SearchData.Document> docs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String title = words(random, 1 + random.nextInt(5));
            String body = words(random, random.nextInt(40));
            if (i % 7 == 0) body = Normalizer.normalize(body, Normalizer.Form.NFD);
            docs.add(new SearchData.Document("tai-lieu/" + i + "/", title, body, "Tài liệu", ""));
        }
        WordIndex.Files files = WordIndex.of(docs);
        assertTrue(files.shards().size() > 1, "the test covers more than one shard: " + files.shards().size());
        List<String> shards = files.shards().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        List<String> chunks = files.chunks().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        List<Map<String, String>> plain = docs.stream().map(d -> Map.of("ref", d.ref(), "title", d.title(), "body", d.body())).toList();
        double[] averages = WordIndex.averageLengths(docs);

        Path site = ExampleBuild.folder();
        try (SiteServer server = new SiteServer(site, "/"); Chromium chromium = new Chromium()) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url() + "tra-cuu/");
            page.waitForSelector("#tra-cuu[data-ready=true]");
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(lunrJs()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> answers = (List<Map<String, Object>>) page.evaluate("""
                    async ([docs, shards, chunks, queries, averages]) => {
                      const core = window.vungcaoCore;
                      const url = (text) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
                      const ours = core.wordIndex(shards.map(url), chunks.map(url), 64);
                      const normalize = (token) => {
                        const value = core.trim(core.fold(token.toString()));
                        return value ? token.update(() => value) : undefined;
                      };
                      lunr.Pipeline.registerFunction(normalize, 'vnNormalize');
                      const theirs = lunr(function () {
                        this.pipeline.reset();
                        this.searchPipeline.reset();
                        this.pipeline.add(normalize);
                        this.ref('ref');
                        this.field('title', { boost: 10 });
                        this.field('body');
                        // the fields' average lengths as the index rounds them (WordIndex.averageLengths)
                        const exact = this.calculateAverageFieldLengths;
                        this.calculateAverageFieldLengths = function () {
                          exact.call(this);
                          this.averageFieldLength = { title: averages[0], body: averages[1] };
                        };
                        docs.forEach((d) => this.add(d));
                      });
                      const out = [];
                      for (const q of queries) {
                        const words = ours.words(q);
                        const hits = await ours.query(q);
                        const rows = await ours.shown(hits.map((h) => h.doc));
                        const found = {};
                        hits.forEach((h, i) => { found[rows[i].ref] = h.score; });
                        // lunr.js, each word a clause that has only to match, as the page expands it
                        const all = theirs.query((query) => words.forEach((w) => query.term(w.folded, {
                          wildcard: w.folded.length > 1 ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
                          usePipeline: false
                        })));
                        const expected = {};
                        all.forEach((r) => {
                          const terms = Object.keys(r.matchData.metadata);
                          const every = words.every((w) => terms.some((t) => w.folded.length > 1 ? t.startsWith(w.folded) : t === w.folded));
                          if (every) expected[r.ref] = r.score;
                        });
                        out.push({ query: q, ours: found, theirs: expected });
                      }
                      return out;
                    }""", List.of(plain, shards, chunks, QUERIES, List.of(averages[0], averages[1])));
            int found = 0;
            for (Map<String, Object> a : answers) {
                @SuppressWarnings("unchecked")
                Map<String, Number> ours = (Map<String, Number>) a.get("ours");
                @SuppressWarnings("unchecked")
                Map<String, Number> theirs = (Map<String, Number>) a.get("theirs");
                assertEquals(theirs.keySet(), ours.keySet(), "the documents found for '" + a.get("query") + "'");
                for (Map.Entry<String, Number> e : theirs.entrySet()) {
                    assertEquals(e.getValue().doubleValue(), ours.get(e.getKey()).doubleValue(), 1e-9,
                            "the score of " + e.getKey() + " for '" + a.get("query") + "'");
                }
                if (!ours.isEmpty()) found++;
            }
            assertTrue(found > QUERIES.size() / 2, "most queries find something: " + found);
            context.close();
        }
    }

    /** lunr.js from its webjar, a test dependency: the site itself no longer ships it. */
    private static String lunrJs() throws IOException {
        try (InputStream in = LunrAgreementTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/lunr/2.3.9/lunr.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) out.append(random.nextInt(10) == 0 ? " - " : " ");
            out.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return out.toString();
    }
}
