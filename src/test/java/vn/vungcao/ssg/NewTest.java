package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code new} writes correctly named files that {@code check} accepts, and never overwrites. */
class NewTest {

    @TempDir
    Path dir;

    private CliTest.Run run(TestSite site, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--site";
        all[args.length + 1] = site.root().toString();
        all[args.length + 2] = "--date";
        all[args.length + 3] = "2025-11-20";
        return CliTest.run(all);
    }

    @Test
    void writesEachKindOfFileAndTheCheckAcceptsThem() throws Exception {
        TestSite site = TestSite.of(dir, "");
        assertEquals(0, run(site, "new", "news", "Trao áo ấm: mùa đông 2025").code());
        assertEquals(0, run(site, "new", "child", "ML-0124", "--school", "ban-on").code());
        assertEquals(0, run(site, "new", "school", "Điểm trường Pù Nhi").code());
        assertEquals(0, run(site, "new", "campaign", "Sách cho em").code());
        Path news = site.root().resolve("content/news/2025-11-20-trao-ao-am-mua-dong-2025.md");
        String text = Files.readString(news);
        assertTrue(text.contains("title: \"Trao áo ấm: mùa đông 2025\"\ndate: 2025-11-20\n"), text);
        assertTrue(Files.readString(site.root().resolve("content/children/ML-0124.md")).contains("code: ML-0124\n"));
        assertTrue(Files.readString(site.root().resolve("content/children/ML-0124.md")).contains("school: ban-on\n"));
        assertTrue(Files.exists(site.root().resolve("content/schools/diem-truong-pu-nhi.md")));
        assertTrue(Files.readString(site.root().resolve("content/campaigns/sach-cho-em.md")).contains("start: 2025-11-20"));

        CliTest.Run check = CliTest.run("check", "--site", site.root().toString());
        assertEquals(0, check.code(), check.err());
        assertEquals("", check.err());
    }

    @Test
    void refusesToOverwrite() throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path page = site.root().resolve("content/children/ML-0001.md");
        String before = Files.readString(page);
        CliTest.Run r = run(site, "new", "child", "ML-0001", "--school", "ban-on");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("already exists"), r.err());
        assertEquals(before, Files.readString(page));
    }

    @Test
    void refusesWhatWouldNotBeValid() throws Exception {
        TestSite site = TestSite.of(dir, "");
        assertTrue(run(site, "new", "child", "ML-124", "--school", "ban-on").err().contains("not a child code"));
        assertTrue(run(site, "new", "child", "ML-0124", "--school", "khong-co").err().contains("no school"));
        assertTrue(run(site, "new", "child", "ML-0124").err().contains("--school"));
        assertEquals(2, run(site, "new", "photo", "x").code());
        try (var files = Files.list(site.root().resolve("content/children"))) {
            assertEquals(List.of("ML-0001.md", "ML-0002.md"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
