package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * What a pull request's job summary shows the editors: {@code changes} (the pages a pull request
 * adds, changes and removes, from the base's site and the pull request's, built into two
 * folders) and {@code check --summary} (every problem in one table), both in Vietnamese.
 */
class SummaryTest {

    @TempDir
    Path dir;

    /** The base site, and the same with {@code overrides}, both built; returns their output folders. */
    private Path[] built(String overrides) {
        TestSite before = TestSite.of(dir.resolve("before"), "");
        TestSite after = TestSite.of(dir.resolve("after"), overrides);
        before.buildOk();
        after.buildOk();
        return new Path[] {before.out(), after.out()};
    }

    private String changes(Path[] sites) throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "# Kiểm tra\n\n");
        CliTest.Run run = CliTest.run("changes", "--before", sites[0].toString(), "--after", sites[1].toString(),
                "--summary", summary.toString(), "--base-name", "main",
                "--preview-url", "https://github.com/club/site/actions/runs/7/artifacts/9");
        assertEquals(0, run.code(), run.err());
        String text = Files.readString(summary);
        assertTrue(text.startsWith("# Kiểm tra\n\n## Thay đổi trên trang web\n"), "appended to what the file held:\n" + text);
        return text;
    }

    private static List<String> rows(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("| Trang ")).toList();
    }

    @Test
    void listsThePagesAPullRequestAddsChangesAndRemoves() throws Exception {
        String summary = changes(built("""
                -- content/news/2021-10-01-tin-bon.md --
                ---
                title: Tin thứ tư
                date: 2021-10-01
                ---
                Nội dung bốn.
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                menu: 1
                ---
                Về câu lạc bộ của chúng tôi.
                -- content/news/2021-09-01-tin-ba.md --
                !delete
                """));
        assertTrue(summary.contains("So với nhánh main: 1 trang mới, "), summary);
        assertTrue(summary.contains("[Tải bản xem trước](https://github.com/club/site/actions/runs/7/artifacts/9)"), summary);
        List<String> rows = rows(summary);
        assertTrue(rows.contains("| Trang mới | Tin thứ tư | `/tin-tuc/tin-bon/` | `tin-tuc/tin-bon/index.html` |"), summary);
        assertTrue(rows.contains("| Trang đã sửa | Giới thiệu | [`/gioi-thieu/`](https://example.org/gioi-thieu/) | `gioi-thieu/index.html` |"),
                summary);
        assertTrue(rows.contains("| Trang đã xóa | Tin thứ ba | [`/tin-tuc/tin-ba/`](https://example.org/tin-tuc/tin-ba/) | — |"), summary);
        // the news list shows the new post: changed; a school's page that names no news is not
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("| Trang đã sửa | Tin tức | ")), summary);
        assertFalse(summary.contains("/truong/ban-on/"), summary);
    }

    @Test
    void aSponsoredChildIsNeverNamedAndAMenuEntryIsOneLineForEveryPage() throws Exception {
        String summary = changes(built("""
                -- content/children/ML-0002.md --
                ---
                code: ML-0002
                name: Thủy
                birth_year: 2013
                school: ban-on
                status: sponsored
                sponsored_since: 2020-09-01
                ---
                Em thích hát và múa.
                -- content/pages/lien-he.md --
                ---
                title: Liên hệ
                menu: 2
                ---
                Gọi cho chúng tôi.
                """));
        assertTrue(rows(summary).contains("| Trang đã sửa | Trang của một em không có trong danh sách công khai (mã số được ẩn) | — | — |"),
                summary);
        assertFalse(summary.toLowerCase(Locale.ROOT).contains("ml-0002"), summary);
        assertFalse(summary.contains("Thủy"), summary);
        assertTrue(rows(summary).contains("| Trang mới | Liên hệ | `/lien-he/` | `lien-he/index.html` |"), summary);
        // every other page has the new menu entry: listed once, apart, by address only
        assertTrue(summary.contains(" trang chỉ thay đổi phần chung của mọi trang (đầu trang, menu, chân trang)</summary>"), summary);
        assertTrue(summary.contains("`/tin-tuc/khanh-thanh/`"), summary);
        assertFalse(rows(summary).stream().anyMatch(r -> r.contains("khanh-thanh")), summary);
    }

    @Test
    void aPullRequestThatChangesNothingPublishedSaysSo() throws Exception {
        String summary = changes(built("""
                -- content/news/2021-09-01-tin-ba.md --
                ---
                title: Tin thứ ba
                date: 2021-09-01
                ---
                Nội dung ba.
                """));
        assertTrue(summary.contains("So với nhánh main, pull request này không làm thay đổi trang nào."), summary);
        assertEquals(List.of(), rows(summary));
    }

    @Test
    void aTitleCannotBreakTheTableOrAddMarkup() throws Exception {
        String summary = changes(built("""
                -- content/news/2021-10-01-tin-bon.md --
                ---
                title: "A | B <script>alert(1)</script> [bấm](https://evil.example/) **đậm**"
                date: 2021-10-01
                ---
                Nội dung.
                """));
        String row = rows(summary).stream().filter(r -> r.startsWith("| Trang mới ")).findFirst().orElseThrow();
        assertEquals(5, row.split("(?<!\\\\)\\|", -1).length - 1, row);
        assertFalse(row.contains("<script>") || row.contains("](https://evil") || row.contains("**"), row);
        assertTrue(row.contains("A \\| B \\<script\\>"), row);
    }

    @Test
    void changesNeedsTwoBuiltSites() {
        CliTest.Run run = CliTest.run("changes", "--after", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: changes needs --before DIR and --after DIR."), run.err());
        run = CliTest.run("changes", "--before", dir.resolve("nowhere").toString(), "--after", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("nowhere is not a folder: build the site into it first."), run.err());
    }

    @Test
    void checkAppendsEveryProblemAsOneTable() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/news/2021-09-01-tin-ba.md --
                ---
                title: Tin thứ ba
                date: 2021-09-01
                tieu_de: nhầm
                ---
                Nội dung ba.
                -- content/children/ML-0003.md --
                ---
                code: ML-0003
                name: Lò Thị Hoa
                school: ban-on
                status: waiting
                ---
                Em thích đọc sách.
                """);
        Path summary = dir.resolve("summary.md");
        CliTest.Run run = CliTest.run("check", "--site", site.root().toString(), "--summary", summary.toString(),
                "--source-url", "https://github.com/club/site/blob/abc123/");
        assertEquals(1, run.code(), run.err());
        String text = Files.readString(summary);
        assertTrue(text.startsWith("## Kiểm tra nội dung\n\n1 lỗi, 1 cảnh báo."), text);
        assertTrue(text.contains("| Tệp : dòng | Mức độ | Mã | Vấn đề |\n|---|---|---|---|\n"), text);
        List<String> rows = text.lines().filter(l -> l.startsWith("| [")).toList();
        assertEquals(2, rows.size(), text);
        assertTrue(rows.get(0).startsWith("| [`content/children/ML-0003.md:3`](https://github.com/club/site/blob/abc123/content/children/ML-0003.md#L3)"
                + " | Cảnh báo | `child.full-name` | "), rows.get(0));
        assertTrue(rows.get(1).startsWith("| [`content/news/2021-09-01-tin-ba.md:4`](https://github.com/club/site/blob/abc123/content/news/2021-09-01-tin-ba.md#L4)"
                + " | Lỗi | `field.unknown` | "), rows.get(1));

        Files.delete(site.root().resolve("content/children/ML-0003.md"));
        site.write("content/news/2021-09-01-tin-ba.md", "---\ntitle: Tin thứ ba\ndate: 2021-09-01\n---\nNội dung ba.\n");
        Path clean = dir.resolve("clean.md");
        assertEquals(0, CliTest.run("check", "--site", site.root().toString(), "--summary", clean.toString()).code());
        assertEquals("## Kiểm tra nội dung\n\nKhông có lỗi nào.\n\n", Files.readString(clean));
    }
}
