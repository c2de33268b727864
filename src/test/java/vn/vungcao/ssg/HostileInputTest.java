package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;
import vn.vungcao.ssg.serve.DevServer;


/**
 * What a hostile pull request tries, replayed: links out of the site and out of the output,
 * names that rewrite a terminal, planted caches. Each case must end in a clear message (or a
 * refusal) with nothing outside the site read and nothing outside the output written or deleted,
 * and the previous site untouched. Add every hostile input found here. Cases written as content
 * alone are in {@link HostileContentTest}.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    /** A folder outside the site with a file that must survive every build. */
    private Path outsideWithFile() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), "runner secret");
        return outside;
    }

    @Test
    void anOutputFolderThatIsALinkIsRefusedBeforeAnythingIsDeleted() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Map<String, byte[]> content = TestSite.snapshot(site.root().resolve("content"));
        Path toContent = dir.resolve("out-to-content");
        Files.createSymbolicLink(toContent, site.root().resolve("content"));
        UsageException refused = assertThrows(UsageException.class,
                () -> SiteBuilder.build(site.options().withOutput(toContent)));
        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());

        Path outside = outsideWithFile();
        Path toOutside = dir.resolve("out-to-outside");
        Files.createSymbolicLink(toOutside, outside);
        CliTest.Run run = CliTest.run("build", "--site", site.root().toString(), "--out", toOutside.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("symbolic link"), run.err());

        assertEquals(content.keySet(), TestSite.snapshot(site.root().resolve("content")).keySet(), "content/ is intact");
        assertEquals("runner secret", Files.readString(outside.resolve("secret.txt")));
        assertTrue(Files.isSymbolicLink(toContent) && Files.isSymbolicLink(toOutside), "the links themselves stay");
    }

    @Test
    void anOutputFolderReachedThroughALinkIntoContentIsRefused() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Path link = dir.resolve("via");
        Files.createSymbolicLink(link, site.root().resolve("content"));
        UsageException refused = assertThrows(UsageException.class,
                () -> SiteBuilder.build(site.options().withOutput(link.resolve("public"))));
        assertTrue(refused.getMessage().contains("inside content/"), refused.getMessage());
        assertFalse(Files.exists(site.root().resolve("content/public")));
    }

    @Test
    void aStatementThatIsALinkOutOfTheSiteIsNotRead() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Path outside = outsideWithFile();
        Files.writeString(outside.resolve("x.csv"), "Ngày,Số tiền ghi có,Số tiền ghi nợ,Số dư,Nội dung\n"
                + "01/01/2025,1000,,1000,RUNNER SECRET\n");
        site.write("content/ledger/.keep", "");
        Files.createSymbolicLink(site.root().resolve("content/ledger/2025-01.csv"), outside.resolve("x.csv"));
        BuildResult result = site.build();
        assertEquals(List.of("content/ledger/2025-01.csv file.link"), TestSite.describe(result.diagnostics()));
        assertFalse(result.published());
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void aStatementsFolderThatIsALinkIsNotRead() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Path outside = outsideWithFile();
        Files.writeString(outside.resolve("x.csv"), "Ngày,Số tiền ghi có,Số dư,Nội dung\n01/01/2025,1000,1000,SECRET\n");
        Files.createSymbolicLink(site.root().resolve("content/ledger"), outside);
        BuildResult result = site.build();
        assertEquals(List.of("content/ledger file.link"), TestSite.describe(result.diagnostics()));
        assertFalse(result.published());
    }

    @Test
    void aThemeFileThatIsALinkIsNeitherReadNorPublished() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Path outside = outsideWithFile();
        Files.createDirectories(site.root().resolve("themes/vungcao/static/css"));
        Files.createDirectories(site.root().resolve("themes/vungcao/templates"));
        Files.createSymbolicLink(site.root().resolve("themes/vungcao/static/secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.root().resolve("themes/vungcao/templates/page.peb"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.root().resolve("themes/vungcao/static/css/site.css"), outside.resolve("secret.txt"));
        BuildResult result = site.build();
        assertEquals(List.of("themes/vungcao/static/css/site.css file.link", "themes/vungcao/static/secret.txt file.link",
                "themes/vungcao/templates/page.peb file.link"), TestSite.describe(result.diagnostics()));
        assertFalse(result.published());
    }

    @Test
    void aThemeFolderThatIsALinkOutOfTheSiteIsNotRead() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Path outside = outsideWithFile();
        Files.createDirectories(site.root().resolve("themes"));
        Files.createSymbolicLink(site.root().resolve("themes/vungcao"), outside);
        BuildResult result = site.build();
        assertEquals(List.of("themes/vungcao file.link"), TestSite.describe(result.diagnostics()));
    }

    @Test
    void aConfigThatIsALinkIsNotRead() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Path outside = outsideWithFile();
        Files.move(site.root().resolve("site-config.yml"), outside.resolve("site-config.yml"));
        Files.createSymbolicLink(site.root().resolve("site-config.yml"), outside.resolve("site-config.yml"));
        assertEquals(List.of("site-config.yml file.link"), TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void namesWithControlCharactersOrBackslashesAreContentErrorsPrintedEscaped() throws IOException {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/a\u001b]0;owned\u0007.txt", "x");
        site.write("content/images\\b.txt", "x");
        site.write("content/news/2021-10-01-tin\u001b[2J.md", "---\ntitle: Tin\ndate: 2021-10-01\n---\nx\n");
        BuildResult result = site.build();
        assertEquals(List.of("content/images/a\u001b]0;owned\u0007.txt file.bad-name", "content/images\\b.txt file.bad-name",
                "content/news/2021-10-01-tin\u001b[2J.md file.bad-name"), TestSite.describe(result.diagnostics()));
        CliTest.Run run = CliTest.run("check", "--site", site.root().toString());
        assertEquals(1, run.code(), run.err());
        assertFalse(run.err().contains("\u001b") || run.err().contains("\u0007"), "no control character reaches the terminal");
        assertTrue(run.err().contains("content/images/a\\x1b]0;owned\\x07.txt"), run.err());
        CliTest.Run github = CliTest.run("check", "--format", "github", "--site", site.root().toString());
        assertFalse(github.err().contains("\u001b"), github.err());
    }

    @Test
    void nothingIsKeptInsideTheSiteFolderWhereAPullRequestCouldPlantIt() throws IOException {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/a.png", TestImages.png(40, 30));
        site.buildOk();
        assertFalse(Files.exists(site.root().resolve(".cache")), "the site folder holds nothing the generator made");
        Path kept = site.options().keptFolder();
        assertFalse(kept.toAbsolutePath().startsWith(site.root().toAbsolutePath()), kept.toString());
        assertTrue(Files.isRegularFile(kept.resolve("markdown.bin")), "the stores are kept outside the site");
    }

    @Test
    void aPageInTheOutputFolderIsTakenAgainOnlyWhenItIsByteForByteWhatTheLastBuildWrote() throws IOException {
        TestSite site = TestSite.of(dir, "");
        site.buildOk();
        site.buildOk(); // into the folder the first one made: now its pages are fingerprinted
        Path page = site.out().resolve("gioi-thieu/index.html");
        String made = Files.readString(page);
        // a same-length change, as a forgery aimed at a weak checksum would be
        String forged = made.replace("Về chúng tôi.", "Về chúng tôX.");
        assertEquals(made.length(), forged.length());
        Files.writeString(page, forged, StandardCharsets.UTF_8);
        site.buildOk();
        assertEquals(made, Files.readString(page));
    }

    @Test
    void newChildRefusesASchoolThatIsAPath() throws IOException {
        TestSite site = TestSite.of(dir, "");
        CliTest.Run run = CliTest.run("new", "child", "ML-0009", "--school", "../../x", "--site", site.root().toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("not the name of a school file"), run.err());
        assertFalse(Files.exists(site.root().resolve("content/children/ML-0009.md")));
        try (var walk = Files.walk(dir)) {
            assertEquals(List.of(), walk.filter(p -> p.getFileName().toString().equals("ML-0009.md")).toList());
        }
    }

    @Test
    void aThemeThatPrintsAScriptUrlIsRefusedByTheCheck() throws IOException {
        TestSite site = TestSite.of(dir, "");
        String base = new String(HostileInputTest.class.getClassLoader().getResourceAsStream("themes/vungcao/templates/base.peb")
                .readAllBytes(), StandardCharsets.UTF_8);
        site.write("themes/vungcao/templates/base.peb", base.replace("<footer class=\"site-footer\">",
                "<footer class=\"site-footer\"><a href=\"javascript:alert(1)\">x</a><img src=\"x.png\" onerror=\"alert(2)\" alt=\"\">"));
        BuildResult result = site.build(site.options().withCheck(true));
        List<String> found = TestSite.describe(result.diagnostics()).stream().distinct().toList();
        assertTrue(found.contains("themes/vungcao/templates/page.peb check.unsafe-url"), found.toString());
        assertFalse(result.published());
    }

    @Test
    void thePreviewServerAnswersHeadRequestsAndBadPathsWithoutDroppingTheConnection() throws Exception {
        Path root = dir.resolve("public");
        Files.createDirectories(root);
        Files.writeString(root.resolve("index.html"), "<!doctype html><title>x</title>");
        Logger jdk = Logger.getLogger("com.sun.net.httpserver");
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jdk.addHandler(handler);
        try (DevServer server = new DevServer(root, "/", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            String at = "http://127.0.0.1:" + server.port();
            HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(at + "/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                assertTrue(status != null && status.contains(" 400"), status);
            }
            for (String bad : List.of("/%00", "/a%00b.html", "/..%5c..%5cetc%5cpasswd", "/%1b%5b2J")) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(at + bad)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(400, r.statusCode(), bad);
            }
            assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(at + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "the server still serves");
        } finally {
            jdk.removeHandler(handler);
        }
        assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList());
    }
}
