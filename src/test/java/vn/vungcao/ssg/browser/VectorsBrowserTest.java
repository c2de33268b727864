package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The site's scripts fold, key and cut text as the generator does: the shared test vectors
 * ({@code text/vectors.json}, which {@code text.VectorsTest} holds the Java to) run in Chromium
 * through {@code window.vungcaoCore} and the bundled Lunr, on the built example's look-up page.
 */
@BrowserTest
class VectorsBrowserTest {

    @Test
    void theScriptsDoWhatTheVectorsSay() throws Exception {
        String vectors;
        try (InputStream in = VectorsBrowserTest.class.getClassLoader().getResourceAsStream("text/vectors.json")) {
            vectors = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path site = ExampleBuild.folder();
        Path lunr;
        try (Stream<Path> js = Files.list(site.resolve("js"))) {
            lunr = js.filter(p -> p.getFileName().toString().matches("lunr\\.[0-9a-f]+\\.js")).findFirst().orElseThrow();
        }
        try (SiteServer server = new SiteServer(site, "/"); Chromium chromium = new Chromium()) {
            Page page = chromium.browser().newContext().newPage();
            page.navigate(server.url() + "tra-cuu/");
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(lunr));
            Object got = page.evaluate("""
                    (v) => {
                      const core = window.vungcaoCore;
                      return {
                        fold: v.fold.map(c => core.fold(c[0])),
                        codeKey: v.codeKey.map(c => core.codeKey(c[0])),
                        tokens: v.tokens.map(c => lunr.tokenizer(c[0]).map(t => t.toString())),
                        normalize: v.normalize.map(c => { const t = core.vnNormalize(new lunr.Token(c[0])); return t === undefined ? '' : t.toString(); })
                      };
                    }""", new ObjectMapper().readValue(vectors, Object.class));
            JsonNode answer = new ObjectMapper().valueToTree(got);
            JsonNode want = new ObjectMapper().readTree(vectors);
            for (String kind : List.of("fold", "codeKey", "tokens", "normalize")) {
                for (int i = 0; i < want.get(kind).size(); i++) {
                    assertEquals(want.get(kind).get(i).get(1), answer.get(kind).get(i), kind + " of " + want.get(kind).get(i).get(0));
                }
            }
        }
    }
}
