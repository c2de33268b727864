package vn.vungcao.ssg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.i18n.UiTextLoader;


/**
 * Vietnamese by default, English where asked: the theme's words live in {@code i18n/vi.yml} and
 * {@code en.yml}; {@code language: en} turns the whole theme English with English dates and money;
 * an {@code about.en.md} is published under {@code /en/} with a language switch and hreflang links.
 */
class LanguagesTest {

    @TempDir
    Path own;

    static Map<String, byte[]> site;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleOutput.site();
    }

    @Test
    void everyWordTheTemplatesAskForIsInBothLanguages() throws Exception {
        Map<String, UiText> text = UiTextLoader.loadAll(Path.of("no-such-site"), "vungcao", new Diagnostics());
        assertEquals(text.get("vi").strings().keySet(), text.get("en").strings().keySet());
        Path own = Path.of("themes/vungcao/i18n");
        String vi = Files.readString(own.resolve("vi.yml"));
        String en = Files.readString(own.resolve("en.yml"));
        assertFalse(vi.equals(en));
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("\\bt\\('([a-zA-Z.]+)'");
        try (Stream<Path> files = Files.walk(Path.of("themes/vungcao/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".peb")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
            }
        }
        assertTrue(used.size() > 100, "the templates print their words through t(): " + used.size());
        for (String key : used) {
            assertTrue(text.get("vi").strings().containsKey(key), "vi.yml lacks " + key);
            assertFalse(text.get("en").get(key).equals(text.get("vi").get(key)) && text.get("vi").get(key).matches(".*[à-ỹđ].*"),
                    "en.yml has the Vietnamese text for " + key);
        }
        // no Vietnamese word is left in a template outside t()
        try (Stream<Path> files = Files.walk(Path.of("themes/vungcao/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".peb") && !p.endsWith("sw.peb")).toList()) {
                String template = Files.readString(f).replaceAll("\\{\\{.*?}}|\\{%.*?%}", "");
                assertFalse(template.matches("(?s).*[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ].*"), f + " has words outside t()");
            }
        }
    }

    @Test
    void anEnglishPageIsPublishedUnderEnWithASwitchAndHreflang() throws Exception {
        Document vi = ExampleOutput.page("gioi-thieu/index.html");
        Document en = ExampleOutput.page("en/gioi-thieu/index.html");
        assertEquals("vi", vi.select("html").attr("lang"));
        assertEquals("en", en.select("html").attr("lang"));
        assertEquals("About the club", en.select("h1").text());
        assertEquals("Skip to the main content", en.select("a.skip-link").text());
        assertEquals("en_US", en.select("meta[property=og:locale]").attr("content"));
        for (Document d : List.of(vi, en)) {
            assertEquals("https://vungcao.example.org/gioi-thieu/", d.select("link[rel=alternate][hreflang=vi]").attr("href"));
            assertEquals("https://vungcao.example.org/en/gioi-thieu/", d.select("link[rel=alternate][hreflang=en]").attr("href"));
            assertEquals("https://vungcao.example.org/gioi-thieu/", d.select("link[rel=alternate][hreflang=x-default]").attr("href"));
        }
        assertEquals("/en/gioi-thieu/", vi.select("a.language-switch").attr("href"));
        assertEquals("English", vi.select("a.language-switch").text());
        assertEquals("/gioi-thieu/", en.select("a.language-switch").attr("href"));
        assertEquals("Tiếng Việt", en.select("a.language-switch").text());
        // the English home lists the English pages; the Vietnamese home links to it
        Document home = ExampleOutput.page("en/index.html");
        assertTrue(home.select("a[href=/en/cach-nuoi-em/]").size() > 0);
        assertEquals(1, ExampleOutput.page("index.html").select("footer a[href=/en/][lang=en]").size());
        // a page without a translation has no hreflang
        assertEquals(0, ExampleOutput.page("lien-he/index.html").select("link[hreflang]").size());
    }

    @Test
    void languageEnTurnsTheWholeThemeEnglishWithEnglishDatesAndMoney() {
        TestSite site = TestSite.of(own, """
                -- site-config.yml --
                title: Highland children
                description: A test site.
                base_url: https://example.org/
                language: en
                news_per_page: 2
                bank:
                  name: Vietcombank
                  bin: '970436'
                  account: '0011223344'
                  holder: CLB VUNG CAO
                """);
        site.buildOk();
        Document home = Jsoup.parse(site.file("index.html"));
        assertEquals("en", home.select("html").attr("lang"));
        assertEquals("en_US", home.select("meta[property=og:locale]").attr("content"));
        assertEquals("Skip to the main content", home.select("a.skip-link").text());
        assertTrue(home.select(".cta a").text().contains("160,000 VND a month"), home.select(".cta").text());
        assertEquals("Latest news", home.select("#tin-moi").text());
        Document post = Jsoup.parse(site.file("tin-tuc/khanh-thanh/index.html"));
        assertEquals("15 July 2021", post.select("article time").first().text());
        Document child = Jsoup.parse(site.file("tre-em/ml-0001/index.html"));
        assertTrue(child.text().contains("Waiting for a sponsor"), child.text());
        assertTrue(Jsoup.parse(site.file("tin-tuc/trang/2/index.html")).select("h1").text().endsWith("(page 2)"));
        assertTrue(site.file("manifest.webmanifest").contains("\"short_name\":\"Highlands\""), site.file("manifest.webmanifest"));
        assertTrue(child.select(".donate-qr svg title").text().startsWith("VietQR code: a transfer to"), child.select(".donate-qr").html());
    }

    @Test
    void aSiteOverridesOneWordOfTheThemeInItsOwnFolder() {
        TestSite site = TestSite.of(own, """
                -- themes/vungcao/i18n/vi.yml --
                home:
                  news: Tin của câu lạc bộ
                """);
        site.buildOk();
        Document home = Jsoup.parse(site.file("index.html"));
        assertEquals("Tin của câu lạc bộ", home.select("#tin-moi").text());
        assertEquals("Bỏ qua, đến nội dung chính", home.select("a.skip-link").text(), "the other words stay the theme's");
    }
}
