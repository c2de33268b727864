package vn.vungcao.ssg.feed;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.NewsPost;
import vn.vungcao.ssg.route.Routes;

/**
 * The machine-readable files: the Atom feed of news, {@code sitemap.xml} and {@code robots.txt}.
 * Children never appear in the feed or the sitemap, and robots.txt keeps crawlers away from their
 * pages. No build time is written anywhere: dates come from the content.
 */
public final class Feeds {

    private static final int FEED_ENTRIES = 20;

    private Feeds() {
    }

    /** An Atom feed of the latest news, newest first. */
    public static byte[] atom(SiteConfig config, Routes routes, List<NewsPost> news, Function<NewsPost, String> summary) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(xml(config.language())).append("\">\n");
        x.append("  <title>").append(xml(config.title())).append("</title>\n");
        if (!config.description().isEmpty()) x.append("  <subtitle>").append(xml(config.description())).append("</subtitle>\n");
        x.append("  <id>").append(xml(routes.absolute(""))).append("</id>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(routes.absolute(""))).append("\"/>\n");
        x.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(routes.absolute(Routes.FEED))).append("\"/>\n");
        String updated = news.isEmpty() ? "2016-08-01T00:00:00+07:00" : news.get(0).date().format(iso);
        x.append("  <updated>").append(updated).append("</updated>\n");
        x.append("  <author><name>").append(xml(config.title())).append("</name></author>\n");
        for (NewsPost n : news.subList(0, Math.min(FEED_ENTRIES, news.size()))) {
            String url = routes.absolute(Routes.news(n.slug()));
            x.append("  <entry>\n");
            x.append("    <title>").append(xml(n.title())).append("</title>\n");
            x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(url)).append("\"/>\n");
            x.append("    <id>").append(xml(url)).append("</id>\n");
            x.append("    <published>").append(n.date().format(iso)).append("</published>\n");
            x.append("    <updated>").append(n.date().format(iso)).append("</updated>\n");
            for (String tag : n.tags()) x.append("    <category term=\"").append(xml(tag)).append("\"/>\n");
            x.append("    <summary>").append(xml(summary.apply(n))).append("</summary>\n");
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One URL of the sitemap, with its last change date or null. */
    public record SitemapEntry(String sitePath, String lastModified) {
    }

    public static byte[] sitemap(Routes routes, List<SitemapEntry> entries) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitemapEntry e : entries) {
            x.append("  <url><loc>").append(xml(routes.absolute(e.sitePath()))).append("</loc>");
            if (e.lastModified() != null) x.append("<lastmod>").append(e.lastModified()).append("</lastmod>");
            x.append("</url>\n");
        }
        x.append("</urlset>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] robots(Routes routes) {
        String text = "User-agent: *\n"
                + "Disallow: " + routes.url(Routes.children()) + "\n"
                + "\n"
                + "Sitemap: " + routes.absolute(Routes.SITEMAP) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 does not allow are dropped
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }
}
