package vn.vungcao.ssg.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.image.ProcessedImage;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.text.UrlPolicy;
import vn.vungcao.ssg.text.XmlEscape;

/**
 * What the site changes in the HTML Flexmark writes, through Flexmark's own hooks:
 * <ul>
 * <li>a link resolver gives site-absolute links and images ({@code /tin-tuc/…}) the base path;</li>
 * <li>an attribute provider drops a link URL that {@link UrlPolicy} refuses (the parse reports it
 *     as an error), marks links to other sites {@code rel="noopener"}, and turns a table cell's
 *     obsolete {@code align} into {@code class="align-…"};</li>
 * <li>node renderers write each heading with the id {@link Headings} gave it and a trailing
 *     {@code <a class="heading-anchor" href="#id" aria-hidden="true" tabindex="-1">#</a>}; an
 *     image with its size, its resized versions ({@code srcset}, {@code sizes}) from the image
 *     catalog and {@code loading="lazy"} (without a URL that {@link UrlPolicy} refuses); and images
 *     and thematic breaks as HTML writes void elements, {@code <img …>} and {@code <hr>}, where
 *     Flexmark writes XHTML's {@code <img … />}, which the HTML checker warns about.</li>
 * </ul>
 * Immutable and thread-safe; Flexmark makes a resolver, provider and renderer of its own per
 * document from it.
 */
final class SiteHtml {

    /** The {@code sizes} of an image with resized versions: the width of the text column. */
    static final String SIZES = "(min-width: 48rem) 48rem, 100vw";

    private final Routes routes;
    private final ImageCatalog images;

    SiteHtml(Routes routes, ImageCatalog images) {
        this.routes = routes;
        this.images = images;
    }

    /** Adds the hooks to a renderer under construction. */
    HtmlRenderer.Builder addTo(HtmlRenderer.Builder builder) {
        NodeRenderer renderer = () -> Set.of(
                new NodeRenderingHandler<>(Text.class, SiteHtml::text),
                new NodeRenderingHandler<>(Heading.class, SiteHtml::heading),
                new NodeRenderingHandler<>(ThematicBreak.class, (node, context, html) -> html.line().raw("<hr>").line()),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(ImageRef.class, this::image));
        return builder
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        return SiteHtml.this::resolve;
                    }
                })
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return SiteHtml::setAttributes;
                    }
                })
                .nodeRendererFactory(options -> renderer)
                .nodeRendererFactory(options -> new Footnotes());
    }

    /**
     * A run of text, written as Flexmark's core renderer writes it (escapes and character references
     * decoded, line ends made {@code \n}, then {@code & < > "} as references), but with its regular
     * expressions run only on text that holds what they look for. On bodies like the club's, the
     * three passes were two fifths of the time Flexmark spent writing HTML in a one-shot build's
     * C1-compiled JVM. {@code MarkdownTest} compares the two on text with every such character.
     */
    private static void text(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        String text = Chars.string(chars);
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) text = chars.unescape();
        if (text.indexOf('\r') >= 0) text = Escaping.normalizeEOL(text);
        html.raw(XmlEscape.escape(text));
    }

    /** A link or image to a site path gets the base path; every other URL (and a reference still to look up) stays. */
    private ResolvedLink resolve(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) return link;
        String url = link.getUrl();
        if (!url.startsWith("/") || url.startsWith("//")) return link;
        return link.withUrl(routes.url(url.substring(1))).withStatus(LinkStatus.VALID);
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell) {
            // the align attribute is obsolete HTML; Flexmark writes left, center or right
            String align = attributes.getValue("align");
            if (!align.isEmpty()) {
                attributes.remove("align");
                attributes.addValue("class", "align-" + align);
            }
        } else if (part == AttributablePart.LINK && attributes.contains("href")) {
            String href = attributes.getValue("href");
            if (!UrlPolicy.allowed(href)) {
                attributes.remove("href");
            } else if (href.startsWith("http://") || href.startsWith("https://")) {
                attributes.replaceValue("rel", "noopener");
            }
        }
    }

    /** A heading as Flexmark writes it, with its id and, after its text, the anchor that links to it. */
    private static void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        String id = node.getAnchorRefId();
        if (id != null) html.attr("id", id);
        html.srcPos(node.getText()).withAttr().tagLine("h" + node.getLevel(), () -> {
            context.renderChildren(node);
            if (id == null) return;
            html.attr("class", "heading-anchor").attr("href", "#" + id).attr("aria-hidden", "true").attr("tabindex", "-1")
                    .withAttr().tag("a").text("#").tag("/a");
        });
    }

    /**
     * An image (or a reference to one) as Flexmark writes it, its attributes in the same order
     * ({@code src}, {@code alt}, {@code title}), then the site's; a reference to nothing is
     * written as the text it is.
     */
    private void image(Node node, NodeRendererContext context, HtmlWriter html) {
        LinkNodeBase target = target(node, context.getDocument());
        if (target == null) {
            html.text(node.getChars().unescape());
            return;
        }
        String written = target.getUrl().unescape();
        boolean allowed = UrlPolicy.allowed(written);
        MutableAttributes attributes = new MutableAttributes();
        if (allowed) attributes.addValue("src", context.resolveLink(LinkType.IMAGE, written, null).getUrl());
        attributes.addValue("alt", new TextCollectingVisitor().collectAndGetText(node));
        if (target.getTitle().isNotNull()) attributes.addValue("title", target.getTitle().unescape());
        if (allowed) {
            if (written.startsWith("/") && !written.startsWith("//")) {
                images.find(written.substring(1)).ifPresent(image -> sized(image, attributes));
            }
            attributes.addValue("loading", "lazy");
        }
        html.raw("<img");
        for (Attribute a : attributes.values()) {
            html.raw(" ").raw(a.getName()).raw("=\"").raw(Escaping.escapeHtml(a.getValue(), true)).raw("\"");
        }
        html.raw(">");
    }

    private void sized(ProcessedImage image, MutableAttributes attributes) {
        if (image.width() > 0) {
            attributes.addValue("width", Integer.toString(image.width()));
            attributes.addValue("height", Integer.toString(image.height()));
        }
        if (image.variants().isEmpty()) return;
        StringBuilder srcset = new StringBuilder();
        for (ProcessedImage.Variant v : image.variants()) {
            srcset.append(routes.url(v.sitePath())).append(' ').append(v.width()).append("w, ");
        }
        srcset.append(routes.url(image.sitePath())).append(' ').append(image.width()).append('w');
        attributes.addValue("srcset", srcset.toString());
        attributes.addValue("sizes", SIZES);
    }

    /** What an image shows: the image node itself, or the definition its reference names; null for a reference to nothing. */
    static LinkNodeBase target(Node node, Document document) {
        if (node instanceof Image image) return image;
        if (node instanceof ImageRef ref && ref.isDefined()) return ref.getReferenceNode(document);
        return null;
    }
}
