package vn.vungcao.ssg.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.vungcao.ssg.route.Routes;

/**
 * What a pull request changes on the site: the output of the base branch's content and of the
 * pull request's, both built by the same generator, compared. A page is <em>changed</em> when
 * what it shows of its own differs (its title, description and {@code <main>}); a page of which
 * only the parts every page shares differ (the head's files, the menu, the footer, the
 * assistant) is listed apart, since a new menu entry changes every page. Fingerprinted names
 * ({@code site.3fa2b1c0d4.css}, {@code search/codes/4b854d8503/}) are compared without their
 * fingerprint, so new data for the look-up does not make every page "changed". The page of a
 * child who is not listed on the site (a sponsored child, whom only the code finds) is marked
 * {@linkplain Page#hidden() hidden}: a summary must not list it by name or code.
 *
 * @param added        pages only in the pull request's site, by file
 * @param changed      pages whose own content differs
 * @param removed      pages only in the base's site
 * @param sharedOnly   pages of which only the shared parts differ
 * @param filesAdded   other files (images, documents, style sheets…) only in the pull request's site
 * @param filesChanged other files that differ
 * @param filesRemoved other files only in the base's site
 */
public record SiteChanges(List<Page> added, List<Page> changed, List<Page> removed, List<Page> sharedOnly,
                          List<String> filesAdded, List<String> filesChanged, List<String> filesRemoved) {

    /** Fingerprinted file names and folders, as the generator writes them: the hash is the group's gap. */
    private static final Pattern FINGERPRINT = Pattern.compile("\\.[0-9a-f]{10}(\\.(?:css|js|json))\\b|(/codes/)[0-9a-f]{10}/");
    private static final Pattern CHILD_PAGE = Pattern.compile(Pattern.quote(Routes.CHILDREN) + "/([^/]+)/index\\.html");

    /**
     * A page of the site.
     *
     * @param file    its file in the output ({@code tin-tuc/x/index.html})
     * @param address its address from the site's root ({@code /tin-tuc/x/})
     * @param title   its title, without the site's name
     * @param liveUrl its canonical address as the base's site publishes it (an absolute URL), or null
     * @param hidden  the page of a child the site does not list: shown by no title, address or link
     */
    public record Page(String file, String address, String title, String liveUrl, boolean hidden) {
    }

    public SiteChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        sharedOnly = List.copyOf(sharedOnly);
        filesAdded = List.copyOf(filesAdded);
        filesChanged = List.copyOf(filesChanged);
        filesRemoved = List.copyOf(filesRemoved);
    }

    /** Whether the pull request changes nothing that is published. */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && sharedOnly.isEmpty() && filesAdded.isEmpty()
                && filesChanged.isEmpty() && filesRemoved.isEmpty();
    }

    /**
     * Compares the site built from the base's content ({@code before}) with the site built from
     * the pull request's ({@code after}), two output folders of {@code build}.
     *
     * @throws IOException when a folder cannot be read (a missing folder is an empty site)
     */
    public static SiteChanges compare(Path before, Path after) throws IOException {
        Side old = new Side(read(before));
        Side now = new Side(read(after));
        List<Page> added = new ArrayList<>();
        List<Page> changed = new ArrayList<>();
        List<Page> removed = new ArrayList<>();
        List<Page> shared = new ArrayList<>();
        Set<String> pages = new TreeSet<>(old.pages.keySet());
        pages.addAll(now.pages.keySet());
        for (String file : pages) {
            byte[] a = old.pages.get(file);
            byte[] b = now.pages.get(file);
            if (a == null) {
                Parsed p = Parsed.of(b);
                added.add(page(file, p, null, now.unlisted(file)));
            } else if (b == null) {
                Parsed p = Parsed.of(a);
                removed.add(page(file, p, p.canonical, old.unlisted(file)));
            } else if (!Arrays.equals(a, b)) {
                Parsed p = Parsed.of(a);
                Parsed q = Parsed.of(b);
                boolean hidden = old.unlisted(file) || now.unlisted(file);
                if (!p.own.equals(q.own)) changed.add(page(file, q, p.canonical, hidden));
                else if (!p.shared.equals(q.shared)) shared.add(page(file, q, p.canonical, hidden));
            }
        }
        List<String> filesAdded = new ArrayList<>();
        List<String> filesChanged = new ArrayList<>();
        List<String> filesRemoved = new ArrayList<>();
        Set<String> files = new TreeSet<>(old.files.keySet());
        files.addAll(now.files.keySet());
        for (String name : files) {
            byte[] a = old.files.get(name);
            byte[] b = now.files.get(name);
            if (a == null) filesAdded.add(name);
            else if (b == null) filesRemoved.add(name);
            else if (!Arrays.equals(a, b)) filesChanged.add(name);
        }
        return new SiteChanges(added, changed, removed, shared, filesAdded, filesChanged, filesRemoved);
    }

    private static Page page(String file, Parsed parsed, String liveUrl, boolean hidden) {
        String address = file.equals("index.html") ? "/"
                : file.endsWith("/index.html") ? "/" + file.substring(0, file.length() - "index.html".length()) : "/" + file;
        return new Page(file, address, parsed.title, liveUrl, hidden);
    }

    /** Every file of an output folder by site path (none when it does not exist). */
    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return files;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** {@code text} without the generator's fingerprints. */
    static String withoutFingerprints(String text) {
        Matcher m = FINGERPRINT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        m.appendTail(out);
        return out.toString();
    }

    /** One built site: its pages, and its other files by their names without fingerprints. */
    private static final class Side {
        final Map<String, byte[]> pages = new TreeMap<>();
        final Map<String, byte[]> files = new TreeMap<>();

        Side(Map<String, byte[]> all) {
            all.forEach((file, bytes) -> {
                if (file.endsWith(".html")) pages.put(file, bytes);
                // the look-up's data and the service worker change with any content: they are no one's file
                else if (!file.startsWith("search/") && !file.equals(Routes.SERVICE_WORKER)) {
                    files.put(withoutFingerprints("/" + file).substring(1), bytes);
                }
            });
        }

        /** Whether {@code file} is a child's page that no other page links to. */
        boolean unlisted(String file) {
            Matcher m = CHILD_PAGE.matcher(file);
            if (!m.matches()) return false;
            String folder = "/" + Routes.CHILDREN + "/" + m.group(1) + "/";
            for (Map.Entry<String, byte[]> page : pages.entrySet()) {
                if (page.getKey().equals(file)) continue;
                String html = new String(page.getValue(), StandardCharsets.UTF_8);
                if (!html.contains(m.group(1))) continue;
                URI here = URI.create("http://site/" + page.getKey());
                for (Element a : Jsoup.parse(html).select("a[href]")) {
                    try {
                        String path = here.resolve(a.attr("href").strip()).getPath();
                        if (path != null && (path.endsWith(folder) || path.endsWith(folder + "index.html"))) return false;
                    } catch (IllegalArgumentException e) {
                        // not a URL this page could follow
                    }
                }
            }
            return true;
        }
    }

    /** What a page shows of its own, and what it shares with every page, both without fingerprints. */
    private record Parsed(String title, String canonical, String own, String shared) {
        static Parsed of(byte[] bytes) {
            Document doc = Jsoup.parse(withoutFingerprints(new String(bytes, StandardCharsets.UTF_8)));
            String title = doc.title();
            int site = title.lastIndexOf(" · ");
            String shown = site > 0 ? title.substring(0, site) : title;
            Element link = doc.selectFirst("link[rel=canonical]");
            String canonical = link == null ? null : link.attr("href");
            if (canonical != null && !canonical.matches("https?://.*")) canonical = null;
            Element description = doc.selectFirst("meta[name=description]");
            Element main = doc.selectFirst("main");
            String own = title + "\n" + (description == null ? "" : description.attr("content")) + "\n"
                    + (main != null ? main.outerHtml() : doc.body().outerHtml());
            if (main != null) main.remove();
            String shared = main != null ? doc.outerHtml() : "";
            return new Parsed(shown, canonical, own, shared);
        }
    }
}
