package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.review.ProblemTable;
import vn.vungcao.ssg.serve.Preview;

/**
 * A warning given on thousands of files is said once: the terminal shows its count and the
 * first ten; GitHub gets one annotation per file, the pull request's own files first (GitHub shows
 * only ten of a kind per step); the job summary lists the pull request's files and the first ten
 * of the rest; {@code serve} prints only what is new since its last build.
 */
class WarningsOnceTest {

    @TempDir
    Path dir;

    private static final int CHILDREN = 25;

    /** A site with {@value #CHILDREN} waiting children whose names are full names: one warning each. */
    private TestSite site() {
        TestSite site = TestSite.of(dir.resolve("site"), "");
        for (int i = 0; i < CHILDREN; i++) site.write(child(i), childText(i, "Lò Thị Hoa"));
        return site;
    }

    private static String child(int i) {
        return "content/children/ML-%04d.md".formatted(100 + i);
    }

    private static String childText(int i, String name) {
        return "---\ncode: ML-%04d\nname: %s\nschool: ban-on\nstatus: waiting\n---\nEm thích đọc sách.\n".formatted(100 + i, name);
    }

    /**
     * A site file's path as the repository (the current folder, where the workflow runs) names it:
     * what the command line puts before a diagnostic's path for GitHub.
     */
    private static String repoPath(TestSite site, String file) {
        Path cwd = ExampleSite.REPO.toAbsolutePath().normalize();
        Path root = site.root().toAbsolutePath().normalize();
        return (root.startsWith(cwd) ? cwd.relativize(root).toString().replace('\\', '/') + "/" : "") + file;
    }

    private static List<String> lines(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).toList();
    }

    @Test
    void theTerminalShowsACodeOnceWithItsCountAndTheFirstTen() {
        TestSite site = site();
        CliTest.Run run = CliTest.run("check", "--site", site.root().toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains(CHILDREN + " × child.full-name (cảnh báo); 10 cái đầu tiên:\n"), run.err());
        List<String> warnings = lines(run.err(), "content/children/");
        assertEquals(10, warnings.size(), run.err());
        assertTrue(warnings.get(0).startsWith("content/children/ML-0100.md:3:"), warnings.get(0));
        assertEquals(1, lines(run.err(), "    gợi ý: ").size(), "the hint is given once:\n" + run.err());
        assertTrue(run.err().contains("… và " + (CHILDREN - 10) + " cảnh báo child.full-name nữa (--all-warnings in ra tất cả).\n"),
                run.err());
        assertTrue(run.out().contains(CHILDREN + " cảnh báo"), run.out());

        CliTest.Run all = CliTest.run("check", "--site", site.root().toString(), "--all-warnings");
        assertEquals(CHILDREN, lines(all.err(), "content/children/").size(), all.err());
        assertEquals(CHILDREN, lines(all.err(), "    gợi ý: ").size(), all.err());
        assertFalse(all.err().contains(" nữa "), all.err());
    }

    @Test
    void everyFileIsAnnotatedAndThePullRequestsFilesComeFirst() throws Exception {
        TestSite site = site();
        site.write("content/news/2021-09-01-tin-ba.md", "---\ntitle: Tin thứ ba\ndate: 2021-09-01\nsummry: x\n---\nNội dung ba.\n");
        Path changed = dir.resolve("changed-files.txt");
        // the paths as git diff --name-only gives them, relative to the repository
        Files.writeString(changed, repoPath(site, child(CHILDREN - 1)) + "\n" + repoPath(site, "content/news/2021-09-01-tin-ba.md")
                + "\n\n");
        Path summary = dir.resolve("summary.md");
        CliTest.Run run = CliTest.run("check", "--site", site.root().toString(), "--format", "github",
                "--summary", summary.toString(), "--changed-files", changed.toString());
        assertEquals(1, run.code(), run.err());
        List<String> warnings = lines(run.err(), "::warning ");
        assertEquals(CHILDREN, warnings.size(), "one annotation for every file:\n" + run.err());
        assertTrue(warnings.get(0).startsWith("::warning file=" + repoPath(site, "content/children/ML-0124.md") + ",line=3,"),
                warnings.get(0));
        assertTrue(warnings.get(1).startsWith("::warning file=" + repoPath(site, "content/children/ML-0100.md") + ",line=3,"),
                warnings.get(1));
        List<String> errors = lines(run.err(), "::error ");
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).contains("content/news/2021-09-01-tin-ba.md,line=4,"), errors.get(0));
        List<String> notices = lines(run.err(), "::notice ");
        assertEquals(1, notices.size(), run.err());
        assertTrue(notices.get(0).contains("1 lỗi, " + CHILDREN + " cảnh báo: GitHub chỉ hiện 10 lỗi và 10 cảnh báo đầu tiên"),
                notices.get(0));
    }

    @Test
    void theSummaryListsThePullRequestsFilesAndTheFirstTenOfTheRest() throws Exception {
        TestSite site = site();
        Path changed = dir.resolve("changed-files.txt");
        Files.writeString(changed, repoPath(site, child(CHILDREN - 1)) + "\n");
        Path summary = dir.resolve("summary.md");
        CliTest.Run run = CliTest.run("check", "--site", site.root().toString(), "--summary", summary.toString(),
                "--changed-files", changed.toString());
        assertEquals(0, run.code(), run.err());
        String text = Files.readString(summary);
        assertTrue(text.contains("Không có lỗi nào; " + CHILDREN + " cảnh báo."), text);
        List<String> rows = lines(text, "| ").stream().filter(r -> r.contains("child.full-name")).toList();
        assertEquals(11, rows.size(), text);
        assertTrue(rows.get(0).contains("ML\\-0124\\.md\\:3 | Cảnh báo |"), rows.get(0));
        assertTrue(rows.get(1).contains("ML\\-0100\\.md\\:3 | Cảnh báo |"), rows.get(1));
        assertTrue(text.contains("- `child.full-name`: còn " + (CHILDREN - 11) + " cảnh báo cùng loại ở các tệp khác"), text);
    }

    @Test
    void theSummaryStaysWithinGitHubsLimitForOneStep() {
        // 20,000 errors of some 200 bytes each: GitHub refuses a step's summary over 1 MiB
        List<Diagnostic> errors = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            errors.add(Diagnostic.error("field.unknown", new Position("content/news/2021-09-%05d.md".formatted(i), 4, 1),
                    "Trường 'summry' không có ở loại trang này; có phải là 'summary' không? Các trường được phép: title, date, summary.",
                    ""));
        }
        String text = ProblemTable.markdown(errors, "", null, file -> true, Set.of());
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length < 1024 * 1024, "bytes: " + text.length());
        assertTrue(text.startsWith("## Kiểm tra nội dung\n\n20000 lỗi."), text.substring(0, 100));
        long rows = lines(text, "| content").size();
        assertTrue(rows > 1000, "rows: " + rows);
        assertTrue(text.contains("- Còn " + (20_000 - rows) + " vấn đề không vừa phần tóm tắt (GitHub giới hạn 1 MB)"),
                text.substring(text.length() - 300));
    }

    @Test
    void servePrintsOnlyWhatIsNewSinceTheLastBuild() throws Exception {
        TestSite site = site();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        try (Preview preview = new Preview(site.root(), "/", 0, false, false, 2, Preview.printer(o, e))) {
            String first = err.toString(StandardCharsets.UTF_8);
            assertTrue(first.contains(CHILDREN + " × child.full-name (cảnh báo); 10 cái đầu tiên:"), first);
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Đã dựng lại trong "), out.toString(StandardCharsets.UTF_8));
            err.reset();
            out.reset();

            // one more child with a full name: only that warning is printed, the others counted
            long builds = preview.builds();
            site.write(child(CHILDREN), childText(CHILDREN, "Hà Văn Nam"));
            settle(preview, builds);
            String second = err.toString(StandardCharsets.UTF_8);
            assertEquals(List.of(child(CHILDREN)), lines(second, "content/").stream().map(l -> l.substring(0, l.indexOf(':'))).toList(),
                    second);
            assertTrue(second.contains("(" + CHILDREN + " vấn đề như lần dựng trước, không in lại)"), second);
            String said = out.toString(StandardCharsets.UTF_8);
            assertTrue(said.matches("(?s)Đã dựng lại trong \\d+ ms: \\d+ trang được dựng, \\d+ tệp được ghi hoặc xoá\\.\n.*"), said);
        }
    }

    /** Waits for the watcher's builds after an edit to finish. */
    private static void settle(Preview preview, long builds) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (preview.builds() == builds && System.nanoTime() < deadline) Thread.sleep(20);
        long seen;
        do {
            seen = preview.builds();
            Thread.sleep(400);
        } while (preview.builds() != seen && System.nanoTime() < deadline);
    }
}
