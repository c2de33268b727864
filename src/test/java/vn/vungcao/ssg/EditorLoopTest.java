package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' loop: a valid change to the content goes green in the pull request's check, and
 * the tests never read the live {@code content/}, so an editor's change cannot make them red.
 */
class EditorLoopTest {

    @TempDir
    Path dir;

    @Test
    void aTitleANewPostAndANewlySponsoredChildPassTheCheck() throws IOException {
        Path site = ExampleSite.copyTo(dir);
        Path post = site.resolve("content/news/2017-01-08-khanh-thanh-diem-truong-ban-on.md");
        Files.writeString(post, Files.readString(post).replaceFirst("(?m)^title: .*$", "title: Khánh thành ba phòng học ở bản Ón"));
        Files.writeString(site.resolve("content/news/2026-01-02-tin-moi.md"), """
                ---
                title: Một tin mới của câu lạc bộ
                date: 2026-01-02
                tags: [nuôi em]
                ---
                Câu lạc bộ cảm ơn các anh chị đã [nhận nuôi](/cach-nuoi-em/) thêm mười em trong tháng.
                """, StandardCharsets.UTF_8);
        Path child = site.resolve("content/children/ML-0007.md");
        Files.writeString(child, Files.readString(child).replace("status: waiting", "status: sponsored\nsponsored_since: 2026-01-01"));

        CliTest.Run run = CliTest.run("check", "--site", site.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Checked "), run.out());
    }

    @Test
    void anExampleCodeThatIsAChildsCodeIsRefused() {
        TestSite site = TestSite.of(dir, """
                -- site-config.yml --
                title: Vùng cao
                base_url: https://example.org/
                children:
                  code_example: ML-0001
                """);
        assertEquals(List.of("site-config.yml:4:17 config.code-example-taken"), TestSite.describe(site.build().diagnostics()));
    }

    /**
     * No test reads the repository's own {@code content/} or {@code site-config.yml}: whole-site
     * tests use {@link ExampleSite} or {@link TestSite}. Reading the live content is written in
     * one of these ways, which this looks for in every test source.
     */
    @Test
    void noTestReadsTheLiveContent() throws IOException {
        Pattern live = Pattern.compile("Path\\.of\\(\"(content|site-config\\.yml)|REPO\\.resolve\\(\"(content|site-config)"
                + "|Path\\.of\\(\"\"\\)\\.toAbsolutePath\\(\\)");
        List<String> found = new ArrayList<>();
        Path tests = ExampleSite.REPO.resolve("src/test/java");
        try (Stream<Path> walk = Files.walk(tests)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.getFileName().toString().equals("ExampleSite.java") || f.getFileName().toString().equals("EditorLoopTest.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (live.matcher(lines.get(i)).find()) found.add(tests.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found, "tests that read the live content/ instead of ExampleSite");
        assertFalse(Files.exists(ExampleSite.ROOT.resolve("themes")), "the example uses the theme the generator carries");
    }
}
