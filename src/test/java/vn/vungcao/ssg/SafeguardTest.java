package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Children are published through an allow-list, sponsored ones are unlisted, and none is indexed. */
class SafeguardTest {

    @TempDir
    Path dir;

    @Test
    void aSponsoredChildHasAPageButIsListedNowhere() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        assertTrue(site.exists("tre-em/ml-0002/index.html"));
        assertTrue(site.file("tre-em/ml-0002/index.html").contains("Thủy"));
        for (Map.Entry<String, String> page : site.pages().entrySet()) {
            if (page.getKey().equals("tre-em/ml-0002/index.html")) continue;
            assertFalse(page.getValue().contains("ML-0002"), page.getKey() + " shows the sponsored child's code");
            assertFalse(page.getValue().contains("ml-0002"), page.getKey() + " links to the sponsored child");
            assertFalse(page.getValue().contains("Thủy"), page.getKey() + " shows the sponsored child's name");
        }
        for (String file : new String[] {"feed.xml", "sitemap.xml"}) {
            assertFalse(site.file(file).contains("ml-0002"), file);
            assertFalse(site.file(file).contains("Thủy"), file);
        }
        // the word index, in any spelling (its terms are folded and lower-cased); the code map holds
        // the code only sealed
        TestSite.snapshot(site.out()).forEach((path, bytes) -> {
            if (!path.startsWith("search/")) return;
            String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String s : new String[] {"thủy", "\"thuy\"", "ml-0002", "0002"}) {
                assertFalse(text.contains(s), path + " holds " + s);
            }
        });
        assertTrue(site.file("tra-cuu/index.html").contains("data-words="), "the word index is there to look in");
        assertTrue(site.file("tre-em/index.html").contains("ML-0001"), "a waiting child is listed");
        assertTrue(site.file("truong/ban-on/index.html").contains("ML-0001"), "and shown at the school");
        assertTrue(site.file("index.html").contains("ML-0001"), "and on the home page");
    }

    @Test
    void aChildWithoutStatusIsTreatedAsUnlisted() {
        TestSite site = TestSite.of(dir, """
                -- content/children/ML-0003.md --
                ---
                code: ML-0003
                name: Lan
                ---
                """);
        site.buildOk();
        assertTrue(site.exists("tre-em/ml-0003/index.html"));
        assertFalse(site.file("tre-em/index.html").contains("ML-0003"));
    }

    @Test
    void childPagesAreKeptOutOfSearchEngines() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        for (String page : new String[] {"tre-em/ml-0001/index.html", "tre-em/ml-0002/index.html", "tre-em/index.html"}) {
            assertTrue(site.file(page).contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), page);
        }
        assertFalse(site.file("sitemap.xml").contains("/tre-em/"));
        assertTrue(site.file("robots.txt").contains("Disallow: /tre-em/"));
        assertFalse(site.file("tin-tuc/khanh-thanh/index.html").contains("noindex"));
    }

    @Test
    void onlyAllowedFieldsArePublished() {
        TestSite site = TestSite.of(dir, """
                -- site-config.yml --
                title: Vùng cao
                base_url: https://example.org/
                children:
                  allowed_fields: [code, name, status]
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: Mai
                status: waiting
                ---
                Em thích vẽ.
                -- content/children/ML-0002.md --
                !delete
                """);
        site.buildOk();
        String page = site.file("tre-em/ml-0001/index.html");
        assertTrue(page.contains("Mai"));
        // the field's label, not the same words among the scripts' texts that every page carries
        assertFalse(page.contains("Năm sinh</dt>"), page);
        assertFalse(page.contains("Điểm trường</dt>"), page);
    }

    @Test
    void aSchoolFieldDisallowedByTheConfigIsNeverShownEvenIfATemplateAsks() {
        TestSite site = TestSite.of(dir, """
                -- site-config.yml --
                title: Vùng cao
                base_url: https://example.org/
                children:
                  allowed_fields: [code, name, status]
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: Mai
                status: waiting
                ---
                -- content/children/ML-0002.md --
                !delete
                -- themes/vungcao/templates/child.peb --
                {% extends "base" %}{% block content %}<p id="leak">[{{ child.birthYear }}][{{ child.school }}]</p>{% endblock %}
                """);
        site.buildOk();
        assertTrue(site.file("tre-em/ml-0001/index.html").contains("<p id=\"leak\">[][]</p>"));
    }
}
