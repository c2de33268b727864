package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.cli.Main;


/** The command line's exit codes and what it prints. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCleanSiteExitsZeroAndPrintsNothingOnStderr() {
        TestSite site = TestSite.of(dir, "");
        Run r = run("build", "--site", site.root().toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code, r.err);
        assertEquals("", r.err);
        assertTrue(r.out.startsWith("Đã dựng "), r.out);
        assertTrue(dir.resolve("out/index.html").toFile().exists());
    }

    /** The commands' own words are in the site's language too: English for {@code language: en}. */
    @Test
    void anEnglishSiteGetsItsReportInEnglish() {
        TestSite site = TestSite.of(dir, """
                -- site-config.yml --
                title: Highland children
                description: A test site.
                base_url: https://example.org/
                language: en
                -- content/pages/about.md --
                ---
                titel: About
                ---
                """);
        Run r = run("check", "--site", site.root().toString());
        assertEquals(1, r.code);
        assertTrue(r.err.contains("hint: Did you mean 'title'?"), r.err);
        assertTrue(r.err.endsWith("1 error, 0 warnings.\n"), r.err);
        site.write("content/pages/about.md", "---\ntitle: About\n---\n");
        Run fixed = run("build", "--site", site.root().toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, fixed.code, fixed.err);
        assertTrue(fixed.out.startsWith("Built "), fixed.out);
    }

    @Test
    void aFreshBuildRendersEveryPageAgain() {
        TestSite site = TestSite.of(dir, "");
        String[] build = {"build", "--site", site.root().toString(), "--out", dir.resolve("out").toString()};
        assertEquals(0, run(build).code);
        assertEquals(0, run(build).code); // into the folder the first one made: now its pages are fingerprinted
        Run again = run(build);
        assertTrue(again.out.contains("; 0 trang dựng lại, "), again.out);
        String[] fresh = Arrays.copyOf(build, build.length + 1);
        fresh[build.length] = "--fresh";
        Run r = run(fresh);
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.startsWith("Đã dựng ") && !r.out.contains("giữ như lần dựng trước"), r.out);
    }

    @Test
    void contentErrorsExitOneWithPlainMessagesAndNoStackTrace() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                titel: Giới thiệu
                ---
                """);
        Run r = run("build", "--site", site.root().toString());
        assertEquals(1, r.code);
        assertTrue(r.err.contains("content/pages/gioi-thieu.md:2:1: error [field.unknown] 'titel' không phải là một trường của một trang."), r.err);
        assertTrue(r.err.contains("gợi ý: Có phải bạn định viết 'title'?"), r.err);
        assertTrue(r.err.contains("1 lỗi, 0 cảnh báo: không đăng gì cả; "), r.err);
        assertFalse(r.err.contains("Exception"), r.err);
        assertFalse(r.err.contains("\tat "), r.err);
    }

    @Test
    void githubFormatPrintsAnnotations() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                titel: Giới thiệu
                ---
                """);
        Run r = run("build", "--site", site.root().toString(), "--format", "github");
        assertEquals(1, r.code);
        assertTrue(r.err.contains("::error file=content/pages/gioi-thieu.md,line=2,col=1,title=field.unknown::'titel' không phải là một trường của một trang.%0ACó phải bạn định viết 'title'?"), r.err);
    }

    @Test
    void checkReportsEveryMistakeAsAnAnnotationAndWritesNothing() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                menu: một
                ---
                Xem [tin](/tin-tuc/khong-co/).
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: Mai
                dia_chi: bản Ón
                ---
                """);
        Run r = run("check", "--site", site.root().toString(), "--format", "github");
        assertEquals(1, r.code);
        List<String> lines = r.err.lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(2, lines.size(), r.err);
        assertTrue(lines.get(0).startsWith("::error file=content/children/ML-0001.md,line=4,col=1,title=child.field-refused::"), lines.get(0));
        assertTrue(lines.get(1).startsWith("::error file=content/pages/gioi-thieu.md,line=3,col=7,title=field.wrong-type::"), lines.get(1));
        assertFalse(site.root().resolve("public").toFile().exists());

        site.write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nXem [tin](/tin-tuc/khong-co/).\n");
        site.write("content/children/ML-0001.md", "---\ncode: ML-0001\nname: Mai\nstatus: waiting\n---\n");
        r = run("check", "--site", site.root().toString(), "--format", "github");
        assertEquals(1, r.code);
        assertTrue(r.err.startsWith("::error file=content/pages/gioi-thieu.md,line=4,col=5,title=check.broken-link::"), r.err);

        site.write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nXem [tin](/tin-tuc/khanh-thanh/).\n");
        r = run("check", "--site", site.root().toString(), "--format", "github");
        assertEquals(0, r.code, r.err);
        assertEquals("", r.err);
        assertFalse(site.root().resolve("public").toFile().exists());
    }

    @Test
    void warningsAreAnnotationsToo() {
        TestSite site = TestSite.of(dir, """
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: Giàng Thị Mai
                status: waiting
                ---
                """);
        Run r = run("build", "--site", site.root().toString(), "--format", "github");
        assertEquals(0, r.code);
        assertTrue(r.err.startsWith("::warning file=content/children/ML-0001.md,line=3,col=7,title=child.full-name::"), r.err);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--no-such-option").code);
        assertEquals(2, run("publish").code);
        assertEquals(2, run().code);
        assertEquals(2, run("build", "--format", "xml").code);
        TestSite site = TestSite.of(dir, "");
        Run r = run("build", "--site", site.root().toString(), "--out", site.root().toString());
        assertEquals(2, r.code);
        assertTrue(r.err.contains("contains the site itself"), r.err);
    }

    @Test
    void usageErrorsNameTheWordAndPointAtTheHelp() {
        Run r = run("build", "--no-such-option");
        assertEquals("error: unknown option '--no-such-option'.\nTry 'vungcao build --help' for its options.\n", r.err);
        assertEquals("", r.out);
        r = run("build", "--format", "xml");
        assertTrue(r.err.startsWith("error: --format is text or github, not 'xml'."), r.err);
        r = run("build", "--threads=two");
        assertTrue(r.err.startsWith("error: --threads takes a whole number, not 'two'."), r.err);
        r = run("build", "--out");
        assertTrue(r.err.startsWith("error: --out needs a value: --out DIR."), r.err);
        r = run("build", "--out", "--drafts");
        assertTrue(r.err.startsWith("error: --out needs a value: --out DIR."), r.err);
        r = run("serve", "--port", "70000");
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("error: --port is a number from 1 to 65535, not 70000."), r.err);
        r = run("build", "--drafts=yes");
        assertTrue(r.err.startsWith("error: --drafts takes no value."), r.err);
        r = run("build", "extra");
        assertTrue(r.err.startsWith("error: unexpected 'extra'."), r.err);
        r = run("new", "news");
        assertEquals(2, r.code);
        assertTrue(r.err.startsWith("error: missing NAME: The title (news, school, campaign) or the code (child)."), r.err);
        r = run("new", "news", "--", "-30 độ", "thừa");
        assertTrue(r.err.startsWith("error: unexpected 'thừa'."), r.err);
        r = run("publish");
        assertTrue(r.err.startsWith("error: unknown command 'publish'; the commands are build, check, serve, new, bench, changes."), r.err);
        assertTrue(r.err.contains("\n  build "), r.err);
    }

    @Test
    void helpAndVersionArePrintedAndExitZero() {
        Run r = run("build", "--help");
        assertEquals(0, r.code);
        assertTrue(r.out.startsWith("Usage: vungcao build [options]\nBuild the site into the output folder."), r.out);
        for (String option : List.of("--site DIR", "--out DIR", "--base-url URL", "--drafts", "--future", "--format text|github",
                "--threads N", "-h, --help", "-V, --version")) {
            assertTrue(r.out.contains("\n  " + option + " "), option + " in\n" + r.out);
        }
        r = run("new", "-h");
        assertTrue(r.out.startsWith("Usage: vungcao new [options] KIND NAME\n"), r.out);
        assertTrue(r.out.contains("  --school SLUG "), r.out);
        r = run("--help");
        assertEquals(0, r.code);
        for (String command : List.of("build", "check", "serve", "new", "bench")) assertTrue(r.out.contains("\n  " + command + " "), r.out);
        assertEquals("vungcao-site 0.1\n", run("--version").out);
        assertEquals("vungcao-site 0.1\n", run("check", "-V").out);
    }

    @Test
    void optionsAreReadWithAnEqualsSignToo() {
        TestSite site = TestSite.of(dir, "");
        Run r = run("build", "--site=" + site.root(), "--out=" + dir.resolve("out"), "--threads=1", "--format=github");
        assertEquals(0, r.code, r.err);
        assertTrue(dir.resolve("out/index.html").toFile().exists());
        // after --, a title that starts with '-' is a title
        r = run("new", "news", "--site", site.root().toString(), "--date", "2026-01-02", "--", "-30 độ ở Mường Lát");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.startsWith("Wrote "), r.out);
        assertTrue(site.root().resolve("content/news/2026-01-02-30-do-o-muong-lat.md").toFile().exists(), r.out);
    }

    @Test
    void aMissingSiteFolderIsAPlainError() {
        Run r = run("build", "--site", dir.resolve("nowhere").toString());
        assertEquals(1, r.code);
        assertTrue(r.err.contains("site-config.yml: error [config.missing]"), r.err);
    }

    @Test
    void aTypoInACommandOrAnOptionGetsTheNearestOne() {
        Run command = run("biuld");
        assertEquals(2, command.code);
        assertTrue(command.err.startsWith("error: unknown command 'biuld'; did you mean 'build'?"), command.err);
        Run option = run("build", "--frsh");
        assertEquals(2, option.code);
        assertTrue(option.err.startsWith("error: unknown option '--frsh'; did you mean '--fresh'?"), option.err);
        Run far = run("build", "--zzzzzz");
        assertTrue(far.err.startsWith("error: unknown option '--zzzzzz'."), far.err);
    }
}
