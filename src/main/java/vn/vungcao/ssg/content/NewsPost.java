package vn.vungcao.ssg.content;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A news post from {@code content/news/*.md}. Optional values are null when absent.
 *
 * @param slug     from the file name, without a leading {@code YYYY-MM-DD-}
 * @param date     in the site's time zone
 * @param tags     as written, in order
 * @param campaign a campaign slug, or null
 * @param school   a school slug, or null
 * @param cover    a site path such as {@code /images/x.jpg}, or null
 */
public record NewsPost(String slug, String title, ZonedDateTime date, String summary, List<String> tags,
                       String campaign, String school, String cover, boolean draft, Body body, Origin origin) {
    public NewsPost {
        tags = List.copyOf(tags);
    }
}
