package vn.vungcao.ssg.content;

import java.time.LocalDate;
import java.util.List;
import vn.vungcao.ssg.ledger.CampaignMoney;
import vn.vungcao.ssg.model.CampaignStatus;

/**
 * A fundraising campaign from {@code content/campaigns/<slug>.md}; optional values are null.
 *
 * @param raisedVnd            {@code raised_vnd}: the total the club declares it raised, in đồng; what
 *                             the page shows only when the statements link nothing to the campaign and
 *                             nothing was received elsewhere, else a figure to check the sum against
 *                             (see {@code ledger.CampaignMoney})
 * @param receivedElsewhereVnd {@code received_elsewhere_vnd}: money the club declares it received outside
 *                             its bank account (cash, other accounts), in đồng
 * @param receivedElsewhereNote {@code received_elsewhere_note}: where that money came from, in the
 *                             editor's words
 * @param keywords             the words a bank transfer's memo carries for this campaign ("TRUNG LY"), the
 *                             first one used in its VietQR code
 */
public record Campaign(String slug, String title, String summary, Long goalVnd, Long raisedVnd,
                       Long receivedElsewhereVnd, String receivedElsewhereNote, LocalDate start,
                       LocalDate end, CampaignStatus status, String school, String cover, List<String> keywords,
                       Body body, Origin origin) {

    public Campaign {
        keywords = List.copyOf(keywords);
    }

    /** Its money by the one rule, given what the statements link to it (null when they link none). */
    public CampaignMoney money(Long fromStatements) {
        return new CampaignMoney(fromStatements, receivedElsewhereVnd, raisedVnd, goalVnd);
    }
}
