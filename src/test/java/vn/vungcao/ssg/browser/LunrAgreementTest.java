package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.ExampleSite;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.search.LunrIndex;
import vn.vungcao.ssg.search.SearchData;
import vn.vungcao.ssg.text.Json;


/**
 * The index the build writes in Java is the one lunr.js itself builds from the same documents
 * with the same pipeline: the serialised JSON is identical, and queries return the same refs,
 * scores and order.
 */
@BrowserTest
class LunrAgreementTest {

    private static final List<String> WORDS = List.of("Mường", "Lát", "Quan", "Sơn", "điểm", "trường", "bản", "Ón",
            "Tam", "Chung", "Thủy", "Đình", "Đinh", "Dậu", "nuôi", "em", "bữa", "trưa", "bán", "trú", "áo", "ấm",
            "mùa", "đông", "xây", "phòng", "học", "Na", "Mèo", "Pù", "Nhi", "Trung", "Lý", "160.000", "2021",
            "ML-0123", "QS-0058", "—", "…", "(ghi", "chú)", "“Vì", "trẻ", "em”", "!!!", "🙂", "İstanbul", "đồng",
            "x-y-z", "a\u00A0b", "c\u2003d", "e\u200Bf", "ﬁ", "½", "Ⅻ");

    @Test
    void javaAndLunrJsBuildTheSameIndex(@TempDir Path dir) throws Exception {
        Random random = new Random(2016);
        List<Map<String, String>> docs = new ArrayList<>();
        LunrIndex index = new LunrIndex(SearchData.FIELDS);
        for (int i = 0; i < 400; i++) {
            String title = words(random, 1 + random.nextInt(5));
            String body = words(random, random.nextInt(40));
            if (i % 7 == 0) body = Normalizer.normalize(body, Normalizer.Form.NFD);
            Map<String, String> doc = new LinkedHashMap<>();
            doc.put("ref", "tai-lieu/" + i + "/");
            doc.put("title", title);
            doc.put("body", body);
            docs.add(doc);
            index.add(doc.get("ref"), Map.of("title", title, "body", body));
        }
        String ours = Json.text(index.toJson());
        List<String> queries = List.of("muong", "muong lat", "Mường Lát", "dinh", "thuy", "THỦY", "nuoi em",
                "tru*", "mu*", "160.000", "ml", "0123", "istanbul", "đồng dong", "xay truong na meo", "title:dinh",
                "+muong +lat", "-muong lat", "fi", "e", "x");

        SiteBuilder.build(new BuildOptions(ExampleSite.ROOT, dir.resolve("public"), null, false, false,
                TestSite.NOW, 2));
        try (SiteServer server = new SiteServer(dir.resolve("public"), "/"); Chromium chromium = new Chromium()) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(server.url() + "tra-cuu/");
            page.waitForSelector("#tra-cuu[data-ready=true]");
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) page.evaluate("""
                    async ([docs, ours, queries]) => {
                      const data = await window.vungcaoSearch.loadIndex();
                      const lunr = data.lunr;
                      const theirs = lunr(function () {
                        this.pipeline.reset();
                        this.searchPipeline.reset();
                        this.pipeline.add(window.vungcaoSearch.vnNormalize);
                        this.searchPipeline.add(window.vungcaoSearch.vnNormalize);
                        this.ref('ref');
                        this.field('title', { boost: 10 });
                        this.field('body');
                        docs.forEach((d) => this.add(d));
                      });
                      const loaded = lunr.Index.load(JSON.parse(ours));
                      const show = (hits) => hits.map((h) => h.ref + ' ' + h.score.toFixed(9));
                      return {
                        json: JSON.stringify(theirs),
                        ours: queries.map((q) => show(loaded.search(q))),
                        theirs: queries.map((q) => show(theirs.search(q)))
                      };
                    }""", List.of(docs, ours, queries));
            assertEquals(answer.get("theirs"), answer.get("ours"), "same refs, scores and order");
            String theirs = (String) answer.get("json");
            if (!theirs.equals(ours)) {
                int at = 0;
                while (at < Math.min(theirs.length(), ours.length()) && theirs.charAt(at) == ours.charAt(at)) at++;
                throw new AssertionError("the serialised indexes differ at " + at + ":\n lunr.js: "
                        + theirs.substring(Math.max(0, at - 80), Math.min(theirs.length(), at + 80)) + "\n java:    "
                        + ours.substring(Math.max(0, at - 80), Math.min(ours.length(), at + 80)));
            }
            @SuppressWarnings("unchecked")
            List<List<String>> results = (List<List<String>>) answer.get("ours");
            assertFalse(results.get(0).isEmpty(), "the queries find something");
            assertTrue(results.stream().filter(r -> !r.isEmpty()).count() > queries.size() / 2);
            context.close();
        }
        assertTrue(Files.exists(dir.resolve("public/tra-cuu/index.html")));
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
