package vn.vungcao.ssg.route;

import java.net.URI;
import java.util.List;
import vn.vungcao.ssg.content.Page;
import vn.vungcao.ssg.text.Slugs;

/**
 * Where everything is published. A site path is relative to the site root and ends in {@code /}
 * for a page ({@code tin-tuc/khanh-thanh/}); {@link #url} adds the base path so the site works at a
 * domain root and under a sub-path. Immutable and thread-safe.
 */
public final class Routes {

    public static final String NEWS = "tin-tuc";
    public static final String SCHOOLS = "truong";
    public static final String CHILDREN = "tre-em";
    public static final String CAMPAIGNS = "chien-dich";
    public static final String TAGS = "the";
    public static final String PAGE = "trang";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    public static final String NOT_FOUND = "404.html";
    public static final String MANIFEST = "manifest.webmanifest";
    public static final String SERVICE_WORKER = "sw.js";
    public static final String OFFLINE_PAGE = "offline/";
    public static final String LOOKUP_PAGE = "tra-cuu/";
    public static final String FAQ_PAGE = "hoi-dap/";

    /** First path segments that free pages may not take. */
    public static final List<String> RESERVED = List.of(NEWS, SCHOOLS, CHILDREN, CAMPAIGNS, TAGS, PAGE, "tra-cuu",
            "sao-ke", "bao-cao", "hoi-dap", "css", "js", "en", "vi", "404", "feed", "sitemap", "robots", "sw",
            "manifest", "offline", "search", "assets", "static", "admin");

    private final String baseUrl;
    private final String basePath;

    /** @param baseUrl absolute, ending in {@code /} */
    public Routes(String baseUrl) {
        this.baseUrl = baseUrl;
        this.basePath = URI.create(baseUrl).getRawPath();
    }

    public String basePath() {
        return basePath;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The link to a site path: {@code /vungcao/tin-tuc/} under a sub-path. */
    public String url(String sitePath) {
        return basePath + strip(sitePath);
    }

    /** The absolute URL of a site path, for feeds, sitemaps and canonical links. */
    public String absolute(String sitePath) {
        return baseUrl + strip(sitePath);
    }

    private static String strip(String sitePath) {
        return sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    }

    /** The output file for a site path: a path ending in {@code /} gets {@code index.html}. */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }

    public static String home() {
        return "";
    }

    public static String newsList(int page) {
        return page <= 1 ? NEWS + "/" : NEWS + "/" + PAGE + "/" + page + "/";
    }

    public static String news(String slug) {
        return NEWS + "/" + slug + "/";
    }

    public static String tags() {
        return TAGS + "/";
    }

    public static String tag(String tag, int page) {
        return tagPage(Slugs.slug(tag), page);
    }

    /** As {@link #tag}, for the tag's slug already made (a list's every page needs it). */
    public static String tagPage(String slug, int page) {
        String base = TAGS + "/" + slug + "/";
        return page <= 1 ? base : base + PAGE + "/" + page + "/";
    }

    public static String schools() {
        return SCHOOLS + "/";
    }

    public static String school(String slug) {
        return SCHOOLS + "/" + slug + "/";
    }

    public static String children() {
        return CHILDREN + "/";
    }

    /** A child's page, derived from the code: {@code tre-em/ml-0123/}. */
    public static String child(String code) {
        return CHILDREN + "/" + Slugs.slug(code) + "/";
    }

    public static String campaigns() {
        return CAMPAIGNS + "/";
    }

    public static String campaign(String slug) {
        return CAMPAIGNS + "/" + slug + "/";
    }

    public static String page(String slug) {
        return slug + "/";
    }

    /** A free page in its language: {@code gioi-thieu/}, or {@code en/gioi-thieu/} for a translation. */
    public static String page(Page page) {
        return page.translation() == null ? page(page.slug()) : page.translation() + "/" + page(page.slug());
    }

    /** The home of a language's translated pages: {@code en/}. */
    public static String languageHome(String language) {
        return language + "/";
    }
}
