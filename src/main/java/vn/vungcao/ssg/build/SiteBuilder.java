package vn.vungcao.ssg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vungcao.ssg.config.ConfigLoader;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.Asset;
import vn.vungcao.ssg.content.Body;
import vn.vungcao.ssg.content.ContentLoader;
import vn.vungcao.ssg.content.NewsPost;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.feed.Feeds;
import vn.vungcao.ssg.markdown.MarkdownRenderer;
import vn.vungcao.ssg.markdown.RenderedMarkdown;
import vn.vungcao.ssg.store.Store;
import vn.vungcao.ssg.publish.InPlaceOutput;
import vn.vungcao.ssg.publish.Output;
import vn.vungcao.ssg.publish.Staging;
import vn.vungcao.ssg.markdown.MarkdownCache;
import vn.vungcao.ssg.render.PageJob;
import vn.vungcao.ssg.render.Routes;
import vn.vungcao.ssg.render.SiteRenderer;
import vn.vungcao.ssg.render.Theme;
import vn.vungcao.ssg.render.Assets;
import vn.vungcao.ssg.render.LedgerViews;
import vn.vungcao.ssg.ledger.LedgerSummary;
import vn.vungcao.ssg.ledger.MemoLinker;
import vn.vungcao.ssg.ledger.Reconciler;
import vn.vungcao.ssg.ledger.Statement;
import vn.vungcao.ssg.ledger.StatementReader;
import vn.vungcao.ssg.check.OutputChecker;
import vn.vungcao.ssg.image.ImageCache;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.image.ImageProcessor;
import vn.vungcao.ssg.search.SearchData;
import vn.vungcao.ssg.offline.OfflineFiles;
import vn.vungcao.ssg.render.ViewFactory;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlReader;
import vn.vungcao.ssg.validate.ContentValidator;

/**
 * The build pipeline: config, content, validation, Markdown, pages, feeds and files, then the
 * publish, which writes nothing unless the whole build succeeded. Stages run in this fixed order
 * and are timed one by one; within a stage the work runs on a bounded pool. Content mistakes
 * become diagnostics, never exceptions; when there is any error the output folder is left exactly
 * as it was.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /**
     * Builds the site described by {@code options}.
     *
     * @throws UsageException when the output folder would overwrite the site's own files
     * @throws IOException    when the output cannot be written (a disk problem, not a content one)
     */
    public static BuildResult build(BuildOptions options) throws UsageException, IOException {
        return build(options, null);
    }

    /**
     * Builds with {@code cache} (when not null) from earlier builds of the same site: only what
     * changed is parsed and rendered again, and the cache's output folder is updated in place.
     */
    public static BuildResult build(BuildOptions options, BuildCache cache) throws UsageException, IOException {
        Path site = options.site().toAbsolutePath().normalize();
        Path out = options.output().toAbsolutePath().normalize();
        checkOutput(site, out);
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Long> stages = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), daemonThreads());
        // a one-shot build keeps what it read and rendered on disk for the next; a preview keeps it in
        // memory, and takes from the disk and adds to it only at its first build
        Stores stores = cache == null || cache.firstBuild() ? Stores.open(options) : null;
        try {
            return run(options, site, out, diagnostics, stages, pool, cache, stores);
        } finally {
            // before the pool stops: a store its worker is writing is waited for, not interrupted
            if (stores != null) stores.save();
            pool.shutdownNow();
        }
    }

    private static BuildResult run(BuildOptions options, Path site, Path out, Diagnostics diagnostics,
                                   Map<String, Long> stages, ExecutorService pool, BuildCache cache,
                                   Stores stores) throws IOException {
        Timer timer = new Timer(stages);
        if (cache != null) cache.startBuild(site);
        // nothing rendered by the last build to take: bodies will be rendered, so Flexmark is set up
        // on a worker while this thread reads the config and walks content/
        if (stores != null && stores.markdown().isEmpty()) pool.submit(MarkdownRenderer::prepare);
        SourceReader reader = new SourceReader(site);
        YamlReader yaml = new YamlReader(stores == null ? null : stores.frontMatter());

        Optional<SiteConfig> loaded = ConfigLoader.load(site, reader, yaml, diagnostics);
        if (loaded.isPresent() && options.baseUrl() != null) {
            Optional<String> url = ConfigLoader.normaliseBaseUrl(options.baseUrl());
            if (url.isEmpty()) {
                diagnostics.error("cli.bad-base-url", vn.vungcao.ssg.diag.Position.ofFile("--base-url"), vn.vungcao.ssg.diag.DiagnosticPrinter.printable(options.baseUrl()));
                loaded = Optional.empty();
            } else {
                loaded = Optional.of(loaded.get().withBaseUrl(url.get()));
            }
        }
        timer.lap("config");
        if (loaded.isEmpty()) return failed(diagnostics, stages);
        SiteConfig config = loaded.get();
        // links and odd names in the site's own theme are reported here; its readers skip them
        new SiteFiles(site).audit(site.resolve("themes").resolve(config.theme()), diagnostics);
        // the settings as written, read as soon as they were loaded: what every page's fingerprint names
        byte[] configText = readOrNull(site, ConfigLoader.FILE);

        SiteContent content = new ContentLoader(site, config, reader, yaml, cache == null ? null : cache.content())
                .load(pool, diagnostics);
        timer.lap("content");
        ContentValidator.validate(content, config, diagnostics);
        timer.lap("validate");
        // the stages that check something go on past errors, so that one run reports every
        // mistake (a file with errors is still read as far as it could be); the first stage that
        // makes pages is not reached when there is any

        SiteContent published = content.withNews(content.news().stream()
                .filter(n -> options.drafts() || !n.draft())
                .filter(n -> n.date() == null || options.future() || !n.date().toInstant().isAfter(options.now()))
                .toList());

        LedgerSummary ledger = ledger(site, config, published, diagnostics, stores == null ? null : stores.ledger(), configText);
        timer.lap("ledger");

        ImageProcessor imageProcessor = new ImageProcessor(new ImageCache(options.cacheDir()));
        Map<String, ImageProcessor.Output> images = images(published, imageProcessor, pool, diagnostics);
        timer.lap("images");
        ImageCatalog catalog = new ImageCatalog(images.values().stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.image().sitePath(), ImageProcessor.Output::image)));

        Routes routes = new Routes(config.baseUrl());
        String imagesKey = catalogKey(images);
        // the language words the warnings kept with each body
        String markdownSettings = routes.baseUrl() + "\n" + imagesKey + "\n" + config.language();
        MarkdownRenderer markdown = new MarkdownRenderer(routes, catalog);
        Map<String, RenderedMarkdown> bodies;
        Map<String, vn.vungcao.ssg.i18n.UiText> text;
        if (cache != null) {
            bodies = markdown(published, markdown, pool, diagnostics, cache.markdown(), stores == null ? null : stores.markdown(),
                    markdownSettings);
            text = cache.fromTheme("text", List.of(site, config.theme()), diagnostics,
                    d -> vn.vungcao.ssg.i18n.UiTextLoader.loadAll(site, config.theme(), d));
        } else {
            List<Map.Entry<String, Body>> rendering = bodies(published);
            List<Future<RenderedMarkdown>> rendered = markdown(rendering, markdown, pool, diagnostics, stores.markdown(), markdownSettings);
            // the theme's words are read on this thread while the workers render the bodies
            text = vn.vungcao.ssg.i18n.UiTextLoader.loadAll(site, config.theme(), yaml, diagnostics);
            bodies = new java.util.HashMap<>(rendering.size() * 2);
            for (int i = 0; i < rendering.size(); i++) bodies.put(rendering.get(i).getKey(), get(rendered.get(i)));
        }
        timer.lap("markdown");
        if (diagnostics.hasErrors()) return failed(diagnostics, stages);

        ViewFactory views = new ViewFactory(routes, config, published, bodies, catalog,
                slug -> ledger == null ? null : ledger.campaigns().get(slug), text.get(config.language()),
                cache == null ? null : cache.views(), imagesKey, new vn.vungcao.ssg.vietqr.QrCodes(stores == null ? null : stores.qr()));
        // a one-shot build reads the theme's static files on a worker while this thread indexes the site
        java.util.concurrent.FutureTask<Assets> collected = new java.util.concurrent.FutureTask<>(
                () -> Assets.collect(site, config.theme()));
        if (cache == null) pool.execute(collected);
        SearchData.Output search = SearchData.build(published, views, config, diagnostics,
                cache == null ? null : cache.search(), stores == null ? null : stores.search(), pool);
        timer.lap("search");
        Assets assets = cache == null ? take(collected)
                : cache.fromTheme("assets", List.of(site, config.theme()), () -> Assets.collect(site, config.theme()));
        LedgerViews ledgerViews = ledger == null ? null : new LedgerViews(ledger, routes, published, text.get(config.language()));
        SiteRenderer renderer = new SiteRenderer(config, routes, published, views, search.meta(), assets, ledgerViews, text,
                cache == null ? null : cache.pages());
        List<PageJob> jobs = renderer.plan();
        timer.lap("plan");
        Theme theme = cache == null ? new Theme(site, config.theme(), routes, assets, text, config.language())
                : cache.fromTheme("theme", List.of(site, config.theme(), routes.baseUrl(), assets, text, config.language()),
                        () -> new Theme(site, config.theme(), routes, assets, text, config.language()));
        AtomicInteger pages = new AtomicInteger();
        try (Output staging = output(options, out, cache)) {
            byte[] reload = options.liveReload() == null ? null
                    : ("<script src=\"" + options.liveReload() + "\"></script>\n</body>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            SiteRenderer.Finish finish = reload == null ? SiteRenderer.Finish.NONE
                    : new SiteRenderer.Finish(options.liveReload(), bytes -> withReload(bytes, reload));
            // pages are fingerprinted only where the last build's can be taken again: an output folder
            // updated in place (a new folder, or a check's temporary one, has none)
            SiteRenderer.LastPages last = stores == null || !(staging instanceof InPlaceOutput) ? null
                    : new SiteRenderer.LastPages(stores.pages(), file -> readOrNull(out, file), routes.baseUrl() + "\n"
                            + (configText == null ? "" : new String(configText, java.nio.charset.StandardCharsets.UTF_8)));
            int rendered = renderer.render(jobs, theme, pool, new SiteRenderer.Sink() {
                @Override
                public void write(String file, byte[] bytes) {
                    staging.write(file, bytes);
                    pages.incrementAndGet();
                }

                @Override
                public void writeAsRead(String file, byte[] bytes) {
                    staging.writeAsRead(file, bytes);
                    pages.incrementAndGet();
                }
            }, diagnostics, cache == null ? null : cache.pages(), last, finish);
            timer.lap("render");

            staging.write(Routes.FEED, Feeds.atom(config, routes, published.news(),
                    n -> n.summary() != null ? n.summary() : bodies.getOrDefault(n.origin().file(), RenderedMarkdown.EMPTY).excerpt(300)));
            List<Feeds.SitemapEntry> sitemap = cache == null ? sitemap(published, jobs) : sitemap(published, jobs, cache);
            staging.write(Routes.SITEMAP, cache == null ? Feeds.sitemap(routes, sitemap)
                    : cache.same("sitemap", List.of(routes.baseUrl(), sitemap), () -> Feeds.sitemap(routes, sitemap)));
            staging.write(Routes.ROBOTS, Feeds.robots(routes));
            // the form editor, when the config has admin: settings; not a page of the site, so in no
            // sitemap, feed, search index or precache
            vn.vungcao.ssg.admin.AdminFiles.files(config).forEach(staging::write);
            search.files().forEach(staging::write);
            assets.files().forEach(staging::write);
            (cache == null ? themeImages(site, config.theme(), imageProcessor, diagnostics)
                    : cache.fromTheme("images", List.of(site, config.theme(), options.cacheDir()), diagnostics,
                            d -> themeImages(site, config.theme(), imageProcessor, d))).forEach(staging::write);
            staging.write(OfflineFiles.MANIFEST, cache == null
                    ? OfflineFiles.manifest(config, routes, assets, text.get(config.language()))
                    : cache.same("manifest", List.of(config.toString(), routes.baseUrl(), assets.names(), text.get(config.language())),
                            () -> OfflineFiles.manifest(config, routes, assets, text.get(config.language()))));
            if (ledger != null) {
                List<LedgerSummary.Row> rows = ledger.months().stream().flatMap(m -> m.rows().stream()).toList();
                staging.write(LedgerViews.CSV, LedgerSummary.maskedCsv(rows));
            }
            for (Asset a : published.assets()) {
                ImageProcessor.Output image = images.get(a.sitePath());
                Map<String, byte[]> files = image != null ? image.files() : Map.of(a.sitePath(), new byte[0]);
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    if (staging.has(f.getKey())) {
                        diagnostics.error("route.file-conflict", vn.vungcao.ssg.diag.Position.ofFile(a.source()), f.getKey());
                        continue;
                    }
                    if (image != null) staging.write(f.getKey(), f.getValue());
                    else staging.write(a.sitePath(), Files.readAllBytes(a.location()));
                }
            }
            if (!diagnostics.hasErrors()) {
                List<String> precache = OfflineFiles.precache(assets, search.meta(), !published.faqs().isEmpty());
                String swConfig = OfflineFiles.serviceWorkerConfig(routes, precache,
                        p -> readStaged(staging, Routes.file(p)), cache == null ? null : cache.version());
                try {
                    List<Object> swKey = List.of(swConfig, theme);
                    byte[] sw = cache == null ? null : (byte[]) cache.kept("sw", swKey);
                    if (sw == null) {
                        sw = theme.render("sw", new java.util.HashMap<>(java.util.Map.of("config", swConfig)))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        if (cache != null) cache.keep("sw", swKey, sw);
                    }
                    staging.write(OfflineFiles.SERVICE_WORKER, sw);
                } catch (Theme.TemplateProblem e) {
                    diagnostics.error("template.error/sw", new vn.vungcao.ssg.diag.Position(
                                    "themes/" + config.theme() + "/templates/" + e.template() + ".peb", e.line(), 0), e.getMessage());
                }
            }
            timer.lap("files");

            if (options.check() && !diagnostics.hasErrors()) {
                new OutputChecker(staging.root(), routes, config.theme(), published).check(jobs, pool, diagnostics);
                timer.lap("check");
            }
            if (diagnostics.hasErrors() || options.check()) {
                return new BuildResult(diagnostics.sorted(), false, pages.get(), rendered, staging.filesWritten(),
                        staging.bytesWritten(), stages);
            }
            // the stores are complete: they are written on the workers while this thread publishes
            if (stores != null) stores.startSaving(pool);
            staging.commit();
            timer.lap("publish");
            return new BuildResult(diagnostics.sorted(), true, pages.get(), rendered, staging.filesWritten(),
                    staging.bytesWritten(), stages);
        }
    }

    /**
     * Where the build writes: the preview's folder, updated in place; a folder beside the output,
     * swapped in at the end, when there is no output folder yet (and for a check, which never
     * publishes); otherwise the existing output folder, updated in place with what changed.
     */
    private static Output output(BuildOptions options, Path out, BuildCache cache) throws IOException {
        if (options.check()) return Staging.open(out);
        if (cache != null) return cache.output().begin();
        if (Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return new InPlaceOutput(out).begin();
        return Staging.open(out);
    }

    /** What {@code task} made: made here if no worker has started it, else waited for. */
    private static <T> T take(java.util.concurrent.FutureTask<T> task) {
        task.run();
        return get(task);
    }

    private static BuildResult failed(Diagnostics diagnostics, Map<String, Long> stages) {
        return new BuildResult(diagnostics.sorted(), false, 0, 0, 0, 0, stages);
    }

    /** The page with the live-reload script before its closing body tag ({@code serve} only). */
    private static byte[] withReload(byte[] page, byte[] script) {
        byte[] end = {'<', '/', 'b', 'o', 'd', 'y', '>'};
        int at = -1;
        for (int i = page.length - end.length; i >= 0 && at < 0; i--) {
            if (java.util.Arrays.equals(page, i, i + end.length, end, 0, end.length)) at = i;
        }
        if (at < 0) return page;
        byte[] out = new byte[page.length - end.length + script.length];
        System.arraycopy(page, 0, out, 0, at);
        System.arraycopy(script, 0, out, at, script.length);
        System.arraycopy(page, at + end.length, out, at + script.length, page.length - at - end.length);
        return out;
    }

    /** A file of {@code folder} (the site's config, a page of the output folder), or null when it cannot be read. */
    private static byte[] readOrNull(Path folder, String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] readStaged(Output staging, String file) {
        try {
            return staging.read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every image under content/ checked and re-encoded (in parallel, in a stable order); a child's
     * photo also gets a thumbnail.
     */
    private static Map<String, ImageProcessor.Output> images(SiteContent content, ImageProcessor processor,
                                                             ExecutorService pool, Diagnostics diagnostics) {
        java.util.Set<String> photos = new java.util.HashSet<>();
        content.children().forEach(c -> {
            if (c.photo() != null) photos.add(c.photo().startsWith("/") ? c.photo().substring(1) : c.photo());
        });
        List<Asset> assets = content.assets().stream().filter(a -> ImageProcessor.isImage(a.sitePath())).toList();
        List<Future<java.util.Optional<ImageProcessor.Output>>> futures = new ArrayList<>();
        for (Asset a : assets) futures.add(pool.submit(() -> processor.process(a, photos.contains(a.sitePath()), diagnostics)));
        Map<String, ImageProcessor.Output> out = new TreeMap<>();
        for (int i = 0; i < assets.size(); i++) get(futures.get(i)).ifPresent(o -> out.put(o.image().sitePath(), o));
        return out;
    }

    /**
     * The statements' summary as published, or null when there are none; from {@code store} (when
     * not null) when the statement files, the settings as written ({@code configText}), the
     * children's codes and the campaigns' keywords are those it was kept with.
     */
    private static LedgerSummary ledger(Path site, SiteConfig config, SiteContent content, Diagnostics diagnostics,
                                        Store<LedgerSummary> store, byte[] configText) {
        Path folder = site.resolve(ContentLoader.CONTENT).resolve("ledger");
        if (Files.notExists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return null;
        // a linked folder is never read, not even for a digest: the reading reports it
        String digest = store == null || configText == null || !new SiteFiles(site).isFolder(folder) ? null
                : ledgerDigest(store, folder, configText, content);
        if (digest != null) {
            Store.Hit<LedgerSummary> kept = store.get("ledger", digest);
            if (kept != null) {
                kept.diagnostics().forEach(diagnostics::add);
                return kept.value();
            }
        }
        Diagnostics local = diagnostics.fork();
        LedgerSummary summary = ledger(new SiteFiles(site), folder, config, content, local);
        List<vn.vungcao.ssg.diag.Diagnostic> found = local.sorted();
        found.forEach(diagnostics::add);
        if (digest != null && summary != null && !local.hasErrors()) store.put("ledger", digest, summary, found);
        return summary;
    }

    /** What the summary is made from, digested; null when a statement file cannot be read (the reading reports it). */
    private static String ledgerDigest(Store<LedgerSummary> store, Path folder, byte[] configText, SiteContent content) {
        List<String> input = new ArrayList<>();
        input.add(Store.digest(configText));
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            for (Path f : list.sorted().toList()) {
                input.add(f.getFileName().toString());
                // a link is never read, not even for its digest: the reading reports it
                input.add(Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Store.digest(Files.readAllBytes(f)) : "not a file");
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        content.children().forEach(c -> input.add(c.code() + (c.listed() ? " listed" : " unlisted")));
        content.campaigns().forEach(c -> input.add(c.slug() + " " + c.keywords()));
        return store.digest(input);
    }

    /**
     * The statements in {@code folder} ({@code content/ledger/}), read, reconciled and summed; null
     * when there are none. A memo is linked to a child by code and to a campaign by its keywords.
     */
    private static LedgerSummary ledger(SiteFiles site, Path folder, SiteConfig config, SiteContent content,
                                        Diagnostics diagnostics) {
        List<Statement> statements = StatementReader.readFolder(site, folder, ContentLoader.CONTENT + "/ledger", config.ledger(),
                diagnostics);
        if (statements.isEmpty()) return null;
        statements.forEach(st -> Reconciler.check(st, diagnostics));
        Reconciler.checkSequence(statements, diagnostics);
        Map<String, String> codes = new TreeMap<>();
        content.children().forEach(c -> codes.put(vn.vungcao.ssg.content.CodeKey.of(c.code()).orElse(c.code()), c.code()));
        Map<String, List<String>> keywords = new TreeMap<>();
        content.campaigns().forEach(c -> keywords.put(c.slug(), c.keywords()));
        LedgerSummary summary = LedgerSummary.of(statements, new MemoLinker(codes, keywords), config.ledger());
        return withoutUnlistedCodes(summary, new vn.vungcao.ssg.safeguard.UnlistedCodes(content.children()));
    }

    /**
     * The summary as published: the codes of children who are not listed are masked in every memo
     * and link, since only a child's own page may show their code. Their months of support stay,
     * for their own pages.
     */
    private static LedgerSummary withoutUnlistedCodes(LedgerSummary summary, vn.vungcao.ssg.safeguard.UnlistedCodes codes) {
        List<LedgerSummary.Month> months = new ArrayList<>();
        for (LedgerSummary.Month m : summary.months()) {
            List<LedgerSummary.Row> rows = new ArrayList<>();
            for (LedgerSummary.Row r : m.rows()) {
                vn.vungcao.ssg.ledger.Link link = r.link() instanceof vn.vungcao.ssg.ledger.Link.ToChild c && codes.contains(c.code())
                        ? new vn.vungcao.ssg.ledger.Link.ToChild(vn.vungcao.ssg.safeguard.UnlistedCodes.MASK) : r.link();
                rows.add(new LedgerSummary.Row(r.file(), r.row(), r.date(), r.time(), r.amount(), r.balance(),
                        codes.mask(r.memo()), r.counterparty() == null ? null : codes.mask(r.counterparty()), link));
            }
            months.add(new LedgerSummary.Month(m.month(), m.moneyIn(), m.moneyOut(), m.closingBalance(), rows));
        }
        return new LedgerSummary(months, summary.campaigns(), summary.generalFund(), summary.children());
    }

    /**
     * The theme's own images (icons, backgrounds, SVG drawings) go through the same checks and
     * re-encoding as the content's; only what was made of each file itself is published.
     */
    private static Map<String, byte[]> themeImages(Path site, String theme, ImageProcessor processor,
                                                   Diagnostics diagnostics) {
        Map<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, Path> f : vn.vungcao.ssg.render.ThemeFiles.staticFiles(site, theme).entrySet()) {
            if (!ImageProcessor.isImage(f.getKey())) continue;
            Asset asset = new Asset(f.getKey(), "themes/" + theme + "/static/" + f.getKey(), f.getValue());
            processor.process(asset, false, diagnostics).ifPresent(o -> out.put(f.getKey(), o.files().get(f.getKey())));
        }
        return out;
    }

    private static String catalogKey(Map<String, ImageProcessor.Output> images) {
        StringBuilder key = new StringBuilder();
        images.values().forEach(o -> key.append(o.image()).append('\n'));
        return SearchData.hash(List.of(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Every body rendered once, in parallel, keyed by source file; from the cache when unchanged. */
    private static Map<String, RenderedMarkdown> markdown(SiteContent content, MarkdownRenderer markdown,
                                                          ExecutorService pool, Diagnostics diagnostics,
                                                          MarkdownCache cache, Store<RenderedMarkdown> store,
                                                          String settingsKey) {
        List<Map.Entry<String, Body>> bodies = bodies(content);
        cache.settings(settingsKey);
        // looked up by file only, never walked: a hash map, not a sorted one
        Map<String, RenderedMarkdown> out = new java.util.HashMap<>(bodies.size() * 2);
        List<Map.Entry<String, Body>> rendering = new ArrayList<>();
        List<Future<RenderedMarkdown>> futures = new ArrayList<>();
        for (Map.Entry<String, Body> b : bodies) {
            MarkdownCache.Entry known = cache.get(b.getKey(), b.getValue());
            if (known != null) {
                // a body rendered before is taken here: handing it to the pool would cost more than the look-up
                if (!known.diagnostics().isEmpty()) known.diagnostics().forEach(diagnostics::add);
                out.put(b.getKey(), known.rendered());
                continue;
            }
            rendering.add(b);
            futures.add(pool.submit(() -> {
                // not in the cache (looked up above): render it (or take it from the store) and keep it with its diagnostics
                Diagnostics local = diagnostics.fork();
                RenderedMarkdown rendered = renderOrTake(store, settingsKey, markdown, b, local);
                List<vn.vungcao.ssg.diag.Diagnostic> found = local.sorted();
                found.forEach(diagnostics::add);
                cache.put(b.getKey(), new MarkdownCache.Entry(b.getValue(), rendered, found));
                return rendered;
            }));
        }
        for (int i = 0; i < rendering.size(); i++) out.put(rendering.get(i).getKey(), get(futures.get(i)));
        cache.keep(out.keySet());
        return out;
    }

    /**
     * The HTML of {@code bodies} as they are made on {@code pool}, in their order: each taken from
     * the store when unchanged since the last build, else rendered and stored.
     */
    private static List<Future<RenderedMarkdown>> markdown(List<Map.Entry<String, Body>> bodies, MarkdownRenderer markdown,
                                                           ExecutorService pool, Diagnostics diagnostics,
                                                           Store<RenderedMarkdown> store, String settings) {
        List<Future<RenderedMarkdown>> futures = new ArrayList<>(bodies.size());
        for (Map.Entry<String, Body> b : bodies) futures.add(pool.submit(() -> renderOrTake(store, settings, markdown, b, diagnostics)));
        return futures;
    }

    /**
     * A body's HTML, its warnings added to {@code diagnostics}: from {@code store} (when not null)
     * when its text, first line and the settings are those it was kept with, else rendered (and kept).
     */
    private static RenderedMarkdown renderOrTake(Store<RenderedMarkdown> store, String settings, MarkdownRenderer markdown,
                                                 Map.Entry<String, Body> b, Diagnostics diagnostics) {
        if (store == null) return markdown.render(b.getValue(), b.getKey(), diagnostics);
        String digest = store.digest(b.getValue().markdown(), b.getValue().firstLine(), settings);
        Store.Hit<RenderedMarkdown> known = store.get(b.getKey(), digest);
        if (known != null) {
            known.diagnostics().forEach(diagnostics::add);
            return known.value();
        }
        Diagnostics local = diagnostics.fork();
        RenderedMarkdown rendered = markdown.render(b.getValue(), b.getKey(), local);
        List<vn.vungcao.ssg.diag.Diagnostic> found = local.sorted();
        found.forEach(diagnostics::add);
        store.put(b.getKey(), digest, rendered, found);
        return rendered;
    }

    /** Every body of the site with its file: news, schools, children, campaigns, pages, questions. */
    private static List<Map.Entry<String, Body>> bodies(SiteContent content) {
        List<Map.Entry<String, Body>> bodies = new ArrayList<>();
        content.news().forEach(n -> bodies.add(Map.entry(n.origin().file(), n.body())));
        content.schools().forEach(s -> bodies.add(Map.entry(s.origin().file(), s.body())));
        content.children().forEach(c -> bodies.add(Map.entry(c.origin().file(), c.body())));
        content.campaigns().forEach(c -> bodies.add(Map.entry(c.origin().file(), c.body())));
        content.pages().forEach(p -> bodies.add(Map.entry(p.origin().file(), p.body())));
        content.faqs().forEach(q -> bodies.add(Map.entry(q.origin().file(), q.body())));
        return bodies;
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The pages search engines may index: no child, no list of children, no page marked noindex. */
    private static List<Feeds.SitemapEntry> sitemap(SiteContent content, List<PageJob> jobs) {
        Map<String, String> lastmod = new java.util.HashMap<>();
        for (NewsPost n : content.news()) lastmod.put(Routes.news(n.slug()), n.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
        List<Feeds.SitemapEntry> entries = new ArrayList<>();
        for (PageJob job : jobs) {
            Feeds.SitemapEntry e = sitemapEntry(job, lastmod::get);
            if (e != null) entries.add(e);
        }
        return entries;
    }

    /** The page's entry in the sitemap, or null when search engines must not index it. */
    private static Feeds.SitemapEntry sitemapEntry(PageJob job, java.util.function.Function<String, String> lastmod) {
        String p = job.sitePath();
        boolean noindex = job.context().get("page") instanceof vn.vungcao.ssg.render.Views.Meta m && m.noindex();
        if (noindex || p.startsWith(Routes.CHILDREN + "/") || p.equals(Routes.NOT_FOUND)) return null;
        return new Feeds.SitemapEntry(p, lastmod.apply(p));
    }

    /**
     * As {@link #sitemap(SiteContent, List)}, with the entries of the jobs the plan gave again taken
     * from the last build: a job given again shows the same record, so a news page shows the same
     * post and its date.
     */
    private static List<Feeds.SitemapEntry> sitemap(SiteContent content, List<PageJob> jobs, BuildCache cache) {
        Map<PageJob, Object> last = cache.sitemapEntries();
        Map<PageJob, Object> now = new java.util.IdentityHashMap<>(jobs.size());
        Map<String, String> lastmod = new java.util.HashMap<>();
        java.util.function.Function<String, String> dates = p -> {
            if (lastmod.isEmpty()) {
                for (NewsPost n : content.news()) lastmod.put(Routes.news(n.slug()), n.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
            }
            return lastmod.get(p);
        };
        List<Feeds.SitemapEntry> entries = new ArrayList<>();
        for (PageJob job : jobs) {
            Object e = last.get(job);
            if (e == null) {
                Feeds.SitemapEntry made = sitemapEntry(job, dates);
                e = made == null ? Boolean.FALSE : made;
            }
            now.put(job, e);
            if (e instanceof Feeds.SitemapEntry entry) entries.add(entry);
        }
        cache.sitemapEntries(now);
        return entries;
    }

    /**
     * Whatever the output folder holds that the build did not make is deleted, so it must not be
     * (or contain) the site folder, nor sit inside the folders the site is read from, judged by
     * their real places (every link on the way resolved). An output folder that is itself a
     * symbolic link is refused: replacing it would delete what it points at. Also asked by the
     * preview ({@code build --preview}), which builds elsewhere and then writes here.
     */
    public static void checkOutput(Path site, Path out) throws UsageException {
        if (Files.isSymbolicLink(out)) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(out));
            } catch (IOException | RuntimeException e) {
                target = "?";
            }
            throw new UsageException("The output folder " + SiteFiles.printable(out.toString())
                    + " is a symbolic link (to " + SiteFiles.printable(target) + "); nothing was written or deleted. "
                    + "Give a real folder, such as " + SiteFiles.printable(site.resolve("public").toString()) + ".");
        }
        Path realSite = realPlace(site);
        Path realOut = realPlace(out);
        if (realSite.startsWith(realOut)) {
            throw new UsageException("The output folder " + SiteFiles.printable(out.toString())
                    + " contains the site itself; it would be deleted. "
                    + "Choose another folder, such as " + SiteFiles.printable(site.resolve("public").toString()) + ".");
        }
        for (String inner : List.of(ContentLoader.CONTENT, "themes", ".git", "src")) {
            if (realOut.startsWith(realPlace(site.resolve(inner)))) {
                throw new UsageException("The output folder " + SiteFiles.printable(out.toString()) + " is inside " + inner
                        + "/ of the site; choose a folder outside it, such as "
                        + SiteFiles.printable(site.resolve("public").toString()) + ".");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("The output path " + SiteFiles.printable(out.toString()) + " is a file, not a folder.");
        }
    }

    /**
     * Where {@code path} really is: its nearest existing folder with every link resolved, and the
     * rest of it as written (a path that does not exist yet).
     */
    static Path realPlace(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path rest = p.getFileSystem().getPath("");
        while (p != null) {
            try {
                return p.toRealPath().resolve(rest).normalize();
            } catch (IOException e) {
                if (p.getFileName() == null) break;
                rest = p.getFileName().resolve(rest);
                p = p.getParent();
            }
        }
        return path.toAbsolutePath().normalize();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "build-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Wall time per stage. */
    private static final class Timer {
        private final Map<String, Long> stages;
        private long last = System.nanoTime();

        Timer(Map<String, Long> stages) {
            this.stages = stages;
        }

        void lap(String stage) {
            long now = System.nanoTime();
            stages.put(stage, (now - last) / 1_000_000);
            last = now;
        }
    }
}
