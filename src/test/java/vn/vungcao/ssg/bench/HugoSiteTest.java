package vn.vungcao.ssg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;

class HugoSiteTest {

    @TempDir
    Path tmp;

    private static long count(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    private static Set<String> html(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void writesEveryPageOfTheSiteForHugo() throws IOException {
        Path site = tmp.resolve("site");
        SyntheticSite.write(site, SyntheticSite.Shape.REAL, 48, 12);
        Path hugo = tmp.resolve("hugo");
        int written = HugoSite.write(site, hugo);
        assertEquals(13, count(hugo.resolve("content/tin-tuc")));
        assertEquals(49, count(hugo.resolve("content/tre-em")));
        assertEquals(count(site.resolve("content/schools")) + 1, count(hugo.resolve("content/truong")));
        assertEquals(count(site.resolve("content/campaigns")) + 1, count(hugo.resolve("content/chien-dich")));
        assertTrue(written > 60, "content files: " + written);
        // the config's five news a page, the theme's words, assets and the content's images
        assertTrue(Files.readString(hugo.resolve("config.toml")).contains("\npaginate = 5\n"));
        assertTrue(Files.readString(hugo.resolve("i18n/vi.yaml")).contains("child_born: \"Sinh năm {{ .A }}\""));
        assertTrue(Files.isRegularFile(hugo.resolve("assets/css/site.css")));
        assertTrue(Files.isRegularFile(hugo.resolve("static/icons/share.png")));
        assertEquals(BenchImages.ALL.size(), count(hugo.resolve("static/images")));
        for (String layout : HugoLayouts.all().keySet()) assertTrue(Files.isRegularFile(hugo.resolve("layouts").resolve(layout)), layout);
        // front matter Hugo reads: quoted text, dates as dates, tags as "the"
        String post;
        try (Stream<Path> list = Files.list(hugo.resolve("content/tin-tuc"))) {
            post = Files.readString(list.filter(p -> !p.endsWith("_index.md")).sorted().findFirst().orElseThrow());
        }
        assertTrue(post.matches("(?s)---\ntitle: \"[^\"]+\"\ndate: 20\\d\\d-\\d\\d-\\d\\d\nslug: \"[a-z0-9-]+\"\n.*the: \\[\".*"), post);
    }

    @Test
    void hugoBuildsTheSamePagesAtTheSameAddresses() throws Exception {
        Path hugoCommand = TimedProcess.onPath("hugo");
        assumeTrue(hugoCommand != null, "Hugo is not installed");
        Path site = tmp.resolve("site");
        SyntheticSite.write(site, SyntheticSite.Shape.REAL, 48, 12);
        Path hugo = tmp.resolve("hugo");
        HugoSite.write(site, hugo);
        Path hugoOut = tmp.resolve("hugo-out");
        TimedProcess.Run run = TimedProcess.run(List.of(hugoCommand.toString(), "--quiet", "-s", hugo.toString(), "-d", hugoOut.toString()),
                Map.of("HUGO_CACHEDIR", tmp.resolve("hugo-cache").toString()), tmp.resolve("runs"));
        assertEquals(0, run.exit(), run.stderr());
        Path ours = tmp.resolve("out");
        BuildResult result = SiteBuilder.build(new BuildOptions(site, ours, null, false, false, Instant.parse("2030-01-01T00:00:00Z"), 2));
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.isError()), result.diagnostics().toString());
        // Hugo folds accents in paths but keeps đ
        Set<String> theirs = html(hugoOut).stream().map(p -> p.replace('đ', 'd')).collect(Collectors.toCollection(TreeSet::new));
        Set<String> mine = html(ours);
        Set<String> missing = new TreeSet<>(mine);
        missing.removeAll(theirs);
        assertTrue(missing.isEmpty(), "pages Hugo does not make: " + missing);
        Set<String> extra = new TreeSet<>(theirs);
        extra.removeAll(mine);
        assertTrue(extra.stream().allMatch(p -> p.endsWith("/trang/1/index.html")), "pages only Hugo makes: " + extra);
    }
}
