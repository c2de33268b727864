package vn.vungcao.ssg.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.render.Routes;
import vn.vungcao.ssg.text.Slugs;
import vn.vungcao.ssg.text.UrlPolicy;

/**
 * Markdown to safe HTML: CommonMark with GFM tables, strikethrough, autolinks and footnotes
 * (Flexmark); raw HTML cleaned with a safelist (no script, event handler, {@code javascript:} URL
 * or iframe survives); headings given ASCII anchors; site-absolute links given the base path.
 * Flexmark's parser and renderer are immutable once built and shared by all threads; each call
 * works on its own document. Thread-safe.
 */
public final class MarkdownRenderer {

    private static final Pattern UNSAFE = Pattern.compile(
            "(?i)<\\s*(script|iframe|object|embed|style|form|input|button|svg|math|frame|meta|link|base)\\b|\\son[a-z]+\\s*=|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html");

    /** A base URI, needed so the cleaner keeps relative links; it never reaches the output. */
    private static final String BASE = "https://site.invalid/";

    private final Routes routes;
    private final ImageCatalog images;
    /** Flexmark, made when a body first needs it (none does when all are stored). */
    private volatile Engines engines;
    /** What jsoup's cleaner keeps, made when a body with raw HTML first needs it. */
    private volatile Safelist safelist;

    private record Engines(Parser parser, HtmlRenderer renderer) {
    }

    /** @param images the processed images, whose sizes and resized versions are written into img tags */
    public MarkdownRenderer(Routes routes, ImageCatalog images) {
        this.routes = routes;
        this.images = images;
    }

    private Engines engines() {
        Engines e = engines;
        if (e == null) {
            synchronized (this) {
                e = engines;
                if (e == null) {
                    e = makeEngines();
                    engines = e;
                }
            }
        }
        return e;
    }

    /**
     * Sets up Flexmark by rendering a small body and throwing it away. A build that will render
     * many bodies runs this on a spare thread while it reads the config and the content: in a new
     * JVM, the first body otherwise pays for loading and initialising Flexmark's classes (its
     * inline patterns) while the other workers wait for the same classes. It uses engines of its
     * own, which it drops: what it leaves behind is only the JVM's loaded and initialised classes.
     * Thread-safe, and harmless to call at any time.
     */
    public static void prepare() {
        Engines e = makeEngines();
        BodyTree.Element tree = BodyTree.ofFlexmark(e.renderer().render(e.parser().parse(
                "# a\n\n*b* **c** [d](/e/) https://f.invalid ~~g~~[^1]\n\n- h\n\n| i | j |\n|-|:-:|\n| k | l |\n\n[^1]: m\n")));
        if (tree != null) {
            Marked.in(tree);
            tree.html();
            tree.text();
        }
    }

    /** What the cleaner keeps (package-visible for the test that compares its check with jsoup's). */
    Safelist safelist() {
        Safelist s = safelist;
        if (s == null) {
            synchronized (this) {
                s = safelist;
                if (s == null) {
                    s = Safelist.relaxed()
                            .addTags("del", "s", "hr", "figure", "figcaption", "mark", "small", "abbr")
                            .addAttributes(":all", "title", "lang")
                            .addAttributes("a", "class", "id", "rel")
                            .addAttributes("sup", "id", "class")
                            .addAttributes("li", "id")
                            .addAttributes("div", "class")
                            .addAttributes("code", "class")
                            .addAttributes("table", "class")
                            .addAttributes("th", "align")
                            .addAttributes("td", "align")
                            .addProtocols("a", "href", "tel")
                            .preserveRelativeLinks(true);
                    safelist = s;
                }
            }
        }
        return s;
    }

    private static Engines makeEngines() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return new Engines(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
    }

    /** Renders {@code body} of {@code file}; unsafe HTML is removed and reported as a warning. */
    public RenderedMarkdown render(Body body, String file, Diagnostics diagnostics) {
        if (body.isBlank()) return RenderedMarkdown.EMPTY;
        java.util.Optional<RenderedMarkdown> plain = PlainText.rendered(body.markdown());
        if (plain.isPresent()) return plain.get();
        Engines e = engines();
        com.vladsch.flexmark.util.ast.Document document = e.parser().parse(body.markdown());
        Set<String> refused = refuseUnsafeUrls(document, body, file, diagnostics);
        String raw = e.renderer().render(document);
        // without raw HTML, what Flexmark writes is read as it is; with it, jsoup's cleaner decides
        BodyTree.Element tree = hasRawHtml(document) ? null : BodyTree.ofFlexmark(raw);
        return finished(tree != null ? tree : cleanedByJsoup(raw, body, file, diagnostics, refused), body, file, diagnostics);
    }

    /**
     * Every link, image, reference definition and autolink of the document whose URL
     * {@link UrlPolicy} refuses is an error at the URL's place (its character references and
     * backslash escapes decoded first, as the renderer decodes them).
     */
    private static Set<String> refuseUnsafeUrls(com.vladsch.flexmark.util.ast.Document document, Body body, String file,
                                                Diagnostics diagnostics) {
        Set<String> refused = new HashSet<>();
        for (com.vladsch.flexmark.util.ast.Node n : document.getDescendants()) {
            if (!(n instanceof com.vladsch.flexmark.ast.LinkNodeBase link)) continue;
            com.vladsch.flexmark.util.sequence.BasedSequence url = link.getUrl();
            String decoded = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(url);
            java.util.Optional<String> scheme = UrlPolicy.refusedScheme(decoded);
            if (scheme.isEmpty()) continue;
            refused.add(decoded);
            diagnostics.error("markdown.unsafe-url", body.position(file, url.isNull() ? n.getStartOffset() : url.getStartOffset()),
                    UrlPolicy.shown(decoded), scheme.get());
        }
        return refused;
    }

    private static boolean hasRawHtml(com.vladsch.flexmark.util.ast.Document document) {
        for (com.vladsch.flexmark.util.ast.Node n : document.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.HtmlBlockBase || n instanceof com.vladsch.flexmark.ast.HtmlInlineBase) return true;
        }
        return false;
    }

    /**
     * The HTML {@code raw} made from {@code body}, sanitised by jsoup, with anchored headings and
     * site links: what {@link #render} gives for a body with raw HTML (package-visible for the
     * tests that compare the faster paths with it).
     */
    RenderedMarkdown cleaned(String raw, Body body, String file, Diagnostics diagnostics) {
        Set<String> refused = refuseUnsafeUrls(engines().parser().parse(body.markdown()), body, file, diagnostics);
        return finished(cleanedByJsoup(raw, body, file, diagnostics, refused), body, file, diagnostics);
    }

    /**
     * {@code raw} cleaned by jsoup with the safelist, a warning if that removed anything; a URL
     * of its raw HTML that {@link UrlPolicy} refuses is an error, unless it is one of
     * {@code refused}, the URLs of Markdown links already reported at their own place.
     */
    private BodyTree.Element cleanedByJsoup(String raw, Body body, String file, Diagnostics diagnostics, Set<String> refused) {
        Document dirty = Jsoup.parseBodyFragment(raw, BASE);
        refuseUnsafeUrls(dirty, body, file, diagnostics, refused);
        Document clean = new Cleaner(safelist()).clean(dirty);
        if (!nothingRemoved(dirty, clean)) {
            diagnostics.warning("markdown.unsafe-html-removed", unsafePosition(body, file));
        }
        return BodyTree.copyOf(clean.body());
    }

    /** The attributes of raw HTML that hold a URL a browser may follow or load. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "poster", "data",
            "cite", "background", "longdesc", "xlink:href", "srcset");

    /**
     * Every URL attribute of raw HTML that {@link UrlPolicy} refuses is an error (the cleaner
     * would drop it anyway; the editor learns why, at the line that wrote it).
     */
    private static void refuseUnsafeUrls(Document dirty, Body body, String file, Diagnostics diagnostics, Set<String> refused) {
        for (org.jsoup.nodes.Element e : dirty.body().getAllElements()) {
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

    /** The safe {@code tree} of {@code body} with anchored headings, site links, alignment classes and image sizes. */
    private RenderedMarkdown finished(BodyTree.Element tree, Body body, String file, Diagnostics diagnostics) {
        Marked marked = Marked.in(tree);
        List<RenderedMarkdown.Heading> headings = anchorHeadings(marked);
        for (BodyTree.Element a : marked.links()) {
            a.attr("href", siteLink(a.attr("href")));
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) a.attr("rel", "noopener");
        }
        // a table column's alignment as a class: the align attribute is obsolete HTML
        for (BodyTree.Element cell : marked.alignedCells()) {
            String align = cell.attr("align");
            cell.removeAttr("align");
            if (align.equals("left") || align.equals("center") || align.equals("right")) cell.addClass("align-" + align);
        }
        for (BodyTree.Element img : marked.images()) {
            String written = img.attr("src").startsWith(BASE) ? "/" + img.attr("src").substring(BASE.length()) : img.attr("src");
            if (img.attr("alt").isBlank()) {
                diagnostics.warning("image.missing-alt", body.position(file, body.findLink(written)), written);
            }
            if (written.startsWith("/") && !written.startsWith("//")) {
                images.find(written.substring(1)).ifPresent(image -> {
                    if (image.width() > 0) {
                        img.attr("width", Integer.toString(image.width()));
                        img.attr("height", Integer.toString(image.height()));
                    }
                    if (!image.variants().isEmpty()) {
                        StringBuilder srcset = new StringBuilder();
                        for (var v : image.variants()) srcset.append(routes.url(v.sitePath())).append(' ').append(v.width()).append("w, ");
                        srcset.append(routes.url(image.sitePath())).append(' ').append(image.width()).append('w');
                        img.attr("srcset", srcset.toString());
                        img.attr("sizes", "(min-width: 48rem) 48rem, 100vw");
                    }
                });
            }
            img.attr("src", siteLink(img.attr("src")));
            img.attr("loading", "lazy");
            if (!img.hasAttr("alt")) img.attr("alt", "");
        }
        return new RenderedMarkdown(tree.html(), headings, tree.text());
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
    private static void shape(org.jsoup.nodes.Node parent, long[] count) {
        for (org.jsoup.nodes.Node n : parent.childNodes()) {
            count[0]++;
            if (n instanceof org.jsoup.nodes.Element e) {
                count[1] += e.attributesSize();
                shape(e, count);
            }
        }
    }

    /** Markdown to HTML with Flexmark alone (package-visible for the test that compares it with the plain-text path). */
    String flexmark(String markdown) {
        Engines e = engines();
        return e.renderer().render(e.parser().parse(markdown));
    }

    /** A link made site-absolute ({@code /tin-tuc/…}) gets the base path; others stay as written. */
    private String siteLink(String href) {
        String h = href.startsWith(BASE) ? "/" + href.substring(BASE.length()) : href;
        if (h.startsWith("/") && !h.startsWith("//")) return routes.url(h.substring(1));
        return h;
    }

    /**
     * The elements of a body that {@link #finished} changes, each list in document order, found in
     * one walk.
     *
     * @param ids the ids of elements other than headings, which heading anchors must not take
     */
    private record Marked(List<BodyTree.Element> headings, Set<String> ids, List<BodyTree.Element> links,
                          List<BodyTree.Element> alignedCells, List<BodyTree.Element> images) {

        static Marked in(BodyTree.Element body) {
            Marked m = new Marked(new ArrayList<>(), new HashSet<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            m.addBelow(body);
            return m;
        }

        private void addBelow(BodyTree.Element parent) {
            for (Object child : parent.children) {
                if (child instanceof BodyTree.Element e) {
                    add(e);
                    addBelow(e);
                }
            }
        }

        private void add(BodyTree.Element e) {
            String tag = e.tag;
            boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
            if (heading) headings.add(e);
            else if (e.hasAttr("id")) ids.add(e.attr("id"));
            switch (tag) {
                case "a" -> {
                    if (e.hasAttr("href")) links.add(e);
                }
                case "th", "td" -> {
                    if (e.hasAttr("align")) alignedCells.add(e);
                }
                case "img" -> {
                    if (e.hasAttr("src")) images.add(e);
                }
                default -> {
                }
            }
        }
    }

    private static List<RenderedMarkdown.Heading> anchorHeadings(Marked marked) {
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        Set<String> used = marked.ids();
        for (BodyTree.Element h : marked.headings()) {
            String text = h.text();
            String id = Slugs.slug(text);
            if (id.isEmpty()) id = "muc";
            String unique = id;
            for (int n = 2; !used.add(unique); n++) unique = id + "-" + n;
            h.attr("id", unique);
            BodyTree.Element anchor = h.append("a");
            anchor.addClass("heading-anchor");
            anchor.attr("href", "#" + unique).attr("aria-hidden", "true").attr("tabindex", "-1");
            anchor.children.add("#");
            headings.add(new RenderedMarkdown.Heading(Integer.parseInt(h.tag.substring(1)), unique, text));
        }
        return headings;
    }

    private static Position unsafePosition(Body body, String file) {
        Matcher m = UNSAFE.matcher(body.markdown());
        if (!m.find()) return body.position(file, -1);
        // the pattern for an event handler starts with the space before it
        return body.position(file, Character.isWhitespace(body.markdown().charAt(m.start())) ? m.start() + 1 : m.start());
    }
}
