package vn.vungcao.ssg.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.vungcao.ssg.i18n.UiText;

/**
 * One HTML page of a built site in the form that works opened from disk: every URL that leads
 * into the site, in every attribute a browser follows or loads ({@code href}, {@code src},
 * {@code srcset}, {@code poster}, {@code action}, {@code formaction}, {@code xlink:href},
 * {@code <object data>}, {@code <meta http-equiv="refresh">}) and in styles ({@code style}
 * attributes and {@code <style>} elements), made relative to the page ({@link LocalUrls}); the
 * page's {@code <base>} (if any) removed once the URLs it decided are rewritten. Then the
 * preview's notices: above each part of the page that loads the site's data with {@code fetch}
 * (an element with {@code data-words}, the look-up's search, or {@code data-faq}, the assistant),
 * a note in the page's language, which a small script in the head shows only when the page is
 * opened from {@code file:}; the same script keeps the page from asking for a service worker
 * there. Deterministic: the same page gives the same bytes. Thread-safe (no shared state).
 */
final class PreviewPage {

    /** Attributes that hold one URL, on any element. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "action", "formaction", "xlink:href");
    private static final Pattern REFRESH = Pattern.compile("(?is)(\\s*[0-9.]+\\s*[;,]?\\s*(?:url\\s*=\\s*)?)(['\"]?)(.*?)\\2(\\s*)");

    /** Shows the notices and keeps the service worker away, on {@code file:} only. */
    static final String SCRIPT = "(function () {\n"
            + "  'use strict';\n"
            + "  if (location.protocol !== 'file:') return;\n"
            + "  // opened from disk: no service worker is asked for (and none could be registered there)\n"
            + "  if (navigator.serviceWorker) {\n"
            + "    navigator.serviceWorker.register = function () {\n"
            + "      return Promise.reject(new Error('no service worker in a preview opened from disk'));\n"
            + "    };\n"
            + "  }\n"
            + "  document.addEventListener('DOMContentLoaded', function () {\n"
            + "    var notes = document.querySelectorAll('[data-preview-notice]');\n"
            + "    for (var i = 0; i < notes.length; i++) notes[i].hidden = false;\n"
            + "  });\n"
            + "})();\n";

    static final String STYLE = ".preview-notice{margin:0 0 1rem;padding:.5rem .75rem;border-left:4px solid #b45309;"
            + "background:#fff7e6;color:#3b2500;font-size:.9rem;line-height:1.4}";

    private PreviewPage() {
    }

    /**
     * The preview form of the page at {@code sitePath} ({@code tin-tuc/x/index.html}).
     *
     * @param words    the theme's words by language; the page's {@code <html lang>} picks one
     * @param language the site's language, for a page that names none the words have
     */
    static byte[] rewrite(byte[] html, String sitePath, LocalUrls urls, Map<String, UiText> words, String language) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), "");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        Element base = doc.selectFirst("base[href]");
        String decided = base == null ? sitePath : urls.sitePath(base.attr("href"), urls.basePath() + sitePath);
        // a base outside the site decides the relative URLs: they lead there, and stay so
        String document = decided == null ? null : urls.basePath() + decided;
        for (Element e : doc.getAllElements()) {
            if (e.normalName().equals("base")) continue;
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue();
                String local = null;
                if (URL_ATTRIBUTES.contains(key) || key.equals("data") && e.normalName().equals("object")) {
                    local = one(urls, value, sitePath, document);
                } else if (key.equals("srcset") || key.equals("imagesrcset")) {
                    String s = Srcset.rewrite(value, u -> one(urls, u, sitePath, document));
                    local = s.equals(value) ? null : s;
                } else if (key.equals("style")) {
                    String s = CssUrls.rewrite(value, u -> one(urls, u, sitePath, document));
                    local = s.equals(value) ? null : s;
                } else if (key.equals("content") && e.normalName().equals("meta")
                        && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                    local = refresh(value, u -> one(urls, u, sitePath, document));
                }
                if (local != null) a.setValue(local);
            }
            if (e.normalName().equals("style")) {
                for (Node child : e.childNodes()) {
                    if (child instanceof DataNode data) {
                        data.setWholeData(CssUrls.rewrite(data.getWholeData(), u -> one(urls, u, sitePath, document)));
                    }
                }
            }
        }
        if (base != null) base.remove();
        addNotices(doc, words, language);
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** One URL's local form, or null to keep it: relative URLs against {@code document} (null: they stay). */
    private static String one(LocalUrls urls, String url, String sitePath, String document) {
        return urls.local(url, sitePath, document);
    }

    /** A refresh's {@code content} with its URL rewritten, or null when it has none of the site's. */
    private static String refresh(String content, UnaryOperator<String> local) {
        Matcher m = REFRESH.matcher(content);
        if (!m.matches() || m.group(3).isEmpty()) return null;
        String url = local.apply(m.group(3));
        return url == null ? null : m.group(1) + m.group(2) + url + m.group(2) + m.group(4);
    }

    /** The script and style of the preview (on every page), and the notices above the parts that fetch. */
    private static void addNotices(Document doc, Map<String, UiText> words, String language) {
        Element head = doc.head();
        head.appendElement("style").appendChild(new DataNode(STYLE));
        head.appendChild(new TextNode("\n"));
        head.appendElement("script").appendChild(new DataNode(SCRIPT));
        head.appendChild(new TextNode("\n"));
        List<Element> fetching = doc.select("[data-words], [data-faq]");
        if (fetching.isEmpty()) return;
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        int dash = lang.indexOf('-');
        if (dash >= 0) lang = lang.substring(0, dash);
        UiText text = words.get(lang.toLowerCase(Locale.ROOT));
        if (text == null) text = words.get(language);
        for (Element part : fetching) {
            String key = part.hasAttr("data-faq") ? "preview.assistant" : "preview.lookup";
            Element note = new Element("p").addClass("preview-notice").attr("data-preview-notice", "")
                    .attr("role", "note").attr("hidden", "").text(text.get(key));
            // below the part's own heading, if it starts with one (the assistant's title bar)
            Element first = part.firstElementChild();
            if (first != null && first.selectFirst("h1, h2, h3, h4, h5, h6") != null) first.after(note);
            else part.prependChild(note);
        }
    }
}
