package vn.vungcao.ssg.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.text.UrlPolicy;

/**
 * Markdown to safe HTML: CommonMark with GFM tables, strikethrough, autolinks and footnotes
 * (Flexmark), with the site's changes made by Flexmark's own hooks ({@link SiteHtml}: heading
 * anchors, site links with the base path, {@code rel="noopener"}, table alignment classes, image
 * sizes), the headings named on the parsed tree ({@link Headings}) and the plain text read from it
 * ({@link BodyText}). A body that holds raw HTML is rendered the same way and then cleaned with a
 * safelist (no script, event handler, {@code javascript:} URL or iframe survives); its text is
 * then read from the cleaned HTML, since Flexmark's tree holds raw HTML as one piece. Flexmark's
 * parser and renderer are immutable once built and shared by all threads; each call works on its
 * own document. Thread-safe.
 */
public final class MarkdownRenderer {

    /** A body that uses what the site's bodies use, rendered by {@link #prepare}. */
    private static final String SAMPLE = "# a\n\n*b* **c** [d](/e/) https://f.invalid ~~g~~[^1]\n\n- h\n\n"
            + "| i | j |\n|-|:-:|\n| k | l |\n\n![m](/n.png)\n\n[^1]: o\n";

    private final Routes routes;
    private final ImageCatalog images;
    /** Flexmark, made when a body first needs it (none does when all are stored). */
    private volatile Engines engines;
    /** jsoup's cleaner, made when a body with raw HTML first needs it. */
    private volatile RawHtml rawHtml;

    /**
     * Flexmark: a parser for bodies that may hold a table, one without the tables extension for the
     * others, and the renderer. A table needs a {@code |}, and the extension's pre-processor, made
     * anew for every body, compiles its regular expression each time: on a site whose children's
     * stories have no table, that was most of what the extension cost.
     */
    private record Engines(Parser parser, Parser withoutTables, HtmlRenderer renderer) {

        Parser parserFor(String markdown) {
            return markdown.indexOf('|') >= 0 ? parser : withoutTables;
        }
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
                    e = makeEngines(new SiteHtml(routes, images));
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
     * inline patterns) while the other workers wait for the same classes. It uses a renderer of
     * its own, which it drops: what it leaves behind is only the JVM's loaded and initialised
     * classes. Thread-safe, and harmless to call at any time.
     */
    public static void prepare() {
        new MarkdownRenderer(new Routes("https://example.invalid/"), ImageCatalog.EMPTY)
                .render(new Body(SAMPLE, 1), "prepare.md", new Diagnostics());
    }

    private RawHtml rawHtml() {
        RawHtml r = rawHtml;
        if (r == null) {
            synchronized (this) {
                r = rawHtml;
                if (r == null) {
                    r = new RawHtml();
                    rawHtml = r;
                }
            }
        }
        return r;
    }

    private static Engines makeEngines(SiteHtml site) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> besidesTables = List.of(StrikethroughExtension.create(), Autolinks.create(),
                FootnoteExtension.create());
        List<Extension> withTables = new ArrayList<>(List.of(TablesExtension.create()));
        withTables.addAll(besidesTables);
        options.set(Parser.EXTENSIONS, withTables);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // HTML's <br>, where Flexmark writes XHTML's <br />
        options.set(HtmlRenderer.HARD_BREAK, "<br>\n");
        // the footnotes are written by Footnotes, in place of the extension's renderer
        MutableDataSet rendering = new MutableDataSet(options);
        rendering.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        MutableDataSet withoutTables = new MutableDataSet(options);
        withoutTables.set(Parser.EXTENSIONS, besidesTables);
        return new Engines(Parser.builder(options).build(), Parser.builder(withoutTables).build(),
                site.addTo(HtmlRenderer.builder(rendering)).build());
    }

    /** Renders {@code body} of {@code file}; unsafe HTML is removed and reported as a warning. */
    public RenderedMarkdown render(Body body, String file, Diagnostics diagnostics) {
        if (body.isBlank()) return RenderedMarkdown.EMPTY;
        Engines e = engines();
        Document document = e.parserFor(body.markdown()).parse(body.markdown());
        Set<String> refused = refuseUnsafeUrls(document, body, file, diagnostics);
        warnImagesWithoutAlt(document, body, file, diagnostics);
        String raw = rawHtml(document);
        Set<String> rawIds = raw.isEmpty() ? Set.of() : rawHtml().keptIds(raw, body, file, diagnostics);
        List<RenderedMarkdown.Heading> headings = Headings.anchor(document, rawIds);
        String html = e.renderer().render(document);
        if (raw.isEmpty()) return new RenderedMarkdown(html, headings, BodyText.of(document));
        RawHtml.Cleaned clean = rawHtml().clean(html, body, file, diagnostics, refused);
        return new RenderedMarkdown(clean.html(), headings, clean.text());
    }

    /**
     * Every link, image, reference definition and autolink of the document whose URL
     * {@link UrlPolicy} refuses is an error at the URL's place (its character references and
     * backslash escapes decoded first, as the renderer decodes them).
     */
    private static Set<String> refuseUnsafeUrls(Document document, Body body, String file,
                                                Diagnostics diagnostics) {
        Set<String> refused = new HashSet<>();
        for (Node n : document.getDescendants()) {
            if (!(n instanceof LinkNodeBase link)) continue;
            BasedSequence url = link.getUrl();
            String decoded = Escaping.unescapeString(url);
            Optional<String> scheme = UrlPolicy.refusedScheme(decoded);
            if (scheme.isEmpty()) continue;
            refused.add(decoded);
            diagnostics.error("markdown.unsafe-url", body.position(file, url.isNull() ? n.getStartOffset() : url.getStartOffset()),
                    UrlPolicy.shown(decoded), scheme.get());
        }
        return refused;
    }

    /**
     * A warning at each Markdown image the page shows whose description is blank (it is shown
     * with an empty {@code alt}); an image whose URL is refused is reported as such instead, and
     * one in a footnote that nothing refers to is not shown.
     */
    private static void warnImagesWithoutAlt(Document document, Body body, String file,
                                             Diagnostics diagnostics) {
        for (Node n : document.getDescendants()) {
            if (!(n instanceof Image || n instanceof ImageRef)) continue;
            if (n.getAncestorOfType(FootnoteBlock.class) instanceof FootnoteBlock footnote && !footnote.isReferenced()) continue;
            LinkNodeBase target = SiteHtml.target(n, document);
            if (target == null) continue;
            String written = target.getUrl().unescape();
            if (!UrlPolicy.allowed(written)) continue;
            if (new TextCollectingVisitor().collectAndGetText(n).isBlank()) {
                diagnostics.warning("image.missing-alt", body.position(file, body.findLink(written)), written);
            }
        }
    }

    /** The raw HTML of the document, its pieces one after another; empty when it has none. */
    private static String rawHtml(Document document) {
        StringBuilder raw = new StringBuilder();
        for (Node n : document.getDescendants()) {
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) raw.append(n.getChars()).append('\n');
        }
        return raw.toString();
    }
}
