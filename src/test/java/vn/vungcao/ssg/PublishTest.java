package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;
import vn.vungcao.ssg.publish.Staging;


/** Publishing writes nothing unless the build succeeded, then only what differs, and never outside the output folder. */
class PublishTest {

    @TempDir
    Path dir;

    @Test
    void aFailedBuildLeavesThePreviousOutputExactlyAsItWas() throws IOException {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        Files.writeString(site.out().resolve("CNAME"), "vungcao.example.org\n");
        Map<String, byte[]> before = TestSite.snapshot(site.out());
        site.write("content/news/2021-09-01-tin-ba.md", "---\ntitle: Tin ba\ndate: 2021-02-30\n---\nĐã sửa.\n");
        site.write("content/pages/moi.md", "---\ntitle: Trang mới\n---\nMới.\n");
        BuildResult result = site.build();
        assertTrue(result.hasErrors());
        assertFalse(result.published());
        Map<String, byte[]> after = TestSite.snapshot(site.out());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertNoLeftovers(site.root());
    }

    @Test
    void aTemplateErrorAlsoLeavesTheOutputUntouched() {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        Map<String, byte[]> before = TestSite.snapshot(site.out());
        site.write("themes/vungcao/templates/news.peb", "{% extends \"base\" %}{% block content %}{{ post.nothing }}{% endblock %}");
        BuildResult result = site.build();
        assertTrue(TestSite.describe(result.diagnostics()).contains("themes/vungcao/templates/news.peb:1 template.error"),
                result.diagnostics().toString());
        assertEquals(before.keySet(), TestSite.snapshot(site.out()).keySet());
        assertNoLeftovers(site.root());
    }

    @Test
    void aSuccessfulBuildLeavesNothingOfTheOldOutputThatItDidNotMake() throws IOException {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        Files.writeString(site.out().resolve("stale.html"), "old");
        site.delete("content/news/2021-09-01-tin-ba.md");
        site.buildOk();
        assertFalse(site.exists("stale.html"));
        assertFalse(site.exists("tin-tuc/tin-ba/index.html"));
        assertNoLeftovers(site.root());
    }

    @Test
    void aBuildIntoAnExistingFolderWritesOnlyWhatDiffersAndEndsAsAFreshBuild() throws IOException {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        Path out = site.out();
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Map<String, Object> inodes = new HashMap<>();
        for (String path : TestSite.snapshot(out).keySet()) {
            Files.setLastModifiedTime(out.resolve(path), old);
            inodes.put(path, Files.readAttributes(out.resolve(path), BasicFileAttributes.class).fileKey());
        }
        // what the old folder holds that the build does not make, and paths of the wrong kind
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(out.resolve("link"), outside);
        Files.createSymbolicLink(out.resolve("tin-tuc/link.html"), outside.resolve("keep.txt"));
        Files.createDirectories(out.resolve("old/deep/er"));
        Files.writeString(out.resolve("old/deep/er/x.html"), "old");
        Files.delete(out.resolve("gioi-thieu/index.html"));
        Files.createDirectories(out.resolve("gioi-thieu/index.html/inside"));
        Staging.deleteTree(out.resolve("tin-tuc/tin-ba"));
        Files.writeString(out.resolve("tin-tuc/tin-ba"), "a file where a folder belongs");
        Files.writeString(out.resolve("robots.txt"), "User-agent: *\nDisallow: /\n"); // same name, other bytes

        site.buildOk();

        Path fresh = dir.resolve("fresh");
        assertTrue(site.build(site.options().withOutput(fresh)).published());
        Map<String, byte[]> expected = TestSite.snapshot(fresh);
        Map<String, byte[]> got = TestSite.snapshot(out);
        assertEquals(expected.keySet(), got.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path));
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(List.of(), all.filter(p -> Files.isSymbolicLink(p)
                    || Files.isDirectory(p) && !p.equals(out) && isEmpty(p)).toList(), "links and empty folders left");
        }
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
        // files whose bytes were already right are not touched: same file, same time
        List<String> rewritten = new ArrayList<>();
        for (String path : got.keySet()) {
            BasicFileAttributes attrs = Files.readAttributes(out.resolve(path), BasicFileAttributes.class);
            if (!attrs.lastModifiedTime().equals(old)) rewritten.add(path);
            else assertEquals(inodes.get(path), attrs.fileKey(), path);
        }
        assertEquals(List.of("gioi-thieu/index.html", "robots.txt", "tin-tuc/tin-ba/index.html"), rewritten.stream().sorted().toList());
        assertNoLeftovers(site.root());
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheSite() {
        TestSite site = TestSite.of(dir, "");
        assertThrows(UsageException.class, () -> SiteBuilder.build(site.options().withOutput(site.root())));
        assertThrows(UsageException.class, () -> SiteBuilder.build(site.options().withOutput(dir)));
        assertThrows(UsageException.class, () -> SiteBuilder.build(site.options().withOutput(site.root().resolve("content/out"))));
        assertTrue(Files.exists(site.root().resolve("content/news/2021-07-15-khanh-thanh.md")));
    }

    @Test
    void pathsThatLeaveTheOutputAreRefused() throws IOException {
        try (Staging staging = Staging.open(dir.resolve("out"))) {
            for (String bad : List.of("../x.html", "/etc/passwd", "a/../../x", "a//b", "", "a\\..\\b", "./x")) {
                assertThrows(IllegalArgumentException.class, () -> staging.write(bad, new byte[0]), bad);
            }
            staging.write("a/b.html", new byte[] {1});
            assertTrue(Files.exists(staging.root().resolve("a/b.html")));
        }
        assertNoLeftovers(dir);
    }

    @Test
    void replacingAnOutputOfManyFoldersRemovesAllOfItAndFollowsNoLinkOutOfIt() throws IOException {
        Path out = dir.resolve("out");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        for (int i = 0; i < 300; i++) {
            Files.createDirectories(out.resolve("tre-em/ML-" + i + "/a"));
            Files.writeString(out.resolve("tre-em/ML-" + i + "/index.html"), "old " + i);
            Files.writeString(out.resolve("tre-em/ML-" + i + "/a/b.txt"), "old");
        }
        Files.writeString(out.resolve("index.html"), "old");
        Files.writeString(out.resolve("tre-em/index.html"), "old");
        Files.createSymbolicLink(out.resolve("tre-em/link"), outside);
        Files.createDirectories(out.resolve("empty/folder"));
        try (Staging staging = Staging.open(out)) {
            staging.write("index.html", new byte[] {'n'});
            staging.commit();
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(List.of("", "index.html"), all.map(p -> out.relativize(p).toString()).sorted().toList());
        }
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
        assertNoLeftovers(dir);
    }

    @Test
    void slugsFromFileNamesCannotEscape() {
        TestSite site = TestSite.of(dir, """
                -- content/pages/x..%2F..%2Fetc.md --
                ---
                title: Trốn
                ---
                -- content/news/2021-10-01-...md --
                ---
                title: Chấm
                date: 2021-10-01
                ---
                """);
        BuildResult result = site.build();
        assertTrue(TestSite.describe(result.diagnostics()).contains("content/news/2021-10-01-...md content.bad-file-name"),
                result.diagnostics().toString());
        site.delete("content/news/2021-10-01-...md");
        site.buildOk();
        assertTrue(site.exists("x-2f-2fetc/index.html"), TestSite.snapshot(site.out()).keySet().toString());
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.filter(p -> p.getFileName().toString().equals("index.html"))
                    .allMatch(p -> p.startsWith(site.out())));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertNoLeftovers(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            List<String> names = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".staging-") || n.contains(".old-")).toList();
            assertEquals(List.of(), names);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
