package vn.vungcao.ssg.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.config.ConfigLoader;


/**
 * The forms of the editor at /admin/ offer exactly the fields the loader accepts, kind by kind: a
 * field added to what the loader accepts and not to the editor's configuration fails here (the
 * loader's lists are read as they are, wherever they come from).
 */
class EditorFieldsTest {

    @TempDir
    Path dir;

    @Test
    void theFormsOfferExactlyTheFieldsTheLoaderAccepts() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- site-config.yml --
                title: Vùng cao
                base_url: https://example.org/
                admin:
                  repo: vungcao-thanhhoa/website
                """);
        site.buildOk();
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(site.file("admin/config.yml"));
        Map<String, List<String>> offered = new TreeMap<>();
        for (JsonNode c : config.get("collections")) {
            List<String> fields = new ArrayList<>();
            c.get("fields").forEach(f -> fields.add(f.get("name").asText()));
            assertEquals("body", fields.remove(fields.size() - 1), "the body comes last");
            offered.put(c.get("folder").asText(), fields);
        }
        Map<String, List<String>> accepted = new TreeMap<>(Map.of(
                "content/news", ContentLoader.NEWS_KEYS,
                "content/schools", ContentLoader.SCHOOL_KEYS,
                "content/campaigns", ContentLoader.CAMPAIGN_KEYS,
                "content/pages", ContentLoader.PAGE_KEYS,
                "content/faq", ContentLoader.FAQ_KEYS,
                // all of them: this site's config allows every child field
                "content/children", ConfigLoader.CHILD_FIELDS));
        assertEquals(accepted, offered);
    }
}
