package vn.vungcao.ssg.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.render.PageJob;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.safeguard.UnlistedCodes;
import vn.vungcao.ssg.text.UrlPolicy;

/**
 * Checks the rendered site as a visitor's browser would follow it: every URL is one that
 * {@link UrlPolicy} allows, every internal link, anchor and image resolves; no page links to a
 * child who is not listed, nor shows such a child's code in any spelling, in its text, its
 * attributes (alt text, titles, previews) or its data.
 * A problem in a page is pointed back at the Markdown line that wrote the link when it can be
 * found there, else at the template. Reads the output folder; writes nothing.
 */
public final class OutputChecker {

    private final Path out;
    private final Routes routes;
    private final String theme;
    private final Map<String, Body> bodies;
    private final Map<String, String> unlistedChildren;
    /** Each unlisted child's code in any spelling (ML-0123, ML0123, ML 123). */
    private final UnlistedCodes unlistedCodes;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /**
     * @param out     the built site
     * @param content the published content (for the bodies and the unlisted children)
     */
    public OutputChecker(Path out, Routes routes, String theme, SiteContent content) {
        this.out = out;
        this.routes = routes;
        this.theme = theme;
        Map<String, Body> b = new TreeMap<>();
        content.news().forEach(n -> b.put(n.origin().file(), n.body()));
        content.schools().forEach(s -> b.put(s.origin().file(), s.body()));
        content.children().forEach(c -> b.put(c.origin().file(), c.body()));
        content.campaigns().forEach(c -> b.put(c.origin().file(), c.body()));
        content.pages().forEach(p -> b.put(p.origin().file(), p.body()));
        content.faqs().forEach(q -> b.put(q.origin().file(), q.body()));
        this.bodies = b;
        Map<String, String> unlisted = new TreeMap<>();
        for (Child c : content.children()) {
            if (!c.listed()) unlisted.put(Routes.child(c.code()), c.code());
        }
        this.unlistedChildren = unlisted;
        this.unlistedCodes = new UnlistedCodes(content.children());
    }

    /** Checks every page of {@code jobs} on {@code pool}. */
    public void check(List<PageJob> jobs, ExecutorService pool, Diagnostics diagnostics) {
        List<Future<?>> futures = new ArrayList<>();
        for (PageJob job : jobs) futures.add(pool.submit(() -> checkPage(job, diagnostics)));
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private Document parse(String file) {
        try {
            return Jsoup.parse(Files.readString(out.resolve(file), StandardCharsets.UTF_8), routes.absolute(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> idsOf(String file) {
        return ids.computeIfAbsent(file, f -> {
            Set<String> set = new HashSet<>();
            parse(f).select("[id]").forEach(e -> set.add(e.id()));
            parse(f).select("a[name]").forEach(e -> set.add(e.attr("name")));
            return set;
        });
    }

    /** The attributes that hold a URL a browser follows or loads: each is checked as a link, and by {@link UrlPolicy}. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "srcset", "action", "formaction", "poster",
            "data", "xlink:href", "cite", "background", "ping", "manifest", "longdesc");

    private void checkPage(PageJob job, Diagnostics diagnostics) {
        String file = Routes.file(job.sitePath());
        Document doc = parse(file);
        String pageUrl = routes.absolute(job.sitePath());
        String own = unlistedChildren.get(job.sitePath());
        // every word a visitor, a crawler or a link preview can read: the text, every attribute but
        // the URLs (checked as links below), and the data of the scripts written into the page
        StringBuilder readable = new StringBuilder(doc.text());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(key)) {
                    checkUrl(job, pageUrl, e, key, a.getValue(), own, diagnostics);
                } else {
                    readable.append('\n').append(a.getValue());
                    if (key.startsWith("on")) {
                        report(diagnostics, "check.unsafe-url/handler", where(job, a.getValue()), job.sitePath(), key);
                    }
                }
            }
            if (e.tagName().equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                String target = e.attr("content").replaceFirst("(?i)^\\s*\\d+\\s*[;,]?\\s*(url\\s*=\\s*)?", "");
                checkUrl(job, pageUrl, e, "content", target, own, diagnostics);
            }
        }
        for (Element script : doc.select("script")) readable.append('\n').append(script.data());
        unlistedCodes.find(readable.toString(), own).ifPresent(found -> report(diagnostics, "check.unlisted-child-shown",
                where(job, found[1]), job.sitePath(), found[0], found[1]));
    }

    /** One URL attribute: allowed by {@link UrlPolicy}, and as a link, leading somewhere and to no unlisted child. */
    private void checkUrl(PageJob job, String pageUrl, Element e, String attribute, String value, String own,
                          Diagnostics diagnostics) {
        boolean image = e.tagName().equals("img") || e.tagName().equals("source");
        List<String> urls = new ArrayList<>();
        if (attribute.equals("srcset") || attribute.equals("ping")) {
            for (String candidate : value.split(attribute.equals("srcset") ? "," : "\\s+")) {
                String url = candidate.strip().split("\\s+")[0];
                if (!url.isEmpty()) urls.add(url);
            }
        } else {
            urls.add(value);
        }
        for (String url : urls) {
            Optional<String> scheme = UrlPolicy.refusedScheme(url);
            if (scheme.isPresent()) {
                report(diagnostics, "check.unsafe-url", where(job, url), job.sitePath(), UrlPolicy.shown(url), scheme.get());
                continue;
            }
            String decoded = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
            Optional<String[]> code = unlistedCodes.find(decoded, own);
            if (code.isPresent()) {
                report(diagnostics, "check.unlisted-child-link", where(job, url), job.sitePath(), url, code.get()[0]);
                continue;
            }
            if (List.of("href", "src", "srcset").contains(attribute)) checkLink(job, pageUrl, url, image, diagnostics);
        }
    }

    private void checkLink(PageJob job, String pageUrl, String raw, boolean image, Diagnostics diagnostics) {
        if (raw.isBlank() || raw.startsWith("mailto:") || raw.startsWith("tel:")) return;
        URI target;
        try {
            target = new URI(pageUrl).resolve(raw.replace(" ", "%20"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            report(diagnostics, "check.broken-link/invalid", where(job, raw), raw, job.sitePath());
            return;
        }
        URI base = URI.create(routes.baseUrl());
        if (target.getScheme() == null || !(target.getScheme().equals("http") || target.getScheme().equals("https"))) return;
        if (target.getHost() == null || !target.getHost().equalsIgnoreCase(base.getHost()) || target.getPort() != base.getPort()) return;
        String path = target.getRawPath() == null ? "/" : target.getRawPath();
        if (!path.startsWith(base.getRawPath())) {
            report(diagnostics, image ? "check.missing-image/outside" : "check.broken-link/outside", where(job, raw), raw,
                    job.sitePath(), base.getRawPath());
            return;
        }
        String sitePath = URLDecoder.decode(path.substring(base.getRawPath().length()), StandardCharsets.UTF_8);
        Optional<String> file = resolve(sitePath);
        if (file.isEmpty()) {
            report(diagnostics, image ? "check.missing-image" : "check.broken-link", where(job, raw), raw, job.sitePath(), sitePath);
            return;
        }
        // /tre-em/ml-0007/index.html is the page /tre-em/ml-0007/ too
        String page = sitePath.endsWith("/index.html") ? sitePath.substring(0, sitePath.length() - "index.html".length()) : sitePath;
        String pageSlash = page.endsWith("/") || page.isEmpty() ? page : page + "/";
        if (!image && unlistedChildren.containsKey(pageSlash) && !pageSlash.equals(job.sitePath())) {
            report(diagnostics, "check.unlisted-child-link", where(job, raw), job.sitePath(), raw, unlistedChildren.get(pageSlash));
        }
        String fragment = target.getRawFragment();
        if (fragment != null && !fragment.isEmpty() && file.get().endsWith(".html")) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (!idsOf(file.get()).contains(id)) {
                report(diagnostics, "check.broken-anchor", where(job, raw), raw, job.sitePath(), id, sitePath);
            }
        }
    }

    /** The output file a site path names: a folder's index.html, or the file itself. */
    private Optional<String> resolve(String sitePath) {
        if (sitePath.contains("..")) return Optional.empty();
        if (sitePath.isEmpty() || sitePath.endsWith("/")) {
            String f = sitePath + "index.html";
            return Files.isRegularFile(out.resolve(f)) ? Optional.of(f) : Optional.empty();
        }
        if (Files.isRegularFile(out.resolve(sitePath))) return Optional.of(sitePath);
        if (Files.isRegularFile(out.resolve(sitePath + "/index.html"))) return Optional.of(sitePath + "/index.html");
        return Optional.empty();
    }

    /** The line of the page's content file where {@code text} is written, or the page's template. */
    private Position where(PageJob job, String text) {
        if (job.source() != null) {
            Body body = bodies.get(job.source());
            if (body != null) {
                String basePath = routes.basePath();
                for (String candidate : Stream.of(text, text.startsWith(basePath) ? "/" + text.substring(basePath.length()) : null)
                        .filter(s -> s != null && !s.isEmpty()).toList()) {
                    int at = body.findLink(candidate);
                    if (at >= 0) return body.position(job.source(), at);
                }
            }
        }
        return Position.ofFile("themes/" + theme + "/templates/" + job.template() + ".peb");
    }

    /** Reports the error {@code key} once, however many pages of a template give it. */
    private void report(Diagnostics diagnostics, String key, Position at, Object... args) {
        if (reported.add(key + at + Arrays.toString(args))) diagnostics.error(key, at, args);
    }
}
