package vn.vungcao.ssg.preview;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The URLs of a built site as its own files, the way a browser opens them from disk: a URL that
 * leads into the site (a path under the base path, an absolute URL under the base URL's host, or
 * a relative URL) becomes a path relative to the file that prints it, and a folder's URL
 * ({@code …/}, or a path whose folder holds an {@code index.html}) becomes that
 * {@code index.html}. Query and fragment are kept as written. A URL that leads elsewhere (another
 * host, {@code mailto:}, {@code data:}, a path outside the base path, a fragment alone) is left
 * as it is. Immutable and thread-safe.
 */
final class LocalUrls {

    private final String host;
    private final int port;
    private final String basePath;
    private final Set<String> files;

    /**
     * @param baseUrl the site's absolute base URL, ending in {@code /}
     * @param files   every file of the built site, as a site path ({@code tin-tuc/x/index.html}), decoded
     */
    LocalUrls(URI baseUrl, Set<String> files) {
        this.host = baseUrl.getHost().toLowerCase(Locale.ROOT);
        this.port = port(baseUrl.getScheme(), baseUrl.getPort());
        String path = baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
        this.basePath = path.endsWith("/") ? path : path + "/";
        this.files = Set.copyOf(files);
    }

    /** The base path, such as {@code /} or {@code /vungcao/}. */
    String basePath() {
        return basePath;
    }

    /**
     * {@code url} as written in the file at site path {@code from}, made relative to that file;
     * null when it does not lead into the site and stays as written.
     */
    String local(String url, String from) {
        return local(url, from, basePath + from);
    }

    /**
     * As {@link #local(String, String)}, with relative URLs resolved against the absolute URL path
     * {@code document} (a page's {@code <base>}), or kept as written when it is null.
     */
    String local(String url, String from, String document) {
        String u = asBrowsersRead(url);
        if (document == null && scheme(u) == null && !u.startsWith("/")) return null;
        String target = sitePath(u, document == null ? basePath + from : document);
        if (target == null) return null;
        return relative(from, target) + tail(u);
    }

    /**
     * The site path of the file {@code url} leads to (raw, as the URL writes it, with
     * {@code index.html} for a folder), resolved against {@code documentPath} (an absolute URL
     * path); null when it leads outside the site.
     */
    String sitePath(String url, String documentPath) {
        String u = asBrowsersRead(url);
        if (u.isEmpty() || u.startsWith("#")) return null;
        String path = pathOf(u);
        String scheme = scheme(u);
        if (scheme != null) {
            if (!scheme.equals("http") && !scheme.equals("https")) return null;
            String rest = u.substring(scheme.length() + 1);
            if (!rest.startsWith("//")) return null;
            path = authorityPath(rest, port(scheme, -1));
        } else if (u.startsWith("//")) {
            path = authorityPath(u, port);
        } else if (!path.startsWith("/")) {
            path = resolve(documentPath, path);
        }
        if (path == null) return null;
        path = removeDotSegments(path);
        if ((path + "/").equals(basePath)) path = basePath;
        if (!path.startsWith(basePath)) return null;
        String site = path.substring(basePath.length());
        if (site.isEmpty() || site.endsWith("/")) return site + "index.html";
        if (!files.contains(decode(site)) && files.contains(decode(site) + "/index.html")) return site + "/index.html";
        return site;
    }

    /** The path of an absolute or scheme-relative URL ({@code //host:port/path…}) on the site's host; null on another. */
    private String authorityPath(String fromSlashes, int defaultPort) {
        String afterSlashes = fromSlashes.substring(2);
        int end = 0;
        while (end < afterSlashes.length() && "/?#".indexOf(afterSlashes.charAt(end)) < 0) end++;
        String authority = afterSlashes.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) return null; // credentials in a URL: never one of ours
        String h = authority;
        int p = defaultPort;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']') < colon) {
            h = authority.substring(0, colon);
            String digits = authority.substring(colon + 1);
            if (!digits.isEmpty()) {
                if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 5) return null;
                p = Integer.parseInt(digits);
            }
        }
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        if (!h.toLowerCase(Locale.ROOT).equals(host) || p != port) return null;
        String path = pathOf(afterSlashes.substring(end));
        return path.isEmpty() ? "/" : path;
    }

    /** The relative reference {@code ref} (path part only) against the absolute path {@code document}. */
    private static String resolve(String document, String ref) {
        String folder = document.substring(0, document.lastIndexOf('/') + 1);
        return ref.isEmpty() ? document : folder + ref;
    }

    /** RFC 3986's remove_dot_segments for an absolute path. */
    static String removeDotSegments(String path) {
        List<String> out = new ArrayList<>();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".") || s.equalsIgnoreCase("%2e")) {
                if (last) out.add("");
            } else if (s.equals("..") || s.equalsIgnoreCase(".%2e") || s.equalsIgnoreCase("%2e.") || s.equalsIgnoreCase("%2e%2e")) {
                if (!out.isEmpty()) out.remove(out.size() - 1);
                if (last) out.add("");
            } else {
                out.add(s);
            }
        }
        return "/" + String.join("/", out);
    }

    /** The path from the folder of site path {@code from} to site path {@code to}, never empty. */
    static String relative(String from, String to) {
        String[] dir = from.split("/", -1);
        String[] target = to.split("/", -1);
        int dirs = dir.length - 1;
        int common = 0;
        while (common < dirs && common < target.length - 1 && dir[common].equals(target[common])) common++;
        StringBuilder out = new StringBuilder();
        for (int i = common; i < dirs; i++) out.append("../");
        for (int i = common; i < target.length; i++) {
            if (i > common) out.append('/');
            out.append(target[i]);
        }
        // a first segment with ':' would be read as a scheme
        int slash = out.indexOf("/");
        String first = slash < 0 ? out.toString() : out.substring(0, slash);
        if (first.indexOf(':') >= 0) out.insert(0, "./");
        return out.toString();
    }

    /** The query and fragment of {@code url} as written ({@code ?q=1#x}), or "". */
    private static String tail(String url) {
        String u = asBrowsersRead(url);
        int q = u.indexOf('?');
        int h = u.indexOf('#');
        int at = q < 0 ? h : h < 0 ? q : Math.min(q, h);
        return at < 0 ? "" : u.substring(at);
    }

    /** {@code url} without its query and fragment. */
    private static String pathOf(String url) {
        int end = 0;
        while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != '#') end++;
        return url.substring(0, end);
    }

    /** The scheme in lower case, or null for a relative URL. */
    private static String scheme(String url) {
        int i = 0;
        while (i < url.length()) {
            char c = url.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                i++;
                continue;
            }
            break;
        }
        if (i == 0 || i >= url.length() || url.charAt(i) != ':') return null;
        return url.substring(0, i).toLowerCase(Locale.ROOT);
    }

    private static int port(String scheme, int port) {
        if (port >= 0) return port;
        return "http".equalsIgnoreCase(scheme) ? 80 : 443;
    }

    /** As a browser reads an attribute's URL: spaces and controls at the ends dropped, tabs and line ends removed. */
    static String asBrowsersRead(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') start++;
        while (end > start && url.charAt(end - 1) <= ' ') end--;
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') out.append(c);
        }
        return out.toString();
    }

    /** Percent-escapes decoded as UTF-8 ({@code +} stays a plus, as in a path). */
    static String decode(String path) {
        if (path.indexOf('%') < 0) return path;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '%' && i + 3 <= path.length()
                    && Character.digit(path.charAt(i + 1), 16) >= 0 && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = path.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
