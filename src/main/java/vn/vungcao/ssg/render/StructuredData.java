package vn.vungcao.ssg.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.text.Json;
import vn.vungcao.ssg.view.Views;

/**
 * The JSON-LD (schema.org) that search engines and link previews read: the club as an
 * {@code NGO} on the home page, each news post as a {@code NewsArticle}. Keys keep their order,
 * so the output is byte-identical from build to build; written by {@link vn.vungcao.ssg.text.Json#forScript}, so no text
 * can end the script element early.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";
    /** One writer for all pages: making one costs far more than writing a page's few keys. */

    private StructuredData() {
    }

    /** The club, with its logo, contact details and profiles. */
    static String organization(SiteConfig config, Routes routes, Assets assets) {
        return json(club(config, routes, assets, true));
    }

    /** A news post, published by the club. */
    static String newsArticle(SiteConfig config, Routes routes, Assets assets, Views.Meta page, ZonedDateTime date) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", CONTEXT);
        article.put("@type", "NewsArticle");
        article.put("headline", page.title());
        article.put("description", page.description());
        article.put("url", page.canonical());
        article.put("mainEntityOfPage", page.canonical());
        article.put("inLanguage", config.language());
        article.put("datePublished", date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        article.put("image", List.of(page.image()));
        Map<String, Object> author = club(config, routes, assets, false);
        article.put("author", author);
        article.put("publisher", author);
        return json(article);
    }

    private static Map<String, Object> club(SiteConfig config, Routes routes, Assets assets, boolean full) {
        Map<String, Object> club = new LinkedHashMap<>();
        if (full) club.put("@context", CONTEXT);
        club.put("@type", "NGO");
        club.put("name", config.title());
        club.put("url", routes.absolute(Routes.home()));
        Map<String, Object> logo = new LinkedHashMap<>();
        logo.put("@type", "ImageObject");
        logo.put("url", routes.absolute(assets.path("icons/icon-512.png")));
        logo.put("width", 512);
        logo.put("height", 512);
        club.put("logo", logo);
        if (!full) return club;
        if (!config.description().isBlank()) club.put("description", config.description());
        SiteConfig.Contact c = config.contact();
        if (!c.email().isBlank()) club.put("email", c.email());
        if (!c.phone().isBlank()) club.put("telephone", c.phone());
        if (!c.address().isBlank()) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            address.put("streetAddress", c.address());
            address.put("addressCountry", "VN");
            club.put("address", address);
        }
        List<String> profiles = new ArrayList<>();
        for (String url : List.of(c.facebook(), c.zalo())) {
            if (url.startsWith("https://")) profiles.add(url);
        }
        if (!profiles.isEmpty()) club.put("sameAs", profiles);
        return club;
    }

    private static String json(Map<String, Object> value) {
        return Json.forScript(value);
    }
}
