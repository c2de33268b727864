package vn.vungcao.ssg.view;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.vungcao.ssg.content.Campaign;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.i18n.UiText;
import vn.vungcao.ssg.ledger.LedgerSummary;
import vn.vungcao.ssg.ledger.Link;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.safeguard.UnlistedCodes;

/**
 * The statement pages' view models: months, rows (memos already masked), totals per campaign, and
 * the chart of the months, all from the {@link LedgerSummary}. Thread-safe.
 */
public final class LedgerViews {

    /** The site path of the statements' overview. */
    public static final String LEDGER = "sao-ke/";
    public static final String CSV = "sao-ke/sao-ke.csv";

    /** A month in the overview. */
    public record MonthView(String label, String key, String url, long moneyIn, long moneyOut, Long balance, int rows) {
    }

    /**
     * A row of a month's page: {@code date} in words ("2 tháng 3, 2025"), {@code day} as the phone
     * shows it ("02/03", or "2 Mar" in English; the month and year are the page's), {@code iso} for
     * {@code <time datetime>}.
     */
    public record RowView(String date, String day, String iso, long moneyIn, long moneyOut, Long balance, String memo,
                          String purpose, String purposeUrl, String purposeKey) {
    }

    /** Money in for one purpose. */
    public record Total(String title, String url, long amount) {
    }

    /** A month's support of a child, for the child's page. */
    public record Support(String month, long amount) {
    }

    /** A row's day as a phone shows it: "02/03" in Vietnamese, "2 Mar" in English (where 02/03 could be read as 3 February). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.ROOT);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final LedgerSummary summary;
    private final UiText text;
    private final Routes routes;
    private final Map<String, Campaign> campaigns;

    /** @param text the theme's words in the site's language, for labels, months and money */
    public LedgerViews(LedgerSummary summary, Routes routes, SiteContent content, UiText text) {
        this.text = text;
        this.summary = summary;
        this.routes = routes;
        Map<String, Campaign> map = new TreeMap<>();
        content.campaigns().forEach(c -> map.put(c.slug(), c));
        this.campaigns = map;
    }

    public LedgerSummary summary() {
        return summary;
    }

    public static String monthPath(YearMonth month) {
        return "sao-ke/" + month + "/";
    }

    public List<MonthView> months() {
        return summary.months().stream().map(m -> new MonthView(text.month(m.month()), m.month().toString(),
                routes.url(monthPath(m.month())), m.moneyIn(), m.moneyOut(), m.closingBalance(), m.rows().size())).toList();
    }

    public List<RowView> rows(LedgerSummary.Month month) {
        List<RowView> rows = new ArrayList<>();
        for (LedgerSummary.Row r : month.rows()) {
            String purpose;
            String url = null;
            String key;
            if (r.link() instanceof Link.ToCampaign c) {
                Campaign campaign = campaigns.get(c.slug());
                purpose = campaign == null ? c.slug() : campaign.title();
                url = routes.url(Routes.campaign(c.slug()));
                key = c.slug();
            } else if (r.link() instanceof Link.ToChild child) {
                purpose = child.code().equals(UnlistedCodes.MASK) ? text.get("ledger.nuoiEm") : text.get("ledger.nuoiEm") + " " + child.code();
                key = "nuoi-em";
            } else {
                purpose = r.amount() >= 0 ? text.get("report.general") : text.get("ledger.spent");
                key = r.amount() >= 0 ? "quy-chung" : "chi";
            }
            String day = (text.english() ? DAY_EN : DAY).format(r.date());
            rows.add(new RowView(text.date(r.date()), day, r.date().toString(), r.moneyIn(), r.moneyOut(), r.balance(),
                    r.memo(), purpose, url, key));
        }
        return rows;
    }

    /** Money in per campaign (with a page), then Nuôi em, then the general fund. */
    public List<Total> totals() {
        List<Total> totals = new ArrayList<>();
        summary.campaigns().forEach((slug, amount) -> {
            Campaign c = campaigns.get(slug);
            totals.add(new Total(c == null ? slug : c.title(), c == null ? null : routes.url(Routes.campaign(slug)), amount));
        });
        long children = summary.children().values().stream().flatMap(List::stream)
                .mapToLong(LedgerSummary.ChildMonth::amount).sum();
        if (children > 0) totals.add(new Total(text.get("ledger.nuoiEmLunch"), routes.url(Routes.children()), children));
        totals.add(new Total(text.get("report.general"), null, summary.generalFund()));
        return totals;
    }

    /** The money raised for a campaign by the statements, or null when none is linked to it. */
    public Long raised(String campaign) {
        return summary.campaigns().get(campaign);
    }

    /** The months of support a child received. */
    public List<Support> support(String code) {
        return summary.children().getOrDefault(code, List.of()).stream()
                .map(m -> new Support(text.month(m.month()), m.amount())).toList();
    }

    /**
     * The months as a bar chart drawn at build time: one line per month, money in above money out,
     * each bar followed by its amount, so that it reads on a 320 px phone (the drawing is
     * 320 units wide, its text 11 to 12 units high) as well as on paper. The same numbers are in a table.
     */
    public String chart() {
        List<LedgerSummary.Month> months = summary.months();
        long max = 1;
        for (LedgerSummary.Month m : months) max = Math.max(max, Math.max(m.moneyIn(), m.moneyOut()));
        int width = 320;
        int label = 40;      // room for "12/25"
        int figure = 100;    // room for "1.033.182.000 ₫" or "1,033,182,000 VND" after the longest bar
        int bar = 11;
        int step = 2 * bar + 2 + 9;
        int room = width - label - figure;
        int height = months.size() * step + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"bieu-do-tieu-de\">");
        svg.append("<title id=\"bieu-do-tieu-de\">").append(escape(text.get("ledger.chartTitle"))).append("</title>");
        int y = 2;
        for (LedgerSummary.Month m : months) {
            int in = (int) Math.round((double) m.moneyIn() * room / max);
            int out = (int) Math.round((double) m.moneyOut() * room / max);
            svg.append("<text x=\"0\" y=\"").append(y + bar + 6).append("\" font-size=\"12\" fill=\"currentColor\">")
                    .append(m.month().getMonthValue()).append('/').append(m.month().getYear() % 100).append("</text>");
            bar(svg, "in", "#2f7a4f", label, y, in, bar,
                    text.get("ledger.chartIn", text.month(m.month()), text.money(m.moneyIn())), text.money(m.moneyIn()));
            bar(svg, "out", "#c0612b", label, y + bar + 2, out, bar,
                    text.get("ledger.chartOut", text.month(m.month()), text.money(m.moneyOut())), text.money(m.moneyOut()));
            y += step;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** One bar, its tooltip, and its amount written after it. */
    private static void bar(StringBuilder svg, String kind, String fill, int x, int y, int length, int thickness,
                            String title, String amount) {
        svg.append("<rect class=\"").append(kind).append("\" fill=\"").append(fill).append("\" x=\"").append(x)
                .append("\" y=\"").append(y).append("\" width=\"").append(length).append("\" height=\"").append(thickness)
                .append("\"><title>").append(escape(title)).append("</title></rect>");
        svg.append("<text x=\"").append(x + length + 4).append("\" y=\"").append(y + thickness - 2)
                .append("\" font-size=\"11\" fill=\"currentColor\">").append(escape(amount)).append("</text>");
    }

    /** Text made safe inside the SVG's markup. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
