package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class BuildsTest {

    @TempDir
    Path dir;

    @Test
    void buildsEveryKindOfPage() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        for (String page : new String[] {"index.html", "tin-tuc/index.html", "tin-tuc/trang/2/index.html",
                "tin-tuc/khanh-thanh/index.html", "the/index.html", "the/xay-truong/index.html",
                "the/muong-lat/index.html", "truong/index.html", "truong/ban-on/index.html", "tre-em/index.html",
                "tre-em/ml-0001/index.html", "tre-em/ml-0002/index.html", "chien-dich/index.html",
                "chien-dich/ao-am/index.html", "gioi-thieu/index.html", "404.html", "feed.xml", "sitemap.xml",
                "robots.txt", "tra-cuu/index.html", "offline/index.html", "sw.js", "manifest.webmanifest"}) {
            assertTrue(site.exists(page), "missing " + page);
        }
        String home = site.file("index.html");
        Matcher css = Pattern.compile("href=\"/(css/site\\.[0-9a-f]{10}\\.css)\"").matcher(home);
        assertTrue(css.find(), "the stylesheet is linked by its fingerprinted name");
        assertTrue(site.exists(css.group(1)));
        String post = site.file("tin-tuc/khanh-thanh/index.html");
        assertTrue(post.contains("<h1>Khánh thành điểm trường</h1>"), post);
        assertTrue(post.contains("15 tháng 7, 2021"), post);
        assertTrue(post.contains("href=\"/truong/ban-on/\""), post);
        String campaign = site.file("chien-dich/ao-am/index.html");
        assertTrue(campaign.contains("250.000\u00A0₫"), campaign);
        assertTrue(campaign.contains("1.000.000\u00A0₫"), campaign);
        assertTrue(campaign.contains("(25%)"), campaign);
    }

    @Test
    void newsListIsPaginatedNewestFirst() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        String first = site.file("tin-tuc/index.html");
        String second = site.file("tin-tuc/trang/2/index.html");
        assertTrue(first.indexOf("Tin thứ ba") < first.indexOf("Tin thứ hai"), first);
        assertFalse(first.contains("Khánh thành điểm trường</a>"), first);
        assertTrue(second.contains("Khánh thành điểm trường</a>"), second);
        assertTrue(first.contains("href=\"/tin-tuc/trang/2/\""), first);
        assertTrue(second.contains("rel=\"prev\" href=\"/tin-tuc/\""), second);
    }

    @Test
    void draftsAndFuturePostsAreLeftOutUnlessAsked() {
        TestSite site = TestSite.of(dir, """
                -- content/news/2021-10-01-nhap.md --
                ---
                title: Bản nháp
                date: 2021-10-01
                draft: true
                ---
                Chưa xong.
                -- content/news/2030-01-01-tuong-lai.md --
                ---
                title: Tin tương lai
                date: 2030-01-01
                ---
                Sắp tới.
                -- content/news/2029-06-01-sap-toi.md --
                ---
                title: Tin sắp tới
                date: 2029-06-01T08:00:00+07:00
                ---
                Cũng sắp tới.
                -- content/news/2020-05-01-tin-cu.md --
                ---
                title: Tin cũ
                date: 2020-05-01
                ---
                Đã qua.
                """);
        site.buildOk();
        assertFalse(site.exists("tin-tuc/nhap/index.html"));
        assertFalse(site.exists("tin-tuc/tuong-lai/index.html"));
        assertFalse(site.exists("tin-tuc/sap-toi/index.html"));
        assertTrue(site.exists("tin-tuc/tin-cu/index.html"));
        site.build(site.options().withDrafts(true));
        assertTrue(site.exists("tin-tuc/nhap/index.html"));
        assertFalse(site.exists("tin-tuc/sap-toi/index.html"));
        assertTrue(site.exists("tin-tuc/tin-cu/index.html"));
        site.build(site.options().withDrafts(false));
        assertFalse(site.file("feed.xml").contains("Bản nháp"));
        assertFalse(site.file("sitemap.xml").contains("tuong-lai"));
        site.build(site.options().withDrafts(true).withFuture(true));
        assertTrue(site.exists("tin-tuc/nhap/index.html"));
        assertTrue(site.exists("tin-tuc/tuong-lai/index.html"));
        assertTrue(site.exists("tin-tuc/sap-toi/index.html"));
    }

    @Test
    void aSiteWithoutItsOwnThemeUsesTheThemeCarriedByTheGenerator() {
        TestSite site = TestSite.of(dir, "");
        assertFalse(site.root().resolve("themes").toFile().exists());
        site.buildOk();
        assertTrue(site.file("index.html").contains("<main"));
    }

    @Test
    void aSiteOverridesOneTemplateAndKeepsTheOthers() {
        TestSite site = TestSite.of(dir, """
                -- themes/vungcao/templates/page.peb --
                {% extends "base" %}{% block content %}<h1 class="custom">{{ content.title }}</h1>{% endblock %}
                """);
        site.buildOk();
        assertTrue(site.file("gioi-thieu/index.html").contains("<h1 class=\"custom\">Giới thiệu</h1>"));
        assertTrue(site.file("gioi-thieu/index.html").contains("class=\"site-header\""), "base layout still the theme's");
        assertTrue(site.file("tin-tuc/khanh-thanh/index.html").contains("<article class=\"post\">"));
    }

    @Test
    void filesUnderContentArePublishedAtTheirPath() {
        TestSite site = TestSite.of(dir, """
                -- content/images/truong.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>
                -- content/schools/ban-on.md --
                ---
                name: Điểm trường bản Ón
                district: Mường Lát
                cover: /images/truong.svg
                ---
                """);
        site.buildOk();
        assertTrue(site.exists("images/truong.svg"));
        assertTrue(site.file("truong/ban-on/index.html").contains("src=\"/images/truong.svg\""));
    }

    @Test
    void feedListsNewsWithAbsoluteLinks() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        String feed = site.file("feed.xml");
        assertTrue(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/tin-tuc/khanh-thanh/\"/>"), feed);
        assertTrue(feed.contains("<updated>2021-09-01T00:00+07:00</updated>") || feed.contains("<updated>2021-09-01T00:00:00+07:00</updated>"), feed);
        assertEquals(3, feed.split("<entry>").length - 1);
    }
}
