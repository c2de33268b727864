package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.build.BuildCache;
import vn.vungcao.ssg.build.BuildOptions;
import vn.vungcao.ssg.build.BuildResult;
import vn.vungcao.ssg.build.SiteBuilder;

/**
 * A preview's incremental rebuilds give byte for byte what a full build gives, over a sequence of
 * edits of every kind of file, and an edit re-renders only the pages that depend on it.
 */
class IncrementalTest {

    @TempDir
    Path dir;

    private record Edit(String what, Consumer<TestSite> apply) {
    }

    @Test
    void incrementalEqualsFullOverASequenceOfEdits() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/images/a.png --
                placeholder
                -- themes/vungcao/templates/page.peb --
                {% extends "base" %}{% block content %}<h1>{{ content.title }}</h1>{{ content.html | raw }}{% endblock %}
                """);
        site.write("content/images/a.png", TestImages.png(40, 30));
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions incremental = site.options().withOutput(served);
        BuildOptions full = site.options().withOutput(dir.resolve("full"));

        List<Edit> edits = List.of(
                new Edit("nothing", s -> { }),
                new Edit("change a news post", s -> s.write("content/news/2021-08-01-tin-hai.md",
                        "---\ntitle: Tin thứ hai (sửa)\ndate: 2021-08-01\ncampaign: ao-am\n---\nĐã sửa.\n")),
                new Edit("add a news post", s -> s.write("content/news/2021-10-01-tin-bon.md",
                        "---\ntitle: Tin thứ tư\ndate: 2021-10-01\ntags: [mới]\n---\nBốn.\n")),
                new Edit("rename a news post", s -> {
                    move(s, "content/news/2021-10-01-tin-bon.md", "content/news/2021-10-02-tin-bon-moi.md");
                }),
                new Edit("delete a news post", s -> s.delete("content/news/2021-10-02-tin-bon-moi.md")),
                new Edit("change a school", s -> s.write("content/schools/ban-on.md",
                        "---\nname: Điểm trường bản Ón (mới)\ndistrict: Mường Lát\nstatus: completed\n---\nBa phòng.\n")),
                new Edit("add a school", s -> s.write("content/schools/pu-nhi.md", "---\nname: Pù Nhi\ndistrict: Mường Lát\n---\n")),
                new Edit("rename a school", s -> move(s, "content/schools/pu-nhi.md", "content/schools/pu-nhi-2.md")),
                new Edit("delete a school", s -> s.delete("content/schools/pu-nhi-2.md")),
                new Edit("add a child", s -> s.write("content/children/ML-0003.md",
                        "---\ncode: ML-0003\nname: Lan\nschool: ban-on\nstatus: waiting\n---\nEm thích hát.\n")),
                new Edit("sponsor a child", s -> s.write("content/children/ML-0003.md",
                        "---\ncode: ML-0003\nname: Lan\nschool: ban-on\nstatus: sponsored\n---\nEm thích hát.\n")),
                new Edit("rename a child", s -> {
                    s.delete("content/children/ML-0003.md");
                    s.write("content/children/ML-0004.md", "---\ncode: ML-0004\nname: Lan\nstatus: waiting\n---\n");
                }),
                new Edit("delete a child", s -> s.delete("content/children/ML-0004.md")),
                new Edit("change a campaign", s -> s.write("content/campaigns/ao-am.md",
                        "---\ntitle: Áo ấm\ngoal_vnd: 1000000\nraised_vnd: 900000\nstatus: active\n---\n")),
                new Edit("add a campaign", s -> s.write("content/campaigns/sach.md", "---\ntitle: Sách\n---\n")),
                new Edit("rename a campaign", s -> move(s, "content/campaigns/sach.md", "content/campaigns/sach-vo.md")),
                new Edit("delete a campaign", s -> s.delete("content/campaigns/sach-vo.md")),
                new Edit("change a page", s -> s.write("content/pages/gioi-thieu.md", "---\ntitle: Về chúng tôi\nmenu: 1\n---\nMới.\n")),
                new Edit("add a page", s -> s.write("content/pages/lien-he.md", "---\ntitle: Liên hệ\n---\n")),
                new Edit("rename a page", s -> move(s, "content/pages/lien-he.md", "content/pages/lien-lac.md")),
                new Edit("delete a page", s -> s.delete("content/pages/lien-lac.md")),
                new Edit("add an English page", s -> s.write("content/pages/gioi-thieu.en.md",
                        "---\ntitle: About us\nmenu: 1\n---\nNew.\n")),
                new Edit("change an English page", s -> s.write("content/pages/gioi-thieu.en.md",
                        "---\ntitle: About the club\nmenu: 1\n---\nNewer.\n")),
                new Edit("override a word of the theme", s -> s.write("themes/vungcao/i18n/vi.yml",
                        "home:\n  news: Tin của câu lạc bộ\n")),
                new Edit("override an English word", s -> s.write("themes/vungcao/i18n/en.yml",
                        "language:\n  name: In English\n")),
                new Edit("delete the English page", s -> s.delete("content/pages/gioi-thieu.en.md")),
                new Edit("add a question", s -> s.write("content/faq/bao-nhieu.md",
                        "---\nquestion: Nuôi một em bao nhiêu tiền?\n---\n160.000 đ mỗi tháng.\n")),
                new Edit("add synonyms", s -> s.write("content/faq/_synonyms.yml",
                        "groups:\n  - [tiền, phí]\n")),
                new Edit("change synonyms", s -> s.write("content/faq/_synonyms.yml",
                        "groups:\n  - [tiền, phí, chi phí]\n")),
                new Edit("change an image", s -> s.write("content/images/a.png", TestImages.png(60, 20))),
                new Edit("change a template", s -> s.write("themes/vungcao/templates/page.peb",
                        "{% extends \"base\" %}{% block content %}<h1 class=\"x\">{{ content.title }}</h1>{% endblock %}")),
                new Edit("remove the template override", s -> s.delete("themes/vungcao/templates/page.peb")),
                new Edit("change the config", s -> s.write("site-config.yml",
                        "title: Vùng cao mới\nbase_url: https://example.org/\nnews_per_page: 1\n")));

        for (Edit edit : edits) {
            edit.apply().accept(site);
            BuildResult a = SiteBuilder.build(incremental, cache);
            assertFalse(a.hasErrors(), edit.what() + ": " + a.diagnostics());
            BuildResult b = SiteBuilder.build(full);
            assertTrue(b.published(), edit.what());
            Map<String, byte[]> got = TestSite.snapshot(served);
            Map<String, byte[]> want = TestSite.snapshot(dir.resolve("full"));
            assertEquals(want.keySet(), got.keySet(), "after '" + edit.what() + "' the files differ");
            want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), "after '" + edit.what() + "': " + path));
        }
    }

    @Test
    void editingANewsPostRendersOnlyThePagesThatShowIt() throws Exception {
        TestSite site = TestSite.of(dir, "");
        for (int i = 0; i < 30; i++) {
            site.write("content/children/ML-1" + String.format("%03d", i) + ".md",
                    "---\ncode: ML-1" + String.format("%03d", i) + "\nname: Em\nstatus: sponsored\n---\n");
        }
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions options = site.options().withOutput(served);
        SiteBuilder.build(options, cache);
        int all = cache.pages().takeRendered();
        site.write("content/news/2021-07-15-khanh-thanh.md",
                "---\ntitle: Khánh thành điểm trường\ndate: 2021-07-15\ntags: [xây trường, Mường Lát]\nschool: ban-on\n---\nĐã sửa.\n");
        SiteBuilder.build(options, cache);
        int again = cache.pages().takeRendered();
        assertTrue(all >= 50, "first build renders every page: " + all);
        assertTrue(again >= 1 && again < 10, "an edited body re-renders only its own page and what lists it: " + again);
        assertTrue(Files.readString(served.resolve("tin-tuc/khanh-thanh/index.html")).contains("Đã sửa."));
    }

    private static void move(TestSite site, String from, String to) {
        try {
            Files.move(site.root().resolve(from), site.root().resolve(to));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
