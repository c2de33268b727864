package vn.vungcao.ssg.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.vungcao.ssg.content.Campaign;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.ledger.CampaignMoney;
import vn.vungcao.ssg.ledger.LedgerSummary;
import vn.vungcao.ssg.ledger.Link;
import vn.vungcao.ssg.text.VietnameseFormat;

/**
 * Checks that what a campaign's file says about its money can be true together with the
 * statements, by the rule of {@link CampaignMoney}: each case is a warning at the field it is
 * about, since the page still shows one figure (the rule's) and says where each part comes from.
 * <ul>
 * <li>{@code campaign.statements-exceed-raised}: the statements alone hold more than {@code raised_vnd};</li>
 * <li>{@code campaign.raised-mismatch}: {@code raised_vnd} is not the statements plus
 * {@code received_elsewhere_vnd} (with a migration hint when only {@code raised_vnd} is written);</li>
 * <li>{@code campaign.statements-outside-dates}: money linked to the campaign arrived before its
 * {@code start} or after its {@code end} (still counted: it was given for the campaign);</li>
 * <li>{@code campaign.note-without-amount}: a {@code received_elsewhere_note} without the amount.</li>
 * </ul>
 * Stateless.
 */
public final class CampaignFigures {

    private CampaignFigures() {
    }

    /** Reports every campaign of {@code content} whose figures cannot all be true; {@code ledger} may be null. */
    public static void check(SiteContent content, LedgerSummary ledger, Diagnostics diagnostics) {
        for (Campaign c : content.campaigns()) {
            CampaignMoney money = c.money(ledger == null ? null : ledger.campaigns().get(c.slug()));
            long fromStatements = money.statements() == null ? 0 : money.statements();
            if (money.statementsExceedDeclared()) {
                diagnostics.warning("campaign.statements-exceed-raised", c.origin().at("raised_vnd"), vnd(fromStatements),
                        vnd(money.declared()), vnd(money.raised()), money.raised());
            } else if (money.declaredDiffers()) {
                long rest = money.declared() - fromStatements;
                diagnostics.warning(c.receivedElsewhereVnd() == null ? "campaign.raised-mismatch/migrate" : "campaign.raised-mismatch",
                        c.origin().at("raised_vnd"), vnd(money.declared()), vnd(fromStatements),
                        vnd(money.elsewhere() == null ? 0 : money.elsewhere()), vnd(money.raised()), rest, vnd(rest));
            }
            // an amount written but wrong has been reported: the note is not alone
            if (c.receivedElsewhereNote() != null && !c.origin().keys().containsKey("received_elsewhere_vnd")) {
                diagnostics.warning("campaign.note-without-amount", c.origin().at("received_elsewhere_note"));
            }
            if (ledger != null && money.statements() != null) dates(c, ledger, diagnostics);
        }
    }

    /** Money in linked to {@code c} dated before its start (reported at {@code start}) or after its end (at {@code end}). */
    private static void dates(Campaign c, LedgerSummary ledger, Diagnostics diagnostics) {
        List<LedgerSummary.Row> before = new ArrayList<>();
        List<LedgerSummary.Row> after = new ArrayList<>();
        for (LedgerSummary.Month m : ledger.months()) {
            for (LedgerSummary.Row r : m.rows()) {
                if (r.amount() <= 0 || !(r.link() instanceof Link.ToCampaign to) || !to.slug().equals(c.slug())) continue;
                if (c.start() != null && r.date().isBefore(c.start())) before.add(r);
                if (c.end() != null && r.date().isAfter(c.end())) after.add(r);
            }
        }
        outside(before, "before", c.start(), c, diagnostics);
        outside(after, "after", c.end(), c, diagnostics);
    }

    private static void outside(List<LedgerSummary.Row> rows, String side, LocalDate limit, Campaign c, Diagnostics diagnostics) {
        if (rows.isEmpty()) return;
        // the months are in order and each month's rows by date: the first is the earliest, the last the latest
        LedgerSummary.Row first = rows.get(0);
        LedgerSummary.Row last = rows.get(rows.size() - 1);
        LedgerSummary.Row shown = side.equals("before") ? first : last;
        long sum = rows.stream().mapToLong(LedgerSummary.Row::amount).sum();
        diagnostics.warning("campaign.statements-outside-dates/" + side, c.origin().at(side.equals("before") ? "start" : "end"),
                rows.size(), vnd(sum), limit, shown.date(), shown.file(), shown.row());
    }

    private static String vnd(long amount) {
        return VietnameseFormat.money(amount);
    }
}
