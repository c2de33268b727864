package vn.vungcao.ssg.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.publish.Output;

/**
 * A built site written again in the form that works opened from disk ({@code file://}, a
 * pull request's artifact unzipped and double-clicked): its HTML pages through
 * {@link PreviewPage}, its style sheets with their {@code url(…)} made relative
 * ({@link CssUrls}), every other file as it is. A stage over the built output: the build itself,
 * and so the published site, knows nothing of it.
 */
public final class PreviewSite {

    private PreviewSite() {
    }

    /**
     * Writes the preview form of the site built in {@code built} into {@code out} (without
     * committing it). Pages are rewritten on {@code pool}; the result does not depend on its size.
     *
     * @param baseUrl  the base URL the site was built for (its absolute URLs of its own pages)
     * @param words    the theme's words by language, for the preview's notices
     * @param language the site's language
     */
    public static void write(Path built, Output out, URI baseUrl, Map<String, UiText> words, String language,
                             ExecutorService pool) throws IOException {
        Path root = built.toAbsolutePath().normalize();
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        LocalUrls urls = new LocalUrls(baseUrl, files);
        List<Future<?>> work = new ArrayList<>();
        for (String file : files) {
            work.add(pool.submit(() -> {
                byte[] bytes = read(root.resolve(file));
                if (file.endsWith(".html")) {
                    bytes = PreviewPage.rewrite(bytes, file, urls, words, language);
                } else if (file.endsWith(".css")) {
                    String css = new String(bytes, StandardCharsets.UTF_8);
                    String local = CssUrls.rewrite(css, u -> urls.local(u, file));
                    if (!local.equals(css)) bytes = local.getBytes(StandardCharsets.UTF_8);
                }
                out.write(file, bytes);
                return null;
            }));
        }
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the preview", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
