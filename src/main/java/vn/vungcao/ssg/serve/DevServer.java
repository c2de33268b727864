package vn.vungcao.ssg.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview server of {@code serve}: the built site from 127.0.0.1 only, under the base path,
 * plus {@code /__livereload} (server-sent events: "reload", or "errors" with the problems as JSON)
 * and {@code /__livereload.js}. Thread-safe.
 */
public final class DevServer implements AutoCloseable {

    public static final String SCRIPT = "__livereload.js";
    public static final String EVENTS = "__livereload";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("pdf", "application/pdf"), Map.entry("csv", "text/csv; charset=utf-8"));

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "serve-http");
        t.setDaemon(true);
        return t;
    });
    private final Path root;
    private final String basePath;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile String state = "event: reload\ndata: ok\n\n";

    /** @param port 0 for any free port */
    public DevServer(Path root, String basePath, int port) throws IOException {
        this.root = root;
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's address: {@code http://127.0.0.1:1313/} (with the base path). */
    public String url() {
        return "http://127.0.0.1:" + port() + basePath;
    }

    /** The address of the live-reload script, as pages include it. */
    public String scriptPath() {
        return basePath + SCRIPT;
    }

    /** Tells every open tab to reload (the build succeeded). */
    public void reload() {
        send("event: reload\ndata: ok\n\n");
    }

    /** Tells every open tab to show the problems, as a JSON array (the last good site stays served). */
    public void errors(String json) {
        send("event: errors\ndata: " + json.replace("\n", " ") + "\n\n");
    }

    private void send(String event) {
        state = event;
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            try (exchange) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "txt", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8), false);
            }
            return;
        }
        String path;
        try {
            path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = null; // a broken %-escape
        }
        // a NUL, a control character or a backslash names no file of the site (and would make an invalid path)
        if (path == null || path.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '\\')) {
            try (exchange) {
                respond(exchange, 400, "txt", "Bad request.\n".getBytes(StandardCharsets.UTF_8), head);
            }
            return;
        }
        if (path.equals(basePath + EVENTS) && !head) {
            events(exchange);
            return;
        }
        try (exchange) {
            if (path.equals(basePath + SCRIPT)) {
                respond(exchange, 200, "js", LiveReloadScript.source(basePath + EVENTS).getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            Path file = null;
            if (path.startsWith(basePath)) {
                Path candidate = root.resolve(path.substring(basePath.length())).normalize();
                if (candidate.startsWith(root)) {
                    if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) candidate = candidate.resolve("index.html");
                    // never through a link: the output folder holds only what the build wrote
                    if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) file = candidate;
                }
            }
            if (file == null) {
                Path notFound = root.resolve("404.html");
                // before the first good build there is no site: a bare page still shows the problems
                byte[] body = Files.exists(notFound) ? Files.readAllBytes(notFound)
                        : ("<!doctype html><html lang=\"vi\"><title>serve</title><body><p>No site yet.</p><script src=\""
                        + basePath + SCRIPT + "\"></script></body></html>").getBytes(StandardCharsets.UTF_8);
                respond(exchange, 404, "html", body, head);
                return;
            }
            String name = file.getFileName().toString();
            respond(exchange, 200, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file), head);
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // a tab that connects while the site is broken sees the problems at once
        if (state.startsWith("event: errors")) {
            out.write(state.getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        listeners.add(out);
    }

    /** Sends {@code body}, or only the headers for a HEAD request (which has no body, so no length is given). */
    private static void respond(HttpExchange exchange, int status, String ext, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException e) {
                // the tab is gone already
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
