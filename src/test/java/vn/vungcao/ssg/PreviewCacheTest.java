package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildCache;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;


/** What the preview's caches must not keep: pages that name a theme file whose content changed. */
class PreviewCacheTest {

    @TempDir
    Path dir;

    @Test
    void editingTheStylesheetRenamesItOnEveryPage() throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions incremental = site.options().withOutput(served);
        BuildOptions full = site.options().withOutput(dir.resolve("full"));
        assertTrue(SiteBuilder.build(incremental, cache).published());
        String before = Files.readString(served.resolve("index.html"));

        String css = new String(TestSite.class.getClassLoader()
                .getResourceAsStream("themes/vungcao/static/css/site.css").readAllBytes(), StandardCharsets.UTF_8);
        site.write("themes/vungcao/static/css/site.css", css + "\n.moi { color: red; }\n");
        BuildResult a = SiteBuilder.build(incremental, cache);
        assertFalse(a.hasErrors(), a.diagnostics().toString());
        assertTrue(SiteBuilder.build(full).published());

        Map<String, byte[]> got = TestSite.snapshot(served);
        Map<String, byte[]> want = TestSite.snapshot(dir.resolve("full"));
        assertEquals(want.keySet(), got.keySet());
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path));
        assertFalse(before.equals(Files.readString(served.resolve("index.html"))), "the page names the new stylesheet");
    }
}
