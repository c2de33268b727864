package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.source.FrontMatter;
import vn.vungcao.ssg.source.SourceFile;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlReader;


/**
 * Inputs that break parsers: each must give diagnostics (or a clean build), never an exception or
 * a hang. Add every input that ever crashed the generator here.
 */
class CorpusTest {

    @TempDir
    Path dir;

    static Stream<String> frontMatters() {
        return Stream.of(
                "---\n",
                "---\n---\n---\n",
                "---\ntitle: [unclosed\n---\n",
                "---\ntitle: {a: 1\n---\n",
                "---\n: no key\n---\n",
                "---\ntitle: a\n  b: c\n---\n",
                "---\ntitle: !!binary aGVsbG8=\n---\n",
                "---\ntitle: !!python/object:os.system ls\n---\n",
                "---\ntitle: &a x\nsummary: *a\n---\n",
                "---\ntitle: *undefined\n---\n",
                "---\n" + "a: [".repeat(200) + "\n---\n",
                "---\n" + "- ".repeat(300) + "x\n---\n",
                "---\ntitle: \"\\xZZ\"\n---\n",
                "---\ntitle: \u0000\n---\n",
                "---\n\ttitle: tab\n---\n",
                "---\ntitle: a\n---\n" + "[x](javascript:alert(1)) <script>".repeat(50),
                "---\ntitle: a\nmenu: 99999999999999999999999\n---\n",
                "---\ntitle: a\nmenu: 1.5\n---\n",
                "---\ntitle: a\nmenu: -3\n---\n",
                "---\ntitle: 2021-07-15\n---\n",
                "---\ntitle: true\nsummary: null\n---\n",
                "---\n? complex key\n: value\n---\n",
                "---\n[1, 2]: x\n---\n",
                "--- \ntitle: trailing space on the fence\n---   \nbody\n",
                "---\ntitle: a\n...\nbody after a YAML end marker\n",
                "---\ntitle: a\n---\n---\nmore dashes in the body\n---\n");
    }

    @ParameterizedTest
    @MethodSource("frontMatters")
    void aBrokenPageNeverCrashesTheBuild(String text) {
        TestSite site = TestSite.of(dir, "");
        site.write("content/pages/thu.md", text);
        BuildResult result = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> site.build());
        for (var d : result.diagnostics()) {
            assertFalse(d.message().contains("Exception"), d.toString());
            assertFalse(d.message().contains("org.yaml") || d.message().contains("com.fasterxml"), d.toString());
            assertTrue(d.position().file().equals("content/pages/thu.md"), d.toString());
        }
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(7);
        SourceReader reader = new SourceReader(dir);
        YamlReader yaml = new YamlReader();
        String alphabet = "---\n:-[]{}&*!|>'\"#%@`,? \tabcđư0123456789\r\u00A0\uFEFF";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "---\n" : "");
            for (int k = random.nextInt(80); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (random.nextBoolean()) s.append("\n---\n");
            String text = SourceReader.normalise(new String(s.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            Diagnostics diagnostics = new Diagnostics();
            SourceFile file = new SourceFile("content/pages/x.md", dir.resolve("x.md"), text);
            FrontMatter.split(file, diagnostics).ifPresent(doc -> yaml.readMapping(doc, diagnostics));
        }
        assertTrue(reader.relative(dir.resolve("a/b")).equals("a/b"));
    }
}
