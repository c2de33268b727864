package vn.vungcao.ssg.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import vn.vungcao.ssg.diag.Messages;

/**
 * Decides whether an SVG file may be published, by reading it as XML ({@link SafeXml}: its own
 * encoding rules, namespaces, no DOCTYPE) and holding every element and attribute against an
 * allow-list: a drawing of shapes, paths, text, gradients, patterns, masks, clip paths, markers and
 * filters, with links only inside itself ({@code #id}). Anything else refuses the file, named with
 * its line: scripts, event handlers, {@code <a>}, {@code <image>}, {@code <foreignObject>},
 * animations, {@code <style>}, styles that are not plain presentation properties, links to other
 * documents or {@code data:}, elements of other namespaces (whatever prefix they are given),
 * processing instructions ({@code xml-stylesheet}) and any DOCTYPE.
 *
 * <p>A drawing that passes is published as the very bytes that were checked when a browser must
 * decode them as the parser did (UTF-8, the encoding of every drawing the example site has), so
 * the output stays byte for byte the same; a drawing in another encoding (UTF-16) is published as
 * a copy re-written from what was checked, in UTF-8, without comments. Stateless; thread-safe.
 */
final class SvgCheck {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** What checking gave. */
    sealed interface Result permits Clean, Unsafe, Malformed {
    }

    /**
     * The drawing may be published.
     *
     * @param published the bytes to publish: the original, or a clean UTF-8 copy
     * @param original  whether {@code published} is the original file
     * @param width     the width its root gives ({@code width}, else the {@code viewBox}), 0 when unknown
     * @param height    the height likewise
     */
    record Clean(byte[] published, boolean original, int width, int height) implements Result {
    }

    /** Refused at {@code line} (0 when unknown) for {@code what}, the catalog's words for it ("the element &lt;script&gt;"). */
    record Unsafe(int line, Kind kind, Messages.Term what) implements Result {
    }

    /** Not well-formed XML (or not in the encoding it declares), at {@code line} (0 when unknown). */
    record Malformed(int line) implements Result {
    }

    /** Why a drawing was refused, for the hint to give. */
    enum Kind {
        /** Not an SVG drawing at all (another root element, or no SVG namespace). */
        NOT_SVG,
        DOCTYPE,
        /** An element outside the allow-list. */
        ELEMENT,
        /** An attribute outside the allow-list, an event handler among them. */
        ATTRIBUTE,
        /** A link or {@code url(...)} that leaves the drawing. */
        LINK,
        /** A style sheet, or a style attribute that is more than presentation properties. */
        STYLE,
        /** A processing instruction, such as {@code <?xml-stylesheet?>}. */
        INSTRUCTION
    }

    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "symbol", "use", "title", "desc",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
            "text", "tspan", "textPath",
            "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
            "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
            "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence");

    /** The presentation properties: allowed as attributes, and as the only properties of a {@code style}. */
    private static final Set<String> PRESENTATION = Set.of(
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color",
            "display", "visibility", "overflow", "clip", "clip-path", "clip-rule", "mask", "filter",
            "marker-start", "marker-mid", "marker-end", "font-family", "font-size", "font-size-adjust", "font-stretch",
            "font-style", "font-variant", "font-weight", "text-anchor", "text-decoration", "text-rendering",
            "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
            "writing-mode", "direction", "unicode-bidi", "stop-color", "stop-opacity", "flood-color", "flood-opacity",
            "lighting-color", "color-interpolation", "color-interpolation-filters", "color-rendering",
            "shape-rendering", "image-rendering", "vector-effect", "paint-order", "mix-blend-mode", "isolation",
            "transform", "transform-origin");

    /**
     * CSS properties a drawing program writes in {@code style} beside the presentation ones (Inkscape
     * writes them all): text layout and font features, none of which takes a link.
     */
    private static final Set<String> STYLE_ONLY = Set.of(
            "line-height", "font-variant-ligatures", "font-variant-position", "font-variant-caps", "font-variant-numeric",
            "font-variant-alternates", "font-variant-east-asian", "font-feature-settings", "font-variation-settings",
            "font-kerning", "text-indent", "text-align", "text-align-last", "text-decoration-line", "text-decoration-style",
            "text-decoration-color", "text-transform", "text-orientation", "white-space", "inline-size", "shape-padding",
            "shape-margin", "marker", "enable-background", "solid-color", "solid-opacity", "font");

    private static final Set<String> ATTRIBUTES = Set.of(
            "id", "class", "lang", "tabindex", "role", "version", "baseProfile",
            "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height",
            "d", "points", "pathLength", "viewBox", "preserveAspectRatio",
            "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
            "offset", "gradientUnits", "gradientTransform", "spreadMethod",
            "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
            "markerUnits", "markerWidth", "markerHeight", "refX", "refY", "orient",
            "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "operator", "k1", "k2", "k3", "k4",
            "values", "type", "mode", "tableValues", "slope", "intercept", "amplitude", "exponent", "scale",
            "xChannelSelector", "yChannelSelector", "baseFrequency", "numOctaves", "seed", "stitchTiles", "radius",
            "order", "kernelMatrix", "divisor", "bias", "targetX", "targetY", "edgeMode", "kernelUnitLength",
            "preserveAlpha", "surfaceScale", "specularConstant", "specularExponent", "diffuseConstant", "azimuth",
            "elevation", "z", "pointsAtX", "pointsAtY", "pointsAtZ", "limitingConeAngle");

    /** Attributes whose value is free text (a label, a name), never read as CSS or a link. */
    private static final Set<String> TEXT = Set.of("id", "class", "lang", "role", "aria-label", "aria-labelledby",
            "aria-describedby", "aria-hidden", "aria-roledescription");

    /** Functions a value may call: colours and transforms; {@code url(...)} is checked apart. */
    private static final Set<String> FUNCTIONS = Set.of("rgb", "rgba", "hsl", "hsla", "url", "matrix", "translate",
            "translatex", "translatey", "scale", "scalex", "scaley", "rotate", "skewx", "skewy");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_-][A-Za-z0-9_-]*)\\s*\\(");
    private static final Pattern LOCAL_URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)#[^'\"()\\s\\\\]+\\1\\s*\\)");
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,6})(?:px)?\\s*");

    private SvgCheck() {
    }

    static Result check(byte[] bytes) {
        Reader reader = new Reader();
        try {
            SafeXml.parse(bytes, 0, bytes.length, reader);
        } catch (SafeXml.Refused r) {
            return (Unsafe) r.reason();
        } catch (SafeXml.Malformed m) {
            return new Malformed(m.line());
        }
        // the parser decoded the bytes as UTF-8 (by a UTF-8 byte-order mark, the declaration, or by default): so does a browser
        return "UTF-8".equalsIgnoreCase(reader.encoding) ? new Clean(bytes, true, reader.width, reader.height)
                : new Clean(reader.copy.toString().getBytes(StandardCharsets.UTF_8), false, reader.width, reader.height);
    }

    /** The checking itself, writing the clean copy as it goes; one per file. */
    private static final class Reader extends SafeXml.Handler {
        private final StringBuilder copy = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        private final StringBuilder declarations = new StringBuilder();
        private boolean root = true;
        private String encoding;
        private int width;
        private int height;

        @Override
        protected Object doctype(int line) {
            return new Unsafe(line, Kind.DOCTYPE, new Messages.Term("term.svg.doctype"));
        }

        private SafeXml.Refused refuse(Kind kind, String what, Object... args) {
            return new SafeXml.Refused(line(), new Unsafe(line(), kind, new Messages.Term(what, args)));
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            declarations.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            escape(uri, declarations, true);
            declarations.append('"');
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SafeXml.Refused {
            if (root) {
                encoding = encoding();
                if (!localName.equals("svg")) throw refuse(Kind.NOT_SVG, "term.svg.root", qName);
                if (!SVG.equals(uri)) throw refuse(Kind.NOT_SVG, "term.svg.no-namespace");
            }
            if (!SVG.equals(uri)) throw refuse(Kind.ELEMENT, "term.svg.foreign-element", qName);
            if (localName.equals("style")) throw refuse(Kind.STYLE, "term.svg.style-sheet", qName);
            if (!ELEMENTS.contains(localName)) throw refuse(Kind.ELEMENT, "term.svg.element", qName);
            copy.append('<').append(qName).append(declarations);
            declarations.setLength(0);
            for (int i = 0; i < attributes.getLength(); i++) {
                String ns = attributes.getURI(i);
                String name = attributes.getLocalName(i);
                String value = attributes.getValue(i);
                String what = attributes.getQName(i);
                if (ns.isEmpty()) {
                    if (name.toLowerCase(Locale.ROOT).startsWith("on")) throw refuse(Kind.ATTRIBUTE, "term.svg.handler", what, qName);
                    if (name.equals("href")) {
                        if (!isLocal(value)) throw refuse(Kind.LINK, "term.svg.link", what, qName);
                    } else if (name.equals("style")) {
                        if (!isPresentation(value)) throw refuse(Kind.STYLE, "term.svg.style", what, qName);
                    } else if (!(ATTRIBUTES.contains(name) || PRESENTATION.contains(name) || TEXT.contains(name)
                            || name.matches("data-[a-z0-9-]+|aria-[a-z]+"))) {
                        throw refuse(Kind.ATTRIBUTE, "term.svg.attribute", what, qName);
                    } else if (!TEXT.contains(name) && !name.startsWith("data-") && !name.startsWith("aria-") && !isSafeValue(value)) {
                        throw refuse(Kind.LINK, "term.svg.loads", what, qName);
                    }
                } else if (XLINK.equals(ns) && name.equals("href")) {
                    if (!isLocal(value)) throw refuse(Kind.LINK, "term.svg.link", what, qName);
                } else if (!(XML.equals(ns) && (name.equals("space") || name.equals("lang")))) {
                    throw refuse(Kind.ATTRIBUTE, "term.svg.attribute", what, qName);
                }
                copy.append(' ').append(attributes.getQName(i)).append("=\"");
                escape(value, copy, true);
                copy.append('"');
            }
            copy.append('>');
            if (root) {
                sizeOf(attributes);
                root = false;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            copy.append("</").append(qName).append('>');
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            escape(new String(ch, start, length), copy, false);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SafeXml.Refused {
            throw refuse(Kind.INSTRUCTION, "term.svg.instruction", target);
        }

        private void sizeOf(Attributes attributes) {
            Matcher w = SIZE.matcher(String.valueOf(attributes.getValue("", "width")));
            Matcher h = SIZE.matcher(String.valueOf(attributes.getValue("", "height")));
            if (w.matches() && h.matches()) {
                width = Integer.parseInt(w.group(1));
                height = Integer.parseInt(h.group(1));
                return;
            }
            String box = attributes.getValue("", "viewBox");
            if (box == null) return;
            String[] n = box.trim().split("[\\s,]+");
            // plain decimals only: Java would also read "Infinity", "NaN" and "0x1p9"
            if (n.length != 4 || !n[2].matches("\\d{1,6}(\\.\\d*)?") || !n[3].matches("\\d{1,6}(\\.\\d*)?")) return;
            width = (int) Math.round(Double.parseDouble(n[2]));
            height = (int) Math.round(Double.parseDouble(n[3]));
        }
    }

    /** A link within the drawing: {@code #id}, and nothing a browser could read as a scheme. */
    static boolean isLocal(String href) {
        String v = href.strip();
        return v.startsWith("#") && v.length() > 1 && v.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    /**
     * A value that neither loads nor runs anything: no CSS escape (with which {@code \75 rl(} is
     * {@code url(}), no at-rule, and no function but colours, transforms and {@code url(#id)}.
     */
    static boolean isSafeValue(String value) {
        if (value.indexOf('\\') >= 0 || value.indexOf('@') >= 0 || value.indexOf('<') >= 0) return false;
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) return false;
        Matcher f = FUNCTION.matcher(value);
        while (f.find()) {
            String name = f.group(1).toLowerCase(Locale.ROOT);
            if (!FUNCTIONS.contains(name)) return false;
            if (name.equals("url")) {
                Matcher local = LOCAL_URL.matcher(value);
                if (!local.find(f.start(1)) || local.start() != f.start(1)) return false;
            }
        }
        return true;
    }

    /**
     * A {@code style} of presentation and text properties only ({@code fill:#fff; stroke-width:2}),
     * each with a safe value: no comment, no block, nothing {@link #isSafeValue} refuses.
     */
    static boolean isPresentation(String style) {
        if (style.contains("/*") || style.contains("{") || style.contains("}") || !isSafeValue(style)) return false;
        for (String declaration : style.split(";")) {
            if (declaration.isBlank()) continue;
            int colon = declaration.indexOf(':');
            if (colon < 0) return false;
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!(PRESENTATION.contains(property) || STYLE_ONLY.contains(property) || property.matches("-inkscape-[a-z-]+"))) {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code text} escaped for XML content, or for a double-quoted attribute value. */
    private static void escape(String text, StringBuilder out, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
