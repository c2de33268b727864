package vn.vungcao.ssg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import vn.vungcao.ssg.admin.AdminFiles;
import vn.vungcao.ssg.check.OutputChecker;
import vn.vungcao.ssg.config.ConfigLoader;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.Asset;
import vn.vungcao.ssg.content.ContentLoader;
import vn.vungcao.ssg.content.NewsPost;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.DiagnosticPrinter;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.feed.Feeds;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.i18n.UiTextLoader;
import vn.vungcao.ssg.image.ImageCache;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.image.ImageProcessor;
import vn.vungcao.ssg.ledger.LedgerSummary;
import vn.vungcao.ssg.markdown.MarkdownRenderer;
import vn.vungcao.ssg.markdown.RenderedMarkdown;
import vn.vungcao.ssg.offline.OfflineFiles;
import vn.vungcao.ssg.publish.InPlaceOutput;
import vn.vungcao.ssg.publish.Output;
import vn.vungcao.ssg.render.Assets;
import vn.vungcao.ssg.render.PageJob;
import vn.vungcao.ssg.render.SiteRenderer;
import vn.vungcao.ssg.render.Theme;
import vn.vungcao.ssg.render.ThemeFiles;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.safeguard.ChildSafeguard;
import vn.vungcao.ssg.search.SearchData;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlReader;
import vn.vungcao.ssg.validate.CampaignFigures;
import vn.vungcao.ssg.validate.ContentValidator;
import vn.vungcao.ssg.vietqr.QrCodes;
import vn.vungcao.ssg.view.LedgerViews;
import vn.vungcao.ssg.view.ViewFactory;
import vn.vungcao.ssg.view.Views;

/**
 * One build, its stages in order ({@link #run}): the config; the content, validated and
 * safeguarded; the bank statements; the images; the Markdown bodies and the theme's words; then,
 * when nothing so far is an error, the views, the search files, the plan of the pages, the pages
 * rendered, the other files, the service worker, the check of the rendered site and the publish.
 * Each stage is timed; the stages that check something go on past errors, so that one run reports
 * every mistake. What earlier builds made is taken through {@link Reuse}, the same way for a
 * one-shot build and for the preview. Used by one thread; the work inside a stage runs on the pool.
 */
final class Build {

    private final BuildOptions options;
    private final Path site;
    private final Path out;
    private final Reuse reuse;
    private final Stores stores;
    private final ExecutorService pool;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, Long> stages = new LinkedHashMap<>();
    private long lap = System.nanoTime();

    Build(BuildOptions options, Path site, Path out, Reuse reuse, ExecutorService pool) {
        this.options = options;
        this.site = site;
        this.out = out;
        this.reuse = reuse;
        this.stores = reuse.stores();
        this.pool = pool;
    }

    /** The config as loaded, the settings as written (what every page's fingerprint names), and the site's addresses. */
    private record Settings(SiteConfig config, byte[] configText, Routes routes) {
    }

    /**
     * The images of content/, checked and re-encoded, and a digest of what was made of them; and the
     * theme's images, being made on the pool.
     */
    private record Images(ImageProcessor processor, Map<String, ImageProcessor.Output> outputs, ImageCatalog catalog,
                          String key, Future<Map<String, byte[]>> theme) {
    }

    /** What the pages are made from. */
    private record Plan(Settings settings, SiteContent published, LedgerSummary ledger, Images images,
                        Map<String, RenderedMarkdown> bodies, Map<String, UiText> text, SearchData.Output search,
                        Assets assets, SiteRenderer renderer, List<PageJob> jobs, Theme theme) {
    }

    BuildResult run() throws IOException {
        // nothing rendered by the last build to take: Flexmark is set up on a worker while this thread reads
        if (stores != null && stores.markdown().isEmpty()) pool.submit(MarkdownRenderer::prepare);
        SourceReader reader = new SourceReader(site);
        YamlReader yaml = new YamlReader(stores == null ? null : stores.frontMatter());

        Optional<Settings> loaded = config(reader, yaml);
        if (loaded.isEmpty()) return failed();
        Settings settings = loaded.get();
        SiteContent published = content(settings, reader, yaml);
        LedgerSummary ledger = statements(settings, published);
        Images images = images(settings, published);
        Bodies rendering = markdownStarted(settings, published, images);
        Map<String, UiText> text = words(settings, yaml);
        Map<String, RenderedMarkdown> bodies = rendering.collect();
        // complete now, and the largest store: written on a worker while this thread indexes and plans
        if (stores != null) pool.execute(stores.markdown()::save);
        // long made by now; waited for here so that what they report comes before the check below in every run
        Bodies.get(images.theme());
        lap("markdown");
        if (diagnostics.hasErrors()) return failed();

        Plan plan = plan(settings, published, ledger, images, bodies, text);
        AtomicInteger pages = new AtomicInteger();
        try (Output output = reuse.output(options, out)) {
            int rendered = render(plan, output, pages);
            files(plan, output);
            serviceWorker(plan, output);
            lap("files");
            check(plan, output);
            return publish(output, pages.get(), rendered);
        }
    }

    /** The config, with {@code --base-url} applied; empty (reported) when it cannot be read. */
    private Optional<Settings> config(SourceReader reader, YamlReader yaml) {
        Optional<SiteConfig> loaded = ConfigLoader.load(site, reader, yaml, diagnostics);
        if (loaded.isPresent() && options.baseUrl() != null) {
            Optional<String> url = ConfigLoader.normaliseBaseUrl(options.baseUrl());
            if (url.isEmpty()) {
                diagnostics.error("cli.bad-base-url", Position.ofFile("--base-url"), DiagnosticPrinter.printable(options.baseUrl()));
                loaded = Optional.empty();
            } else {
                loaded = Optional.of(loaded.get().withBaseUrl(url.get()));
            }
        }
        lap("config");
        if (loaded.isEmpty()) return Optional.empty();
        SiteConfig config = loaded.get();
        // links and odd names in the site's own theme are reported here; its readers skip them
        new SiteFiles(site).audit(site.resolve("themes").resolve(config.theme()), diagnostics);
        return Optional.of(new Settings(config, readOrNull(site, ConfigLoader.FILE), new Routes(config.baseUrl())));
    }

    /** Every file of content/, validated; what is published (drafts and future posts left out unless asked). */
    private SiteContent content(Settings settings, SourceReader reader, YamlReader yaml) {
        SiteContent content = new ContentLoader(site, settings.config(), reader, yaml, reuse.content()).load(pool, diagnostics);
        lap("content");
        ContentValidator.validate(content, settings.config(), diagnostics, reuse.checks());
        ChildSafeguard.check(content, settings.config(), diagnostics, reuse.checks());
        lap("validate");
        // newest first (ContentLoader's order, by instant, undated last): the posts dated after now
        // are the first ones, so only they are compared with the clock, not all of a preview's 2,000
        List<NewsPost> news = content.news();
        int future = 0;
        while (!options.future() && future < news.size() && news.get(future).date() != null
                && news.get(future).date().toInstant().isAfter(options.now())) {
            future++;
        }
        List<NewsPost> published = new ArrayList<>(news.size() - future);
        for (NewsPost n : news.subList(future, news.size())) {
            if (options.drafts() || !n.draft()) published.add(n);
        }
        // all published (as most builds): the very list, which the later stages find unchanged at a glance
        return published.size() == news.size() ? content : content.withNews(List.copyOf(published));
    }

    private LedgerSummary statements(Settings settings, SiteContent published) {
        LedgerSummary ledger = Statements.summary(site, settings.config(), published, diagnostics,
                stores == null ? null : stores.ledger(), settings.configText());
        // each build: what a campaign's file says is checked against the statements, kept or read anew
        CampaignFigures.check(published, ledger, diagnostics);
        lap("ledger");
        return ledger;
    }

    /** Every image under content/ checked and re-encoded, in parallel, in a stable order; a child's photo also gets a thumbnail. */
    private Images images(Settings settings, SiteContent published) {
        ImageProcessor processor = new ImageProcessor(new ImageCache(options.cacheDir()));
        Set<String> photos = new HashSet<>();
        published.children().forEach(c -> {
            if (c.photo() != null) photos.add(c.photo().startsWith("/") ? c.photo().substring(1) : c.photo());
        });
        List<Asset> assets = published.assets().stream().filter(a -> ImageProcessor.isImage(a.sitePath())).toList();
        List<Future<Optional<ImageProcessor.Output>>> futures = new ArrayList<>();
        for (Asset a : assets) {
            boolean photo = photos.contains(a.sitePath());
            futures.add(pool.submit(() -> reuse.fromFile(a.location(), List.of(a.sitePath(), photo, String.valueOf(options.cacheDir())),
                    diagnostics, d -> processor.process(a, photo, d))));
        }
        // the theme's images (the icons) depend on nothing of the content: made while the Markdown is
        // rendered, not on this thread after the pages
        String theme = settings.config().theme();
        FutureTask<Map<String, byte[]>> themeImages = new FutureTask<>(() -> reuse.fromTheme("images",
                List.of(site, theme, options.cacheDir()), diagnostics, d -> themeImages(theme, processor, d)));
        pool.execute(themeImages);
        Map<String, ImageProcessor.Output> made = new TreeMap<>();
        for (int i = 0; i < assets.size(); i++) Bodies.get(futures.get(i)).ifPresent(o -> made.put(o.image().sitePath(), o));
        StringBuilder key = new StringBuilder();
        made.values().forEach(o -> key.append(o.image()).append('\n'));
        ImageCatalog catalog = new ImageCatalog(made.values().stream()
                .collect(Collectors.toMap(o -> o.image().sitePath(), ImageProcessor.Output::image)));
        lap("images");
        return new Images(processor, made, catalog, SearchData.hash(List.of(key.toString().getBytes(StandardCharsets.UTF_8))),
                themeImages);
    }

    /** The bodies, started on the pool: the theme's words are read on this thread meanwhile. */
    private Bodies markdownStarted(Settings settings, SiteContent published, Images images) {
        // the language words the warnings kept with each body
        String key = settings.routes().baseUrl() + "\n" + images.key() + "\n" + settings.config().language();
        return Bodies.start(published, new MarkdownRenderer(settings.routes(), images.catalog()), pool, diagnostics,
                reuse.markdown(), stores == null ? null : stores.markdown(), key);
    }

    /** The theme's words in every language. */
    private Map<String, UiText> words(Settings settings, YamlReader yaml) {
        String theme = settings.config().theme();
        return reuse.fromTheme("text", List.of(site, theme), diagnostics, d -> UiTextLoader.loadAll(site, theme, yaml, d));
    }

    /** The views, the search files, the theme's files and the pages to make, with the theme. */
    private Plan plan(Settings settings, SiteContent published, LedgerSummary ledger, Images images,
                      Map<String, RenderedMarkdown> bodies, Map<String, UiText> text) {
        SiteConfig config = settings.config();
        Routes routes = settings.routes();
        ViewFactory views = new ViewFactory(routes, config, published, bodies, images.catalog(),
                ledger, text.get(config.language()),
                reuse.views(), images.key(), new QrCodes(stores == null ? null : stores.qr()));
        // a build that renders every page and has no codes from the last one (not a preview's
        // rebuild, which renders a few): drawn on a thread of their own while this one indexes
        // the site and plans the pages
        if (stores != null && stores.qr().isEmpty()) views.drawChildCodesAhead();
        // the theme's static files are read on a worker while this thread indexes the site
        FutureTask<Assets> collected = new FutureTask<>(() -> reuse.fromTheme("assets", List.of(site, config.theme()),
                diagnostics, d -> Assets.collect(site, config.theme())));
        pool.execute(collected);
        SearchData.Output search = SearchData.build(published, views, config, diagnostics, reuse.search(),
                stores == null ? null : stores.search(), pool);
        lap("search");
        collected.run();
        Assets assets = Bodies.get(collected);
        LedgerViews ledgerViews = ledger == null ? null : new LedgerViews(ledger, routes, published, text.get(config.language()));
        SiteRenderer renderer = new SiteRenderer(config, routes, published, views, search.meta(), assets, ledgerViews, text,
                reuse.pages());
        List<PageJob> jobs = renderer.plan();
        lap("plan");
        Theme theme = reuse.fromTheme("theme", List.of(site, config.theme(), routes.baseUrl(), assets, text, config.language()),
                diagnostics, d -> new Theme(site, config.theme(), routes, assets, text, config.language()));
        return new Plan(settings, published, ledger, images, bodies, text, search, assets, renderer, jobs, theme);
    }

    /** Every page, taken from the last build where nothing it is made from changed; returns how many were rendered. */
    private int render(Plan plan, Output output, AtomicInteger pages) {
        byte[] reload = options.liveReload() == null ? null
                : ("<script src=\"" + options.liveReload() + "\"></script>\n</body>").getBytes(StandardCharsets.UTF_8);
        SiteRenderer.Finish finish = reload == null ? SiteRenderer.Finish.NONE
                : new SiteRenderer.Finish(options.liveReload(), bytes -> withReload(bytes, reload));
        // pages are fingerprinted only where the last build's can be taken again: an output folder
        // updated in place (a new folder, or a check's temporary one, has none)
        byte[] configText = plan.settings().configText();
        SiteRenderer.LastPages last = stores == null || !(output instanceof InPlaceOutput) ? null
                : new SiteRenderer.LastPages(stores.pages(), file -> readOrNull(out, file), plan.settings().routes().baseUrl()
                        + "\n" + (configText == null ? "" : new String(configText, StandardCharsets.UTF_8)));
        int rendered = plan.renderer().render(plan.jobs(), plan.theme(), pool, new SiteRenderer.Sink() {
            @Override
            public void write(String file, byte[] bytes) {
                output.write(file, bytes);
                pages.incrementAndGet();
            }

            @Override
            public void writeAsRead(String file, byte[] bytes) {
                output.writeAsRead(file, bytes);
                pages.incrementAndGet();
            }

            @Override
            public Object keep(String file, byte[] bytes, Object handle) {
                pages.incrementAndGet();
                return output.keep(file, bytes, handle);
            }
        }, diagnostics, reuse.pages(), last, finish);
        lap("render");
        return rendered;
    }

    /** The feed, sitemap, robots.txt, form editor, search files, theme files and images, manifest, statements' CSV and content's files. */
    private void files(Plan plan, Output output) throws IOException {
        SiteConfig config = plan.settings().config();
        Routes routes = plan.settings().routes();
        SiteContent published = plan.published();
        output.write(Routes.FEED, Feeds.atom(config, routes, published.news(), n -> n.summary() != null ? n.summary()
                : plan.bodies().getOrDefault(n.origin().file(), RenderedMarkdown.EMPTY).excerpt(300)));
        List<Feeds.SitemapEntry> sitemap = sitemap(plan.jobs());
        output.write(Routes.SITEMAP, reuse.same("sitemap", List.of(routes.baseUrl(), sitemap), () -> Feeds.sitemap(routes, sitemap)));
        output.write(Routes.ROBOTS, Feeds.robots(routes));
        // the form editor, when the config has admin: settings; not a page of the site, so in no
        // sitemap, feed, search index or precache
        AdminFiles.files(config).forEach(output::write);
        plan.search().files().forEach(output::write);
        plan.assets().files().forEach(output::write);
        Bodies.get(plan.images().theme()).forEach(output::write);
        UiText words = plan.text().get(config.language());
        output.write(Routes.MANIFEST, reuse.same("manifest",
                List.of(config.toString(), routes.baseUrl(), plan.assets().names(), words),
                () -> OfflineFiles.manifest(config, routes, plan.assets(), words)));
        if (plan.ledger() != null) {
            List<LedgerSummary.Row> rows = plan.ledger().months().stream().flatMap(m -> m.rows().stream()).toList();
            output.write(LedgerViews.CSV, LedgerSummary.maskedCsv(rows));
        }
        for (Asset a : published.assets()) {
            ImageProcessor.Output image = plan.images().outputs().get(a.sitePath());
            Map<String, byte[]> files = image != null ? image.files() : Map.of(a.sitePath(), new byte[0]);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                if (output.has(f.getKey())) {
                    diagnostics.error("route.file-conflict", Position.ofFile(a.source()), f.getKey());
                    continue;
                }
                if (image != null) output.write(f.getKey(), f.getValue());
                else output.write(a.sitePath(), Files.readAllBytes(a.location()));
            }
        }
    }

    /** The service worker, whose version names every file it precaches; made only for a site without errors. */
    private void serviceWorker(Plan plan, Output output) {
        if (diagnostics.hasErrors()) return;
        Routes routes = plan.settings().routes();
        List<String> precache = OfflineFiles.precache(plan.assets(), plan.search().meta(), !plan.published().faqs().isEmpty());
        String config = OfflineFiles.serviceWorkerConfig(routes, precache, plan.search().meta().wordFiles(),
                p -> read(output, Routes.file(p)), reuse.version());
        try {
            output.write(Routes.SERVICE_WORKER, reuse.same("sw", List.of(config, plan.theme()), () -> {
                try {
                    return plan.theme().render("sw", new HashMap<>(Map.of("config", config))).getBytes(StandardCharsets.UTF_8);
                } catch (Theme.TemplateProblem e) {
                    throw new TemplateFailed(e);
                }
            }));
        } catch (TemplateFailed failed) {
            Theme.TemplateProblem e = failed.problem;
            diagnostics.error("template.error/sw", new Position("themes/" + plan.settings().config().theme() + "/templates/"
                    + e.template() + ".peb", e.line(), 0), e.getMessage());
        }
    }

    /** A template's failure, carried out of a value's maker. */
    private static final class TemplateFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Theme.TemplateProblem problem;

        TemplateFailed(Theme.TemplateProblem problem) {
            super(problem);
            this.problem = problem;
        }
    }

    /** With {@code check}: the rendered site's links, anchors, images, URLs and unlisted children. */
    private void check(Plan plan, Output output) {
        if (!options.check() || diagnostics.hasErrors()) return;
        new OutputChecker(output.root(), plan.settings().routes(), plan.settings().config().theme(), plan.published())
                .check(plan.jobs(), pool, diagnostics);
        lap("check");
    }

    /** The site put in place, unless there is an error or this is a check; the stores are written meanwhile. */
    private BuildResult publish(Output output, int pages, int rendered) throws IOException {
        if (diagnostics.hasErrors() || options.check()) {
            return new BuildResult(diagnostics.sorted(), false, pages, rendered, output.filesWritten(), output.bytesWritten(), output.filesChanged(), stages, diagnostics.messages().language());
        }
        // the stores are complete: they are written on the workers while this thread publishes
        if (stores != null) stores.startSaving(pool);
        output.commit();
        lap("publish");
        return new BuildResult(diagnostics.sorted(), true, pages, rendered, output.filesWritten(), output.bytesWritten(), output.filesChanged(), stages, diagnostics.messages().language());
    }

    private BuildResult failed() {
        return new BuildResult(diagnostics.sorted(), false, 0, 0, 0, 0, 0, stages, diagnostics.messages().language());
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        stages.put(stage, (now - lap) / 1_000_000);
        lap = now;
    }

    /**
     * The pages search engines may index (no child, no list of children, no page marked noindex),
     * each page's entry taken from the last build when the plan gave its job again: a job given
     * again shows the same record, so a news page shows the same post and its date.
     */
    private List<Feeds.SitemapEntry> sitemap(List<PageJob> jobs) {
        Reuse.SitemapEntries last = reuse.sitemapEntries();
        List<PageJob> before = last.jobs();
        // as many pages as the last plan (most rebuilds): a job taken from it is at the same place;
        // otherwise pages were added or removed, and each is looked up by identity
        boolean aligned = jobs.size() == before.size();
        Map<PageJob, Object> byJob = null;
        if (!aligned) {
            byJob = new IdentityHashMap<>(before.size());
            for (int j = 0; j < before.size(); j++) byJob.put(before.get(j), last.entries()[j]);
        }
        Object[] entries = new Object[jobs.size()];
        List<Feeds.SitemapEntry> listed = new ArrayList<>(last.listed().size() + 16);
        boolean same = aligned;
        for (int i = 0; i < jobs.size(); i++) {
            PageJob job = jobs.get(i);
            Object e;
            if (aligned) {
                boolean kept = before.get(i) == job;
                e = kept ? last.entries()[i] : null;
                same &= kept;
            } else {
                e = byJob.get(job);
            }
            if (e == null) {
                Feeds.SitemapEntry made = sitemapEntry(job);
                e = made == null ? Boolean.FALSE : made;
            }
            entries[i] = e;
            if (e instanceof Feeds.SitemapEntry entry) listed.add(entry);
        }
        // the very jobs of the last build: the very list, which the sitemap's file finds unchanged at once
        if (same) return last.listed();
        reuse.sitemapEntries(new Reuse.SitemapEntries(List.copyOf(jobs), entries, listed));
        return listed;
    }

    /** The page's entry in the sitemap (a news post's with its date), or null when search engines must not index it. */
    private static Feeds.SitemapEntry sitemapEntry(PageJob job) {
        String p = job.sitePath();
        boolean noindex = job.context().get("page") instanceof Views.Meta m && m.noindex();
        if (noindex || p.startsWith(Routes.CHILDREN + "/") || p.equals(Routes.NOT_FOUND)) return null;
        String lastmod = job.template().equals("news") && job.context().get("post") instanceof Views.NewsView post
                ? post.date().format(DateTimeFormatter.ISO_LOCAL_DATE) : null;
        return new Feeds.SitemapEntry(p, lastmod);
    }

    /**
     * The theme's own images (icons, backgrounds, SVG drawings) go through the same checks and
     * re-encoding as the content's, each at its own size only: no resized version is published.
     */
    private Map<String, byte[]> themeImages(String theme, ImageProcessor processor, Diagnostics into) {
        Map<String, byte[]> made = new TreeMap<>();
        for (Map.Entry<String, Path> f : ThemeFiles.staticFiles(site, theme).entrySet()) {
            if (!ImageProcessor.isImage(f.getKey())) continue;
            Asset asset = new Asset(f.getKey(), "themes/" + theme + "/static/" + f.getKey(), f.getValue());
            processor.processAlone(asset, into).ifPresent(o -> made.put(f.getKey(), o.files().get(f.getKey())));
        }
        return made;
    }

    /** The page with the live-reload script before its closing body tag ({@code serve} only). */
    private static byte[] withReload(byte[] page, byte[] script) {
        byte[] end = {'<', '/', 'b', 'o', 'd', 'y', '>'};
        int at = -1;
        for (int i = page.length - end.length; i >= 0 && at < 0; i--) {
            if (Arrays.equals(page, i, i + end.length, end, 0, end.length)) at = i;
        }
        if (at < 0) return page;
        byte[] made = new byte[page.length - end.length + script.length];
        System.arraycopy(page, 0, made, 0, at);
        System.arraycopy(script, 0, made, at, script.length);
        System.arraycopy(page, at + end.length, made, at + script.length, page.length - at - end.length);
        return made;
    }

    /** A file of {@code folder} (the site's config, a page of the output folder), or null when it cannot be read. */
    private static byte[] readOrNull(Path folder, String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] read(Output output, String file) {
        try {
            return output.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
