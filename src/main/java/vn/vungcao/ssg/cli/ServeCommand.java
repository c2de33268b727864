package vn.vungcao.ssg.cli;

import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vungcao.ssg.config.ConfigLoader;
import vn.vungcao.ssg.serve.Preview;

/** {@code serve}: preview with live reload on 127.0.0.1. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve on 127.0.0.1 and rebuild on every change, reloading the open pages. Ctrl-C stops.")
final class ServeCommand extends SiteOptions implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "1313", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String basePath = "/";
        if (baseUrl != null) {
            var url = ConfigLoader.normaliseBaseUrl(baseUrl);
            if (url.isEmpty()) {
                err.println("error: --base-url must be an absolute http(s) address, such as https://club.github.io/vungcao/");
                return Main.USAGE;
            }
            basePath = java.net.URI.create(url.get()).getRawPath();
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
