package vn.vungcao.ssg.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.model.CampaignStatus;
import vn.vungcao.ssg.model.ChildStatus;
import vn.vungcao.ssg.model.ContentModel;
import vn.vungcao.ssg.model.SchoolStatus;
import vn.vungcao.ssg.source.Document;
import vn.vungcao.ssg.source.FieldReader;
import vn.vungcao.ssg.source.FrontMatter;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.source.SourceFile;
import vn.vungcao.ssg.source.SourceReader;
import vn.vungcao.ssg.source.YamlNode;
import vn.vungcao.ssg.source.YamlReader;
import vn.vungcao.ssg.text.Slugs;

/**
 * Reads {@code content/} into typed records. The folder decides the type of a file. Every problem
 * in a file is reported with its position and the file is left out; the other files are still
 * read, so one run reports every mistake. Files are parsed in parallel on the given pool and the
 * results kept in a stable order.
 */
public final class ContentLoader {

    /** The characters a child's code may have (besides the site's own pattern). */
    private static final Pattern CODE_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]+");

    public static final String CONTENT = ContentModel.CONTENT;

    // the fields each kind accepts are the content model's (which the form editor at /admin/ offers)
    static final List<String> NEWS_KEYS = ContentModel.NEWS.keys();
    static final List<String> SCHOOL_KEYS = ContentModel.SCHOOLS.keys();
    static final List<String> CAMPAIGN_KEYS = ContentModel.CAMPAIGNS.keys();
    static final List<String> PAGE_KEYS = ContentModel.PAGES.keys();
    static final List<String> FAQ_KEYS = ContentModel.FAQ.keys();

    /** Folders handled by later stages or reserved for them; their files are not content documents. */
    private static final List<String> RESERVED = List.of("ledger");

    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    private final Path siteRoot;
    private final SiteConfig config;
    private final SourceReader reader;
    private final YamlReader yaml;
    private final SiteFiles files;

    private final ContentCache cache;
    /** The settings parsing depends on, as text, made once: part of every cached file's key. */
    private final String settingsKey;

    public ContentLoader(Path siteRoot, SiteConfig config, SourceReader reader, YamlReader yaml) {
        this(siteRoot, config, reader, yaml, null);
    }

    /** @param cache parsed files from earlier builds, or null */
    public ContentLoader(Path siteRoot, SiteConfig config, SourceReader reader, YamlReader yaml, ContentCache cache) {
        this.cache = cache;
        this.siteRoot = siteRoot;
        this.config = config;
        this.reader = reader;
        this.yaml = yaml;
        this.files = new SiteFiles(siteRoot);
        this.settingsKey = cache == null ? null : config.toString();
    }

    /** One item read from a file, of whatever type. */
    private sealed interface Item permits NewsItem, SchoolItem, ChildItem, CampaignItem, PageItem, FaqItem, FailedItem {
    }

    /**
     * A file with errors, as far as it could be read: it is never published (the build stops at
     * its errors), but its readable fields still take part in the checks across files, so a bad
     * date does not hide a missing school or cover in the same file.
     */
    private record FailedItem(Item value) implements Item {
    }

    private record NewsItem(NewsPost value) implements Item {
    }

    private record SchoolItem(School value) implements Item {
    }

    private record ChildItem(Child value) implements Item {
    }

    private record CampaignItem(Campaign value) implements Item {
    }

    private record PageItem(Page value) implements Item {
    }

    private record FaqItem(Faq value) implements Item {
    }

    /**
     * Reads all of {@code content/}. With a cache that holds the last build's snapshot and the
     * files changed since, only those files are looked at; otherwise the whole folder is walked.
     * Either way the result is the same.
     */
    public SiteContent load(ExecutorService pool, Diagnostics diagnostics) {
        Path contentDir = siteRoot.resolve(CONTENT);
        if (!files.checkFolder(contentDir, diagnostics)) {
            if (cache != null) cache.changedUnknown();
            if (files.kind(contentDir) == SiteFiles.Kind.MISSING) {
                diagnostics.error("content.missing", Position.ofFile(CONTENT));
            }
            return new SiteContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), FaqSynonyms.NONE,
                    List.of(), Set.of());
        }
        if (cache != null) cache.settings(settingsKey);
        ContentCache.Taken taken = cache == null ? null : cache.take();
        ContentCache.Snapshot snapshot = taken == null ? null : update(taken, contentDir, pool);
        // the attributes the walk read, when there was one; else the unchanged files are taken as they were
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        if (snapshot == null) {
            snapshot = new ContentCache.Snapshot();
            if (!walk(contentDir, snapshot, attributes)) {
                diagnostics.error("content.unreadable", Position.ofFile(CONTENT));
                snapshot = null;
            }
        }
        if (snapshot == null) return new SiteContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                FaqSynonyms.NONE, List.of(), Set.of());
        snapshot.problems.values().forEach(list -> list.forEach(diagnostics::add));
        FaqSynonyms synonyms = synonyms(contentDir, diagnostics);
        List<Path> documents = new ArrayList<>(snapshot.documents);

        List<Optional<Item>> items = new ArrayList<>(documents.size());
        List<Integer> reading = new ArrayList<>();
        List<Future<Optional<Item>>> futures = new ArrayList<>();
        for (Path p : documents) {
            BasicFileAttributes attrs = attributes.get(p);
            Optional<Item> known = cache == null ? null : attrs != null ? fromCache(p, attrs, diagnostics) : unchanged(p, diagnostics);
            // a file read before is taken here: handing it to the pool would cost more than the look-up
            items.add(known);
            if (known == null) {
                reading.add(items.size() - 1);
                futures.add(pool.submit(() -> cachedRead(p, attrs != null ? attrs : stat(p), diagnostics)));
            }
        }
        for (int i = 0; i < futures.size(); i++) items.set(reading.get(i), get(futures.get(i)));
        List<NewsPost> news = new ArrayList<>();
        List<School> schools = new ArrayList<>();
        List<Child> children = new ArrayList<>();
        List<Campaign> campaigns = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<Faq> faqs = new ArrayList<>();
        Set<String> failed = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<Item> item = items.get(i);
            if (item.isEmpty()) {
                failed.add(reader.relative(documents.get(i)));
                continue;
            }
            Item it = item.get();
            if (it instanceof FailedItem f) {
                failed.add(reader.relative(documents.get(i)));
                it = f.value();
            }
            if (it instanceof NewsItem n) news.add(n.value());
            else if (it instanceof SchoolItem s) schools.add(s.value());
            else if (it instanceof ChildItem c) children.add(c.value());
            else if (it instanceof CampaignItem c) campaigns.add(c.value());
            else if (it instanceof PageItem p) pages.add(p.value());
            else if (it instanceof FaqItem q) faqs.add(q.value());
        }
        List<Asset> assets = new ArrayList<>(snapshot.assets.values());
        if (cache != null) cache.keep(snapshot);
        return new SiteContent(sorted("news", news, NEWS_ORDER), sorted("schools", schools, SCHOOL_ORDER),
                sorted("children", children, CHILD_ORDER), sorted("campaigns", campaigns, CAMPAIGN_ORDER),
                sorted("pages", pages, PAGE_ORDER), sorted("faqs", faqs, FAQ_ORDER), synonyms,
                sorted("assets", assets, ASSET_ORDER), failed);
    }

    /** Newest first; a post whose date could not be read (it failed) goes last. */
    private static final Comparator<NewsPost> NEWS_ORDER = Comparator.comparing(NewsPost::date,
                    Comparator.nullsFirst(Comparator.<ZonedDateTime>naturalOrder()))
            .reversed().thenComparing(NewsPost::slug).thenComparing(n -> n.origin().file());
    private static final Comparator<School> SCHOOL_ORDER = Comparator.comparing(School::slug).thenComparing(s -> s.origin().file());
    private static final Comparator<Child> CHILD_ORDER = Comparator.comparing(Child::code).thenComparing(c -> c.origin().file());
    private static final Comparator<Campaign> CAMPAIGN_ORDER = Comparator.comparing(Campaign::slug)
            .thenComparing(c -> c.origin().file());
    private static final Comparator<Page> PAGE_ORDER = Comparator.comparing(Page::slug).thenComparing(p -> p.origin().file());
    private static final Comparator<Asset> ASSET_ORDER = Comparator.comparing(Asset::sitePath);
    private static final Comparator<Faq> FAQ_ORDER = Comparator.comparing(Faq::slug).thenComparing(q -> q.origin().file());

    /** The records in their order, taken from the last build when they are the very records it sorted. */
    private <T> List<T> sorted(String kind, List<T> found, Comparator<? super T> order) {
        if (cache != null) return cache.sorted(kind, found, order);
        List<T> made = new ArrayList<>(found);
        made.sort(order);
        return made;
    }

    /**
     * The last build's snapshot with the changed files applied: each is looked at as the walk would
     * look at it, and a changed document is parsed again (on the pool). Null when a change needs
     * the whole walk: a folder made or removed, {@code content/} itself, a file that cannot be read.
     */
    private ContentCache.Snapshot update(ContentCache.Taken taken, Path contentDir, ExecutorService pool) {
        ContentCache.Snapshot snapshot = taken.snapshot();
        Map<Path, BasicFileAttributes> documents = new TreeMap<>();
        for (Path p : new TreeSet<>(taken.changed())) {
            if (!p.startsWith(contentDir)) continue;
            if (p.equals(contentDir)) return null;
            Path rel = contentDir.relativize(p);
            if (skippedByWalk(rel)) continue;
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                attrs = null;
            } catch (IOException e) {
                return null;
            }
            if (attrs != null && attrs.isDirectory()) return null;
            if (attrs == null && !snapshot.knows(p) && snapshot.hasUnder(p)) return null;
            snapshot.forget(p);
            cache.remove(p.toString());
            if (attrs != null && visit(contentDir, p, attrs, snapshot)) documents.put(p, attrs);
        }
        List<Future<Optional<Item>>> reads = new ArrayList<>();
        documents.forEach((p, attrs) -> reads.add(pool.submit(() -> cachedRead(p, attrs, Diagnostics.in(config.language())))));
        reads.forEach(ContentLoader::get);
        return snapshot;
    }

    /** Whether the walk never looks at this path (relative to content/): hidden, or in a reserved folder. */
    private static boolean skippedByWalk(Path rel) {
        for (int i = 0; i < rel.getNameCount(); i++) {
            if (rel.getName(i).toString().startsWith(".")) return true;
        }
        return rel.getNameCount() >= 2 && RESERVED.contains(rel.getName(0).toString());
    }

    /** The assistant's synonyms ({@link SynonymsReader#FILE}), none when the file is absent or has mistakes. */
    private FaqSynonyms synonyms(Path contentDir, Diagnostics diagnostics) {
        Path file = contentDir.resolve(SynonymsReader.FILE);
        // a link here is reported by the walk, as any file of content/
        if (!files.isFile(file)) return FaqSynonyms.NONE;
        return reader.read(file, diagnostics)
                .flatMap(source -> SynonymsReader.read(source, yaml, diagnostics))
                .orElse(FaqSynonyms.NONE);
    }

    private static Optional<Item> get(Future<Optional<Item>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading content", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Walks content/ into {@code snapshot}; false when the folder could not be read. */
    private boolean walk(Path contentDir, ContentCache.Snapshot snapshot, Map<Path, BasicFileAttributes> attributes) {
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(contentDir)) return FileVisitResult.CONTINUE;
                    String name = dir.getFileName().toString();
                    Path rel = contentDir.relativize(dir);
                    if (name.startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    Diagnostics refused = Diagnostics.in(config.language());
                    if (files.badName(dir, refused)) {
                        snapshot.problems.put(dir, refused.sorted());
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (rel.getNameCount() == 1 && RESERVED.contains(name)) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
                    // the walk does not follow links, so these are the file's own attributes
                    if (visit(contentDir, file, attrs, snapshot)) attributes.put(file, attrs);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Files one (not hidden) file of content/ into the snapshot, by its own attributes (links are
     * not followed) as a document, an asset or a problem; true when it is a document, to be parsed.
     */
    private boolean visit(Path contentDir, Path file, BasicFileAttributes attrs, ContentCache.Snapshot snapshot) {
        String name = file.getFileName().toString();
        Diagnostics refused = Diagnostics.in(config.language());
        if (!files.badName(file, refused)) {
            if (attrs.isSymbolicLink()) files.reportLink(file, SiteFiles.Kind.LINK, refused);
            else if (!attrs.isRegularFile()) files.reportLink(file, SiteFiles.Kind.SPECIAL, refused);
        }
        if (refused.hasErrors()) {
            snapshot.problems.put(file, refused.sorted());
            return false;
        }
        Path rel = contentDir.relativize(file);
        if (SiteFiles.slashed(rel).equals(SynonymsReader.FILE)) {
            return false; // the assistant's data, read by synonyms(), not published
        }
        if (name.endsWith(".md")) {
            if (rel.getNameCount() == 2 && type(rel.getName(0).toString()) != null) {
                snapshot.documents.add(file);
                return true;
            }
            Diagnostics d = Diagnostics.in(config.language());
            d.error("content.unknown-location", Position.ofFile(reader.relative(file)));
            snapshot.problems.put(file, d.sorted());
            return false;
        }
        String sitePath = SiteFiles.slashed(rel);
        String type = extension(name);
        if (!PUBLISHED_TYPES.contains(type)) {
            Diagnostics d = Diagnostics.in(config.language());
            boolean page = List.of("html", "htm", "xhtml", "xht", "shtml").contains(type);
            d.error(page ? "content.file-type-refused/page" : type.isEmpty() ? "content.file-type-refused/none"
                    : "content.file-type-refused", Position.ofFile(reader.relative(file)), type, PUBLISHED_TYPES);
            snapshot.problems.put(file, d.sorted());
            return false;
        }
        snapshot.assets.put(file, new Asset(sitePath, reader.relative(file), file));
        return false;
    }

    /**
     * The types of file that content/ may publish besides its Markdown: images (re-encoded, or
     * refused with their own message when of a kind the site cannot publish), and files that a
     * browser shows as themselves or downloads, never as a page of the site's address. HTML, XML,
     * scripts and the like are refused: any of them could run a script on the site's address.
     */
    static final List<String> PUBLISHED_TYPES = List.of("jpg", "jpeg", "png", "gif", "svg",
            "heic", "heif", "webp", "tif", "tiff", "bmp", "avif",
            "pdf", "txt", "csv", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "zip",
            "mp3", "m4a", "ogg", "mp4", "webm", "ico");

    /** The file's type: what follows its last dot, in lower case ({@code ""} when none). */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String type(String folder) {
        return switch (folder) {
            case "news", "schools", "children", "campaigns", "pages", "faq" -> folder;
            default -> null;
        };
    }

    /** The file's item from the cache when it did not change, else read and remembered. */
    /** What a file's size and modification time say about it being the same as last time. */
    private record Stamp(long size, FileTime modified) {
    }

    /** The file's item from the cache when it did not change (with its diagnostics), else null. */
    private Optional<Item> fromCache(Path path, BasicFileAttributes attrs, Diagnostics diagnostics) {
        ContentCache.Entry hit = cache.get(path.toString(), new Stamp(attrs.size(), attrs.lastModifiedTime()));
        if (hit == null) return null;
        hit.diagnostics().forEach(diagnostics::add);
        return Optional.ofNullable((Item) hit.item());
    }

    /** A file not reported as changed since the last build: its item as then (with its diagnostics), or null. */
    private Optional<Item> unchanged(Path path, Diagnostics diagnostics) {
        ContentCache.Entry hit = cache.known(path.toString());
        if (hit == null) return null;
        if (!hit.diagnostics().isEmpty()) hit.diagnostics().forEach(diagnostics::add);
        return hit.item() == null ? Optional.empty() : Optional.of((Item) hit.item());
    }

    private static BasicFileAttributes stat(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private Optional<Item> cachedRead(Path path, BasicFileAttributes attrs, Diagnostics diagnostics) {
        if (cache == null) return read(path, diagnostics);
        Stamp key = new Stamp(attrs.size(), attrs.lastModifiedTime());
        Optional<Item> known = fromCache(path, attrs, diagnostics);
        if (known != null) return known;
        Diagnostics local = Diagnostics.in(config.language());
        Optional<Item> item = read(path, local);
        local.sorted().forEach(diagnostics::add);
        cache.put(path.toString(), new ContentCache.Entry(key, item.orElse(null), local.sorted()));
        return item;
    }

    private Optional<Item> read(Path path, Diagnostics diagnostics) {
        Optional<SourceFile> source = reader.read(path, diagnostics);
        if (source.isEmpty()) return Optional.empty();
        Optional<Document> document = FrontMatter.split(source.get(), diagnostics);
        if (document.isEmpty()) return Optional.empty();
        Optional<YamlNode.Mapping> mapping = yaml.readMapping(document.get(), diagnostics);
        if (mapping.isEmpty()) return Optional.empty();
        // a per-file collector, so that a file with any error is left out as a whole
        Diagnostics local = Diagnostics.in(config.language());
        FieldReader fields = new FieldReader(mapping.get(), source.get().path(), local);
        Document doc = document.get();
        Body body = new Body(doc.body(), doc.bodyFirstLine());
        Origin origin = new Origin(source.get().path(), fields.positions(), fields.keyPositions(), doc.bodyFirstLine());
        String folder = path.getParent().getFileName().toString();
        if (!folder.equals("pages") && Page.TRANSLATION.matcher(source.get().baseName()).matches()) {
            local.warning("content.translation-unsupported", new Position(source.get().path(), 1, 1));
        }
        Item item = switch (folder) {
            case "news" -> new NewsItem(news(source.get(), fields, body, origin));
            case "schools" -> new SchoolItem(school(source.get(), fields, body, origin));
            case "children" -> new ChildItem(child(source.get(), fields, body, origin));
            case "campaigns" -> new CampaignItem(campaign(source.get(), fields, body, origin));
            case "faq" -> new FaqItem(faq(source.get(), fields, body, origin));
            default -> new PageItem(page(source.get(), fields, body, origin));
        };
        local.sorted().forEach(diagnostics::add);
        return Optional.of(local.hasErrors() ? new FailedItem(item) : item);
    }

    private String slug(SourceFile file, String base, Diagnostics diagnostics) {
        String slug = Slugs.slug(base);
        if (slug.isEmpty()) {
            diagnostics.error("content.bad-file-name", Position.ofFile(file.path()), file.fileName());
        }
        return slug;
    }

    private NewsPost news(SourceFile file, FieldReader f, Body body, Origin origin) {
        f.rejectUnknown(NEWS_KEYS, "term.news");
        String base = DATE_PREFIX.matcher(file.baseName()).replaceFirst("");
        String slug = slug(file, base.isEmpty() ? file.baseName() : base, f.diagnostics());
        ZoneId zone = config.timeZone();
        // tags and references interned: the plan groups 10,000 records by them on every rebuild,
        // and equal strings that are one instance compare at once
        return new NewsPost(slug,
                f.text("title", true, "Khánh thành điểm trường bản Ón").orElse(""),
                f.dateTime("date", true, zone).orElse(null),
                f.text("summary", false, "...").orElse(null),
                f.textList("tags", "[xây trường, Mường Lát]").stream().map(String::intern).toList(),
                f.text("campaign", false, "xay-truong-trung-ly").map(String::intern).orElse(null),
                f.text("school", false, "ban-on").map(String::intern).orElse(null),
                f.sitePath("cover", "/images/anh.jpg").orElse(null),
                f.bool("draft", false).orElse(false),
                body, origin);
    }

    private School school(SourceFile file, FieldReader f, Body body, Origin origin) {
        f.rejectUnknown(SCHOOL_KEYS, "term.school");
        return new School(slug(file, file.baseName(), f.diagnostics()),
                f.text("name", true, "Điểm trường bản Ón").orElse(""),
                f.text("district", true, "Mường Lát").orElse(""),
                f.text("commune", false, "Tam Chung").orElse(null),
                f.text("village", false, "bản Ón").orElse(null),
                f.oneOf("status", false, SchoolStatus.keys()).map(s -> SchoolStatus.valueOf(s.toUpperCase(Locale.ROOT))).orElse(null),
                f.integer("classrooms", false, 0, 1000, "3").map(Long::intValue).orElse(null),
                f.integer("budget_vnd", false, 0, Long.MAX_VALUE, "350000000").orElse(null),
                f.date("started", false).orElse(null),
                f.date("completed", false).orElse(null),
                f.sitePath("cover", "/images/anh.jpg").orElse(null),
                f.sitePaths("gallery", "/images/anh-1.jpg"),
                body, origin);
    }

    private Campaign campaign(SourceFile file, FieldReader f, Body body, Origin origin) {
        f.rejectUnknown(CAMPAIGN_KEYS, "term.campaign");
        return new Campaign(slug(file, file.baseName(), f.diagnostics()),
                f.text("title", true, "Xây trường Trung Lý").orElse(""),
                f.text("summary", false, "...").orElse(null),
                f.integer("goal_vnd", false, 0, Long.MAX_VALUE, "300000000").orElse(null),
                f.integer("raised_vnd", false, 0, Long.MAX_VALUE, "120000000").orElse(null),
                f.integer("received_elsewhere_vnd", false, 0, Long.MAX_VALUE, "15000000").orElse(null),
                f.text("received_elsewhere_note", false, "Tiền mặt quyên góp tại đêm nhạc ngày 14/6").orElse(null),
                f.date("start", false).orElse(null),
                f.date("end", false).orElse(null),
                f.oneOf("status", false, CampaignStatus.keys()).map(s -> CampaignStatus.valueOf(s.toUpperCase(Locale.ROOT))).orElse(null),
                f.text("school", false, "ban-on").map(String::intern).orElse(null),
                f.sitePath("cover", "/images/anh.jpg").orElse(null),
                f.textList("keywords", "[TRUNG LY]"),
                body, origin);
    }

    private Faq faq(SourceFile file, FieldReader f, Body body, Origin origin) {
        f.rejectUnknown(FAQ_KEYS, "term.question");
        if (body.isBlank()) {
            f.diagnostics().error("faq.no-answer", new Position(file.path(), 1, 1));
        }
        return new Faq(slug(file, file.baseName(), f.diagnostics()),
                f.text("question", true, "Nuôi một em mỗi tháng bao nhiêu tiền?").orElse(""),
                f.textList("also", "[nuoi 1 em het bao nhieu, chi phi nuoi em]"),
                f.textList("tags", "[nuôi em, chi phí]"),
                body, origin);
    }

    private Page page(SourceFile file, FieldReader f, Body body, Origin origin) {
        f.rejectUnknown(PAGE_KEYS, "term.page");
        Matcher translated = Page.TRANSLATION.matcher(file.baseName());
        String base = translated.matches() ? translated.group(1) : file.baseName();
        return new Page(slug(file, base, f.diagnostics()),
                f.text("title", true, "Giới thiệu").orElse(""),
                f.text("summary", false, "...").orElse(null),
                f.integer("menu", false, 0, 1000, "1").map(Long::intValue).orElse(null),
                translated.matches() ? translated.group(2) : null,
                body, origin);
    }

    /**
     * A child's file. Which of its fields may be published is judged by the safeguarding stage
     * ({@code safeguard.ChildSafeguard}), which sees every key written; here the fields are read.
     */
    private Child child(SourceFile file, FieldReader f, Body body, Origin origin) {
        Diagnostics d = f.diagnostics();
        f.expectTypos(ContentModel.CHILDREN.keys());
        String code = f.text("code", true, file.baseName()).orElse("");
        if (!code.isEmpty()) {
            if (code.length() > 32 || !CODE_CHARACTERS.matcher(code).matches() || !config.childCodePattern().matcher(code).matches()) {
                d.error("child.code-pattern", f.at("code"), SiteFiles.printable(code), config.childCodeExample());
            } else if (!code.equals(file.baseName())) {
                d.error("child.code-mismatch", f.at("code"), code, file.fileName());
            }
        }
        String name = f.text("name", true, "Mai").orElse("");
        return new Child(code, name,
                f.integer("birth_year", false, 1990, 2100, "2014").map(Long::intValue).orElse(null),
                f.text("school", false, "ban-on").map(String::intern).orElse(null),
                f.integer("grade", false, 0, 12, "3").map(Long::intValue).orElse(null),
                f.oneOf("status", false, ChildStatus.keys()).map(s -> ChildStatus.valueOf(s.toUpperCase(Locale.ROOT))).orElse(null),
                f.date("sponsored_since", false).orElse(null),
                f.sitePath("photo", "/images/tre-em/ML-0000.jpg").orElse(null),
                body, origin);
    }
}
