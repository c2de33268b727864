package vn.vungcao.ssg.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.ledger.LedgerSettings;

/**
 * The site's settings from {@code site-config.yml}. Immutable.
 *
 * @param title               the site's name
 * @param description         one sentence about the site, for previews and the feed
 * @param baseUrl             the absolute URL the site is published at, ending in {@code /}
 * @param language            the language code of the site ({@code vi})
 * @param theme               the theme's folder name under {@code themes/}
 * @param timeZone            the zone that dates without a time zone are in
 * @param newsPerPage         news posts per page of the news list
 * @param childCodePattern    the pattern every child code must match
 * @param childCodeExample    an example code that matches the pattern and that no child has, for
 *                            messages and the pages that show how a code looks
 * @param childCodeExampleAt  where the example code is written (the config's line), for the check
 *                            that no child has it
 * @param childAllowedFields  the child fields that may be written and published (the allow-list)
 * @param childPhotosShared   whether a child's photo may be the preview image when the child's page
 *                            is shared on Facebook or Zalo (off unless the config turns it on)
 * @param nuoiEmMonthlyVnd    the monthly support for one child, in đồng
 * @param contact             the club's contact details
 * @param bank                the account donations go to, or null when the site shows none
 * @param ledger              how to read the bank's statement exports in {@code content/ledger/}
 * @param admin               where the form editor at {@code /admin/} saves, or null when the site
 *                            publishes no form editor
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        String theme,
        ZoneId timeZone,
        int newsPerPage,
        Pattern childCodePattern,
        String childCodeExample,
        Position childCodeExampleAt,
        List<String> childAllowedFields,
        boolean childPhotosShared,
        long nuoiEmMonthlyVnd,
        Contact contact,
        Bank bank,
        LedgerSettings ledger,
        AdminSettings admin) {

    public SiteConfig {
        childAllowedFields = List.copyOf(childAllowedFields);
    }

    /** The path part of the base URL: {@code /} at a domain root, {@code /repo/} under a sub-path. */
    public String basePath() {
        return URI.create(baseUrl).getRawPath();
    }

    /** A copy with another base URL (from {@code --base-url}); it must already be valid. */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, theme, timeZone, newsPerPage, childCodePattern,
                childCodeExample, childCodeExampleAt, childAllowedFields, childPhotosShared, nuoiEmMonthlyVnd, contact, bank, ledger, admin);
    }

    /**
     * The bank account that donations go to, for the VietQR codes and the written details.
     *
     * @param name    the bank's name as donors know it ("Vietcombank")
     * @param bin     the bank's 6-digit NAPAS BIN ("970436")
     * @param account the account number (digits only)
     * @param holder  the account holder's name as the bank shows it
     */
    public record Bank(String name, String bin, String account, String holder) {
    }

    /** How to reach the club; every field may be empty. */
    public record Contact(String email, String phone, String zalo, String facebook, String messenger, String address) {
    }
}
