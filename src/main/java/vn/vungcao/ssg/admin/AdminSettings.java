package vn.vungcao.ssg.admin;

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
    public static Optional<AdminSettings> read(YamlNode.Mapping mapping, String file, Diagnostics diagnostics) {
        long before = diagnostics.errorCount();
        FieldReader f = new FieldReader(mapping, file, diagnostics);
        f.rejectUnknown(KEYS, "the 'admin' settings");
        String repo = f.text("repo", true, "vungcao-thanhhoa/website").orElse("");
        if (!repo.isEmpty() && !validRepo(repo)) {
            Matcher address = REPO_ADDRESS.matcher(repo);
            diagnostics.error("config.bad-admin-repo", f.at("repo"),
                    "'" + SiteFiles.printable(repo) + "' is not a GitHub repository written owner/name.",
                    address.matches() && validRepo(address.group(1))
                            ? "Write only the owner and the name, without the address: 'repo: " + address.group(1) + "'."
                            : "Write the two names that follow github.com/ in the repository's address, for example 'repo: vungcao-thanhhoa/website'.");
        }
        String branch = f.text("branch", false, DEFAULT_BRANCH).orElse(DEFAULT_BRANCH);
        if (!validBranch(branch)) {
            diagnostics.error("config.bad-admin-branch", f.at("branch"),
                    "'" + SiteFiles.printable(branch) + "' is not a branch name.",
                    "Write the name of the branch the site is published from, as GitHub shows it, for example 'branch: main'.");
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
