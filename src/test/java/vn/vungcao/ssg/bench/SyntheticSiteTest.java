package vn.vungcao.ssg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;

class SyntheticSiteTest {

    @TempDir
    Path tmp;

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String body(Path md) throws IOException {
        String text = Files.readString(md, StandardCharsets.UTF_8);
        return text.substring(text.indexOf("\n---\n", 3) + 5);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void theSameArgumentsWriteTheSameBytes() throws IOException {
        SyntheticSite.write(tmp.resolve("a"), SyntheticSite.Shape.REAL, 120, 30);
        SyntheticSite.write(tmp.resolve("b"), SyntheticSite.Shape.REAL, 120, 30);
        Map<String, byte[]> a = tree(tmp.resolve("a"));
        Map<String, byte[]> b = tree(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) assertTrue(Arrays.equals(a.get(path), b.get(path)), path + " differs");
        assertEquals(120, files(tmp.resolve("a/content/children")).size());
        assertEquals(30, files(tmp.resolve("a/content/news")).size());
    }

    @Test
    void everyBodyIsItsOwnAndAsLongAsTheClubsAre() throws IOException {
        Path site = tmp.resolve("site");
        int[] split = SyntheticSite.split(1000);
        assertEquals(800, split[0]);
        assertEquals(200, split[1]);
        SyntheticSite.write(site, SyntheticSite.Shape.REAL, 240, 60);
        Set<String> bodies = new HashSet<>();
        int markdown = 0;
        record Range(String folder, int min, int max) {
        }
        for (Range r : List.of(new Range("news", 3 * 1024, 10 * 1024), new Range("children", 819, 2048),
                new Range("schools", 1536, 4096), new Range("campaigns", 1536, 4096))) {
            List<Path> md = files(site.resolve("content").resolve(r.folder()));
            assertFalse(md.isEmpty(), r.folder());
            List<Integer> lengths = new ArrayList<>();
            for (Path p : md) {
                String body = body(p);
                int bytes = body.getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes >= r.min() && bytes <= r.max(), p.getFileName() + ": " + bytes + " bytes");
                lengths.add(bytes);
                bodies.add(body);
                markdown++;
            }
            // drawn from a distribution, not one length for all
            Collections.sort(lengths);
            if (lengths.size() >= 20) assertTrue(lengths.get(lengths.size() - 1) - lengths.get(0) > (r.max() - r.min()) / 3, r.folder() + ": " + lengths);
        }
        assertEquals(markdown, bodies.size(), "no two files share a body");

        // news are Markdown with what real posts have: headings, lists, tables, links to the site and images
        String allNews = String.join("\n", files(site.resolve("content/news")).stream().map(p -> {
            try {
                return body(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList());
        for (String mark : List.of("\n## ", "\n- ", "|---|---:|---:|", "](/truong/", "](/tin-tuc/", "](/chien-dich/",
                "](/tre-em/", "![", "](/images/")) {
            assertTrue(allNews.contains(mark), mark);
        }
        for (Path p : files(site.resolve("content/news"))) assertTrue(body(p).contains("## "), p + " has no heading");
    }

    @Test
    void childrenAreNamedAndPlacedAsTheClubsAre() throws IOException {
        Path site = tmp.resolve("site");
        SyntheticSite.write(site, SyntheticSite.Shape.REAL, 400, 100);
        SiteProfile profile = SiteProfile.of(site);
        int waiting = profile.statuses().getOrDefault("waiting", 0);
        assertTrue(waiting > 160 && waiting < 240, "about half waiting: " + profile.statuses());
        assertTrue(profile.statuses().getOrDefault("sponsored", 0) > 100, profile.statuses().toString());
        assertTrue(profile.statuses().getOrDefault("graduated", 0) > 5, profile.statuses().toString());
        long three = profile.fullNames();
        long one = profile.names().stream().filter(n -> !n.contains(" ")).count();
        assertTrue(three > 60 && three < 160, "a quarter of full names: " + three);
        assertTrue(one > 150, "most names are a given name alone: " + one);
        // names of the highlands: Mông, Thái, Mường and Dao family names among the full names
        String names = String.join(",", profile.names());
        for (String family : List.of("Giàng", "Lò", "Bùi", "Triệu")) {
            assertTrue(names.contains(family + " "), family + " among the names");
        }
        assertEquals(SyntheticSite.schools(500), profile.files().get("schools"));
        assertEquals(40, SyntheticSite.schools(10_000));
        // dates from 2016 to 2026, tags from the club's list
        List<Path> news = files(site.resolve("content/news"));
        assertTrue(news.get(0).getFileName().toString().startsWith("2016-"), news.get(0).toString());
        assertTrue(news.get(news.size() - 1).getFileName().toString().startsWith("2026-"), news.get(news.size() - 1).toString());
        // campaigns carry the keywords a transfer memo names them by
        for (Path c : files(site.resolve("content/campaigns"))) {
            assertTrue(Files.readString(c).matches("(?s).*\nkeywords: \\[[A-Z0-9 ]+\\]\n.*"), c.toString());
        }
    }

    @Test
    void imagesAreRealPicturesSharedByThePosts() throws IOException {
        Path site = tmp.resolve("site");
        SyntheticSite.write(site, SyntheticSite.Shape.REAL, 24, 6);
        List<Path> images = files(site.resolve("content/images"));
        assertEquals(BenchImages.ALL.size(), images.size());
        assertTrue(images.stream().anyMatch(p -> p.toString().endsWith(".jpg")));
        assertTrue(images.stream().anyMatch(p -> p.toString().endsWith(".png")));
        for (Path p : images) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertNotNull(img, p.toString());
            assertTrue(img.getWidth() >= 640, p + " " + img.getWidth());
            assertTrue(Files.size(p) < 200_000, p + " is small");
        }
    }

    @Test
    void buildsWithoutErrorsAndWarnsOfFullNames() throws IOException, UsageException {
        Path site = tmp.resolve("site");
        int[] split = SyntheticSite.split(60);
        SyntheticSite.write(site, SyntheticSite.Shape.REAL, split[0], split[1]);
        Path out = tmp.resolve("out");
        BuildResult result = SiteBuilder.build(new BuildOptions(site, out, null, false, false,
                Instant.parse("2030-01-01T00:00:00Z"), 2));
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code().equals("child.full-name")), result.diagnostics().toString());
        for (Path p : files(site.resolve("content/news"))) {
            String slug = p.getFileName().toString().substring(11).replace(".md", "");
            assertTrue(Files.isRegularFile(out.resolve("tin-tuc").resolve(slug).resolve("index.html")), slug);
        }
        for (Path p : files(site.resolve("content/children"))) {
            String code = p.getFileName().toString().replace(".md", "").toLowerCase(Locale.ROOT);
            assertTrue(Files.isRegularFile(out.resolve("tre-em").resolve(code).resolve("index.html")), code);
        }
        // the photos are published, re-encoded, with their smaller versions
        try (Stream<Path> published = Files.list(out.resolve("images"))) {
            assertTrue(published.anyMatch(p -> p.getFileName().toString().startsWith("bua-trua")), "bua-trua.jpg published");
        }
    }

    @Test
    void theTinyShapeRepeatsOneBody() throws IOException {
        Path site = tmp.resolve("tiny");
        SyntheticSite.write(site, SyntheticSite.Shape.TINY, 10, 5);
        SiteProfile profile = SiteProfile.of(site);
        assertEquals(10, profile.files().get("children"));
        assertEquals(5, profile.files().get("news"));
        assertTrue(profile.distinctBodies() < profile.markdownFiles() / 2, profile.distinctBodies() + " of " + profile.markdownFiles());
    }
}
