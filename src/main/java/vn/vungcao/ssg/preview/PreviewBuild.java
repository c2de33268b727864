package vn.vungcao.ssg.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.vungcao.ssg.config.ConfigLoader;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.i18n.UiTextLoader;
import vn.vungcao.ssg.pipeline.BuildOptions;
import vn.vungcao.ssg.pipeline.BuildResult;
import vn.vungcao.ssg.pipeline.SiteBuilder;
import vn.vungcao.ssg.pipeline.UsageException;
import vn.vungcao.ssg.publish.InPlaceOutput;
import vn.vungcao.ssg.publish.Output;
import vn.vungcao.ssg.publish.Staging;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlReader;

/**
 * {@code build --preview}: the site built as usual into a temporary folder, then written into
 * the output folder in the form that opens from disk ({@link PreviewSite}). The output folder is
 * the build's own ({@code <site>/public} unless {@code --out} names another), published the way
 * a build publishes: nothing is written when the build has an error, a new folder is staged and
 * renamed into place, an existing one is updated in place with only the files that differ.
 */
public final class PreviewBuild {

    private PreviewBuild() {
    }

    /**
     * Builds the preview of the site {@code options} describes into {@code options.output()}.
     *
     * @throws UsageException as {@link SiteBuilder#build} does
     * @throws IOException    when the output cannot be written
     */
    public static BuildResult build(BuildOptions options) throws UsageException, IOException {
        Path site = options.site().toAbsolutePath().normalize();
        Path out = options.output().toAbsolutePath().normalize();
        SiteBuilder.checkOutput(site, out);
        Path temp = Files.createTempDirectory("vungcao-preview-");
        ExecutorService pool = null;
        try {
            Path built = temp.resolve("public");
            BuildResult result = SiteBuilder.build(options.withOutput(built));
            if (result.hasErrors() || !result.published()) return result;
            long start = System.nanoTime();
            // the config and the words were read by the build, which reported any problem with them
            Diagnostics ignored = new Diagnostics();
            SiteConfig config = ConfigLoader.load(site, new SourceReader(site), new YamlReader(), ignored)
                    .orElseThrow(() -> new IllegalStateException("the config of a site that built could not be read again"));
            String baseUrl = Optional.ofNullable(options.baseUrl()).flatMap(ConfigLoader::normaliseBaseUrl).orElse(config.baseUrl());
            Map<String, UiText> words = UiTextLoader.loadAll(site, config.theme(), ignored);
            pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
                Thread t = new Thread(r, "preview");
                t.setDaemon(true);
                return t;
            });
            try (Output output = Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) ? new InPlaceOutput(out).begin()
                    : Staging.open(out)) {
                PreviewSite.write(built, output, URI.create(baseUrl), words, config.language(), pool);
                output.commit();
                Map<String, Long> stages = new LinkedHashMap<>(result.stageMillis());
                stages.put("preview", (System.nanoTime() - start) / 1_000_000);
                return new BuildResult(result.diagnostics(), true, result.pages(), result.rendered(), output.filesWritten(),
                        output.bytesWritten(), output.filesChanged(), stages, result.language());
            }
        } finally {
            if (pool != null) pool.shutdownNow();
            Staging.deleteTree(temp);
        }
    }
}
