package vn.vungcao.ssg.view;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The view models the templates receive: plain immutable records with URLs already made. Child
 * data reach templates only as {@link ChildView}, which holds the allowed fields and nothing else.
 */
public final class Views {

    private Views() {
    }

    /** A titled link. */
    public record Link(String title, String url) {
    }

    /**
     * The site as a whole, on every page.
     *
     * @param assistant    what the assistant on every page needs (null when the site has no questions)
     * @param suggestions  questions the assistant offers to start with
     * @param howToSponsor the link to the free page {@code cach-nuoi-em} when the site has one, else null
     * @param languages    the homes of the site in its other languages, named in their own language
     */
    public record SiteView(String title, String description, String language, String baseUrl, String basePath,
                           List<Link> menu, Contact contact, long nuoiEmVnd, int waitingCount, SearchView assistant,
                           List<Link> suggestions, String howToSponsor, List<Alternate> languages) {
        public SiteView {
            menu = List.copyOf(menu);
            suggestions = List.copyOf(suggestions);
            languages = List.copyOf(languages);
        }
    }

    /** How to reach the club. */
    public record Contact(String email, String phone, String zalo, String facebook, String messenger, String address) {
    }

    /**
     * What every page says about itself, for the head of the page and for previews when it is
     * shared on Facebook or Zalo.
     *
     * @param section     the top-level section, for the menu ("tin-tuc", "truong", …, "" for home)
     * @param noindex     true for pages that search engines must not index (children)
     * @param image       the absolute URL of the preview image (a raster image, never a child's photo
     *                    unless the config allows it)
     * @param imageWidth  its width in pixels
     * @param imageHeight its height in pixels
     * @param imageAlt    what the preview image shows
     * @param type        the Open Graph type: "website", "article" or "profile"
     * @param locale      the Open Graph locale, "vi_VN" or "en_US"
     * @param jsonLd      the page's JSON-LD (schema.org) as a JSON text safe inside a script element, or ""
     * @param alternates  the same page in the site's languages (for {@code hreflang} and the language switch),
     *                    empty when it has no translation
     */
    public record Meta(String title, String description, String url, String canonical, String section,
                       boolean noindex, String image, int imageWidth, int imageHeight, String imageAlt, String type,
                       String locale, String jsonLd, List<Alternate> alternates) {
        public Meta {
            alternates = List.copyOf(alternates);
        }

        public Meta withJsonLd(String json) {
            return new Meta(title, description, url, canonical, section, noindex, image, imageWidth, imageHeight, imageAlt,
                    type, locale, json, alternates);
        }

        public Meta withLocale(String ogLocale) {
            return new Meta(title, description, url, canonical, section, noindex, image, imageWidth, imageHeight, imageAlt,
                    type, ogLocale, jsonLd, alternates);
        }

        public Meta withAlternates(List<Alternate> list) {
            return new Meta(title, description, url, canonical, section, noindex, image, imageWidth, imageHeight, imageAlt,
                    type, locale, jsonLd, list);
        }
    }

    /**
     * A page in one language.
     *
     * @param language the language code ("vi", "en")
     * @param name     the language's own name ("Tiếng Việt", "English")
     * @param url      the page's link
     * @param absolute its absolute URL, for {@code hreflang}
     */
    public record Alternate(String language, String name, String url, String absolute) {
    }

    public record NewsView(String title, String url, ZonedDateTime date, String summary, List<Link> tags,
                           ImageView cover, Link school, Link campaign, String html) {
        public NewsView {
            tags = List.copyOf(tags);
        }

        /**
         * The post as lists show it (the news pages, the tags', a school's, a campaign's, a report's,
         * the home page) and as its neighbours link to it: all but the body, so that editing a body
         * changes the post's own page and no list.
         */
        public NewsView card() {
            return html == null ? this : new NewsView(title, url, date, summary, tags, cover, school, campaign, null);
        }
    }

    public record SchoolView(String slug, String name, String url, String district, String commune, String village,
                             String place, String status, String statusLabel, Integer classrooms, Long budgetVnd,
                             LocalDate started, LocalDate completed, ImageView cover, List<ImageView> gallery, String html,
                             String summary) {
        public SchoolView {
            gallery = List.copyOf(gallery);
        }
    }

    /**
     * A child as published. Fields that the site config does not allow are null, whatever the
     * file says.
     */
    public record ChildView(String code, String name, String url, Integer birthYear, Link school, Integer grade,
                            String status, String statusLabel, LocalDate sponsoredSince, ImageView photo, String html) {

        /**
         * The child as lists show it (the children's page, the home page, a school's page): all but
         * the story, so that editing a story changes the child's own page and no list of children.
         */
        public ChildView card() {
            return html == null ? this
                    : new ChildView(code, name, url, birthYear, school, grade, status, statusLabel, sponsoredSince, photo, null);
        }
    }

    /**
     * A campaign as pages show it, its money by the rule of {@code ledger.CampaignMoney}.
     *
     * @param raisedVnd the money raised (the sum of {@code parts}), or null when nothing is known
     * @param percent   of the goal, rounded down, maybe above 100
     * @param bar       {@code percent} at most 100, for the progress bar
     * @param parts     where the money raised comes from, each with its source, in a fixed order
     */
    public record CampaignView(String slug, String title, String url, String summary, Long goalVnd, Long raisedVnd,
                               int percent, int bar, List<FigurePart> parts, LocalDate start, LocalDate end, String status,
                               String statusLabel, Link school, ImageView cover, String html) {
        public CampaignView {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One part of a campaign's money: what it is, how much, and where the figure comes from.
     *
     * @param label     what the money is ("Chuyển khoản vào tài khoản của câu lạc bộ")
     * @param amount    in đồng
     * @param source    where the figure comes from ("theo sao kê ngân hàng")
     * @param sourceUrl a page that shows it (the statements), or null
     * @param note      the editor's words on it ({@code received_elsewhere_note}), or null
     */
    public record FigurePart(String label, long amount, String source, String sourceUrl, String note) {
    }

    public record PageView(String title, String url, String summary, String html) {
    }

    /**
     * An image as the templates print it: {@code <img src srcset width height>}.
     *
     * @param src       the link to the (re-encoded) original
     * @param srcset    the {@code srcset} value listing the resized versions and the original, or "" when there are none
     * @param width     its width in pixels, 0 when unknown
     * @param height    its height in pixels, 0 when unknown
     * @param thumbnail the link to a small square version, or null
     */
    public record ImageView(String src, String srcset, int width, int height, String thumbnail) {
    }

    /** Which page of a paginated list this is, with links to the others. */
    public record Pagination(int current, int total, String previous, String next, List<Link> pages) {
        public Pagination {
            pages = List.copyOf(pages);
        }
    }

    /**
     * What the look-up page's script needs: the folder of the code map's shards and their number,
     * the word index's shards and chunks (addresses separated by spaces, in order; {@code chunk}
     * documents a chunk; its first {@code related} documents are news posts, schools and campaigns),
     * the letters children's codes start with (separated by spaces), the code pattern of the config
     * and an example code; for the
     * assistant, its questions and answers and the look-up page, which names the word index (whose
     * addresses change with every news post, so only that page names them).
     */
    public record SearchView(String codes, int shards, String example, String faq, String lookup,
                             String words, String docs, int chunk, int related, String prefixes, String pattern) {
    }

    /** A question and its answer, for {@code /hoi-dap/}. */
    public record FaqView(String slug, String question, String html) {
    }

    /**
     * How to give by bank transfer: a VietQR code (an inline SVG, made at build time) and the same
     * details written out.
     *
     * @param svg     the QR code as SVG markup (generated, safe to print raw)
     * @param memo    the transfer memo the code carries ("NUOI EM ML0123")
     * @param payload the VietQR payload, for tests and for copying
     */
    public record Donation(QrDrawing qr, String memo, String bank, String account, String holder, String payload) {
        /** The QR code's SVG, drawn the first time a page shows it. */
        public String svg() {
            return qr.svg();
        }
    }

    /**
     * A QR code drawn when a page first shows it, once: the page is rendered on a worker, so a
     * site's codes are drawn in parallel rather than one after another while the pages are planned.
     */
    public static final class QrDrawing {
        private final String what;
        private final Supplier<String> draw;
        private volatile String svg;

        /** @param what all the drawing depends on (payload and title), which a page's fingerprint reads as its text */
        public QrDrawing(String what, Supplier<String> draw) {
            this.what = what;
            this.draw = draw;
        }

        @Override
        public String toString() {
            return what;
        }

        public String svg() {
            String drawn = svg;
            if (drawn == null) {
                synchronized (this) {
                    if (svg == null) svg = draw.get();
                    drawn = svg;
                }
            }
            return drawn;
        }
    }

    /** A tag and how many posts carry it. */
    public record TagView(String name, String url, int count) {
    }
}
