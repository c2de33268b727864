package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.publish.Staging;


/**
 * The example site of the repository: it builds without a warning, its whole output equals the
 * golden files, and it is byte-identical across builds, thread counts, time zones and locales.
 * To accept a deliberate change of output: {@code mvn test -Dtest=ExampleSiteTest -Dgolden.update=true}.
 */
class ExampleSiteTest {

    static final Path SITE = ExampleSite.ROOT;
    static final Path GOLDEN = ExampleSite.REPO.resolve("src/test/resources/golden/example");

    @TempDir
    Path dir;

    static Map<String, byte[]> build(Path out, int threads) throws Exception {
        BuildOptions options = new BuildOptions(SITE, out, null, false, false, TestSite.NOW, threads);
        BuildResult result = SiteBuilder.build(options);
        if (!result.diagnostics().isEmpty()) fail("the example site should build cleanly: " + result.diagnostics());
        return TestSite.snapshot(out);
    }

    @Test
    void wholeOutputMatchesTheGoldenFiles() throws Exception {
        Map<String, byte[]> output = build(dir.resolve("out"), BuildOptions.defaultThreads());
        if (Boolean.getBoolean("golden.update")) {
            Staging.deleteTree(GOLDEN);
            for (Map.Entry<String, byte[]> f : output.entrySet()) {
                Path p = GOLDEN.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
        }
        Map<String, byte[]> golden = TestSite.snapshot(GOLDEN);
        assertEquals(golden.keySet(), output.keySet(), "the set of output files changed");
        List<String> differ = new ArrayList<>();
        golden.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, output.get(path))) differ.add(path);
        });
        if (!differ.isEmpty()) {
            String first = differ.get(0);
            fail(differ.size() + " files differ from the golden files, first " + first + ":\n"
                    + firstDifference(new String(golden.get(first), StandardCharsets.UTF_8),
                    new String(output.get(first), StandardCharsets.UTF_8))
                    + "\n(run with -Dgolden.update=true to accept the change)");
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) return "line " + (i + 1) + "\n  golden: " + a[i] + "\n  now:    " + b[i];
        }
        return "the files differ in length";
    }

    @Test
    void identicalBytesAcrossBuildsThreadsTimeZonesAndLocales() throws Exception {
        Map<String, byte[]> first = build(dir.resolve("a"), 4);
        Map<String, byte[]> second = build(dir.resolve("b"), 1);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Map<String, byte[]> third;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(new Locale("tr", "TR"));
            third = build(dir.resolve("c"), 2);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        for (Map<String, byte[]> other : List.of(second, third)) {
            assertEquals(first.keySet(), other.keySet());
            first.forEach((path, bytes) -> assertArrayEquals(bytes, other.get(path), path));
        }
    }

    @Test
    void hasWhatTheClubNeeds() throws Exception {
        build(dir.resolve("out"), 2);
        Path out = dir.resolve("out");
        long children = Files.list(out.resolve("tre-em")).filter(Files::isDirectory).count();
        assertTrue(children >= 30, "30 children, got " + children);
        long news = Files.list(out.resolve("tin-tuc")).filter(p -> !p.getFileName().toString().equals("trang"))
                .filter(Files::isDirectory).count();
        assertTrue(news >= 8, "8 news posts, got " + news);
        assertTrue(Files.list(out.resolve("truong")).filter(Files::isDirectory).count() >= 3);
        assertTrue(Files.list(out.resolve("chien-dich")).filter(Files::isDirectory).count() >= 2);
        String about = Files.readString(out.resolve("gioi-thieu/index.html"));
        assertTrue(about.contains("bản Ón") && about.contains("Mường Lát"), "the about page tells the club's story");
        assertTrue(about.toLowerCase(Locale.ROOT).contains("hư cấu"), "the about page says the children are fictional");
        assertTrue(Files.readString(out.resolve("cach-nuoi-em/index.html")).contains("160.000"));
    }

    @Test
    void theDraftOfTheExampleIsNotPublished() throws Exception {
        build(dir.resolve("out"), 2);
        assertTrue(Files.readString(SITE.resolve("content/news/2025-12-15-tien-do-na-meo-thang-12.md")).contains("draft: true"));
        assertTrue(Files.notExists(dir.resolve("out/tin-tuc/tien-do-na-meo-thang-12")));
    }
}
