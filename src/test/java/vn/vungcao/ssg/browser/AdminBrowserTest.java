package vn.vungcao.ssg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;


/**
 * The form editor at {@code /admin/} of the built example, in headless Chromium: it starts in
 * Vietnamese on its sign-in screen, offers sign-in with a personal access token, writes no error
 * to the console, and asks no host but the site's own for anything (its words and fonts included,
 * which it would otherwise fetch from CDNs).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTest {

    private Chromium chromium;

    @BeforeAll
    void start() {
        chromium = new Chromium();
    }

    @AfterAll
    void stop() {
        chromium.close();
    }

    /** What the page asked for and said while it was open. */
    record Visit(List<String> requests, List<String> problems) {
    }

    /** Opens the editor served under {@code prefix}, runs {@code check} on it, and tells what it asked other hosts for and said. */
    private Visit open(String prefix, Consumer<Page> check) throws Exception {
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try (SiteServer server = new SiteServer(ExampleBuild.folder(), prefix);
             BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                     .setLocale("en-US"))) {
            String own = "http://127.0.0.1:" + URI.create(server.url()).getPort() + "/";
            // the context sees the requests of every page and worker it holds; none leaves the machine
            context.onRequest(r -> requests.add(r.url()));
            context.route(url -> url.startsWith("http") && !url.startsWith(own), Route::abort);
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") || m.type().equals("warning")) problems.add(m.type() + ": " + m.text());
            });
            page.onPageError(e -> problems.add("uncaught: " + e));
            page.onRequestFailed(r -> problems.add("failed: " + r.url() + " " + r.failure()));
            page.navigate(server.url() + "admin/");
            check.accept(page);
            // what the editor does a moment after it shows (fonts, words, checks) is part of the visit
            page.waitForLoadState(LoadState.NETWORKIDLE);
            List<String> elsewhere = new ArrayList<>();
            for (String url : List.copyOf(requests)) {
                if (!url.startsWith(own) && !url.startsWith("data:") && !url.startsWith("blob:")) elsewhere.add(url);
            }
            return new Visit(elsewhere, List.copyOf(problems));
        }
    }

    @Test
    void showsItsSignInScreenInVietnameseAndAsksNoOtherHost() throws Exception {
        Visit visit = open("/", page -> {
            var token = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập bằng mã truy cập"));
            token.waitFor();
            assertTrue(page.getByText("Vì trẻ em vùng cao Thanh Hóa").first().isVisible(), "the site's name is on the screen");
            token.click();
            assertTrue(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mã truy cập cá nhân")).isVisible(),
                    "a box for the token");
        });
        assertEquals(List.of(), visit.requests(), "requests to other hosts");
        assertEquals(List.of(), visit.problems(), "console errors and warnings");
    }

    @Test
    void theSitesServiceWorkerKeepsNoCopyOfTheEditor() throws Exception {
        try (SiteServer server = new SiteServer(ExampleBuild.folder(), "/");
             BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.url());
            OfflineTest.waitForServiceWorker(page);
            OfflineTest.waitUntil(page, "() => caches.open('vungcao-pages').then(c => c.match(location.href)).then(r => !!r)", null);
            page.navigate(server.url() + "admin/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập bằng mã truy cập")).waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.navigate(server.url() + "gioi-thieu/");
            OfflineTest.waitUntil(page, "() => caches.open('vungcao-pages').then(c => c.match(location.href)).then(r => !!r)", null);
            @SuppressWarnings("unchecked")
            List<String> cached = (List<String>) page.evaluate("() => caches.keys().then(names => Promise.all(names.map("
                    + "n => caches.open(n).then(c => c.keys()).then(rs => rs.map(r => r.url))))).then(lists => lists.flat())");
            assertTrue(cached.stream().anyMatch(u -> u.endsWith("/gioi-thieu/")), "pages read are cached: " + cached);
            assertEquals(List.of(), cached.stream().filter(u -> u.contains("/admin/")).toList(), "the editor's files");
        }
    }

    @Test
    void worksUnderASubPath() throws Exception {
        Visit visit = open("/vungcao/", page -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập bằng mã truy cập")).waitFor());
        assertEquals(List.of(), visit.requests(), "requests to other hosts");
        assertEquals(List.of(), visit.problems(), "console errors and warnings");
    }
}
