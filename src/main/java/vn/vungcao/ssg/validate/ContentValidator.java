package vn.vungcao.ssg.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.Asset;
import vn.vungcao.ssg.content.Campaign;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.content.Faq;
import vn.vungcao.ssg.content.NewsPost;
import vn.vungcao.ssg.content.Origin;
import vn.vungcao.ssg.content.Page;
import vn.vungcao.ssg.content.School;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Messages;
import vn.vungcao.ssg.diag.RecordChecks;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.route.Routes;
import vn.vungcao.ssg.source.Suggestions;
import vn.vungcao.ssg.text.CodeKey;

/**
 * Checks what no single file can check alone: references to schools, campaigns and files that
 * exist, codes and addresses that are unique, page addresses that do not take a section's place.
 */
public final class ContentValidator {

    private ContentValidator() {
    }

    /**
     * Every check; a child whose file did not change since the last build ({@code checks}, null for
     * none) keeps its codes' keys, and its references while the schools and files are the same.
     */
    public static void validate(SiteContent content, SiteConfig config, Diagnostics diagnostics, RecordChecks checks) {
        List<Codes> codes = RecordChecks.checkEach(checks, "child-codes", "", content.children(), diagnostics,
                (c, d) -> new Codes(CodeKey.of(c.code()).orElse(c.code()), capitals(c.code())));
        // the very list of children of the last build (no child changed: a news edit) keeps its verdicts
        RecordChecks.check(checks, "children-example-code", Arrays.asList(config.childCodeExample(), config.childCodeExampleAt()),
                content.children(), diagnostics, d -> {
                    exampleCode(content, codes, config, d);
                    return null;
                });
        validate(content, codes, diagnostics, checks);
    }

    /** A child's code as the look-up keys it, and in capitals (as two codes are told apart). */
    private record Codes(String key, String capitals) {
    }

    /**
     * The code the site shows as an example (the look-up's hint, the assistant's greeting, the
     * how-to pages) must be no child's: once that child is sponsored, every page showing it
     * would show an unlisted child's code.
     */
    private static void exampleCode(SiteContent content, List<Codes> codes, SiteConfig config, Diagnostics diagnostics) {
        String example = CodeKey.of(config.childCodeExample()).orElse(config.childCodeExample());
        for (int i = 0; i < codes.size(); i++) {
            if (!example.equals(codes.get(i).key())) continue;
            Child c = content.children().get(i);
            diagnostics.error("config.code-example-taken", config.childCodeExampleAt(), config.childCodeExample(), c.origin().file(), unusedCode(config.childCodeExample()));
        }
    }

    /** {@code ML-0007} gives {@code ML-0000}: the code's digits made zeros, which numbering never reaches. */
    private static String unusedCode(String code) {
        return code.replaceAll("\\d", "0");
    }

    private static void validate(SiteContent content, List<Codes> codes, Diagnostics diagnostics, RecordChecks checks) {
        unique(content.news(), NewsPost::slug, NewsPost::origin, "term.news", Routes.NEWS + "/", diagnostics);
        unique(content.schools(), School::slug, School::origin, "term.school", Routes.SCHOOLS + "/", diagnostics);
        unique(content.campaigns(), Campaign::slug, Campaign::origin, "term.campaign", Routes.CAMPAIGNS + "/", diagnostics);
        unique(content.pages(), Page::key, Page::origin, "term.page", "", diagnostics);
        unique(content.faqs(), Faq::slug, Faq::origin, "term.question",
                "hoi-dap/#", diagnostics);
        FaqCloseness.check(content.faqs(), diagnostics);
        RecordChecks.check(checks, "children-unique-codes", "", content.children(), diagnostics, d -> {
            uniqueCodes(content.children(), codes, d);
            return null;
        });
        pageSlugs(content, diagnostics);

        Set<String> sortedSchools = new TreeSet<>();
        content.schools().forEach(s -> sortedSchools.add(s.slug()));
        Set<String> sortedCampaigns = new TreeSet<>();
        content.campaigns().forEach(c -> sortedCampaigns.add(c.slug()));
        Set<String> sortedFiles = new TreeSet<>();
        content.assets().forEach(a -> sortedFiles.add(a.sitePath()));

        // a file that failed to load has been reported; what refers to it is not reported again
        content.failedFiles().forEach(f -> {
            if (f.startsWith("content/schools/")) sortedSchools.add(f.substring(16, f.length() - 3));
            if (f.startsWith("content/campaigns/")) sortedCampaigns.add(f.substring(18, f.length() - 3));
        });
        // sorted for the messages, hashed for the look-ups (one per item)
        Set<String> schools = new LinkedHashSet<>(sortedSchools);
        Set<String> campaigns = new LinkedHashSet<>(sortedCampaigns);
        Set<String> files = new LinkedHashSet<>(sortedFiles);
        // each file as front matter may write it, with or without the leading "/": looked up as written,
        // with the hash the record's string keeps, not as a new string made for each look-up
        Set<String> written = new HashSet<>(files.size() * 4);
        for (String f : files) {
            written.add(f);
            written.add("/" + f);
        }
        for (NewsPost n : content.news()) {
            reference(n.school(), schools, n.origin(), "school", "ref.school-missing", "content/schools/", diagnostics);
            reference(n.campaign(), campaigns, n.origin(), "campaign", "ref.campaign-missing", "content/campaigns/", diagnostics);
            file(n.cover(), written, files, n.origin(), "cover", diagnostics);
        }
        for (School s : content.schools()) {
            file(s.cover(), written, files, s.origin(), "cover", diagnostics);
            // gallery items share the field's position: the list is short and on the lines below it
            for (String image : s.gallery()) file(image, written, files, s.origin(), "gallery", diagnostics);
        }
        for (Campaign c : content.campaigns()) {
            reference(c.school(), schools, c.origin(), "school", "ref.school-missing", "content/schools/", diagnostics);
            file(c.cover(), written, files, c.origin(), "cover", diagnostics);
            if (c.start() != null && c.end() != null && c.end().isBefore(c.start())) {
                diagnostics.error("campaign.end-before-start", c.origin().at("end"), c.end(), c.start());
            }
        }
        // a child's references are looked up again only when the child or what it may refer to changed
        List<Set<String>> known = List.of(schools, files);
        RecordChecks.checkEach(checks, "child-references", known, content.children(), diagnostics, (c, d) -> {
            reference(c.school(), schools, c.origin(), "school", "ref.school-missing", "content/schools/", d);
            file(c.photo(), written, files, c.origin(), "photo", d);
            return null;
        });
        for (School s : content.schools()) {
            if (s.started() != null && s.completed() != null && s.completed().isBefore(s.started())) {
                diagnostics.error("school.completed-before-started", s.origin().at("completed"), s.completed(), s.started());
            }
        }
    }

    private static <T> void unique(List<T> items, Function<T, String> key, Function<T, Origin> origin, String what,
                                   String where, Diagnostics diagnostics) {
        if (distinct(items, key)) return;
        // a file whose name gives no address has been reported already
        // reported in the order of the files, so the first file of a pair keeps its address
        Map<String, T> seen = new HashMap<>();
        for (T item : items.stream().sorted(Comparator.comparing(i -> origin.apply(i).file())).toList()) {
            String k = key.apply(item);
            if (k.isEmpty()) continue;
            T first = seen.putIfAbsent(k, item);
            if (first != null) {
                diagnostics.error("route.duplicate", Position.ofFile(origin.apply(item).file()), new Messages.Term(what), where + k + "/", origin.apply(first).file());
            }
        }
    }

    /** Whether no two items have the same key: one look-up each, without sorting (most builds have no duplicate). */
    private static <T> boolean distinct(List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>(items.size() * 2);
        for (T item : items) {
            if (!seen.add(key.apply(item))) return false;
        }
        return true;
    }

    /** {@code code} in capitals; most codes are written so already (letters, digits and a dash) and are given as they are. */
    private static String capitals(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 0x80) return code.toUpperCase(Locale.ROOT);
        }
        return code;
    }

    private static void uniqueCodes(List<Child> children, List<Codes> codes, Diagnostics diagnostics) {
        if (distinct(codes, Codes::capitals)) return;
        Map<String, Child> seen = new HashMap<>();
        for (Child c : children.stream().sorted(Comparator.comparing(c -> c.origin().file())).toList()) {
            if (c.code().isEmpty()) continue; // a missing code has been reported
            Child first = seen.putIfAbsent(capitals(c.code()), c);
            if (first != null) {
                diagnostics.error("child.code-duplicate", c.origin().at("code"), c.code(), first.origin().file());
            }
        }
    }

    private static void pageSlugs(SiteContent content, Diagnostics diagnostics) {
        Set<String> taken = new TreeSet<>(Routes.RESERVED);
        for (Asset a : content.assets()) {
            int slash = a.sitePath().indexOf('/');
            taken.add(slash < 0 ? a.sitePath() : a.sitePath().substring(0, slash));
        }
        for (Page p : content.pages()) {
            if (p.translation() == null && taken.contains(p.slug())) {
                diagnostics.error("route.conflict", Position.ofFile(p.origin().file()), p.slug(), taken);
            }
        }
    }

    private static void reference(String slug, Set<String> known, Origin origin, String what, String code,
                                  String folder, Diagnostics diagnostics) {
        if (slug == null || known.contains(slug)) return;
        String suggestion = Suggestions.nearest(slug, known);
        String key = suggestion != null ? code : known.isEmpty() ? code + "/first" : code + "/known";
        diagnostics.error(key, origin.at(what), slug, folder, suggestion != null ? suggestion : String.join(", ", known));
    }

    /** A file path written in front matter, such as {@code /images/ban-on.jpg}, must exist under content/. */
    private static void file(String path, Set<String> written, Set<String> files, Origin origin, String field,
                             Diagnostics diagnostics) {
        if (path == null || written.contains(path)) return;
        String p = path.startsWith("/") ? path.substring(1) : path;
        String suggestion = Suggestions.nearest(p, files);
        diagnostics.error(suggestion != null ? "ref.file-missing" : "ref.file-missing/upload", origin.at(field), path, p,
                suggestion == null ? "" : suggestion);
    }
}
