package vn.vungcao.ssg.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything under {@code content/}, typed; {@code synonyms} are the assistant's words from
 * {@code content/faq/_synonyms.yml} (none without it); {@code failedFiles} are the documents left out because
 * of their own errors. Lists are immutable and sorted by a stable key: news
 * newest first (then by slug), the others by slug or code.
 */
public record SiteContent(List<NewsPost> news, List<School> schools, List<Child> children, List<Campaign> campaigns,
                          List<Page> pages, List<Faq> faqs, FaqSynonyms synonyms, List<Asset> assets,
                          Set<String> failedFiles) {

    public SiteContent {
        news = List.copyOf(news);
        schools = List.copyOf(schools);
        children = List.copyOf(children);
        campaigns = List.copyOf(campaigns);
        pages = List.copyOf(pages);
        faqs = List.copyOf(faqs);
        assets = List.copyOf(assets);
        failedFiles = Set.copyOf(failedFiles);
    }

    /** True when {@code file} (relative to the site) could not be read: references to it are not reported again. */
    public boolean failed(String file) {
        return failedFiles.contains(file);
    }

    public Optional<School> school(String slug) {
        return schools.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public Optional<Campaign> campaign(String slug) {
        return campaigns.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** Schools by slug, for look-ups in loops. */
    public Map<String, School> schoolsBySlug() {
        return schools.stream().collect(Collectors.toMap(School::slug, Function.identity(), (a, b) -> a));
    }

    /** The same content with another list of news (after drafts and future posts are left out). */
    public SiteContent withNews(List<NewsPost> published) {
        return new SiteContent(published, schools, children, campaigns, pages, faqs, synonyms, assets, failedFiles);
    }
}
