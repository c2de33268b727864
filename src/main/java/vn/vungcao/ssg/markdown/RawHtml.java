package vn.vungcao.ssg.markdown;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.text.UrlPolicy;

/**
 * The raw HTML of a body, as jsoup reads and cleans it: the rendered body is cleaned with a
 * safelist (jsoup's relaxed one, with the few tags and attributes the site's Markdown writes), a
 * refused URL in it is an error at the body's first unsafe-looking place, and anything the
 * cleaner removed is a warning. Thread-safe: the safelist is only read once made.
 */
final class RawHtml {

    private static final Pattern UNSAFE = Pattern.compile(
            "(?i)<\\s*(script|iframe|object|embed|style|form|input|button|svg|math|frame|meta|link|base)\\b|\\son[a-z]+\\s*=|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html");

    /** A base URI, needed so the cleaner keeps relative links; it never reaches the output. */
    private static final String BASE = "https://site.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .addTags("del", "s", "hr", "figure", "figcaption", "mark", "small", "abbr")
            .addAttributes(":all", "title", "lang")
            .addAttributes("a", "class", "id", "rel")
            .addAttributes("sup", "id", "class")
            .addAttributes("li", "id")
            .addAttributes("div", "class")
            .addAttributes("code", "class")
            .addAttributes("table", "class")
            .addAttributes("th", "align", "class")
            .addAttributes("td", "align", "class")
            // what SiteHtml writes: heading ids and anchors, image sizes
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("a", "aria-hidden", "tabindex")
            .addAttributes("img", "srcset", "sizes", "loading")
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);

    /** A cleaned body: its HTML, and its text without the heading anchors and footnote back-links. */
    record Cleaned(String html, String text) {
    }

    /** What the cleaner keeps (package-visible for the test that compares its check with jsoup's). */
    Safelist safelist() {
        return safelist;
    }

    /**
     * The ids that {@code rawHtml}, the raw HTML pieces of {@code body}, gives its elements and
     * that the cleaner keeps, which headings must not take; a warning at each of its images
     * without a description.
     */
    Set<String> keptIds(String rawHtml, Body body, String file, Diagnostics diagnostics) {
        Set<String> ids = new HashSet<>();
        for (Element e : Jsoup.parseBodyFragment(rawHtml, BASE).body().getAllElements()) {
            String tag = e.normalName();
            if (e.hasAttr("id") && safelist.isSafeTag(tag) && safelist.isSafeAttribute(tag, e, e.attribute("id"))) ids.add(e.id());
            if (tag.equals("img") && e.hasAttr("src") && UrlPolicy.allowed(e.attr("src")) && e.attr("alt").isBlank()) {
                diagnostics.warning("image.missing-alt", body.position(file, body.findLink(e.attr("src"))), e.attr("src"));
            }
        }
        return ids;
    }

    /**
     * {@code html}, rendered from {@code body}, cleaned with the safelist, a warning if that
     * removed anything; a URL of its raw HTML that {@link UrlPolicy} refuses is an error, unless it
     * is one of {@code refused}, the URLs of Markdown links already reported at their own place.
     */
    Cleaned clean(String html, Body body, String file, Diagnostics diagnostics, Set<String> refused) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        refuseUnsafeUrls(dirty, body, file, diagnostics, refused);
        Document clean = new Cleaner(safelist).clean(dirty);
        if (!nothingRemoved(dirty, clean)) {
            diagnostics.warning("markdown.unsafe-html-removed", unsafePosition(body, file));
        }
        clean.outputSettings().prettyPrint(false);
        String cleanHtml = clean.body().html();
        // the anchors are no words of the text, as BodyText reads it
        clean.body().select("a.heading-anchor, a.footnote-backref").remove();
        return new Cleaned(cleanHtml, clean.body().text());
    }

    /** The attributes of raw HTML that hold a URL a browser may follow or load. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "poster", "data",
            "cite", "background", "longdesc", "xlink:href", "srcset");

    /**
     * Every URL attribute of raw HTML that {@link UrlPolicy} refuses is an error (the cleaner
     * would drop it anyway; the editor learns why, at the line that wrote it).
     */
    private static void refuseUnsafeUrls(Document dirty, Body body, String file, Diagnostics diagnostics, Set<String> refused) {
        for (Element e : dirty.body().getAllElements()) {
            for (String name : URL_ATTRIBUTES) {
                if (!e.hasAttr(name)) continue;
                String value = e.attr(name);
                for (String url : name.equals("srcset") ? value.split(",") : new String[] {value}) {
                    String one = name.equals("srcset") ? url.strip().split("\\s+")[0] : url;
                    if (refused.contains(one)) continue;
                    UrlPolicy.refusedScheme(one).ifPresent(scheme -> diagnostics.error("markdown.unsafe-url",
                            unsafePosition(body, file), UrlPolicy.shown(one), scheme));
                }
            }
        }
    }

    /**
     * Whether cleaning {@code dirty} into {@code clean} removed nothing, as {@link Cleaner#isValid}
     * decides (nothing in the head, no node or attribute dropped) without copying the document a
     * second time. The cleaner copies what it keeps and drops the rest, keeping the children of an
     * element it drops, so the body keeps as many nodes exactly when none was dropped, and then as
     * many attributes exactly when none was; the safelist adds no attributes of its own
     * (package-visible for the test that compares it with {@code isValid} on random HTML).
     */
    static boolean nothingRemoved(Document dirty, Document clean) {
        if (!dirty.head().childNodes().isEmpty()) return false;
        long[] before = new long[2];
        long[] after = new long[2];
        shape(dirty.body(), before);
        shape(clean.body(), after);
        return before[0] == after[0] && before[1] == after[1];
    }

    /** Adds the number of nodes below {@code parent}, and of their attributes, to {@code count}. */
    private static void shape(Node parent, long[] count) {
        for (Node n : parent.childNodes()) {
            count[0]++;
            if (n instanceof Element e) {
                count[1] += e.attributesSize();
                shape(e, count);
            }
        }
    }

    private static Position unsafePosition(Body body, String file) {
        Matcher m = UNSAFE.matcher(body.markdown());
        if (!m.find()) return body.position(file, -1);
        // the pattern for an event handler starts with the space before it
        return body.position(file, Character.isWhitespace(body.markdown().charAt(m.start())) ? m.start() + 1 : m.start());
    }
}
