package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.TestSite;
import vn.vungcao.ssg.serve.Preview;


/** {@code serve}: an edit reloads the open page; a broken file shows an overlay until it is fixed. */
@BrowserTest
class ServeTest {

    @Test
    void editsReloadThePageAndMistakesShowAnOverlay(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, "");
        Path post = site.root().resolve("content/news/2021-07-15-khanh-thanh.md");
        String original = Files.readString(post);
        Path temp;
        try (Preview preview = new Preview(site.root(), "/", 0, false, false, 2, result -> { });
             Chromium chromium = new Chromium()) {
            BrowserContext context = chromium.browser().newContext();
            Page page = context.newPage();
            page.navigate(preview.url() + "tin-tuc/khanh-thanh/");
            assertTrue(page.textContent("main").contains("Hôm nay chúng tôi khánh thành"));
            page.waitForFunction("() => window.EventSource !== undefined");

            Files.writeString(post, original.replace("Hôm nay chúng tôi khánh thành", "Nội dung đã sửa lúc xem thử"));
            page.waitForFunction("() => document.querySelector('main').innerText.includes('Nội dung đã sửa lúc xem thử')");

            Files.writeString(post, "---\ntitle: [chưa đóng\ndate: 2021-07-15\n---\nHỏng.\n");
            page.waitForSelector("#vungcao-errors");
            String overlay = page.textContent("#vungcao-errors");
            assertTrue(overlay.contains("content/news/2021-07-15-khanh-thanh.md:2:8"), overlay);
            assertTrue(page.textContent("main").contains("Nội dung đã sửa lúc xem thử"), "the last good site stays");

            Files.writeString(post, original.replace("Hôm nay chúng tôi khánh thành", "Đã sửa xong"));
            page.waitForFunction("() => document.querySelector('main').innerText.includes('Đã sửa xong')");
            assertEquals(0, page.locator("#vungcao-errors").count(), "the overlay is gone");
            context.close();
            temp = preview.folder();
            assertTrue(Files.isDirectory(temp));
        }
        assertFalse(Files.exists(temp), "stopping leaves no stray files");
        try (Stream<Path> files = Files.list(site.root())) {
            assertEquals(List.of("content", "site-config.yml"),
                    files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".cache")).sorted().toList());
        }
    }

    @Test
    void aPublishedBuildNeverCarriesTheReloadScript(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        site.pages().forEach((path, html) -> assertFalse(html.contains("__livereload"), path));
    }
}
