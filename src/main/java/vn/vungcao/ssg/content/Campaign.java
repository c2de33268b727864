package vn.vungcao.ssg.content;

import java.time.LocalDate;
import java.util.List;
import vn.vungcao.ssg.model.CampaignStatus;

/**
 * A fundraising campaign from {@code content/campaigns/<slug>.md}; optional values are null.
 *
 * @param keywords the words a bank transfer's memo carries for this campaign ("TRUNG LY"), the
 *                 first one used in its VietQR code
 */
public record Campaign(String slug, String title, String summary, Long goalVnd, Long raisedVnd, LocalDate start,
                       LocalDate end, CampaignStatus status, String school, String cover, List<String> keywords,
                       Body body, Origin origin) {

    public Campaign {
        keywords = List.copyOf(keywords);
    }

    /** Raised as a whole percentage of the goal, 0 to 100; 0 without a goal. */
    public int percent() {
        if (goalVnd == null || goalVnd <= 0 || raisedVnd == null) return 0;
        return (int) Math.min(100, raisedVnd * 100 / goalVnd);
    }
}
