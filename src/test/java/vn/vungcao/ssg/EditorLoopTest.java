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
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildResult;


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
        assertTrue(run.out().startsWith("Đã kiểm tra "), run.out());
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

    @Test
    void aBadDateDoesNotHideTheOtherMistakesOfTheSameRun() {
        TestSite site = TestSite.of(dir, """
                -- content/news/2021-10-01-tin-hong.md --
                ---
                title: Tin có nhiều lỗi
                date: 2021-02-30
                school: ban-khong-co
                cover: /images/khong-co.jpg
                ---
                Nội dung có [liên kết](javascript:alert(1)).
                -- content/children/ML-0009.md --
                ---
                code: ML-0009
                name: Hoa
                school: truong-khong-co
                status: chua-ro
                ---
                -- content/ledger/2025-01.csv --
                Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
                02/01/2025,,"100,000","100,000",UNG HO
                03/01/2025,,"100,000","900,000",UNG HO
                """);
        assertEquals(List.of("content/children/ML-0009.md:4:9 ref.school-missing", "content/children/ML-0009.md:5:9 field.not-allowed-value",
                "content/ledger/2025-01.csv:3:4 ledger.balance-mismatch",
                "content/news/2021-10-01-tin-hong.md:3:7 field.bad-date", "content/news/2021-10-01-tin-hong.md:4:9 ref.school-missing",
                "content/news/2021-10-01-tin-hong.md:5:8 ref.file-missing", "content/news/2021-10-01-tin-hong.md:7:24 markdown.unsafe-url"),
                TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void aPathWithoutItsSlashOrFromTheRepositoryIsReadAsMeantWithAWarning() {
        TestSite site = TestSite.of(dir, """
                -- content/schools/ban-on.md --
                ---
                name: Điểm trường bản Ón
                district: Mường Lát
                cover: images/truong.png
                gallery: [content/images/truong.png, /images/truong.png]
                ---
                Ba phòng học.
                -- content/news/2021-07-15-khanh-thanh.md --
                ---
                title: Khánh thành
                date: 2021-07-15
                cover: https://example.org/anh.jpg
                ---
                Nội dung.
                """);
        site.write("content/images/truong.png", TestImages.png(40, 30));
        BuildResult result = site.build();
        assertEquals(List.of("content/news/2021-07-15-khanh-thanh.md:4:8 field.not-a-file",
                "content/schools/ban-on.md:4:8 field.path-form", "content/schools/ban-on.md:5:11 field.path-form"),
                TestSite.describe(result.diagnostics()));
        assertTrue(result.diagnostics().get(1).hint().contains("cover: /images/truong.png"), result.diagnostics().get(1).hint());
    }

    /**
     * What an editor most often gets wrong, in one pull request: each is an annotation in
     * Vietnamese on its own file, and nothing else breaks.
     */
    @Test
    void eachMistakeIsAVietnameseAnnotationOnItsOwnFile() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/schools/pu-nhi.md --
                ---
                name: "Điểm trường Pù Nhi
                district: Mường Lát
                ---
                -- content/tin-moi.md --
                ---
                title: Tin đặt nhầm chỗ
                date: 2026-01-02
                ---
                -- content/children/ML-0003.md --
                ---
                code: ML-0004
                name: Sáy
                status: waiting
                ---
                """);
        byte[] big = new byte[30 * 1024 * 1024];
        new Random(30).nextBytes(big);
        site.write("content/images/anh-30mb.jpg", big);
        CliTest.Run run = CliTest.run("check", "--format", "github", "--site", site.root().toString());
        assertEquals(1, run.code(), run.err());
        List<String> annotations = run.err().lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(4, annotations.size(), run.err());
        for (String[] want : new String[][] {
                {"content/schools/pu-nhi.md", "yaml.syntax", "không đúng cú pháp YAML"},
                {"content/tin-moi.md", "content.unknown-location", "không nằm trong thư mục nào"},
                {"content/children/ML-0003.md", "child.code-mismatch", "khác với tên tệp"},
                {"content/images/anh-30mb.jpg", "image.unreadable", "không phải một ảnh JPEG, PNG hay GIF"}}) {
            assertTrue(annotations.stream().anyMatch(a -> a.contains("file=" + want[0]) && a.contains("title=" + want[1])
                    && a.contains(want[2])), want[0] + " in " + annotations);
        }
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
