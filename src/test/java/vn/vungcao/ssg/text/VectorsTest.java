package vn.vungcao.ssg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.search.WordIndex;

/**
 * The shared test vectors ({@code text/vectors.json}): what the generator does to text, as the
 * site's scripts must do it too (the browser test {@code VectorsBrowserTest} reads the same file).
 */
class VectorsTest {

    /** The vectors, as the JSON file holds them. */
    public static JsonNode vectors() throws IOException {
        try (InputStream in = VectorsTest.class.getClassLoader().getResourceAsStream("text/vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void javaFoldsKeysAndCutsAsTheVectorsSay() throws IOException {
        JsonNode v = vectors();
        for (JsonNode c : v.get("fold")) assertEquals(c.get(1).asText(), Fold.fold(c.get(0).asText()), c.toString());
        for (JsonNode c : v.get("codeKey")) {
            assertEquals(c.get(1).isNull() ? null : c.get(1).asText(), CodeKey.of(c.get(0).asText()).orElse(null), c.toString());
        }
        for (JsonNode c : v.get("tokens")) {
            List<String> want = new ArrayList<>();
            c.get(1).forEach(t -> want.add(t.asText()));
            assertEquals(want, Tokens.split(c.get(0).asText()), c.toString());
        }
        for (JsonNode c : v.get("normalize")) assertEquals(c.get(1).asText(), Tokens.normalize(c.get(0).asText()), c.toString());
        for (JsonNode c : v.get("accented")) assertEquals(c.get(1).asText(), Tokens.accented(c.get(0).asText()), c.toString());
        for (JsonNode c : v.get("shardHash")) {
            assertEquals(c.get(1).asLong(), Integer.toUnsignedLong(WordIndex.hash(c.get(0).asText().length() <= 2 ? c.get(0).asText()
                    : c.get(0).asText().substring(0, 2))), c.toString());
        }
    }
}
