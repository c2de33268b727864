package vn.vungcao.ssg.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.vungcao.ssg.config.SiteConfig;

/**
 * What the site publishes at {@code /admin/} when its config has an {@code admin:} section: the
 * form editor (Sveltia CMS, vendored in the jar's {@code admin/} folder with its licence, its
 * Vietnamese words and its fonts; see {@code README.txt} there), the page that loads it and its
 * configuration ({@link CmsConfig}). The page is kept out of search engines ({@code noindex}); the
 * build leaves {@code /admin/} out of the sitemap, the feed, the search index and the service
 * worker's precache, none of which are made from these files. Every URL in the page is relative,
 * so the editor works at a domain's root and under a sub-path. Pure.
 */
public final class AdminFiles {

    /** The folder the editor is published in. */
    public static final String FOLDER = "admin/";

    /** The vendored Sveltia CMS; keep in step with README.txt. */
    public static final String SVELTIA_VERSION = "0.221.1";

    /** The files taken from the jar as they are, by their path under {@link #FOLDER}. */
    static final List<String> VENDORED = List.of(
            "sveltia-cms.js",
            "sveltia-cms.LICENSE.txt",
            "setup.js",
            "locales/vi.json",
            "fonts/material-symbols-outlined-latin-wght-normal.woff2",
            "fonts/material-symbols-outlined.LICENSE.txt",
            "fonts/source-sans-3-latin-wght-normal.woff2",
            "fonts/source-sans-3.LICENSE.txt",
            "fonts/noto-mono-latin-400-normal.woff2",
            "fonts/noto-mono.LICENSE.txt");

    private AdminFiles() {
    }

    /** The files of {@code /admin/} by site path, sorted; empty when the site has no {@code admin:} settings. */
    public static Map<String, byte[]> files(SiteConfig config) {
        if (config.admin() == null) return Map.of();
        Map<String, byte[]> files = new TreeMap<>();
        files.put(FOLDER + "index.html", page(config));
        files.put(FOLDER + "config.yml", CmsConfig.yaml(config));
        for (String name : VENDORED) files.put(FOLDER + name, resource(name));
        return Collections.unmodifiableMap(files);
    }

    /**
     * The page that loads the editor. The editor reads its settings from {@code config.yml} beside
     * the page, and loads its parts relative to its script; the {@code noscript} text is what a
     * browser without JavaScript shows instead.
     */
    static byte[] page(SiteConfig config) {
        String html = """
                <!doctype html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                <meta name="referrer" content="same-origin">
                <title>Soạn nội dung · %s</title>
                </head>
                <body>
                <noscript>
                <h1>Trình soạn thảo cần JavaScript</h1>
                <p>Hãy bật JavaScript trong trình duyệt để sửa nội dung của trang bằng trình soạn thảo.
                Cũng có thể sửa các tệp ngay trên GitHub, theo hướng dẫn cho người biên tập.</p>
                </noscript>
                <script src="setup.js"></script>
                <script src="sveltia-cms.js"></script>
                </body>
                </html>
                """.formatted(escape(config.title()));
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] resource(String name) {
        try (InputStream in = AdminFiles.class.getClassLoader().getResourceAsStream("admin/" + name)) {
            if (in == null) throw new IllegalStateException("the vendored form editor is missing from the class path: admin/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
