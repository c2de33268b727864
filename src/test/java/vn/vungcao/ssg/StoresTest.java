package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildCache;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;


/**
 * What one build keeps in {@code .cache/} for the next: rendered Markdown ({@code markdown.bin})
 * and front matter read as YAML ({@code front-matter.bin}). What did not change is not made again,
 * what changed is, and the output is the same as without the stores.
 */
class StoresTest {

    @TempDir
    Path dir;

    private static final String POST = """
            -- content/news/2025-12-01-khai-giang.md --
            ---
            title: Khai giảng title-word
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
        Path store = site.options().store("markdown");
        assertTrue(Files.isRegularFile(store), "the first build keeps its rendered bodies");
        Map<String, byte[]> first = TestSite.snapshot(site.out());

        site.build();
        Map<String, byte[]> second = TestSite.snapshot(site.out());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));

        // the stored HTML is what the next build publishes: it is not rendered again
        replace(store, "marker-word", "MARKER-WORD");
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
    void aFreshBuildTakesNothingFromTheStoresAndKeepsWhatItMadeAnew() throws Exception {
        TestSite site = TestSite.of(dir, POST);
        site.build();
        Map<String, byte[]> first = TestSite.snapshot(site.out());
        replace(site.options().store("markdown"), "marker-word", "MARKER-WORD");
        replace(site.options().store("front-matter"), "title-word", "TITLE-WORD");
        site.build(site.options().withFresh(true));
        Map<String, byte[]> fresh = TestSite.snapshot(site.out());
        assertEquals(first.keySet(), fresh.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, fresh.get(path), path));
        for (String store : List.of("markdown", "front-matter")) {
            String kept = Files.readString(site.options().store(store), StandardCharsets.ISO_8859_1);
            assertFalse(kept.contains("MARKER-WORD") || kept.contains("TITLE-WORD"), store + " was written anew");
        }

        replace(site.options().store("markdown"), "marker-word", "MARKER-WORD");
        site.build();
        assertTrue(site.file("tin-tuc/khai-giang/index.html").contains("MARKER-WORD"), "a build that is not fresh takes from them");
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
        Path store = site.options().store("markdown");
        byte[] stored = Files.readAllBytes(store);
        // a count of entries far beyond the file's size, after a header that is right
        byte[] huge = stored.clone();
        int headerLength = ByteBuffer.wrap(huge, 18, 4).getInt();
        ByteBuffer.wrap(huge, 22 + headerLength, 4).putInt(1 << 28);
        for (byte[] damaged : List.of(Arrays.copyOf(stored, stored.length / 2), "not a store".getBytes(StandardCharsets.UTF_8),
                new byte[0], huge)) {
            Files.write(store, damaged);
            site.build();
            Map<String, byte[]> again = TestSite.snapshot(site.out());
            assertEquals(fresh.keySet(), again.keySet());
            fresh.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
        }
    }

    @Test
    void frontMatterThatDidNotChangeIsTakenFromTheStoreAndAChangedOneIsReadAgain() throws Exception {
        TestSite site = TestSite.of(dir, POST);
        site.build();
        Map<String, byte[]> first = TestSite.snapshot(site.out());
        Path store = site.options().store("front-matter");
        assertTrue(Files.isRegularFile(store), "the first build keeps the front matter it read");
        site.build();
        Map<String, byte[]> second = TestSite.snapshot(site.out());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));

        replace(store, "title-word", "TITLE-WORD");
        site.build();
        assertTrue(site.file("tin-tuc/khai-giang/index.html").contains("Khai giảng TITLE-WORD"), "the title came from the store");

        site.write("content/news/2025-12-01-khai-giang.md", POST.lines().skip(1)
                .map(l -> l.replace("title-word", "đã sửa")).reduce("", (a, b) -> a + b + "\n"));
        site.build();
        String page = site.file("tin-tuc/khai-giang/index.html");
        assertTrue(page.contains("Khai giảng đã sửa"), page);
        assertFalse(page.contains("TITLE-WORD"));
    }

    @Test
    void aSitesOverrideOfTheThemesWordsAndTheThemesOwnAreStoredApart() throws Exception {
        TestSite site = TestSite.of(dir, POST + """
                -- themes/vungcao/i18n/vi.yml --
                home:
                  news: Tin override-word
                """);
        site.build();
        Path store = site.options().store("front-matter");
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(store, old);
        site.build();
        assertEquals(old, Files.getLastModifiedTime(store), "nothing changed, so the store is not written again");

        replace(store, "override-word", "OVERRIDE-WORD");
        site.build();
        assertTrue(site.file("index.html").contains("Tin OVERRIDE-WORD"), "the site's words came from the store");
    }

    @Test
    void aMistakeInTheFrontMatterIsReportedAtEveryBuild() {
        TestSite site = TestSite.of(dir, POST.replace("date: 2025-12-01", "date: 2025-12-01\ntags: [một, hai"));
        List<String> first = TestSite.describe(site.build().diagnostics());
        assertTrue(first.stream().anyMatch(d -> d.startsWith("content/news/2025-12-01-khai-giang.md:") && d.endsWith("yaml.syntax")),
                first.toString());
        assertEquals(first, TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void searchFilesWhoseDocumentsDidNotChangeAreTakenFromTheStore() throws Exception {
        TestSite site = TestSite.of(dir, POST);
        site.build();
        assertTrue(searchIndex(site).contains("title-word"));
        replace(site.options().store("search"), "title-word", "TITLE-WORD");
        site.build();
        assertTrue(searchIndex(site).contains("TITLE-WORD"), "the index came from the store");

        site.write("content/news/2025-12-01-khai-giang.md", POST.lines().skip(1)
                .map(l -> l.replace("title-word", "sua-lai")).reduce("", (a, b) -> a + b + "\n"));
        site.build();
        String index = searchIndex(site);
        assertTrue(index.contains("sua-lai") && !index.contains("TITLE-WORD"), "a changed post is indexed again");
    }

    @Test
    void pagesWhoseInputsDidNotChangeAreTakenFromTheOutputFolder() throws Exception {
        TestSite site = TestSite.of(dir, POST);
        BuildResult first = site.build();
        assertEquals(first.pages(), first.rendered(), "a first build renders every page");
        // into a new folder, which a check or a clean clone's build makes: nothing could be taken, so nothing was kept
        assertFalse(Files.exists(site.options().store("pages")));
        assertEquals(first.pages(), site.build().rendered(), "the first build into an existing folder keeps what it renders");
        BuildResult second = site.build();
        assertEquals(first.pages(), second.pages());
        assertEquals(0, second.rendered(), "nothing changed");

        // a page changed by hand in the output folder is rendered again, not taken as it is
        Path home = site.out().resolve("index.html");
        String fresh = Files.readString(home);
        Files.writeString(home, fresh.replace("</body>", "<p>sửa tay</p></body>"));
        assertEquals(1, site.build().rendered());
        assertEquals(fresh, Files.readString(home));

        // an edited news post: its page and the pages that list it, not the others
        site.write("content/news/2025-12-01-khai-giang.md", POST.lines().skip(1)
                .map(l -> l.replace("title-word", "đã sửa")).reduce("", (a, b) -> a + b + "\n"));
        BuildResult edited = site.build();
        assertTrue(edited.rendered() > 1 && edited.rendered() < edited.pages() / 2, edited.rendered() + " of " + edited.pages());
        assertTrue(site.file("tin-tuc/khai-giang/index.html").contains("Khai giảng đã sửa"));
        assertTrue(site.file("index.html").contains("Khai giảng đã sửa"), "the home page lists the post as it is now");

        // a check (into a folder of its own) and a build into a new folder render everything and leave the stores as they are
        byte[] pages = Files.readAllBytes(site.options().store("pages"));
        BuildResult check = site.build(site.options().withCheck(true));
        assertEquals(check.pages(), check.rendered());
        BuildResult elsewhere = site.build(site.options().withOutput(dir.resolve("elsewhere")));
        assertEquals(elsewhere.pages(), elsewhere.rendered());
        assertArrayEquals(pages, Files.readAllBytes(site.options().store("pages")));
        assertEquals(0, site.build().rendered());

        // another base URL renders every page again
        BuildResult moved = site.build(site.options().withBaseUrl("https://example.org/vungcao/"));
        assertEquals(moved.pages(), moved.rendered());
    }

    @Test
    void aPreviewsFirstBuildTakesFromTheStoresToo() throws Exception {
        TestSite site = TestSite.of(dir, POST);
        site.build();
        replace(site.options().store("markdown"), "marker-word", "MARKER-WORD");
        Path served = dir.resolve("served");
        BuildCache cache = new BuildCache(served);
        BuildOptions options = site.options().withOutput(served);
        assertTrue(SiteBuilder.build(options, cache).published());
        assertTrue(Files.readString(served.resolve("tin-tuc/khai-giang/index.html")).contains("MARKER-WORD"),
                "the preview's first build took the body from the store");
        // later builds of the preview keep what they make in memory, and see edits
        site.write("content/news/2025-12-01-khai-giang.md", POST.lines().skip(1)
                .map(l -> l.replace("marker-word", "đã sửa")).reduce("", (a, b) -> a + b + "\n"));
        cache.changed(List.of(site.root().resolve("content/news/2025-12-01-khai-giang.md")));
        assertTrue(SiteBuilder.build(options, cache).published());
        assertTrue(Files.readString(served.resolve("tin-tuc/khai-giang/index.html")).contains("nhà hảo tâm đã sửa."));
    }

    @Test
    void theStatementsSummaryIsTakenFromTheStoreUntilAStatementChanges() throws Exception {
        TestSite site = TestSite.of(dir, LedgerPagesTest.STATEMENTS);
        site.buildOk();
        Map<String, byte[]> first = TestSite.snapshot(site.out());
        site.buildOk();
        Map<String, byte[]> second = TestSite.snapshot(site.out());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));

        replace(site.options().store("ledger"), "CHI TIEN AN BAN TRU", "CHI TIEN AN BAN XXX");
        site.buildOk();
        assertTrue(site.file("sao-ke/sao-ke.csv").contains("CHI TIEN AN BAN XXX"), "the summary came from the store");

        // a statement edited: read again
        String statement = Files.readString(site.root().resolve("content/ledger/2025-01.csv"));
        site.write("content/ledger/2025-01.csv", statement.replace("CHI TIEN AN BAN TRU THANG 1", "CHI TIEN AN BAN TRU THANG MOT"));
        site.buildOk();
        String csv = site.file("sao-ke/sao-ke.csv");
        assertTrue(csv.contains("THANG MOT") && !csv.contains("BAN XXX"), csv);

        // the sponsored child's code is masked; listed again, it is shown, and masked once more when sponsored
        assertFalse(site.file("sao-ke/sao-ke.csv").contains("ML0002"));
        String child = Files.readString(site.root().resolve("content/children/ML-0002.md"));
        site.write("content/children/ML-0002.md", child.replace("status: sponsored\nsponsored_since: 2020-09-01\n", "status: waiting\n"));
        site.buildOk();
        assertTrue(site.file("sao-ke/sao-ke.csv").contains("ML0002"), site.file("sao-ke/sao-ke.csv"));
        site.write("content/children/ML-0002.md", child);
        site.buildOk();
        assertFalse(site.file("sao-ke/sao-ke.csv").contains("ML0002"));
    }

    @Test
    void donationQrCodesAreTakenFromTheStore() throws Exception {
        TestSite site = TestSite.of(dir, DonationTest.CONFIG);
        site.buildOk();
        String page = site.file("chien-dich/ao-am/index.html");
        assertTrue(page.contains("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"), page);
        replace(site.options().store("qr"), "fill=\"#fff\"", "fill=\"#eee\"");
        site.buildOk();
        assertTrue(site.file("chien-dich/ao-am/index.html").contains("fill=\"#eee\""), "the code came from the store");
        // another account: drawn again
        site.write("site-config.yml", Files.readString(site.root().resolve("site-config.yml")).replace("0011223344", "0099887766"));
        site.buildOk();
        page = site.file("chien-dich/ao-am/index.html");
        assertTrue(page.contains("fill=\"#fff\"") && !page.contains("fill=\"#eee\""), page);
    }

    /** The word index's shards and chunks, one after another. */
    private static String searchIndex(TestSite site) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String folder : List.of("search/words", "search/docs")) {
            try (var files = Files.list(site.out().resolve(folder))) {
                for (Path p : files.sorted().toList()) all.append(Files.readString(p)).append('\n');
            }
        }
        return all.toString();
    }

    /** Replaces bytes of a store with as many others, so that the file stays whole. */
    private static void replace(Path store, String from, String to) throws Exception {
        assertEquals(from.length(), to.length());
        String bytes = new String(Files.readAllBytes(store), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains(from), "the store holds " + from);
        Files.write(store, bytes.replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
    }
}
