package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.model.CampaignStatus;
import vn.vungcao.ssg.model.ChildStatus;
import vn.vungcao.ssg.model.ContentModel;
import vn.vungcao.ssg.model.SchoolStatus;
import vn.vungcao.ssg.pipeline.BuildResult;


/**
 * The form editor at {@code /admin/}: published only when the config has {@code admin:} settings
 * (each checked with its position), a page search engines are told to leave alone and that
 * nothing of the site lists, and a configuration made from the content model, whose forms save
 * exactly what the checks of a pull request accept.
 */
class AdminTest {

    @TempDir
    Path dir;

    static final String CONFIG = """
            -- site-config.yml --
            title: Vùng cao
            description: Một trang thử.
            base_url: https://example.org/
            news_per_page: 2
            admin:
              repo: vungcao-thanhhoa/website
              branch: main
            """;

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode cmsConfig(TestSite site) throws Exception {
        return YAML.readTree(site.file("admin/config.yml"));
    }

    static JsonNode collection(JsonNode config, String name) {
        for (JsonNode c : config.get("collections")) if (c.get("name").asText().equals(name)) return c;
        throw new AssertionError("no collection " + name + " in " + config);
    }

    static JsonNode field(JsonNode collection, String name) {
        for (JsonNode f : collection.get("fields")) if (f.get("name").asText().equals(name)) return f;
        throw new AssertionError("no field " + name + " in " + collection.get("name"));
    }

    static List<String> fieldNames(JsonNode collection) {
        List<String> names = new ArrayList<>();
        collection.get("fields").forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void aSiteWithoutAdminSettingsPublishesNoEditor() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        assertFalse(site.exists("admin"), "no /admin/ without admin: settings");
    }

    @Test
    void publishesTheEditorItsLicenceWordsAndFonts() {
        TestSite site = TestSite.of(dir, CONFIG);
        site.buildOk();
        for (String file : List.of("admin/index.html", "admin/config.yml", "admin/setup.js", "admin/sveltia-cms.js",
                "admin/sveltia-cms.LICENSE.txt", "admin/locales/vi.json",
                "admin/fonts/material-symbols-outlined-latin-wght-normal.woff2")) {
            assertTrue(site.exists(file), file);
        }
        assertTrue(site.file("admin/sveltia-cms.LICENSE.txt").contains("MIT License"));
        assertTrue(site.file("admin/sveltia-cms.js").length() > 1_000_000, "the whole script");
    }

    @Test
    void theEditorPageIsVietnameseNoindexAndLoadsItsScriptsFromBesideIt() {
        TestSite site = TestSite.of(dir, CONFIG);
        site.buildOk();
        Document page = Jsoup.parse(site.file("admin/index.html"));
        assertEquals("vi", page.select("html").attr("lang"));
        assertEquals("noindex, nofollow", page.select("meta[name=robots]").attr("content"));
        assertEquals(List.of("setup.js", "sveltia-cms.js"), page.select("script").eachAttr("src"),
                "relative URLs: the editor works under a sub-path too");
        assertTrue(page.title().contains("Vùng cao"));
        assertTrue(site.file("admin/index.html").contains("<noscript>\n<h1>Trình soạn thảo cần JavaScript</h1>"),
                "without JavaScript the page says what it needs");
    }

    @Test
    void theEditorIsInNoSitemapFeedSearchFileOrPrecache() {
        TestSite site = TestSite.of(dir, CONFIG);
        site.buildOk();
        assertTrue(site.exists("admin/index.html"));
        assertTrue(site.file("sitemap.xml").contains("<loc>https://example.org/</loc>"), "the sitemap is made");
        assertFalse(site.file("sitemap.xml").contains("admin"), "sitemap");
        assertFalse(site.file("feed.xml").contains("admin"), "feed");
        String sw = site.file("sw.js");
        String precache = sw.substring(sw.indexOf("\"precache\""), sw.indexOf(']', sw.indexOf("\"precache\"")));
        assertTrue(precache.contains("/tra-cuu/"), "the precache list: " + precache);
        assertFalse(precache.contains("admin"), "precache: " + precache);
        // the editor's page by its path or its title: the word "admin" itself is one of the
        // assistant's stop words ("cho xin zalo admin"), which its data carries
        TestSite.snapshot(site.out()).forEach((path, bytes) -> {
            if (path.startsWith("search/") || path.endsWith(".json") && !path.startsWith("admin/")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertFalse(text.contains("admin/"), path);
                assertFalse(text.contains("Soạn nội dung"), path);
            }
        });
    }

    @Test
    void savesArePullRequestsToTheConfiguredRepositorySignedInWithAToken() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG.replace("branch: main", "branch: xuat-ban"));
        site.buildOk();
        JsonNode config = cmsConfig(site);
        JsonNode backend = config.get("backend");
        assertEquals("github", backend.get("name").asText());
        assertEquals("vungcao-thanhhoa/website", backend.get("repo").asText());
        assertEquals("xuat-ban", backend.get("branch").asText());
        assertEquals(List.of("token"), texts(backend.get("auth_methods")));
        assertEquals("editorial_workflow", config.get("publish_mode").asText());
        assertEquals("content/images", config.get("media_folder").asText());
        assertEquals("/images", config.get("public_folder").asText());
        assertEquals("Vùng cao", config.get("app_title").asText());
    }

    @Test
    void hasACollectionForEveryKindOfContentButTheLedger() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        site.buildOk();
        JsonNode config = cmsConfig(site);
        List<String> folders = new ArrayList<>();
        config.get("collections").forEach(c -> folders.add(c.get("folder").asText()));
        assertEquals(List.of("content/news", "content/children", "content/schools", "content/campaigns", "content/pages",
                "content/faq"), folders);
        assertEquals("{{year}}-{{month}}-{{day}}-{{slug | lower}}", collection(config, "news").get("slug").asText());
        assertEquals("{{code | upper}}", collection(config, "children").get("slug").asText());
    }

    @Test
    void everyFieldTheChecksAcceptIsInTheFormsWithItsWidget() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        site.buildOk();
        JsonNode config = cmsConfig(site);
        for (ContentModel.Kind kind : ContentModel.KINDS) {
            JsonNode c = collection(config, kind.name());
            List<String> expected = new ArrayList<>(kind.keys());
            expected.add("body");
            assertEquals(expected, fieldNames(c), kind.name());
            for (ContentModel.Field f : kind.fields()) {
                assertEquals(f.required(), field(c, f.name()).get("required").asBoolean(), kind.name() + "." + f.name());
            }
        }
        JsonNode news = collection(config, "news");
        assertTrue(field(news, "title").get("required").asBoolean());
        assertTrue(field(news, "date").get("required").asBoolean());
        assertFalse(field(news, "summary").get("required").asBoolean());
        assertEquals("datetime", field(news, "date").get("widget").asText());
        assertEquals("YYYY-MM-DD HH:mm", field(news, "date").get("format").asText(), "a news post's date may carry a time");
        assertEquals("image", field(news, "cover").get("widget").asText());
        assertEquals("boolean", field(news, "draft").get("widget").asText());
        assertEquals("list", field(news, "tags").get("widget").asText());
        for (String[] ref : new String[][] {{"news", "school", "schools"}, {"news", "campaign", "campaigns"},
                {"campaigns", "school", "schools"}, {"children", "school", "schools"}}) {
            JsonNode r = field(collection(config, ref[0]), ref[1]);
            assertEquals("relation", r.get("widget").asText(), ref[0] + "." + ref[1]);
            assertEquals(ref[2], r.get("collection").asText());
            assertEquals("{{slug}}", r.get("value_field").asText(), "the value is the file name");
        }
        JsonNode schools = collection(config, "schools");
        assertEquals("select", field(schools, "status").get("widget").asText());
        assertEquals(SchoolStatus.keys(), values(field(schools, "status")));
        assertEquals(CampaignStatus.keys(), values(field(collection(config, "campaigns"), "status")));
        assertEquals(ChildStatus.keys(), values(field(collection(config, "children"), "status")));
        assertEquals("number", field(schools, "classrooms").get("widget").asText());
        assertEquals("int", field(schools, "classrooms").get("value_type").asText());
        assertEquals("date", field(schools, "started").get("type").asText());
        assertEquals("YYYY-MM-DD", field(schools, "started").get("format").asText());
        assertEquals("image", field(schools, "gallery").get("widget").asText());
        assertTrue(field(schools, "gallery").get("multiple").asBoolean());
        JsonNode faq = collection(config, "faq");
        assertEquals("markdown", field(faq, "body").get("widget").asText());
        assertTrue(field(faq, "body").get("required").asBoolean(), "a question needs its answer");
        assertFalse(field(news, "body").get("required").asBoolean());
    }

    static List<String> values(JsonNode select) {
        List<String> out = new ArrayList<>();
        select.get("options").forEach(o -> out.add(o.get("value").asText()));
        return out;
    }

    @Test
    void aChildFormHasOnlyTheFieldsTheConfigAllows() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG + """
                children:
                  allowed_fields: [code, name, school, status]
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: Mai
                school: ban-on
                status: waiting
                ---
                Em thích vẽ.
                -- content/children/ML-0002.md --
                ---
                code: ML-0002
                name: Thủy
                status: sponsored
                ---
                Em thích hát.
                """);
        site.buildOk();
        JsonNode children = collection(cmsConfig(site), "children");
        site.write("content/images/anh.png", TestImages.png(40, 30));
        site.write("content/children/ML-0002.md", "---\ncode: ML-0002\nname: Thủy\nstatus: sponsored\nphoto: /images/anh.png\n---\n");
        assertEquals(List.of("content/children/ML-0002.md:5:1 child.field-not-allowed"), TestSite.describe(site.build().diagnostics()),
                "and the checks refuse it");
        assertEquals(List.of("code", "name", "school", "status", "body"), fieldNames(children));
        assertFalse(fieldNames(children).contains("photo"), "a field the config does not allow is not offered");
        JsonNode code = field(children, "code");
        assertEquals("^(?:[A-Z]{2}-\\d{4})$", code.get("pattern").get(0).asText(), "the code is checked as it is typed");
    }

    /** What a form saves for each widget, as its options say: a value the widget can hold. */
    static Object sample(JsonNode field, Map<String, String> slugs) {
        String widget = field.get("widget").asText();
        return switch (widget) {
            case "string" -> "Chữ viết";
            case "text" -> "Một câu.\nHai câu.";
            case "datetime" -> field.get("format").asText()
                    .replace("YYYY", "2021").replace("MM", "07").replace("DD", "15").replace("HH", "08").replace("mm", "30");
            case "number" -> field.get("min").asLong();
            case "boolean" -> false;
            case "select" -> field.get("options").get(field.get("options").size() - 1).get("value").asText();
            case "list" -> List.of("một", "hai");
            case "relation" -> slugs.get(field.get("collection").asText());
            case "image" -> field.path("multiple").asBoolean() ? List.of("/images/anh.png", "/images/anh.png") : "/images/anh.png";
            default -> throw new AssertionError("a widget this test does not know: " + widget);
        };
    }

    /** A file of {@code collection} with every field of its form filled in as the form writes it. */
    static String fullFile(JsonNode collection, Map<String, String> slugs, String code) {
        StringBuilder text = new StringBuilder("---\n");
        for (JsonNode f : collection.get("fields")) {
            String name = f.get("name").asText();
            if (name.equals("body")) continue;
            Object value = name.equals("code") ? code : sample(f, slugs);
            text.append(name).append(": ").append(yaml(value)).append('\n');
        }
        return text.append("---\nVài dòng.\n").toString();
    }

    static String yaml(Object value) {
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(AdminTest::yaml).toList()) + "]";
        }
        if (value instanceof String s) return s.contains("\n") ? "\"" + s.replace("\n", "\\n") + "\"" : "'" + s + "'";
        return String.valueOf(value);
    }

    @Test
    void everyFormFilledInAsItsWidgetsWriteIsAcceptedByTheChecks() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        site.write("content/images/anh.png", TestImages.png(40, 30));
        site.buildOk();
        JsonNode config = cmsConfig(site);
        Map<String, String> slugs = Map.of("schools", "ban-on", "campaigns", "ao-am");
        Map<String, String> files = files(config, slugs);
        files.forEach(site::write);
        BuildResult result = site.build();
        assertEquals(List.of(), TestSite.describe(result.diagnostics()), "every field as the forms write it: " + files);
        assertTrue(site.file("tin-tuc/chu-viet/index.html").contains("Chữ viết"), "the post is published");
    }

    /** One full file per collection, at the path the editor would give it. */
    static Map<String, String> files(JsonNode config, Map<String, String> slugs) {
        Map<String, String> files = new TreeMap<>();
        for (JsonNode c : config.get("collections")) {
            String name = c.get("name").asText();
            String file = switch (name) {
                case "news" -> "2021-07-15-chu-viet";
                case "children" -> "ML-0003";
                default -> "chu-viet";
            };
            files.put(c.get("folder").asText() + "/" + file + ".md", fullFile(c, slugs, "ML-0003"));
        }
        return files;
    }

    @Test
    void whatAFormRefusesTheChecksRefuseToo() throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        site.write("content/images/anh.png", TestImages.png(40, 30));
        site.buildOk();
        JsonNode config = cmsConfig(site);
        Map<String, String> slugs = Map.of("schools", "ban-on", "campaigns", "ao-am");
        List<String> unexpected = new ArrayList<>();
        int checked = 0;
        for (JsonNode c : config.get("collections")) {
            String path = files(config, slugs).keySet().stream().filter(p -> p.startsWith(c.get("folder").asText() + "/"))
                    .findFirst().orElseThrow();
            String full = fullFile(c, slugs, "ML-0003");
            for (JsonNode f : c.get("fields")) {
                String name = f.get("name").asText();
                if (name.equals("body")) continue;
                String line = full.lines().filter(l -> l.startsWith(name + ": ")).findFirst().orElseThrow();
                List<String[]> cases = new ArrayList<>();
                // a required field left empty: the form does not save it, the checks refuse it
                if (f.get("required").asBoolean()) cases.add(new String[] {"", "field.required"});
                if (f.has("options")) cases.add(new String[] {name + ": nothing-of-these", "field.not-allowed-value"});
                if (f.has("min")) cases.add(new String[] {name + ": " + (f.get("min").asLong() - 1), "field.out-of-range"});
                if (f.has("max")) {
                    cases.add(new String[] {name + ": " + f.get("max").asLong(), null});
                    cases.add(new String[] {name + ": " + (f.get("max").asLong() + 1), "field.out-of-range"});
                }
                for (String[] each : cases) {
                    TestSite changed = TestSite.of(dir.resolve(c.get("name").asText() + "-" + name + "-" + cases.indexOf(each)), CONFIG);
                    changed.write("content/images/anh.png", TestImages.png(40, 30));
                    changed.write(path, full.replace(line + "\n", each[0].isEmpty() ? "" : each[0] + "\n"));
                    List<String> codes = changed.build().diagnostics().stream()
                            .filter(d -> d.position().file().equals(path)).map(d -> d.code()).toList();
                    List<String> wanted = each[1] == null ? List.of() : List.of(each[1]);
                    if (!codes.equals(wanted)) unexpected.add(path + " with '" + each[0] + "': " + codes + ", not " + wanted);
                    checked++;
                }
            }
        }
        assertEquals(List.of(), unexpected);
        // 9 required fields, 3 lists of choices, 8 lower and 4 upper bounds (each with its value)
        assertEquals(9 + 3 + 8 + 2 * 4, checked);
    }

    @Test
    void aMistakeInTheAdminSettingsIsReportedWithItsLineAndAHint() {
        TestSite site = TestSite.of(dir, CONFIG.replace("repo: vungcao-thanhhoa/website",
                "repo: https://github.com/vungcao-thanhhoa/website").replace("branch: main", "branch: main..x"));
        BuildResult result = site.build();
        assertEquals(List.of("site-config.yml:6:9 config.bad-admin-repo", "site-config.yml:7:11 config.bad-admin-branch"),
                TestSite.describe(result.diagnostics()));
        assertTrue(result.diagnostics().get(0).hint().contains("repo: vungcao-thanhhoa/website"), result.diagnostics().get(0).hint());
        assertFalse(site.exists("index.html"), "nothing is published");
    }

    @Test
    void aRepositoryWrittenAsItsCloneAddressIsReportedWithTheNameToWrite() {
        BuildResult result = TestSite.of(dir, CONFIG.replace("repo: vungcao-thanhhoa/website", "repo: vungcao-thanhhoa/website.git"))
                .build();
        assertEquals(List.of("site-config.yml:6:9 config.bad-admin-repo"), TestSite.describe(result.diagnostics()));
        assertTrue(result.diagnostics().get(0).hint().contains("'repo: vungcao-thanhhoa/website'"), result.diagnostics().get(0).hint());
    }

    @Test
    void aCodePatternABrowserWouldReadOtherwiseIsLeftToTheChecks() throws Exception {
        TestSite mine = TestSite.of(dir.resolve("a"), CONFIG + """
                children:
                  code_pattern: '(ML|QS)-\\d{4}'
                """);
        mine.buildOk();
        assertEquals("^(?:(ML|QS)-\\d{4})$", field(collection(cmsConfig(mine), "children"), "code").get("pattern").get(0).asText());
        TestSite unicode = TestSite.of(dir.resolve("b"), CONFIG + """
                children:
                  code_pattern: '\\p{Lu}{2}-\\d{4}'
                """);
        unicode.buildOk();
        assertFalse(field(collection(cmsConfig(unicode), "children"), "code").has("pattern"),
                "\\p{Lu} means nothing to a browser without the u flag: no pattern rather than a wrong one");
    }

    @Test
    void unknownMissingAndMistypedAdminSettingsAreReported() {
        assertEquals(List.of("site-config.yml:7:3 field.unknown"), TestSite.describe(TestSite.of(dir.resolve("a"),
                CONFIG.replace("branch: main", "brnch: main")).build().diagnostics()));
        assertEquals(List.of("site-config.yml:1:1 field.required"), TestSite.describe(TestSite.of(dir.resolve("b"),
                CONFIG.replace("  repo: vungcao-thanhhoa/website\n", "")).build().diagnostics()));
        assertEquals(List.of("site-config.yml:5:8 field.wrong-type"), TestSite.describe(TestSite.of(dir.resolve("c"),
                CONFIG.replace("admin:\n  repo: vungcao-thanhhoa/website\n  branch: main", "admin: yes")).build().diagnostics()));
    }

    @Test
    void aPageCannotTakeTheEditorsAddress() {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- content/pages/admin.md --
                ---
                title: Quản trị
                ---
                Trang.
                """);
        assertEquals(List.of("content/pages/admin.md route.conflict"), TestSite.describe(site.build().diagnostics()));
    }
}
