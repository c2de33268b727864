package vn.vungcao.ssg.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.Campaign;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.content.NewsPost;
import vn.vungcao.ssg.content.Page;
import vn.vungcao.ssg.content.School;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.fingerprint.Fingerprint;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.ledger.LedgerSummary;
import vn.vungcao.ssg.ledger.Link;
import vn.vungcao.ssg.model.CampaignStatus;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.search.SearchData;
import vn.vungcao.ssg.search.WordIndex;
import vn.vungcao.ssg.store.Store;
import vn.vungcao.ssg.text.Slugs;
import vn.vungcao.ssg.vietqr.VietQr;
import vn.vungcao.ssg.view.LedgerViews;
import vn.vungcao.ssg.view.ViewFactory;
import vn.vungcao.ssg.view.Views;

/**
 * Plans every HTML page of the site and renders them with the theme on a bounded pool. Pages are
 * planned in a fixed order and each is written to its own file, so the output does not depend on
 * thread timing. Sponsored children appear only on their own page (no list links to them).
 */
public final class SiteRenderer {

    private static final int HOME_NEWS = 6;

    private final SiteConfig config;
    private final Routes routes;
    private final SiteContent content;
    private final ViewFactory views;
    private final Views.SiteView site;

    private final SearchData.Meta search;
    private final Assets assets;

    private final LedgerViews ledger;
    private final PageCache planCache;
    private final ShareImage defaultShareImage;
    /** The theme's words in the site's language, and in every language by code. */
    private final UiText ui;
    private final Map<String, UiText> text;
    /** The site view in each language that has pages. */
    private final Map<String, Views.SiteView> sites;

    /**
     * @param ledger the statements' views, or null when the site has no statements
     * @param text   the theme's words by language code
     */
    public SiteRenderer(SiteConfig config, Routes routes, SiteContent content, ViewFactory views,
                        SearchData.Meta search, Assets assets, LedgerViews ledger,
                        Map<String, UiText> text) {
        this(config, routes, content, views, search, assets, ledger, text, null);
    }

    /** As above; with {@code cache} (when not null) {@link #plan} gives again the last plan's jobs whose inputs did not change. */
    public SiteRenderer(SiteConfig config, Routes routes, SiteContent content, ViewFactory views,
                        SearchData.Meta search, Assets assets, LedgerViews ledger,
                        Map<String, UiText> text, PageCache cache) {
        this.planCache = cache;
        this.text = text;
        this.ui = text.get(config.language());
        this.ledger = ledger;
        this.search = search;
        this.assets = assets;
        this.config = config;
        this.routes = routes;
        this.content = content;
        this.views = views;
        this.defaultShareImage = ShareImage.card(assets, routes, config.title());
        this.site = siteView();
        Map<String, Views.SiteView> all = new TreeMap<>();
        all.put(config.language(), site);
        for (String language : translations()) {
            if (!all.containsKey(language)) all.put(language, translatedSiteView(language));
        }
        this.sites = Map.copyOf(all);
    }

    private Views.SiteView siteView() {
        List<Views.Link> menu = new ArrayList<>();
        menu.add(new Views.Link(ui.get("menu.news"), routes.url(Routes.newsList(1))));
        menu.add(new Views.Link(ui.get("menu.schools"), routes.url(Routes.schools())));
        menu.add(new Views.Link(ui.get("menu.children"), routes.url(Routes.children())));
        menu.add(new Views.Link(ui.get("menu.campaigns"), routes.url(Routes.campaigns())));
        if (ledger != null) menu.add(new Views.Link(ui.get("menu.ledger"), routes.url(LedgerViews.LEDGER)));
        menu.add(new Views.Link(ui.get("menu.lookup"), routes.url(Routes.LOOKUP_PAGE)));
        if (!content.faqs().isEmpty()) menu.add(new Views.Link(ui.get("menu.faq"), routes.url(Routes.FAQ_PAGE)));
        content.pages().stream().filter(p -> p.menu() != null && p.translation() == null)
                .sorted(Comparator.comparing(Page::menu).thenComparing(Page::slug))
                .forEach(p -> menu.add(new Views.Link(p.title(), routes.url(Routes.page(p.slug())))));
        SiteConfig.Contact c = config.contact();
        int waiting = (int) content.children().stream().filter(Child::listed).count();
        return new Views.SiteView(config.title(), config.description(), config.language(), config.baseUrl(),
                routes.basePath(), menu, new Views.Contact(c.email(), c.phone(), c.zalo(), c.facebook(), c.messenger(),
                c.address()), config.nuoiEmMonthlyVnd(), waiting, content.faqs().isEmpty() ? null : searchView(),
                content.faqs().stream().limit(4).map(q -> new Views.Link(q.question(),
                        routes.url(Routes.FAQ_PAGE) + "#" + q.slug())).toList(),
                content.pages().stream().filter(p -> p.slug().equals("cach-nuoi-em") && p.translation() == null).findFirst()
                        .map(p -> routes.url(Routes.page(p.slug()))).orElse(null),
                translations().stream().map(l -> alternate(l, Routes.languageHome(l))).toList());
    }

    public Views.SiteView site() {
        return site;
    }

    /** The languages of the translated pages, other than the site's. */
    private SortedSet<String> translations() {
        SortedSet<String> languages = new TreeSet<>();
        for (Page p : content.pages()) {
            if (p.translation() != null && !p.translation().equals(config.language())) languages.add(p.translation());
        }
        return languages;
    }

    /**
     * The site as its translated pages show it: the theme's words in that language, a menu of the
     * translated pages, and the site's home in its own language.
     */
    private Views.SiteView translatedSiteView(String language) {
        UiText words = text.get(language);
        List<Views.Link> menu = new ArrayList<>();
        menu.add(new Views.Link(words.get("translations.title"), routes.url(Routes.languageHome(language))));
        content.pages().stream().filter(p -> language.equals(p.translation()) && p.menu() != null)
                .sorted(Comparator.comparing(Page::menu).thenComparing(Page::slug))
                .forEach(p -> menu.add(new Views.Link(p.title(), routes.url(Routes.page(p)))));
        menu.add(new Views.Link(ui.get("language.name"), routes.url(Routes.home())));
        return new Views.SiteView(site.title(), site.description(), language, site.baseUrl(), site.basePath(), menu,
                site.contact(), site.nuoiEmVnd(), site.waitingCount(), site.assistant(), site.suggestions(),
                site.howToSponsor(), List.of(alternate(config.language(), Routes.home())));
    }

    private Views.Meta meta(String title, String description, String sitePath, String section, boolean noindex,
                            Views.ImageView image, String type) {
        String desc = description == null || description.isBlank() ? config.description() : description;
        ShareImage share = ShareImage.of(image, title, routes).orElse(defaultShareImage);
        return new Views.Meta(title, desc, routes.url(sitePath), routes.absolute(sitePath), section, noindex,
                share.url(), share.width(), share.height(), share.alt(), type,
                ui.ogLocale(), "", List.of());
    }

    /** The page and its versions in the other languages, when it has any. */
    private List<Views.Alternate> alternates(Page page) {
        List<Page> versions = content.pages().stream().filter(p -> p.slug().equals(page.slug())).toList();
        if (versions.size() < 2) return List.of();
        return versions.stream()
                .sorted(Comparator.comparing((Page p) -> p.translation() == null ? "" : p.translation()))
                .map(p -> alternate(p.translation() == null ? config.language() : p.translation(), Routes.page(p)))
                .toList();
    }

    /** The site's home and the home of each language it has translated pages in. */
    private List<Views.Alternate> homes() {
        if (translations().isEmpty()) return List.of();
        List<Views.Alternate> homes = new ArrayList<>();
        homes.add(alternate(config.language(), Routes.home()));
        translations().forEach(l -> homes.add(alternate(l, Routes.languageHome(l))));
        return homes;
    }

    private Views.Alternate alternate(String language, String sitePath) {
        return new Views.Alternate(language, text.get(language).get("language.name"), routes.url(sitePath),
                routes.absolute(sitePath));
    }

    private Views.Meta newsMeta(NewsPost n, Views.NewsView v) {
        Views.Meta meta = meta(n.title(), v.summary(), Routes.news(n.slug()), Routes.NEWS, false, v.cover(), "article");
        return meta.withJsonLd(StructuredData.newsArticle(config, routes, assets, meta, v.date()));
    }

    private Views.SearchView searchView() {
        return new Views.SearchView(routes.url(search.codes()), search.shards(), config.childCodeExample(),
                routes.url(search.faq()), routes.url(Routes.LOOKUP_PAGE),
                search.words().stream().map(routes::url).collect(Collectors.joining(" ")),
                search.docs().stream().map(routes::url).collect(Collectors.joining(" ")), WordIndex.CHUNK,
                search.related(), String.join(" ", search.prefixes()), config.childCodePattern().pattern());
    }

    private static Map<String, Object> context(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }

    /**
     * A page planned by {@code make}, or with a cache the last plan's job for the same path when
     * {@code inputs} (everything the page is made from besides the settings every page shares) are equal.
     */
    private PageJob job(Object owner, List<Object> inputs, Supplier<PageJob> make) {
        return planCache == null ? make.get() : planCache.job(owner, inputs, make);
    }

    private static List<Object> inputs(Object... values) {
        return Arrays.asList(values);
    }

    /** Every page of the site, in a fixed order. */
    public List<PageJob> plan() {
        if (planCache != null) {
            // what every page may read besides its inputs
            planCache.nextPlan(List.of(config.toString(), routes.baseUrl(), assets.names(), new TreeMap<>(text),
                    translations()));
        }
        List<PageJob> jobs = new ArrayList<>();
        List<Views.NewsView> news = views.newsViews();
        // lists and the neighbours' links show posts as cards, without their bodies (see NewsView.card)
        List<Views.NewsView> newsCards = views.newsCards();
        List<Views.CampaignView> campaigns = content.campaigns().stream()
                .sorted(Comparator.comparing((Campaign c) -> c.status() == null ? CampaignStatus.PLANNED : c.status())
                        .thenComparing(Comparator.comparing(Campaign::start, Comparator.nullsLast(Comparator.reverseOrder())))
                        .thenComparing(Campaign::slug))
                .map(views::campaign).toList();
        List<Views.SchoolView> schools = content.schools().stream()
                .sorted(Comparator.comparing(School::started, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(School::slug))
                .map(views::school).toList();
        // lists show children as cards, without their stories (see ChildView.card)
        List<Views.ChildView> waiting = views.waitingCards();

        List<Views.NewsView> homeNews = newsCards.subList(0, Math.min(HOME_NEWS, newsCards.size()));
        List<Views.ChildView> homeChildren = waiting.subList(0, Math.min(6, waiting.size()));
        jobs.add(job(Routes.home(), inputs(homeNews, campaigns, schools, homeChildren), () -> new PageJob(Routes.home(), "home", context(
                "page", meta(config.title(), config.description(), Routes.home(), "", false, null, "website")
                        .withJsonLd(StructuredData.organization(config, routes, assets)).withAlternates(homes()),
                "news", homeNews,
                "campaigns", campaigns,
                "schools", schools,
                "children", homeChildren))));

        paginate(jobs, newsCards, ui.get("menu.news"), Routes.NEWS, p -> Routes.newsList(p), "news-list", Map.of());
        for (int i = 0; i < content.news().size(); i++) {
            NewsPost n = content.news().get(i);
            Views.NewsView v = news.get(i);
            Views.NewsView newer = i > 0 ? newsCards.get(i - 1) : null;
            Views.NewsView older = i + 1 < newsCards.size() ? newsCards.get(i + 1) : null;
            jobs.add(job(n, inputs(v, newer, older), () -> new PageJob(Routes.news(n.slug()), "news", context(
                    "page", newsMeta(n, v),
                    "post", v,
                    "newer", newer,
                    "older", older), n.origin().file())));
        }
        tags(jobs);

        jobs.add(job(Routes.schools(), inputs(schools), () -> new PageJob(Routes.schools(), "schools", context(
                "page", meta(ui.get("schools.title"), ui.get("schools.description"),
                        Routes.schools(), Routes.SCHOOLS, false, null, "website"),
                "schools", schools))));
        // what each school's page lists, grouped once (in the content's order) rather than filtered per school
        Map<String, List<Views.ChildView>> childrenBySchool = new HashMap<>();
        int card = 0;
        for (Child c : content.children()) {
            if (!c.listed()) continue;
            Views.ChildView v = waiting.get(card++);
            if (c.school() != null) childrenBySchool.computeIfAbsent(c.school(), k -> new ArrayList<>()).add(v);
        }
        Map<String, List<Views.NewsView>> newsBySchool = new HashMap<>();
        content.news().stream().filter(n -> n.school() != null).forEach(n ->
                newsBySchool.computeIfAbsent(n.school(), k -> new ArrayList<>()).add(views.newsCard(n)));
        for (Views.SchoolView s : schools) {
            School school = content.school(s.slug()).orElseThrow();
            List<Views.ChildView> schoolChildren = List.copyOf(childrenBySchool.getOrDefault(school.slug(), List.of()));
            List<Views.NewsView> schoolNews = List.copyOf(newsBySchool.getOrDefault(school.slug(), List.of()));
            List<Views.CampaignView> schoolCampaigns = content.campaigns().stream().filter(c -> school.slug().equals(c.school()))
                    .map(views::campaign).toList();
            jobs.add(job(school, inputs(s, schoolChildren, schoolNews, schoolCampaigns),
                    () -> new PageJob(Routes.school(s.slug()), "school", context(
                    "page", meta(s.name(), s.summary(), Routes.school(s.slug()), Routes.SCHOOLS, false, s.cover(), "website"),
                    "school", s,
                    "children", schoolChildren,
                    "news", schoolNews,
                    "campaigns", schoolCampaigns), school.origin().file())));
        }

        jobs.add(job(Routes.children(), inputs(waiting), () -> new PageJob(Routes.children(), "children", context(
                "page", meta(ui.get("children.title"), ui.get("children.description", ui.money(config.nuoiEmMonthlyVnd())),
                        Routes.children(), Routes.CHILDREN, true, null, "website"),
                "children", waiting))));
        List<Views.ChildView> childViews = views.children();
        for (int i = 0; i < childViews.size(); i++) {
            Child c = content.children().get(i);
            Views.ChildView v = childViews.get(i);
            List<LedgerViews.Support> support = ledger == null ? List.of() : ledger.support(c.code());
            jobs.add(job(c, inputs(v, support), () -> new PageJob(Routes.child(c.code()), "child", context(
                    // a child's photo is the preview of a shared link only when the config allows it
                    "page", meta(ui.get("child.title", c.code(), c.name()), ui.get("child.description", c.name(), c.code()),
                            Routes.child(c.code()), Routes.CHILDREN, true, config.childPhotosShared() ? v.photo() : null,
                            "profile"),
                    "child", v,
                    "support", support,
                    "donation", c.listed() ? views.donation(VietQr.childMemo(c.code())) : null),
                    c.origin().file())));
        }

        jobs.add(job(Routes.campaigns(), inputs(campaigns), () -> new PageJob(Routes.campaigns(), "campaigns", context(
                "page", meta(ui.get("menu.campaigns"), ui.get("campaigns.description"), Routes.campaigns(),
                        Routes.CAMPAIGNS, false, null, "website"),
                "campaigns", campaigns))));
        for (Views.CampaignView c : campaigns) {
            Campaign record = content.campaign(c.slug()).orElse(null);
            List<Views.NewsView> campaignNews = content.news().stream().filter(n -> c.slug().equals(n.campaign())).map(views::newsCard).toList();
            jobs.add(job(record != null ? record : Routes.campaign(c.slug()), inputs(record, c, campaignNews), () -> new PageJob(Routes.campaign(c.slug()), "campaign", context(
                    "page", meta(c.title(), c.summary(), Routes.campaign(c.slug()), Routes.CAMPAIGNS, false, c.cover(), "website"),
                    "campaign", c,
                    "donation", record != null && record.status() != CampaignStatus.COMPLETED
                            ? views.donation(ViewFactory.campaignMemo(record)) : null,
                    "news", campaignNews),
                    record == null ? null : record.origin().file())));
        }

        for (Page p : content.pages()) {
            Views.PageView v = views.page(p);
            String language = p.translation() == null ? config.language() : p.translation();
            List<Views.Alternate> alternates = alternates(p);
            jobs.add(job(p, inputs(v, alternates), () -> {
                Views.Meta meta = meta(p.title(), v.summary(), Routes.page(p), p.translation() == null ? p.slug() : language,
                        false, null, "website").withLocale(text.get(language).ogLocale()).withAlternates(alternates);
                Map<String, Object> ctx = context(
                        "page", meta,
                        "content", v,
                        "donation", p.slug().equals("cach-nuoi-em") ? views.donation("NUOI EM") : null);
                if (p.translation() != null) ctx.put("lang", language);
                return new PageJob(Routes.page(p), "page", ctx, p.origin().file());
            }));
        }
        for (String language : translations()) {
            UiText words = text.get(language);
            List<Views.PageView> translated = content.pages().stream().filter(p -> language.equals(p.translation()))
                    .sorted(Comparator.comparing((Page p) -> p.menu() == null ? Integer.MAX_VALUE : p.menu()).thenComparing(Page::slug))
                    .map(views::page).toList();
            String home = Routes.languageHome(language);
            jobs.add(new PageJob(home, "translations", context(
                    "page", meta(words.get("translations.title"), words.get("translations.description"), home, language, false, null, "website")
                            .withLocale(words.ogLocale()).withAlternates(homes()),
                    "pages", translated,
                    "lang", language)));
        }
        jobs.add(new PageJob(Routes.LOOKUP_PAGE, "lookup", context(
                "page", meta(ui.get("lookup.title"), ui.get("lookup.description", config.childCodeExample()),
                        Routes.LOOKUP_PAGE, "tra-cuu", false, null, "website"),
                "search", searchView())));
        if (!content.faqs().isEmpty()) jobs.add(new PageJob(Routes.FAQ_PAGE, "faq", context(
                "page", meta(ui.get("faq.title"), ui.get("faq.description"),
                        Routes.FAQ_PAGE, "hoi-dap", false, null, "website"),
                "questions", content.faqs().stream().map(q -> new Views.FaqView(q.slug(), q.question(),
                        views.body(q.origin().file()).html())).toList())));
        jobs.add(new PageJob(Routes.OFFLINE_PAGE, "offline", context(
                "page", meta(ui.get("offline.title"), ui.get("offline.description"),
                        Routes.OFFLINE_PAGE, "", true, null, "website"))));
        if (ledger != null) ledgerPages(jobs);
        jobs.add(new PageJob(Routes.NOT_FOUND, "404", context(
                "page", meta(ui.get("notfound.title"), ui.get("notfound.description"), Routes.NOT_FOUND, "", true, null, "website"))));
        return jobs;
    }

    /** The statements' overview, a page per month, and a report per quarter. */
    private void ledgerPages(List<PageJob> jobs) {
        LedgerSummary summary = ledger.summary();
        List<LedgerViews.MonthView> months = ledger.months();
        Long closing = summary.months().isEmpty() ? null : summary.months().get(summary.months().size() - 1).closingBalance();
        jobs.add(new PageJob(LedgerViews.LEDGER, "ledger", context(
                "page", meta(ui.get("ledger.title"), ui.get("ledger.description"),
                        LedgerViews.LEDGER, "sao-ke", false, null, "website"),
                "months", months,
                "totals", ledger.totals(),
                "chart", ledger.chart(),
                "csv", routes.url(LedgerViews.CSV),
                "totalIn", summary.totalIn(),
                "totalOut", summary.totalOut(),
                "closing", closing,
                "reports", reports().stream().map(q -> new Views.Link(q.label(ui), routes.url(q.path()))).toList())));
        for (int i = 0; i < summary.months().size(); i++) {
            var month = summary.months().get(i);
            List<LedgerViews.RowView> rows = ledger.rows(month);
            Map<String, String> purposes = new TreeMap<>();
            rows.forEach(r -> purposes.putIfAbsent(r.purposeKey(), r.purposeKey().equals("nuoi-em") ? ui.get("ledger.nuoiEm") : r.purpose()));
            jobs.add(new PageJob(LedgerViews.monthPath(month.month()), "ledger-month", context(
                    "page", meta(ui.get("ledger.monthTitle", months.get(i).label()),
                            ui.get("ledger.monthDescription", months.get(i).label()), LedgerViews.monthPath(month.month()), "sao-ke", false, null, "website"),
                    "month", months.get(i),
                    "rows", rows,
                    "purposes", purposes.entrySet().stream().map(e -> new Views.Link(e.getValue(), e.getKey())).toList(),
                    "previous", i > 0 ? months.get(i - 1) : null,
                    "next", i + 1 < months.size() ? months.get(i + 1) : null)));
        }
        for (Quarter q : reports()) {
            List<LedgerSummary.Month> in = summary.months().stream()
                    .filter(m -> q.contains(m.month().atDay(1))).toList();
            long moneyIn = in.stream().mapToLong(LedgerSummary.Month::moneyIn).sum();
            long moneyOut = in.stream().mapToLong(LedgerSummary.Month::moneyOut).sum();
            Map<String, Long> byCampaign = new TreeMap<>();
            long nuoiEm = 0;
            long general = 0;
            for (var m : in) {
                for (var r : m.rows()) {
                    if (r.amount() <= 0) continue;
                    if (r.link() instanceof Link.ToCampaign c) {
                        String title = content.campaign(c.slug()).map(Campaign::title).orElse(c.slug());
                        byCampaign.merge(title, r.amount(), Long::sum);
                    } else if (r.link() instanceof Link.ToChild) {
                        nuoiEm += r.amount();
                    } else {
                        general += r.amount();
                    }
                }
            }
            long newlySponsored = content.children().stream()
                    .filter(c -> c.sponsoredSince() != null && q.contains(c.sponsoredSince())).count();
            jobs.add(new PageJob(q.path(), "report", context(
                    "page", meta(ui.get("report.title", q.label(ui)), ui.get("report.description", q.label(ui)), q.path(),
                            "sao-ke", false, null, "website"),
                    "quarter", q.label(ui),
                    "months", ledger.months().stream().filter(m -> q.contains(YearMonth.parse(m.key()).atDay(1))).toList(),
                    "moneyIn", moneyIn,
                    "moneyOut", moneyOut,
                    "byCampaign", byCampaign.entrySet().stream().map(e -> new LedgerViews.Total(e.getKey(), null, e.getValue())).toList(),
                    "nuoiEm", nuoiEm,
                    "general", general,
                    "newlySponsored", newlySponsored,
                    "schoolsStarted", content.schools().stream().filter(s -> s.started() != null && q.contains(s.started()))
                            .map(views::school).toList(),
                    "schoolsCompleted", content.schools().stream().filter(s -> s.completed() != null && q.contains(s.completed()))
                            .map(views::school).toList(),
                    "news", content.news().stream().filter(n -> q.contains(n.date().toLocalDate())).map(views::newsCard).toList())));
        }
    }

    /** A calendar quarter that has statements. */
    record Quarter(int year, int number) {
        String label(UiText ui) {
            return ui.get("report.quarter", number, year);
        }

        String path() {
            return "bao-cao/" + year + "-q" + number + "/";
        }

        boolean contains(LocalDate day) {
            return day.getYear() == year && (day.getMonthValue() - 1) / 3 + 1 == number;
        }
    }

    private List<Quarter> reports() {
        Set<Quarter> quarters = new LinkedHashSet<>();
        for (var m : ledger.summary().months()) {
            quarters.add(new Quarter(m.month().getYear(), (m.month().getMonthValue() - 1) / 3 + 1));
        }
        return List.copyOf(quarters);
    }

    private void tags(List<PageJob> jobs) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Views.NewsView>> posts = new HashMap<>();
        Map<String, String> slugs = new HashMap<>();
        // the cards of this build, in the content's order, so that each post's card is looked up once, not once per tag
        List<NewsPost> news = content.news();
        List<Views.NewsView> cards = views.newsCards();
        for (int i = 0; i < news.size(); i++) {
            Views.NewsView card = cards.get(i);
            for (String t : news.get(i).tags()) {
                String slug = slugs.computeIfAbsent(t, Slugs::slug);
                if (slug.isEmpty()) continue;
                names.putIfAbsent(slug, t);
                List<Views.NewsView> list = posts.computeIfAbsent(slug, k -> new ArrayList<>());
                // posts come one at a time, so a post listed twice (two tags, one slug) would be the last one
                if (list.isEmpty() || list.get(list.size() - 1) != card) list.add(card);
            }
        }
        List<Views.TagView> all = names.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Views.TagView(e.getValue(), routes.url(Routes.tagPage(e.getKey(), 1)), posts.get(e.getKey()).size()))
                .toList();
        jobs.add(job(Routes.tags(), inputs(all), () -> new PageJob(Routes.tags(), "tags", context(
                "page", meta(ui.get("tags.title"), ui.get("tags.description"), Routes.tags(), Routes.NEWS, false, null, "website"),
                "tags", all))));
        for (Views.TagView t : all) {
            String slug = Slugs.slug(t.name());
            List<Views.NewsView> list = List.copyOf(posts.get(slug));
            paginate(jobs, list, ui.get("tag.title", t.name()), Routes.NEWS, p -> Routes.tagPage(slug, p), "tag",
                    Map.of("tag", t));
        }
    }

    private void paginate(List<PageJob> jobs, List<Views.NewsView> news, String title, String section,
                          Function<Integer, String> path, String template, Map<String, Object> extra) {
        int per = config.newsPerPage();
        int total = Math.max(1, (news.size() + per - 1) / per);
        // one list of page links shared by every page of the list (it is the same on each), made when first needed
        Supplier<List<Views.Link>> links = new Supplier<>() {
            private List<Views.Link> pages;

            @Override
            public List<Views.Link> get() {
                if (pages == null) {
                    List<Views.Link> all = new ArrayList<>();
                    for (int k = 1; k <= total; k++) all.add(new Views.Link(Integer.toString(k), routes.url(path.apply(k))));
                    pages = List.copyOf(all);
                }
                return pages;
            }
        };
        for (int p = 1; p <= total; p++) {
            int number = p;
            String pageTitle = p == 1 ? title : ui.get("pagination.title", title, p);
            String sitePath = path.apply(p);
            List<Views.NewsView> shown = news.subList((p - 1) * per, Math.min(news.size(), p * per));
            // the first page's path names the list, and with the count it decides every link of the pagination
            jobs.add(job(sitePath, inputs(template, pageTitle, section, path.apply(1), number, total, shown, extra), () -> {
                Views.Pagination pagination = new Views.Pagination(number, total,
                        number > 1 ? routes.url(path.apply(number - 1)) : null,
                        number < total ? routes.url(path.apply(number + 1)) : null, links.get());
                Map<String, Object> ctx = context(
                        "page", meta(pageTitle, null, sitePath, section, false, null, "website"),
                        "news", shown,
                        "pagination", pagination);
                ctx.putAll(extra);
                return new PageJob(sitePath, template, ctx);
            }));
        }
    }

    /**
     * What is done to every rendered page before it is cached and written (the preview adds its
     * reload script); {@code key} names it in the pages' fingerprints.
     */
    public record Finish(String key, UnaryOperator<byte[]> apply) {
        public static final Finish NONE = new Finish("", UnaryOperator.identity());
    }

    /**
     * The pages of the last one-shot build: {@code store} holds, by site path, the digest of each
     * page's bytes ({@link vn.vungcao.ssg.store.Store#strongDigest}: the folder may hold files a
     * pull request committed) under the fingerprint of what it was made from, and {@code published} reads a
     * page as the output folder holds it (null when it does not). A page whose fingerprint is the
     * one stored, and whose file still has the stored digest, is taken from the folder instead of
     * being rendered again. {@code settings} names what every page depends on besides its own
     * variables, the site's views, the theme and the assets: the base URL and the site's settings
     * as written (a preview starts afresh when they change).
     */
    public record LastPages(Store<String> store, Function<String, byte[]> published,
                            String settings) {
    }

    /** Something that receives each rendered page. */
    public interface Sink {
        void write(String file, byte[] bytes);

        /**
         * Receives a page taken from the last build, the very bytes written then; {@code handle} is
         * what this method returned for it then (null the first time). Returns what to give next
         * time, so that an output kept between builds need not look the page up among thousands.
         */
        default Object keep(String file, byte[] bytes, Object handle) {
            write(file, bytes);
            return null;
        }

        /** Receives a page taken from the output folder as the last build left it ({@code bytes} were read from there). */
        default void writeAsRead(String file, byte[] bytes) {
            write(file, bytes);
        }
    }

    /**
     * Renders {@code jobs} on {@code pool} into {@code sink}; a template error is reported with the
     * template's file and line, once per template and line.
     */
    public void render(List<PageJob> jobs, Theme theme, ExecutorService pool, Sink sink, Diagnostics diagnostics) {
        render(jobs, theme, pool, sink, diagnostics, null, null, Finish.NONE);
    }

    /**
     * As {@link #render(List, Theme, ExecutorService, Sink, Diagnostics)}, taking a page from
     * {@code cache} (when not null) when neither its templates, the theme's files nor its variables
     * changed; without a cache but with {@code lastBuild} (when not null), taking it from the output
     * folder when neither these nor the settings changed since the last build and its file is as
     * that build wrote it. Each page goes through {@code finish} (the preview adds its reload script
     * there) before it is cached and written, so a page taken from the cache is not finished again.
     * Returns how many pages were rendered.
     */
    public int render(List<PageJob> jobs, Theme theme, ExecutorService pool, Sink sink, Diagnostics diagnostics,
                      PageCache cache, LastPages lastBuild, Finish finish) {
        LastPages kept = cache == null ? lastBuild : null;
        boolean fingerprinted = cache != null || kept != null;
        AtomicInteger rendered = new AtomicInteger();
        if (cache != null) {
            cache.texts().nextBuild();
            cache.nextRender();
        }
        Fingerprint fingerprints =
                new Fingerprint(cache == null ? null : cache.texts());
        // every language's site view: a translated page shows its own
        String settings = fingerprinted ? fingerprints.of(new TreeMap<>(sites), assets.names(), finish.key(),
                kept == null ? null : kept.settings()) : null;
        List<Future<?>> futures = new ArrayList<>(jobs.size());
        Set<String> reported = ConcurrentHashMap.newKeySet();
        // this render's entries by job, each slot written by one thread before the futures are joined
        PageCache.Entry[] made = new PageCache.Entry[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            PageJob job = jobs.get(i);
            int slot = i;
            String themeFingerprint = fingerprinted ? theme.fingerprint(job.template()) : null;
            if (cache != null) {
                // the very job last rendered (the plan gave it again), with the same site views and templates
                PageCache.Entry last = cache.rendered(job);
                if (last != null && last.settings().equals(settings) && last.theme().equals(themeFingerprint)) {
                    made[slot] = last;
                    last.written = sink.keep(last.file(), last.bytes(), last.written);
                    continue;
                }
            }
            futures.add(pool.submit(() -> {
                String fingerprint = fingerprinted ? fingerprints.of(settings, themeFingerprint, job.context()) : null;
                if (kept != null) {
                    Store.Hit<String> same = kept.store().get(job.sitePath(), fingerprint);
                    String file = Routes.file(job.sitePath());
                    byte[] bytes = same == null ? null : kept.published().apply(file);
                    if (bytes != null && Store.strongDigest(bytes).equals(same.value())) {
                        sink.writeAsRead(file, bytes);
                        return;
                    }
                }
                if (cache != null) {
                    PageCache.Entry last = cache.entry(job.sitePath());
                    if (last != null && last.fingerprint().equals(fingerprint)) {
                        made[slot] = new PageCache.Entry(fingerprint, last.bytes(), job, settings, themeFingerprint, last.file());
                        cache.put(job.sitePath(), made[slot]);
                        sink.write(last.file(), last.bytes());
                        return;
                    }
                }
                Map<String, Object> ctx = new HashMap<>(job.context());
                ctx.put("site", sites.getOrDefault(String.valueOf(job.context().getOrDefault("lang", config.language())), site));
                try {
                    byte[] bytes = finish.apply().apply(theme.renderBytes(job.template(), ctx));
                    rendered.incrementAndGet();
                    if (kept != null) kept.store().put(job.sitePath(), fingerprint, Store.strongDigest(bytes), List.of());
                    // one string for the entry and the output: a rebuild writes every page again under
                    // the entry's name, and the output finds it at once by identity, not character by character
                    String file = Routes.file(job.sitePath());
                    if (cache != null) {
                        made[slot] = new PageCache.Entry(fingerprint, bytes, job, settings, themeFingerprint, file);
                        cache.put(job.sitePath(), made[slot]);
                        cache.counted();
                    }
                    sink.write(file, bytes);
                } catch (Theme.TemplateProblem e) {
                    if (!reported.add(e.template() + ":" + e.line() + ":" + e.getMessage())) return;
                    diagnostics.error("template.error", new Position("themes/" + config.theme() + "/templates/" + e.template() + ".peb", e.line(), 0), job.sitePath(), e.getMessage());
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }
        if (cache != null) {
            List<PageCache.Entry> entries = new ArrayList<>(made.length);
            for (PageCache.Entry e : made) {
                if (e != null) entries.add(e);
            }
            cache.rendered(entries);
        }
        return rendered.get();
    }
}
