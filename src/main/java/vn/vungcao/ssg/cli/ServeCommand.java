package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import vn.vungcao.ssg.config.ConfigLoader;
import vn.vungcao.ssg.serve.Preview;

/** {@code serve}: preview with live reload on 127.0.0.1. */
final class ServeCommand extends SiteOptions {

    int port = 1313;

    @Override
    String name() {
        return "serve";
    }

    @Override
    String description() {
        return "Build, serve on 127.0.0.1 and rebuild on every change, reloading the open pages. Ctrl-C stops.";
    }

    @Override
    List<Option> options() {
        return join(siteOptions(), List.of(
                new Option("--port", "N", "The port (default: 1313).", v -> port = port(v))));
    }

    private static int port(String value) {
        int port = number("--port", value);
        if (port < 1 || port > 65535) throw new UsageError("--port is a number from 1 to 65535, not " + port + ".");
        return port;
    }

    @Override
    int call() throws IOException, InterruptedException {
        String basePath = "/";
        if (baseUrl != null) {
            var url = ConfigLoader.normaliseBaseUrl(baseUrl);
            if (url.isEmpty()) {
                err.println("error: --base-url must be an absolute http(s) address, such as https://club.github.io/vungcao/");
                return Main.USAGE;
            }
            basePath = URI.create(url.get()).getRawPath();
        }
        Preview preview;
        try {
            preview = new Preview(site, basePath, port, drafts, future, threadCount(), Preview.printer(out, err));
        } catch (BindException e) {
            err.println("error: the port " + port + " is in use; choose another with --port.");
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        out.println("Serving " + preview.url() + " (Ctrl-C to stop).");
        stopped.await();
        return Main.OK;
    }
}
