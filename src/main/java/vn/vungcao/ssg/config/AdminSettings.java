package vn.vungcao.ssg.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.source.FieldReader;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.source.YamlNode;

/**
 * Where the form editor at {@code /admin/} saves, from the {@code admin:} section of
 * {@code site-config.yml}. A site without that section publishes no {@code /admin/}. Immutable.
 *
 * @param repo   the GitHub repository the site is built from, {@code owner/name}
 * @param branch the branch the site is published from; editors' changes are pull requests to it
 */
public record AdminSettings(String repo, String branch) {

    /** The keys of the {@code admin:} section. */
    public static final List<String> KEYS = List.of("repo", "branch");

    /** The branch when the section names none. */
    public static final String DEFAULT_BRANCH = "main";

    /**
     * A GitHub owner (a user or organisation: at most 39 letters, digits and single inner hyphens)
     * and a repository name (letters, digits, '.', '_', '-').
     */
    private static final Pattern REPO = Pattern.compile("(?=[^/]{1,39}/)[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9._-]{1,100}");
    /** The same, written as the repository's address (a frequent slip), to point at the part to keep. */
    private static final Pattern REPO_ADDRESS = Pattern.compile("(?i)(?:(?:https?://)?(?:www\\.)?github\\.com/)?([^/\\s]+/[^/\\s]+?)(?:\\.git)?/?");
    /** A branch name as git accepts it, in the characters branches use. */
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/-]{0,199}");

    public AdminSettings {
        if (repo == null || branch == null) throw new IllegalArgumentException("repo and branch are required");
    }

    /**
     * The settings in {@code mapping} (the {@code admin:} section of {@code file}); each mistake is
     * reported at its line, and gives empty.
     */
    /** The owner/name inside a repository address written {@code https://github.com/owner/name(.git)}. */
    private static String address(String repo) {
        Matcher m = REPO_ADDRESS.matcher(repo);
        return m.matches() ? m.group(1) : repo;
    }

    public static Optional<AdminSettings> read(YamlNode.Mapping mapping, String file, Diagnostics diagnostics) {
        long before = diagnostics.errorCount();
        FieldReader f = new FieldReader(mapping, file, diagnostics);
        f.rejectUnknown(KEYS, "term.config-admin");
        String repo = f.text("repo", true, "vungcao-thanhhoa/website").orElse("");
        if (!repo.isEmpty() && !validRepo(repo)) {
            boolean written = REPO_ADDRESS.matcher(repo).matches() && validRepo(address(repo));
            if (written) diagnostics.error("config.bad-admin-repo/address", f.at("repo"), SiteFiles.printable(repo), address(repo));
            else diagnostics.error("config.bad-admin-repo", f.at("repo"), SiteFiles.printable(repo));
        }
        String branch = f.text("branch", false, DEFAULT_BRANCH).orElse(DEFAULT_BRANCH);
        if (!validBranch(branch)) {
            diagnostics.error("config.bad-admin-branch", f.at("branch"), SiteFiles.printable(branch));
        }
        if (diagnostics.errorCount() > before) return Optional.empty();
        return Optional.of(new AdminSettings(repo, branch));
    }

    static boolean validRepo(String repo) {
        if (!REPO.matcher(repo).matches()) return false;
        String name = repo.substring(repo.indexOf('/') + 1);
        // owner/name.git is the address to clone, not the repository's name
        return !name.equals(".") && !name.equals("..") && !name.endsWith(".git");
    }

    static boolean validBranch(String branch) {
        return BRANCH.matcher(branch).matches() && !branch.contains("..") && !branch.contains("//")
                && !branch.endsWith("/") && !branch.endsWith(".") && !branch.endsWith(".lock") && !branch.contains("/.");
    }
}
