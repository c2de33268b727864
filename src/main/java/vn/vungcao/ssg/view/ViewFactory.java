package vn.vungcao.ssg.view;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.Campaign;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.content.NewsPost;
import vn.vungcao.ssg.content.Page;
import vn.vungcao.ssg.content.School;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.image.ImageCatalog;
import vn.vungcao.ssg.ledger.CampaignMoney;
import vn.vungcao.ssg.ledger.LedgerSummary;
import vn.vungcao.ssg.markdown.RenderedMarkdown;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.vietqr.QrCodes;
import vn.vungcao.ssg.vietqr.VietQr;

/**
 * Turns content records into view models: links made with the base path, Markdown bodies
 * rendered, and children reduced to the fields the site config allows. A record's view is made
 * once and the same instance given to every page that shows it (one factory per build). Thread-safe.
 */
public final class ViewFactory {

    private final Routes routes;
    private final SiteContent content;
    private final Map<String, RenderedMarkdown> bodies;
    private final List<String> allowedChildFields;
    private final Map<String, School> schools;
    private final ImageCatalog images;
    private final SiteConfig.Bank bank;
    private final UiText text;

    /** Views made so far, by the identity of their content record. */
    private final Map<Object, Object> made;

    /** The statements' figures, or null when the site has none. */
    private final LedgerSummary ledger;

    /** Draws the donation boxes' QR codes. */
    private final QrCodes qr;

    /**
     * @param bodies rendered bodies by source file
     * @param ledger the statements' figures (money per campaign, months per child), or null
     * @param text   the theme's words in the site's language, for labels
     */
    public ViewFactory(Routes routes, SiteConfig config, SiteContent content, Map<String, RenderedMarkdown> bodies,
                       ImageCatalog images, LedgerSummary ledger,
                       UiText text) {
        this(routes, config, content, bodies, images, ledger, text, null, null, new QrCodes(null));
    }

    /**
     * As above, taking views from {@code cache} (when not null) made by the last build for the same
     * records and bodies, when {@code imagesKey} (what the images are) and the other settings
     * views depend on are the same, and drawing the donation QR codes with {@code qr} (which may
     * take them from a store).
     */
    public ViewFactory(Routes routes, SiteConfig config, SiteContent content, Map<String, RenderedMarkdown> bodies,
                       ImageCatalog images, LedgerSummary ledger,
                       UiText text, ViewCache cache, String imagesKey, QrCodes qr) {
        this.qr = qr;
        this.cache = cache;
        // without a cache, the views of this build only
        this.made = cache != null ? null : Collections.synchronizedMap(new IdentityHashMap<>(content.news().size()
                + content.children().size() + content.schools().size() + content.campaigns().size() + content.pages().size()));
        this.text = text;
        this.ledger = ledger;
        this.images = images;
        this.bank = config.bank();
        this.routes = routes;
        this.content = content;
        this.bodies = bodies;
        this.allowedChildFields = config.childAllowedFields();
        this.schools = content.schoolsBySlug();
        if (cache != null) {
            // everything a view reads besides its own record and body
            List<Object> names = new ArrayList<>();
            content.schools().forEach(s -> names.add(List.of(s.slug(), s.name())));
            content.campaigns().forEach(c -> names.add(Arrays.asList(c.slug(), c.title(),
                    ledger == null ? null : ledger.campaigns().get(c.slug()))));
            cache.nextBuild(List.of(routes.baseUrl(), config.toString(), String.valueOf(imagesKey), text, names),
                    2 * content.news().size() + 2 * content.children().size() + content.schools().size() + content.campaigns().size()
                            + content.pages().size()); // a child and a post have a view and a card
        }
    }

    private final ViewCache cache;

    /** The theme's words in the site's language. */
    public UiText text() {
        return text;
    }

    public RenderedMarkdown body(String file) {
        return bodies.getOrDefault(file, RenderedMarkdown.EMPTY);
    }

    private String file(String path) {
        if (path == null) return null;
        return routes.url(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The image at a site path written in front matter, with its size and resized versions. */
    public Views.ImageView image(String path) {
        if (path == null) return null;
        String sitePath = path.startsWith("/") ? path.substring(1) : path;
        return images.find(sitePath).map(img -> {
            StringBuilder srcset = new StringBuilder();
            for (var v : img.variants()) srcset.append(routes.url(v.sitePath())).append(' ').append(v.width()).append("w, ");
            if (srcset.length() > 0) srcset.append(routes.url(img.sitePath())).append(' ').append(img.width()).append('w');
            return new Views.ImageView(routes.url(img.sitePath()), srcset.toString(), img.width(), img.height(),
                    img.thumbnail() == null ? null : routes.url(img.thumbnail()));
        }).orElse(new Views.ImageView(routes.url(sitePath), "", 0, 0, null));
    }

    private Views.Link schoolLink(String slug) {
        School s = slug == null ? null : schools.get(slug);
        return s == null ? null : new Views.Link(s.name(), routes.url(Routes.school(s.slug())));
    }

    public Views.NewsView news(NewsPost n) {
        return (Views.NewsView) memo(n, n.origin().file(), () -> makeNews(n));
    }

    private Views.NewsView makeNews(NewsPost n) {
        List<Views.Link> tags = n.tags().stream().map(t -> new Views.Link(t, routes.url(Routes.tag(t, 1)))).toList();
        Views.Link campaign = n.campaign() == null ? null : content.campaign(n.campaign())
                .map(c -> new Views.Link(c.title(), routes.url(Routes.campaign(c.slug())))).orElse(null);
        RenderedMarkdown body = body(n.origin().file());
        String summary = n.summary() != null ? n.summary() : body.excerpt(200);
        return new Views.NewsView(n.title(), routes.url(Routes.news(n.slug())), n.date(), summary, tags, image(n.cover()),
                schoolLink(n.school()), campaign, body.html());
    }

    public Views.SchoolView school(School s) {
        return (Views.SchoolView) memo(s, s.origin().file(), () -> makeSchool(s));
    }

    private Views.SchoolView makeSchool(School s) {
        RenderedMarkdown body = body(s.origin().file());
        return new Views.SchoolView(s.slug(), s.name(), routes.url(Routes.school(s.slug())), s.district(), s.commune(),
                s.village(), s.place(), s.status() == null ? null : s.status().key(),
                s.status() == null ? null : text.get("status.school." + s.status().key()), s.classrooms(), s.budgetVnd(), s.started(),
                s.completed(), image(s.cover()), s.gallery().stream().map(this::image).toList(), body.html(),
                body.excerpt(200));
    }

    /** The child as published: only allowed fields are copied, the others are null. */
    private Views.ChildView child(Child c) {
        return (Views.ChildView) memo(c, c.origin().file(), () -> makeChild(c));
    }

    /** A value made on first use, once, by whichever thread asks first. */
    private static final class Once<T> {
        private final Supplier<T> make;
        private volatile T value;

        Once(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T made = value;
            if (made == null) {
                synchronized (this) {
                    if (value == null) value = make.get();
                    made = value;
                }
            }
            return made;
        }
    }

    private final Once<List<Views.ChildView>> childViews = new Once<>(this::makeChildViews);
    private final Once<List<Views.ChildView>> waitingCards = new Once<>(this::makeWaitingCards);
    private final Once<List<Views.NewsView>> newsViews = new Once<>(this::makeNewsViews);
    private final Once<List<Views.NewsView>> newsCards = new Once<>(this::makeNewsCards);

    @SuppressWarnings("unchecked")
    private List<Views.ChildView> makeChildViews() {
        List<Child> children = content.children();
        Object[] stories = null;
        if (cache != null) {
            stories = new Object[children.size()];
            for (int i = 0; i < stories.length; i++) stories[i] = bodies.get(children.get(i).origin().file());
            List<?> kept = cache.list("children", children, stories);
            if (kept != null) return (List<Views.ChildView>) kept;
        }
        List<Views.ChildView> all = new ArrayList<>(children.size());
        for (Child c : children) all.add(child(c));
        List<Views.ChildView> made = List.copyOf(all);
        if (cache != null) cache.list("children", children, stories, made);
        return made;
    }

    @SuppressWarnings("unchecked")
    private List<Views.ChildView> makeWaitingCards() {
        List<Views.ChildView> views = children();
        // the very views of the last build (no child changed): the very cards
        List<?> kept = cache == null ? null : cache.list("waiting-cards", views, NO_BODIES);
        if (kept != null) return (List<Views.ChildView>) kept;
        List<Views.ChildView> cards = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            Child c = content.children().get(i);
            Views.ChildView view = views.get(i);
            if (c.listed()) cards.add((Views.ChildView) memo(view, c.origin().file(), view::card));
        }
        List<Views.ChildView> made = List.copyOf(cards);
        if (cache != null) cache.list("waiting-cards", views, NO_BODIES, made);
        return made;
    }

    private static final Object[] NO_BODIES = {};

    private List<Views.NewsView> makeNewsViews() {
        List<Views.NewsView> all = new ArrayList<>(content.news().size());
        for (NewsPost n : content.news()) all.add(news(n));
        return List.copyOf(all);
    }

    private List<Views.NewsView> makeNewsCards() {
        List<Views.NewsView> views = newsViews();
        List<Views.NewsView> cards = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            Views.NewsView view = views.get(i);
            cards.add((Views.NewsView) memo(view, content.news().get(i).origin().file(), view::card));
        }
        return List.copyOf(cards);
    }

    /**
     * The view of every child of the content, in its order, made (or taken from the cache) once a
     * build: the search, the plan and the lists each walk it instead of asking for each child's view.
     */
    public List<Views.ChildView> children() {
        return childViews.get();
    }

    /**
     * The cards of the waiting children (those the lists show), in the content's order, made once a
     * build: each child as lists show it, without the story (see {@link Views.ChildView#card}), one
     * instance per view, so that a list is found unchanged by comparing instances, not values.
     */
    public List<Views.ChildView> waitingCards() {
        return waitingCards.get();
    }

    /** The view of every news post of the content, in its order, made (or taken from the cache) once a build. */
    public List<Views.NewsView> newsViews() {
        return newsViews.get();
    }

    /**
     * The news posts' cards (see {@link Views.NewsView#card}), in the content's order, made once a
     * build, one instance per view, so that a list is found unchanged by comparing instances.
     */
    public List<Views.NewsView> newsCards() {
        return newsCards.get();
    }

    /** A news post's card, as lists show it. */
    public Views.NewsView newsCard(NewsPost n) {
        Views.NewsView view = news(n);
        return (Views.NewsView) memo(view, n.origin().file(), view::card);
    }

    private Views.ChildView makeChild(Child c) {
        boolean photo = allowedChildFields.contains("photo");
        return new Views.ChildView(c.code(), c.name(), routes.url(Routes.child(c.code())),
                allowed("birth_year") ? c.birthYear() : null,
                allowed("school") ? schoolLink(c.school()) : null,
                allowed("grade") ? c.grade() : null,
                allowed("status") && c.status() != null ? c.status().key() : null,
                allowed("status") && c.status() != null ? text.get("status.child." + c.status().key()) : null,
                allowed("sponsored_since") ? c.sponsoredSince() : null,
                photo ? image(c.photo()) : null,
                body(c.origin().file()).html());
    }

    /**
     * The view made for this very record: in this build, or in the last one with the same body, or
     * made now, once, and given to every page.
     */
    private Object memo(Object record, String file, Supplier<Object> make) {
        if (cache != null) {
            RenderedMarkdown body = bodies.get(file);
            Object known = cache.get(record, body);
            if (known != null) return known;
            // the cache is this build's memory too
            synchronized (cache) {
                Object view = cache.get(record, body);
                if (view == null) {
                    view = make.get();
                    cache.put(record, body, view);
                }
                return view;
            }
        }
        Object view = made.get(record);
        if (view == null) {
            view = make.get();
            made.put(record, view);
        }
        return view;
    }

    /** The donation box for a transfer with {@code memo}, or null when the site has no bank account. */
    public Views.Donation donation(String memo) {
        if (bank == null) return null;
        QrCodes.Code code = donationCode(memo);
        return new Views.Donation(new Views.QrDrawing(code.key(), () -> qr.svg(code.payload(), code.title())),
                memo, bank.name(), bank.account(), bank.holder(), code.payload());
    }

    private QrCodes.Code donationCode(String memo) {
        return new QrCodes.Code(VietQr.payload(bank.bin(), bank.account(), memo, null),
                text.get("donate.qrTitle", bank.name(), bank.account(), memo));
    }

    /**
     * Starts drawing the QR codes of the waiting children's donation boxes (most of a site's codes)
     * ahead of the pages ({@link QrCodes#drawAhead}): for a build that renders every page.
     */
    public void drawChildCodesAhead() {
        if (bank == null) return;
        qr.drawAhead(() -> {
            List<QrCodes.Code> codes = new ArrayList<>();
            for (Child c : content.children()) {
                if (c.listed()) codes.add(donationCode(VietQr.childMemo(c.code())));
            }
            return codes;
        });
    }

    /** The memo of a gift to a campaign: its first keyword, or its title. */
    public static String campaignMemo(Campaign c) {
        return VietQr.campaignMemo(c.keywords().isEmpty() ? c.title() : c.keywords().get(0));
    }

    /**
     * The months in which the statements record money for the child with {@code code}, for the
     * look-up's card: runs of consecutive months, then their number ("01/2025 – 06/2025 (6 tháng)");
     * null when they record none. Amounts are left out: the card says that support arrived, not how much.
     */
    public String supportMonths(String code) {
        List<LedgerSummary.ChildMonth> months = ledger == null ? null : ledger.children().get(code);
        if (months == null || months.isEmpty()) return null;
        List<String> runs = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (LedgerSummary.ChildMonth m : months) {
            if (last != null && m.month().equals(last.plusMonths(1))) {
                last = m.month();
                continue;
            }
            if (first != null) runs.add(run(first, last));
            first = m.month();
            last = m.month();
        }
        runs.add(run(first, last));
        String list = String.join(", ", runs);
        return months.size() == 1 ? text.get("child.supportMonth", list) : text.get("child.supportMonths", list, months.size());
    }

    private static String run(YearMonth first, YearMonth last) {
        return first.equals(last) ? monthNumber(first) : monthNumber(first) + " – " + monthNumber(last);
    }

    /** "01/2025": the same in every language the theme speaks. */
    private static String monthNumber(YearMonth month) {
        return String.format(Locale.ROOT, "%02d/%04d", month.getMonthValue(), month.getYear());
    }

    private boolean allowed(String field) {
        return allowedChildFields.contains(field);
    }

    public Views.CampaignView campaign(Campaign c) {
        return (Views.CampaignView) memo(c, c.origin().file(), () -> makeCampaign(c));
    }

    private Views.CampaignView makeCampaign(Campaign c) {
        RenderedMarkdown body = body(c.origin().file());
        CampaignMoney money = c.money(ledger == null ? null : ledger.campaigns().get(c.slug()));
        List<Views.FigurePart> parts = new ArrayList<>();
        if (money.statements() != null) {
            parts.add(new Views.FigurePart(text.get("campaign.viaStatements"), money.statements(),
                    text.get("campaign.statementsSource"), routes.url(LedgerViews.LEDGER), null));
        }
        if (money.elsewhere() != null) {
            parts.add(new Views.FigurePart(text.get("campaign.elsewhere"), money.elsewhere(),
                    text.get("campaign.elsewhereSource"), null, c.receivedElsewhereNote()));
        }
        // raised_vnd: 0 (a campaign not started) has no source to name
        if (money.declaredOnly() && money.declared() != null && money.declared() > 0) {
            parts.add(new Views.FigurePart(text.get("campaign.declared"), money.declared(),
                    text.get("campaign.declaredSource"), null, null));
        }
        int percent = money.percent();
        return new Views.CampaignView(c.slug(), c.title(), routes.url(Routes.campaign(c.slug())),
                c.summary() != null ? c.summary() : body.excerpt(200), c.goalVnd(), money.raised(), percent,
                Math.min(100, percent), parts, c.start(), c.end(), c.status() == null ? null : c.status().key(),
                c.status() == null ? null : text.get("status.campaign." + c.status().key()), schoolLink(c.school()), image(c.cover()), body.html());
    }

    public Views.PageView page(Page p) {
        return (Views.PageView) memo(p, p.origin().file(), () -> makePage(p));
    }

    private Views.PageView makePage(Page p) {
        RenderedMarkdown body = body(p.origin().file());
        return new Views.PageView(p.title(), routes.url(Routes.page(p)),
                p.summary() != null ? p.summary() : body.excerpt(200), body.html());
    }
}
