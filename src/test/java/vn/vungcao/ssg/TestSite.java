package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;


/**
 * A whole site written inline, built in a temporary folder. Files are given as a text block:
 * a line {@code -- path --} starts a file, the lines after it are its content. Files of
 * {@link #BASE} are there unless replaced (same path) or removed ({@code -- path --} followed by
 * the single line {@code !delete}).
 */
public final class TestSite {

    /** A small valid site: config, one school, a waiting and a sponsored child, a campaign, news, a page. */
    public static final String BASE = """
            -- site-config.yml --
            title: Vùng cao
            description: Một trang thử.
            base_url: https://example.org/
            news_per_page: 2
            -- content/schools/ban-on.md --
            ---
            name: Điểm trường bản Ón
            district: Mường Lát
            commune: Tam Chung
            status: completed
            classrooms: 3
            ---
            Ba phòng học.
            -- content/children/ML-0001.md --
            ---
            code: ML-0001
            name: Mai
            birth_year: 2014
            school: ban-on
            grade: 4
            status: waiting
            ---
            Em thích vẽ.
            -- content/children/ML-0002.md --
            ---
            code: ML-0002
            name: Thủy
            birth_year: 2013
            school: ban-on
            status: sponsored
            sponsored_since: 2020-09-01
            ---
            Em thích hát.
            -- content/campaigns/ao-am.md --
            ---
            title: Áo ấm mùa đông
            goal_vnd: 1000000
            raised_vnd: 250000
            status: active
            ---
            Áo ấm cho các em.
            -- content/news/2021-07-15-khanh-thanh.md --
            ---
            title: Khánh thành điểm trường
            date: 2021-07-15
            tags: [xây trường, Mường Lát]
            school: ban-on
            ---
            Hôm nay chúng tôi khánh thành [trường](/truong/ban-on/).
            -- content/news/2021-08-01-tin-hai.md --
            ---
            title: Tin thứ hai
            date: 2021-08-01
            campaign: ao-am
            ---
            Nội dung.
            -- content/news/2021-09-01-tin-ba.md --
            ---
            title: Tin thứ ba
            date: 2021-09-01
            ---
            Nội dung ba.
            -- content/pages/gioi-thieu.md --
            ---
            title: Giới thiệu
            menu: 1
            ---
            Về chúng tôi.
            """;

    /** A fixed "now" so that no test depends on the day it runs. */
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Path root;
    private final Path out;

    private TestSite(Path root) {
        this.root = root;
        this.out = root.resolve("public");
    }

    /** The base site with {@code overrides} applied, written under {@code dir}. */
    public static TestSite of(Path dir, String overrides) {
        Map<String, String> files = parse(BASE);
        files.putAll(parse(overrides));
        TestSite site = new TestSite(dir.resolve("site"));
        files.forEach((path, content) -> {
            if (!content.equals("!delete\n")) site.write(path, content);
        });
        return site;
    }

    /** Only the files of {@code text}, without the base site. */
    public static TestSite exactly(Path dir, String text) {
        TestSite site = new TestSite(dir.resolve("site"));
        parse(text).forEach(site::write);
        return site;
    }

    static Map<String, String> parse(String text) {
        Map<String, String> files = new TreeMap<>();
        String current = null;
        StringBuilder content = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (current != null) files.put(current, content.toString());
                current = line.substring(3, line.length() - 3);
                content.setLength(0);
            } else if (current != null) {
                content.append(line).append('\n');
            }
        }
        if (current != null) files.put(current, content.toString().replaceAll("\n+$", "\n"));
        return files;
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return out;
    }

    public TestSite write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite write(String path, byte[] content) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public BuildOptions options() {
        return BuildOptions.of(root, out).withNow(NOW);
    }

    public BuildResult build() {
        return build(options());
    }

    public BuildResult build(BuildOptions options) {
        try {
            return SiteBuilder.build(options);
        } catch (UsageException | IOException e) {
            throw new AssertionError("build failed unexpectedly: " + e.getMessage(), e);
        }
    }

    /** Builds and fails the test if the build reports any error. */
    public BuildResult buildOk() {
        BuildResult result = build();
        if (result.hasErrors()) fail("expected a clean build, got:\n" + describe(result.diagnostics()));
        assertTrue(result.published());
        return result;
    }

    /** Each diagnostic as {@code file:line:col code}. */
    public static List<String> describe(List<Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) out.add(d.position() + " " + d.code());
        return out;
    }

    /** The text of an output file. */
    public String file(String path) {
        try {
            return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no output file " + path, e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(out.resolve(path));
    }

    /** Every output file's path and bytes, sorted by path. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) return files;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The text of every HTML page of the output, by path. */
    public Map<String, String> pages() {
        Map<String, String> pages = new TreeMap<>();
        snapshot(out).forEach((path, bytes) -> {
            if (path.endsWith(".html")) pages.put(path, new String(bytes, StandardCharsets.UTF_8));
        });
        return pages;
    }
}
