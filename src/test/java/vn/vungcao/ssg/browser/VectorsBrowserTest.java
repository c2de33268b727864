package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
        try (SiteServer server = new SiteServer(site, "/"); Chromium chromium = new Chromium()) {
            Page page = chromium.browser().newContext().newPage();
            page.navigate(server.url() + "tra-cuu/");
            Object got = page.evaluate("""
                    (text) => {
                      const v = JSON.parse(text);
                      const core = window.vungcaoCore;
                      return {
                        fold: v.fold.map(c => core.fold(c[0])),
                        codeKey: v.codeKey.map(c => core.codeKey(c[0])),
                        tokens: v.tokens.map(c => core.tokens(c[0])),
                        normalize: v.normalize.map(c => core.trim(core.fold(c[0]))),
                        accented: v.accented.map(c => core.accented(c[0])),
                        shardHash: v.shardHash.map(c => String(core.fnv(c[0].length <= 2 ? c[0] : c[0].substring(0, 2))))
                      };
                    }""", vectors);
            JsonNode answer = new ObjectMapper().valueToTree(got);
            JsonNode want = new ObjectMapper().readTree(vectors);
            for (String kind : List.of("fold", "codeKey", "tokens", "normalize", "accented", "shardHash")) {
                for (int i = 0; i < want.get(kind).size(); i++) {
                    JsonNode expected = want.get(kind).get(i).get(1);
                    // a hash above 2^31 comes back from the page as a double: it is compared as text
                    if (kind.equals("shardHash")) expected = new ObjectMapper().getNodeFactory().textNode(expected.asText());
                    assertEquals(expected, answer.get(kind).get(i), kind + " of " + want.get(kind).get(i).get(0));
                }
            }
        }
    }
}
