package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendered Markdown kept in {@code .cache/markdown.bin} between builds: a body that did not change
 * is not rendered again, and the output is the same as without the store.
 */
class MarkdownStoreTest {

    @TempDir
    Path dir;

    private static final String POST = """
            -- content/news/2025-12-01-khai-giang.md --
            ---
            title: Khai giảng
            date: 2025-12-01
            ---
            Lớp học mới đã mở, cảm ơn nhà hảo tâm marker-word.

            <script>alert(1)</script>

            Xem [trường](/truong/) nhé.
            """;

    @Test
    void aBodyThatDidNotChangeIsTakenFromTheStoreAndAChangedOneIsRenderedAgain() throws Exception {
        TestSite site = TestSite.of(dir, POST);
        site.build();
        Path store = site.options().markdownStore();
        assertTrue(Files.isRegularFile(store), "the first build keeps its rendered bodies");
        Map<String, byte[]> first = TestSite.snapshot(site.out());

        site.build();
        Map<String, byte[]> second = TestSite.snapshot(site.out());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));

        // the stored HTML is what the next build publishes: it is not rendered again
        byte[] stored = Files.readAllBytes(store);
        // the same number of bytes in place, so the file stays whole (it is read as ISO-8859-1: one char per byte)
        Files.write(store, new String(stored, StandardCharsets.ISO_8859_1).replace("marker-word", "MARKER-WORD")
                .getBytes(StandardCharsets.ISO_8859_1));
        site.build();
        String page = site.file("tin-tuc/khai-giang/index.html");
        assertTrue(page.contains("MARKER-WORD"), "the body came from the store");

        // an edited body is rendered again
        site.write("content/news/2025-12-01-khai-giang.md", POST.lines().skip(1)
                .map(l -> l.replace("marker-word", "đã sửa")).reduce("", (a, b) -> a + b + "\n"));
        site.build();
        page = site.file("tin-tuc/khai-giang/index.html");
        assertTrue(page.contains("nhà hảo tâm đã sửa."), page);
        assertFalse(page.contains("MARKER-WORD"));
    }

    @Test
    void warningsOfAStoredBodyAreReportedAgainAtTheSamePlace() {
        TestSite site = TestSite.of(dir, POST);
        List<String> first = TestSite.describe(site.build().diagnostics());
        assertTrue(first.contains("content/news/2025-12-01-khai-giang.md:7:1 markdown.unsafe-html-removed"), first.toString());
        List<String> second = TestSite.describe(site.build().diagnostics());
        assertEquals(first, second);
    }

    @Test
    void anotherBaseUrlRendersTheLinksAgain() {
        TestSite site = TestSite.of(dir, POST);
        site.build();
        site.build(site.options().withBaseUrl("https://example.org/vungcao/"));
        assertTrue(site.file("tin-tuc/khai-giang/index.html").contains("href=\"/vungcao/truong/\""),
                site.file("tin-tuc/khai-giang/index.html"));
    }

    @Test
    void aDamagedStoreIsIgnored() throws Exception {
        TestSite site = TestSite.of(dir, POST);
        site.build();
        Map<String, byte[]> fresh = TestSite.snapshot(site.out());
        Path store = site.options().markdownStore();
        byte[] stored = Files.readAllBytes(store);
        for (byte[] damaged : List.of(java.util.Arrays.copyOf(stored, stored.length / 2), "not a store".getBytes(StandardCharsets.UTF_8),
                new byte[0])) {
            Files.write(store, damaged);
            site.build();
            Map<String, byte[]> again = TestSite.snapshot(site.out());
            assertEquals(fresh.keySet(), again.keySet());
            fresh.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
        }
    }
}
