package vn.vungcao.ssg.offline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.render.Assets;
import vn.vungcao.ssg.render.ShareImage;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.search.SearchData;
import vn.vungcao.ssg.text.Json;

/**
 * What makes the site work offline: the web app manifest and the service worker's settings. The
 * service worker precaches the look-up page, the offline page, the code map, the search index,
 * the CSS, scripts and icons, under a cache name made from the hash of all of them, so a new
 * deployment installs a new cache and removes the old one.
 */
public final class OfflineFiles {

    public static final List<String> ICONS = List.of("icons/icon-192.png", "icons/icon-512.png");

    private OfflineFiles() {
    }

    /** The web app manifest; {@code text} gives its short name and shortcut in the site's language. */
    public static byte[] manifest(SiteConfig config, Routes routes, Assets assets, UiText text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", config.title());
        m.put("short_name", text.get("manifest.shortName"));
        m.put("description", config.description());
        m.put("lang", config.language());
        m.put("start_url", routes.url(""));
        m.put("scope", routes.url(""));
        m.put("display", "standalone");
        m.put("background_color", "#f7f3ea");
        m.put("theme_color", "#1f5f3f");
        List<Map<String, String>> icons = new ArrayList<>();
        for (String icon : ICONS) {
            String size = icon.replaceAll(".*-(\\d+)\\.png", "$1");
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("src", routes.url(assets.path(icon)));
            entry.put("sizes", size + "x" + size);
            entry.put("type", "image/png");
            entry.put("purpose", "any");
            icons.add(entry);
        }
        m.put("icons", icons);
        Map<String, String> shortcut = new LinkedHashMap<>();
        shortcut.put("name", text.get("manifest.lookup"));
        shortcut.put("url", routes.url(Routes.LOOKUP_PAGE));
        m.put("shortcuts", List.of(shortcut));
        return Json.bytes(m);
    }

    /** The site paths the service worker precaches, in a fixed order. */
    public static List<String> precache(Assets assets, SearchData.Meta search, boolean questions) {
        List<String> paths = new ArrayList<>();
        paths.add(Routes.LOOKUP_PAGE);
        if (questions) paths.add(Routes.FAQ_PAGE);
        paths.add(Routes.OFFLINE_PAGE);
        paths.add(Routes.MANIFEST);
        for (String name : assets.files().keySet()) {
            // the share card is for link previews, not for visitors: not worth a phone's storage
            if (name.startsWith("css/") || (name.startsWith("js/") && name.endsWith(".js"))
                    || (name.startsWith("icons/") && !name.equals(ShareImage.CARD))) {
                paths.add(name);
            }
        }
        // the word index is cached as queries use it, and whole when asked (see sw.peb)
        paths.add(search.faq());
        for (int i = 0; i < search.shards(); i++) paths.add(search.codes() + i + ".json");
        return paths;
    }

    /**
     * The settings the service worker template receives as JSON: its cache version (a hash of every
     * precached file's path and bytes), the base path, the offline page, the precache list, and the
     * word index's files ({@code search}), which it caches as pages use them, and all of them when
     * the visitor asks to keep the look-up for offline use or comes back.
     */
    public static String serviceWorkerConfig(Routes routes, List<String> precache, List<String> search,
                                             Function<String, byte[]> bytes) {
        return serviceWorkerConfig(routes, precache, search, bytes, null);
    }

    /** As above; with {@code cache} (when not null) the version is not hashed again when no file changed. */
    public static String serviceWorkerConfig(Routes routes, List<String> precache, List<String> search,
                                             Function<String, byte[]> bytes, VersionCache cache) {
        List<byte[]> parts = new ArrayList<>();
        for (String p : precache) {
            parts.add(p.getBytes(StandardCharsets.UTF_8));
            parts.add(bytes.apply(p));
        }
        String base = routes.url("");
        // the word index's names are hashes of their bytes: the names say what they hold
        List<String> key = new ArrayList<>(precache);
        key.add("");
        key.addAll(search);
        String version = cache == null ? null : cache.get(parts);
        String known = version == null ? null : cache.config(key, base);
        if (known != null) return known;
        if (version == null) {
            version = SearchData.hash(parts);
            if (cache != null) cache.put(parts, version);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("base", base);
        m.put("offline", routes.url(Routes.OFFLINE_PAGE));
        m.put("precache", precache.stream().map(routes::url).toList());
        m.put("search", search.stream().map(routes::url).toList());
        String config = Json.forScript(m);
        if (cache != null) cache.config(key, base, config);
        return config;
    }

}
