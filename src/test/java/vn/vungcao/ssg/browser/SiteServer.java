package vn.vungcao.ssg.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site from 127.0.0.1 (a secure context, so service workers run), under a path
 * prefix such as {@code /vungcao/} when the site is built for a sub-path. The folder is read on
 * every request, so a rebuild is served at once.
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"));

    private final HttpServer server;
    private final Path root;
    private final String prefix;

    public SiteServer(Path root, String prefix) throws IOException {
        this.root = root;
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's address, ending in the prefix: {@code http://127.0.0.1:PORT/vungcao/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = null;
            if (path.startsWith(prefix)) {
                Path candidate = root.resolve(path.substring(prefix.length())).normalize();
                if (candidate.startsWith(root)) {
                    if (Files.isDirectory(candidate)) candidate = candidate.resolve("index.html");
                    if (Files.isRegularFile(candidate)) file = candidate;
                }
            }
            int status = 200;
            if (file == null) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** Stops answering: the browser sees the network as gone. */
    @Override
    public void close() {
        server.stop(0);
    }
}
