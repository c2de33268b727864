package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vungcao.ssg.pipeline.BuildCache;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;
import vn.vungcao.ssg.serve.DevServer;
import vn.vungcao.ssg.serve.Preview;


/**
 * A preview's incremental rebuilds give byte for byte what a full build gives, over a sequence of
 * edits of every kind of file (added, changed, renamed, deleted), whether the changed files are
 * reported to the cache (as the preview's watcher does, so that only they are read) or not (so
 * that every file is looked at); and an edit re-renders only the pages that depend on it.
 */
class IncrementalTest {

    @TempDir
    Path dir;

    private record Edit(String what, Consumer<TestSite> apply) {
    }

    @ParameterizedTest(name = "changes reported: {0}")
    @ValueSource(booleans = {true, false})
    void incrementalEqualsFullOverASequenceOfEdits(boolean reported) throws Exception {
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
                new Edit("change a news post's body only", s -> s.write("content/news/2021-08-01-tin-hai.md",
                        "---\ntitle: Tin thứ hai (sửa)\ndate: 2021-08-01\ncampaign: ao-am\n---\nĐã sửa lần nữa.\n")),
                new Edit("add a news post", s -> s.write("content/news/2021-10-01-tin-bon.md",
                        "---\ntitle: Tin thứ tư\ndate: 2021-10-01\ntags: [mới]\n---\nBốn.\n")),
                new Edit("move a news post back in time (its neighbours change)", s -> s.write("content/news/2021-10-01-tin-bon.md",
                        "---\ntitle: Tin thứ tư\ndate: 2021-07-01\ntags: [mới, Mường Lát]\nschool: ban-on\n---\nBốn.\n")),
                new Edit("rename a news post", s -> {
                    move(s, "content/news/2021-10-01-tin-bon.md", "content/news/2021-10-02-tin-bon-moi.md");
                }),
                new Edit("add a draft", s -> s.write("content/news/2021-11-01-nhap.md",
                        "---\ntitle: Nháp\ndate: 2021-11-01\ndraft: true\n---\nChưa xong.\n")),
                new Edit("delete a news post", s -> s.delete("content/news/2021-10-02-tin-bon-moi.md")),
                new Edit("delete a draft", s -> s.delete("content/news/2021-11-01-nhap.md")),
                new Edit("change a school", s -> s.write("content/schools/ban-on.md",
                        "---\nname: Điểm trường bản Ón (mới)\ndistrict: Mường Lát\nstatus: completed\n---\nBa phòng.\n")),
                new Edit("add a school", s -> s.write("content/schools/pu-nhi.md", "---\nname: Pù Nhi\ndistrict: Mường Lát\n---\n")),
                new Edit("move a child to the new school", s -> s.write("content/children/ML-0001.md",
                        "---\ncode: ML-0001\nname: Mai\nschool: pu-nhi\nstatus: waiting\n---\nEm thích vẽ.\n")),
                new Edit("rename the new school's name (shown on its child's pages)", s -> s.write("content/schools/pu-nhi.md",
                        "---\nname: Điểm trường Pù Nhi\ndistrict: Mường Lát\n---\n")),
                new Edit("move the child back", s -> s.write("content/children/ML-0001.md",
                        "---\ncode: ML-0001\nname: Mai\nschool: ban-on\nstatus: waiting\n---\nEm thích vẽ.\n")),
                new Edit("rename a school", s -> move(s, "content/schools/pu-nhi.md", "content/schools/pu-nhi-2.md")),
                new Edit("delete a school", s -> s.delete("content/schools/pu-nhi-2.md")),
                new Edit("add a child", s -> s.write("content/children/ML-0003.md",
                        "---\ncode: ML-0003\nname: Lan\nschool: ban-on\nstatus: waiting\n---\nEm thích hát.\n")),
                new Edit("change a child's story", s -> s.write("content/children/ML-0003.md",
                        "---\ncode: ML-0003\nname: Lan\nschool: ban-on\nstatus: waiting\n---\nEm thích hát và múa.\n")),
                new Edit("sponsor a child", s -> s.write("content/children/ML-0003.md",
                        "---\ncode: ML-0003\nname: Lan\nschool: ban-on\nstatus: sponsored\n---\nEm thích hát.\n")),
                new Edit("rename a child", s -> {
                    s.delete("content/children/ML-0003.md");
                    s.write("content/children/ML-0004.md", "---\ncode: ML-0004\nname: Lan\nstatus: waiting\n---\n");
                }),
                new Edit("delete a child", s -> s.delete("content/children/ML-0004.md")),
                new Edit("change a campaign", s -> s.write("content/campaigns/ao-am.md",
                        "---\ntitle: Áo ấm\ngoal_vnd: 1000000\nraised_vnd: 900000\nstatus: active\n---\n")),
                new Edit("retitle a campaign (shown on a news post)", s -> s.write("content/campaigns/ao-am.md",
                        "---\ntitle: Áo ấm cho em\ngoal_vnd: 1000000\nraised_vnd: 900000\nstatus: active\n---\n")),
                new Edit("add a campaign", s -> s.write("content/campaigns/sach.md", "---\ntitle: Sách\n---\n")),
                new Edit("rename a campaign", s -> move(s, "content/campaigns/sach.md", "content/campaigns/sach-vo.md")),
                new Edit("delete a campaign", s -> s.delete("content/campaigns/sach-vo.md")),
                new Edit("give a campaign keywords", s -> s.write("content/campaigns/ao-am.md",
                        "---\ntitle: Áo ấm cho em\ngoal_vnd: 1000000\nkeywords: [AO AM]\nstatus: active\n---\n")),
                new Edit("a statement with gifts to the campaign and a child", s -> s.write("content/ledger/2025-01.csv",
                        "Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết\n"
                                + "05/01/2025,,\"300,000\",\"10,300,000\",UNG HO AO AM\n"
                                + "06/01/2025,,\"160,000\",\"10,460,000\",NUOI EM ML0001\n")),
                new Edit("the next month's statement (the card's months change)", s -> s.write("content/ledger/2025-02.csv",
                        "Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết\n"
                                + "03/02/2025,,\"160,000\",\"10,620,000\",nuoi em ml-1\n")),
                new Edit("money received elsewhere", s -> s.write("content/campaigns/ao-am.md",
                        "---\ntitle: Áo ấm cho em\ngoal_vnd: 1000000\nkeywords: [AO AM]\nreceived_elsewhere_vnd: 50000\n"
                                + "received_elsewhere_note: Tiền mặt.\nstatus: active\n---\n")),
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
                new Edit("change a question", s -> s.write("content/faq/bao-nhieu.md",
                        "---\nquestion: Nuôi một em mỗi tháng bao nhiêu tiền?\nalso: [chi phí]\n---\n160.000 đ.\n")),
                new Edit("add synonyms", s -> s.write("content/faq/_synonyms.yml",
                        "groups:\n  - [tiền, phí]\n")),
                new Edit("change synonyms", s -> s.write("content/faq/_synonyms.yml",
                        "groups:\n  - [tiền, phí, chi phí]\n")),
                new Edit("rename a question", s -> move(s, "content/faq/bao-nhieu.md", "content/faq/chi-phi.md")),
                new Edit("add a second question", s -> s.write("content/faq/o-dau.md",
                        "---\nquestion: Trường ở đâu?\n---\nỞ Mường Lát.\n")),
                new Edit("delete the synonyms", s -> s.delete("content/faq/_synonyms.yml")),
                new Edit("delete a question", s -> s.delete("content/faq/chi-phi.md")),
                new Edit("change an image", s -> s.write("content/images/a.png", TestImages.png(60, 20))),
                new Edit("add an image in a new folder", s -> s.write("content/images/album/b.png", TestImages.png(30, 30))),
                new Edit("add a file", s -> s.write("content/files/bao-cao.pdf", "%PDF-1.4 thử\n")),
                new Edit("change a file", s -> s.write("content/files/bao-cao.pdf", "%PDF-1.4 thử lại\n")),
                new Edit("rename a file", s -> move(s, "content/files/bao-cao.pdf", "content/files/bao-cao-2021.pdf")),
                new Edit("delete a file", s -> s.delete("content/files/bao-cao-2021.pdf")),
                new Edit("add a hidden file", s -> s.write("content/news/.ghi-chu.md", "không phải tin\n")),
                new Edit("delete a folder with its image", s -> {
                    s.delete("content/images/album/b.png");
                    s.delete("content/images/album");
                }),
                new Edit("change a template", s -> s.write("themes/vungcao/templates/page.peb",
                        "{% extends \"base\" %}{% block content %}<h1 class=\"x\">{{ content.title }}</h1>{% endblock %}")),
                new Edit("remove the template override", s -> s.delete("themes/vungcao/templates/page.peb")),
                new Edit("override an included partial", s -> s.write("themes/vungcao/templates/partials/news-card.peb",
                        "<article class=\"tin\"><a href=\"{{ item.url }}\">{{ item.title }}</a></article>\n")),
                new Edit("change the included partial", s -> s.write("themes/vungcao/templates/partials/news-card.peb",
                        "<article class=\"tin moi\"><a href=\"{{ item.url }}\">{{ item.title }}</a></article>\n")),
                new Edit("remove the partial override", s -> s.delete("themes/vungcao/templates/partials/news-card.peb")),
                new Edit("add a stylesheet of the site's own", s -> s.write("themes/vungcao/static/css/site.css", "body { color: red; }\n")),
                new Edit("change it", s -> s.write("themes/vungcao/static/css/site.css", "body { color: blue; }\n")),
                new Edit("remove it", s -> s.delete("themes/vungcao/static/css/site.css")),
                new Edit("change the config", s -> s.write("site-config.yml",
                        "title: Vùng cao mới\nbase_url: https://example.org/\nnews_per_page: 1\n")),
                new Edit("edit a news post after the config changed", s -> s.write("content/news/2021-09-01-tin-ba.md",
                        "---\ntitle: Tin thứ ba\ndate: 2021-09-01\n---\nNội dung ba, sửa.\n")));

        Map<String, byte[]> before = sources(site.root());
        for (Edit edit : edits) {
            edit.apply().accept(site);
            Map<String, byte[]> after = sources(site.root());
            if (reported) cache.changed(changed(site.root(), before, after));
            before = after;
            BuildResult a = SiteBuilder.build(incremental, cache);
            assertFalse(a.hasErrors(), edit.what() + ": " + a.diagnostics());
            assertEquals(a.pages(), cache.pages().held(), edit.what() + ": the preview holds the current pages, no deleted or renamed one");
            BuildResult b = SiteBuilder.build(full);
            assertTrue(b.published(), edit.what());
            assertEquals(b.diagnostics(), a.diagnostics(), edit.what());
            assertSameFiles(dir.resolve("full"), served, edit.what());
            // the full build took what it could from the last one (.cache/ and its output folder): a
            // build from nothing must give the same
            assertSameFiles(fromNothing(site, dir.resolve("fresh")), dir.resolve("full"), edit.what() + ", from nothing");
        }
        if (reported) {
            String school = Files.readString(served.resolve("tre-em/ml-0001/index.html"));
            assertTrue(school.contains("Điểm trường bản Ón (mới)"), "a child's page names its school as it is now");
        }
    }

    @ParameterizedTest(name = "changes reported: {0}")
    @ValueSource(booleans = {true, false})
    void mistakesAreReportedAsAFullBuildReportsThem(boolean reported) throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions incremental = site.options().withOutput(served);
        BuildOptions full = site.options().withOutput(dir.resolve("full"));
        List<Edit> edits = List.of(
                new Edit("a news post names a school that does not exist", s -> s.write("content/news/2021-08-01-tin-hai.md",
                        "---\ntitle: Tin thứ hai\ndate: 2021-08-01\nschool: khong-co\n---\nNội dung.\n")),
                // the child's reference is looked up again when the school is added, though the child did not change
                new Edit("a child names the school that does not exist", s -> s.write("content/children/ML-0001.md",
                        "---\ncode: ML-0001\nname: Mai\nbirth_year: 2014\nschool: khong-co\ngrade: 4\nstatus: waiting\n---\nMai thích vẽ.\n")),
                new Edit("a child with a field that must not be published", s -> s.write("content/children/ML-0005.md",
                        "---\ncode: ML-0005\nname: Hoa\naddress: bản Ón\nstatus: waiting\n---\n")),
                new Edit("a Markdown file in a folder the site does not know", s -> s.write("content/tin/lac.md",
                        "---\ntitle: Lạc\n---\n")),
                new Edit("a child whose name looks like a full name (a warning)", s -> s.write("content/children/ML-0005.md",
                        "---\ncode: ML-0005\nname: Vàng Thị Hoa\nstatus: waiting\n---\n")),
                new Edit("a broken front matter", s -> s.write("content/news/2021-09-01-tin-ba.md",
                        "---\ntitle: [chưa đóng\ndate: 2021-09-01\n---\nHỏng.\n")),
                new Edit("the unknown folder removed", s -> {
                    s.delete("content/tin/lac.md");
                    s.delete("content/tin");
                }),
                new Edit("the school added", s -> s.write("content/schools/khong-co.md", "---\nname: Không Có\ndistrict: Mường Lát\n---\n")),
                new Edit("the front matter fixed", s -> s.write("content/news/2021-09-01-tin-ba.md",
                        "---\ntitle: Tin thứ ba\ndate: 2021-09-01\n---\nĐã sửa.\n")),
                // the codes' verdict is kept while no child changes, and still reported
                new Edit("a child given another child's code", s -> s.write("content/children/ML-0006.md",
                        "---\ncode: ML-0002\nname: Lan\nstatus: waiting\n---\n")),
                new Edit("a news post edited while two children share a code", s -> s.write("content/news/2021-09-01-tin-ba.md",
                        "---\ntitle: Tin thứ ba\ndate: 2021-09-01\n---\nĐã sửa lần nữa.\n")),
                new Edit("the child's own code", s -> s.write("content/children/ML-0006.md",
                        "---\ncode: ML-0006\nname: Lan\nstatus: waiting\n---\n")),
                new Edit("the broken config", s -> s.write("site-config.yml", "title: [\n")),
                new Edit("a news post edited while the config is broken", s -> s.write("content/news/2021-07-15-khanh-thanh.md",
                        "---\ntitle: Khánh thành\ndate: 2021-07-15\n---\nSửa khi cấu hình hỏng.\n")),
                new Edit("the config fixed", s -> s.write("site-config.yml",
                        "title: Vùng cao\ndescription: Một trang thử.\nbase_url: https://example.org/\nnews_per_page: 2\n")),
                new Edit("the child's name fixed", s -> s.write("content/children/ML-0005.md",
                        "---\ncode: ML-0005\nname: Hoa\nstatus: waiting\n---\n")),
                // the unchanged children are judged again by the new allow-list, not taken from the last build
                new Edit("the config no longer allows a child's grade", s -> s.write("site-config.yml",
                        "title: Vùng cao\ndescription: Một trang thử.\nbase_url: https://example.org/\nnews_per_page: 2\n"
                                + "children:\n  allowed_fields: [code, name, birth_year, school, status, sponsored_since, photo]\n")),
                new Edit("the grade allowed again", s -> s.write("site-config.yml",
                        "title: Vùng cao\ndescription: Một trang thử.\nbase_url: https://example.org/\nnews_per_page: 2\n")));
        assertTrue(SiteBuilder.build(incremental, cache).published());
        Map<String, byte[]> before = sources(site.root());
        for (Edit edit : edits) {
            edit.apply().accept(site);
            Map<String, byte[]> after = sources(site.root());
            if (reported) cache.changed(changed(site.root(), before, after));
            before = after;
            BuildResult a = SiteBuilder.build(incremental, cache);
            BuildResult b = SiteBuilder.build(full);
            assertEquals(b.diagnostics(), a.diagnostics(), edit.what());
            assertEquals(b.published(), a.published(), edit.what());
            if (b.published()) assertSameFiles(dir.resolve("full"), served, edit.what());
        }
    }

    @Test
    void codesThatCollideAreReportedAsAFullBuildReportsThem() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- site-config.yml --
                title: Vùng cao
                base_url: https://example.org/
                children:
                  code_pattern: '[A-Z]{2}-?\\d{3,4}'
                """);
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions incremental = site.options().withOutput(served);
        BuildOptions full = site.options().withOutput(dir.resolve("full"));
        List<Edit> edits = List.of(
                new Edit("nothing", s -> { }),
                new Edit("a code that the look-up cannot tell from another", s -> s.write("content/children/ML001.md",
                        "---\ncode: ML001\nname: Na\nstatus: waiting\n---\n")),
                new Edit("the first child's story changed", s -> s.write("content/children/ML-0001.md",
                        "---\ncode: ML-0001\nname: Mai\nschool: ban-on\nstatus: waiting\n---\nEm thích vẽ và hát.\n")),
                new Edit("the second child renamed", s -> s.write("content/children/ML001.md",
                        "---\ncode: ML001\nname: Nở\nstatus: waiting\n---\n")),
                new Edit("another child's name changed", s -> s.write("content/children/ML-0002.md",
                        "---\ncode: ML-0002\nname: Thủy Tiên\nschool: ban-on\nstatus: sponsored\n---\nEm thích hát.\n")),
                new Edit("the colliding code removed", s -> s.delete("content/children/ML001.md")),
                new Edit("the first child's name changed", s -> s.write("content/children/ML-0001.md",
                        "---\ncode: ML-0001\nname: Mây\nschool: ban-on\nstatus: waiting\n---\nEm thích vẽ và hát.\n")));
        Map<String, byte[]> before = sources(site.root());
        for (Edit edit : edits) {
            edit.apply().accept(site);
            Map<String, byte[]> after = sources(site.root());
            cache.changed(changed(site.root(), before, after));
            before = after;
            BuildResult a = SiteBuilder.build(incremental, cache);
            BuildResult b = SiteBuilder.build(full);
            assertEquals(b.diagnostics(), a.diagnostics(), edit.what());
            assertEquals(b.published(), a.published(), edit.what());
            if (b.published()) assertSameFiles(dir.resolve("full"), served, edit.what());
            boolean colliding = Files.exists(site.root().resolve("content/children/ML001.md"));
            assertEquals(colliding, a.diagnostics().stream().anyMatch(d -> d.code().equals("child.code-ambiguous")), edit.what());
        }
    }

    @Test
    void aFolderReportedWithoutItsFilesIsLookedAtAsAWhole() throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions incremental = site.options().withOutput(served);
        BuildOptions full = site.options().withOutput(dir.resolve("full"));
        SiteBuilder.build(incremental, cache);

        // a folder made with its files before anyone watched it: only the folder is reported
        site.write("content/files/2021/bao-cao.pdf", "%PDF-1.4 thử\n");
        site.write("content/news/2021-10-01-tin-bon.md", "---\ntitle: Tin bốn\ndate: 2021-10-01\n---\nBốn.\n");
        cache.changed(List.of(site.root().resolve("content/files"), site.root().resolve("content/news/2021-10-01-tin-bon.md")));
        assertTrue(SiteBuilder.build(incremental, cache).published());
        assertTrue(SiteBuilder.build(full).published());
        assertSameFiles(dir.resolve("full"), served, "a folder made");
        assertTrue(Files.exists(served.resolve("files/2021/bao-cao.pdf")));

        // the folder removed with everything in it: again only the folder is reported
        Files.delete(site.root().resolve("content/files/2021/bao-cao.pdf"));
        Files.delete(site.root().resolve("content/files/2021"));
        Files.delete(site.root().resolve("content/files"));
        cache.changed(List.of(site.root().resolve("content/files")));
        assertTrue(SiteBuilder.build(incremental, cache).published());
        assertTrue(SiteBuilder.build(full).published());
        assertSameFiles(dir.resolve("full"), served, "a folder removed");
        assertFalse(Files.exists(served.resolve("files/2021/bao-cao.pdf")));

        // a file made and removed within one burst (as some editors do): nothing to read, nothing to walk
        cache.changed(List.of(site.root().resolve("content/news/4913")));
        assertTrue(SiteBuilder.build(incremental, cache).published());
        assertSameFiles(dir.resolve("full"), served, "a file that came and went");
    }

    @Test
    void thePreviewsWatcherReportsEveryChangeAFullBuildWouldSee() throws Exception {
        TestSite site = TestSite.of(dir, "");
        try (Preview preview = new Preview(site.root(), "/", 0, false, false, 2,
                result -> { })) {
            BuildOptions full = new BuildOptions(site.root(), dir.resolve("full"), preview.url(), false, false,
                    Instant.now(), 2).withLiveReload("/" + DevServer.SCRIPT);
            List<Edit> edits = List.of(
                    new Edit("change a news post", s -> s.write("content/news/2021-08-01-tin-hai.md",
                            "---\ntitle: Tin thứ hai (sửa)\ndate: 2021-08-01\n---\nĐã sửa.\n")),
                    new Edit("add a child", s -> s.write("content/children/ML-0003.md",
                            "---\ncode: ML-0003\nname: Lan\nschool: ban-on\nstatus: waiting\n---\nEm thích hát.\n")),
                    new Edit("rename a school's name", s -> s.write("content/schools/ban-on.md",
                            "---\nname: Điểm trường bản Ón mới\ndistrict: Mường Lát\n---\nBa phòng.\n")),
                    new Edit("rename a news post", s -> move(s, "content/news/2021-09-01-tin-ba.md", "content/news/2021-09-02-tin-ba-moi.md")),
                    new Edit("add a folder with a file", s -> s.write("content/files/2021/bao-cao.pdf", "%PDF-1.4 thử\n")),
                    new Edit("override a partial", s -> s.write("themes/vungcao/templates/partials/news-card.peb",
                            "<article class=\"tin\"><a href=\"{{ item.url }}\">{{ item.title }}</a></article>\n")),
                    new Edit("delete a page", s -> s.delete("content/pages/gioi-thieu.md")));
            for (Edit edit : edits) {
                long builds = preview.builds();
                edit.apply().accept(site);
                settle(preview, builds);
                assertTrue(SiteBuilder.build(full.withNow(Instant.now())).published(), edit.what());
                assertSameFiles(dir.resolve("full"), preview.folder().resolve("public"), edit.what());
            }
        }
    }

    /** Waits until the preview has built after {@code builds} and then stays quiet for a while. */
    private static void settle(Preview preview, long builds) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (preview.builds() == builds && System.nanoTime() < deadline) Thread.sleep(20);
        long seen;
        do {
            seen = preview.builds();
            Thread.sleep(400);
        } while (preview.builds() != seen && System.nanoTime() < deadline);
    }

    @Test
    void reportedChangesAreTheOnlyFilesLookedAt() throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions options = site.options().withOutput(served);
        SiteBuilder.build(options, cache);
        Path post = site.root().resolve("content/news/2021-09-01-tin-ba.md");
        Path child = site.root().resolve("content/children/ML-0001.md");
        Files.writeString(post, "---\ntitle: Tin thứ ba\ndate: 2021-09-01\n---\nBáo rồi.\n");
        Files.writeString(child, Files.readString(child).replace("Em thích vẽ.", "Chưa báo."));
        cache.changed(List.of(post));
        SiteBuilder.build(options, cache);
        assertTrue(Files.readString(served.resolve("tin-tuc/tin-ba/index.html")).contains("Báo rồi."));
        assertFalse(Files.readString(served.resolve("tre-em/ml-0001/index.html")).contains("Chưa báo."),
                "a file that was not reported is not read again");

        cache.changedUnknown();
        SiteBuilder.build(options, cache);
        assertTrue(Files.readString(served.resolve("tre-em/ml-0001/index.html")).contains("Chưa báo."),
                "when the changes are not known, every file is looked at");
    }

    @Test
    void anImageIsCheckedAgainOnlyWhenItChanged() throws Exception {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/a.png", TestImages.png(40, 30));
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions options = site.options().withOutput(served);
        assertTrue(SiteBuilder.build(options, cache).published());
        byte[] made = Files.readAllBytes(served.resolve("images/a.png"));
        Path image = site.root().resolve("content/images/a.png");
        FileTime time = Files.getLastModifiedTime(image);
        // the same size and time, other bytes: only a report of the change can tell
        Files.write(image, new byte[(int) Files.size(image)]);
        Files.setLastModifiedTime(image, time);
        Path post = site.root().resolve("content/news/2021-09-01-tin-ba.md");
        Files.writeString(post, "---\ntitle: Tin thứ ba\ndate: 2021-09-01\n---\nSửa.\n");
        cache.changed(List.of(post));
        assertTrue(SiteBuilder.build(options, cache).published(), "an image not reported changed is not read again");
        assertArrayEquals(made, Files.readAllBytes(served.resolve("images/a.png")));

        cache.changed(List.of(image));
        BuildResult broken = SiteBuilder.build(options, cache);
        assertTrue(broken.hasErrors(), "a reported image is checked again");
        assertTrue(broken.diagnostics().stream().allMatch(d -> d.position().file().equals("content/images/a.png")),
                broken.diagnostics().toString());
        // a new time is a change too, reported or not
        site.write("content/images/a.png", TestImages.png(40, 30));
        Files.setLastModifiedTime(image, FileTime.fromMillis(time.toMillis() + 5_000));
        assertTrue(SiteBuilder.build(options, cache).published());
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

    @Test
    void aLongPreviewHoldsTheBodiesOfTheCurrentFilesOnly() throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions options = site.options().withOutput(served);
        SiteBuilder.build(options, cache);
        int bodies = cache.markdown().held();
        String post = "---\ntitle: Tin mới\ndate: 2021-10-01\n---\nMột **tin** mới.\n";
        site.write("content/news/2021-10-01-tin-moi.md", post);
        SiteBuilder.build(options, cache);
        assertEquals(bodies + 1, cache.markdown().held(), "the new post's body");
        for (int i = 2; i < 6; i++) {
            move(site, "content/news/2021-10-0" + (i - 1) + "-tin-moi.md", "content/news/2021-10-0" + i + "-tin-moi.md");
            SiteBuilder.build(options, cache);
            assertEquals(bodies + 1, cache.markdown().held(), "renamed " + (i - 1) + " times, held once");
        }
        site.delete("content/news/2021-10-05-tin-moi.md");
        SiteBuilder.build(options, cache);
        assertEquals(bodies, cache.markdown().held(), "deleted, forgotten");
    }

    @Test
    void editingAChildsStoryRendersOnlyThatChildsPageAndNoListOfChildren() throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions options = site.options().withOutput(served);
        SiteBuilder.build(options, cache);
        cache.pages().takeRendered();
        Path child = site.root().resolve("content/children/ML-0001.md");
        Files.writeString(child, Files.readString(child).replace("Em thích vẽ.", "Em thích vẽ và đá cầu."));
        cache.changed(List.of(child));
        SiteBuilder.build(options, cache);
        assertEquals(1, cache.pages().takeRendered(), "the story is on the child's own page only");
        assertTrue(Files.readString(served.resolve("tre-em/ml-0001/index.html")).contains("đá cầu"));

        Files.writeString(child, Files.readString(child).replace("name: Mai", "name: Mai Anh"));
        cache.changed(List.of(child));
        SiteBuilder.build(options, cache);
        assertTrue(cache.pages().takeRendered() > 1, "a name is on the lists too");
        for (String list : List.of("tre-em/index.html", "index.html", "truong/ban-on/index.html")) {
            assertTrue(Files.readString(served.resolve(list)).contains("Mai Anh"), list);
        }
    }

    @Test
    void editingANewsBodyPastItsSummaryRendersOnlyThatPostsPage() throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions options = site.options().withOutput(served);
        Path post = site.root().resolve("content/news/2021-07-15-khanh-thanh.md");
        Files.writeString(post, Files.readString(post).replace("school: ban-on\n", "school: ban-on\nsummary: Điểm trường mới.\n"));
        SiteBuilder.build(options, cache);
        cache.pages().takeRendered();
        Files.writeString(post, Files.readString(post).replace("khánh thành", "vui mừng khánh thành"));
        cache.changed(List.of(post));
        SiteBuilder.build(options, cache);
        // not the news list, its tags' pages, its school's page, the home page or its neighbour's page
        assertEquals(1, cache.pages().takeRendered(), "the body is on the post's own page only");
        assertTrue(Files.readString(served.resolve("tin-tuc/khanh-thanh/index.html")).contains("vui mừng"));

        Files.writeString(post, Files.readString(post).replace("summary: Điểm trường mới.\n", ""));
        cache.changed(List.of(post));
        SiteBuilder.build(options, cache);
        assertTrue(cache.pages().takeRendered() > 1, "without a summary, the body's beginning is on the lists too");
        for (String list : List.of("tin-tuc/trang/2/index.html", "the/xay-truong/index.html")) {
            assertTrue(Files.readString(served.resolve(list)).contains("vui mừng"), list);
        }
    }

    /** A build into a new folder without what earlier builds kept (which is put back after). */
    static Path fromNothing(TestSite site, Path out) throws Exception {
        Path stores = site.options().keptFolder();
        Path aside = stores.resolveSibling(stores.getFileName() + "-aside");
        if (Files.exists(stores)) Files.move(stores, aside);
        try {
            Staging.deleteTree(out);
            assertTrue(SiteBuilder.build(site.options().withOutput(out)).published());
        } finally {
            Staging.deleteTree(stores);
            if (Files.exists(aside)) Files.move(aside, stores);
        }
        return out;
    }

    private static void assertSameFiles(Path want, Path got, String what) {
        Map<String, byte[]> wanted = TestSite.snapshot(want);
        Map<String, byte[]> gotten = TestSite.snapshot(got);
        assertEquals(wanted.keySet(), gotten.keySet(), "after '" + what + "' the files differ");
        wanted.forEach((path, bytes) -> assertArrayEquals(bytes, gotten.get(path), "after '" + what + "': " + path));
    }

    /** The site's own files (and folders, as empty arrays), by path, as a watcher would see them. */
    private static Map<String, byte[]> sources(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString();
                if (rel.isEmpty() || rel.startsWith(".cache")) continue;
                files.put(rel, Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** What a watcher reports: every file or folder added, changed or removed. */
    private static List<Path> changed(Path root, Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream()
                .filter(p -> before.get(p) == null || after.get(p) == null || !Arrays.equals(before.get(p), after.get(p)))
                .map(root::resolve).toList();
    }

    private static void move(TestSite site, String from, String to) {
        try {
            Files.move(site.root().resolve(from), site.root().resolve(to));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
