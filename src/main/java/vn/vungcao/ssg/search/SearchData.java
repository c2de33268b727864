package vn.vungcao.ssg.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.Campaign;
import vn.vungcao.ssg.content.Child;
import vn.vungcao.ssg.content.NewsPost;
import vn.vungcao.ssg.content.Page;
import vn.vungcao.ssg.content.School;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.markdown.RenderedMarkdown;
import vn.vungcao.ssg.render.Routes;
import vn.vungcao.ssg.render.ViewFactory;
import vn.vungcao.ssg.render.Views;
import vn.vungcao.ssg.text.VietnameseFormat;

/**
 * The files behind the look-up page: the code map (every child, sealed, see {@link CodeMap}) and
 * the full-text index (news, schools, campaigns, pages and waiting children only; never a sponsored
 * child). File names carry a hash of their content, so they can be cached for ever and a new
 * deployment gets new names.
 */
public final class SearchData {

    /** Fields of the full-text index: a title, and the rest (places, tags, summaries, headings). */
    public static final List<LunrIndex.Field> FIELDS =
            List.of(new LunrIndex.Field("title", 10), new LunrIndex.Field("body", 1));

    private static final int SNIPPET = 160;

    /**
     * Where the files are, as site paths.
     *
     * @param index  the full-text index ({@code search/index.<hash>.json})
     * @param codes  the folder of the code map's shards ({@code search/codes/<hash>/}), each {@code <n>.json}
     * @param shards how many shards
     */
    public record Meta(String index, String codes, int shards, String faq) {
    }

    /** The meta data and the files by site path, in a fixed order. */
    public record Output(Meta meta, Map<String, byte[]> files) {
    }

    private SearchData() {
    }

    /** A JSON writer with fixed output: no pretty printing, plain decimals. */
    public static ObjectMapper json() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }

    public static Output build(SiteContent content, ViewFactory views, SiteConfig config, Diagnostics diagnostics) {
        ObjectMapper json = json();
        Map<String, byte[]> files = new LinkedHashMap<>();

        CodeMap codes = new CodeMap();
        for (Child c : content.children()) {
            Views.ChildView v = views.child(c);
            String key = CodeKey.of(c.code()).orElse(c.code().toUpperCase(java.util.Locale.ROOT));
            boolean added = codes.add(key, new CodeMap.Card(v.code(), v.name(), v.url(),
                    v.photo() == null ? null : v.photo().thumbnail() != null ? v.photo().thumbnail() : v.photo().src(),
                    v.school() == null ? null : v.school().title(), v.school() == null ? null : v.school().url(),
                    v.grade(), v.birthYear(), v.status(), v.statusLabel(),
                    v.sponsoredSince() == null ? null : VietnameseFormat.month(v.sponsoredSince())));
            if (!added) {
                diagnostics.error("child.code-ambiguous", c.origin().at("code"),
                        "The code " + c.code() + " would be found by the same look-up as another child's code.",
                        "Codes must differ in more than dashes, spaces or leading zeros.");
            }
        }
        List<byte[]> shards = codes.shards(json);
        String codesVersion = hash(shards);
        String codesDir = "search/codes/" + codesVersion + "/";
        for (int i = 0; i < shards.size(); i++) files.put(codesDir + i + ".json", shards.get(i));

        byte[] index = fullText(content, views, json);
        String indexPath = "search/index." + hash(List.of(index)) + ".json";
        files.put(indexPath, index);
        byte[] faq = questions(content, views, json);
        String faqPath = "search/faq." + hash(List.of(faq)) + ".json";
        files.put(faqPath, faq);
        return new Output(new Meta(indexPath, codesDir, shards.size(), faqPath), files);
    }

    private static byte[] fullText(SiteContent content, ViewFactory views, ObjectMapper json) {
        LunrIndex index = new LunrIndex(FIELDS);
        Map<String, List<String>> docs = new LinkedHashMap<>();
        Map<String, School> schools = content.schoolsBySlug();
        for (NewsPost n : content.news()) {
            RenderedMarkdown body = views.body(n.origin().file());
            Views.NewsView v = views.news(n);
            List<String> parts = new ArrayList<>();
            if (n.summary() != null) parts.add(n.summary());
            parts.addAll(n.tags());
            body.headings().forEach(h -> parts.add(h.text()));
            School s = n.school() == null ? null : schools.get(n.school());
            if (s != null) parts.add(s.name() + " " + s.place());
            add(index, docs, Routes.news(n.slug()), n.title(), String.join(" ", parts), "Tin tức",
                    VietnameseFormat.date(n.date()) + " · " + v.summary());
        }
        for (School s : content.schools()) {
            RenderedMarkdown body = views.body(s.origin().file());
            List<String> parts = new ArrayList<>(List.of(s.place()));
            if (s.status() != null) parts.add(s.status().label());
            body.headings().forEach(h -> parts.add(h.text()));
            parts.add(body.excerpt(200));
            add(index, docs, Routes.school(s.slug()), s.name(), String.join(" ", parts), "Điểm trường",
                    s.place() + (s.status() == null ? "" : " · " + s.status().label()));
        }
        for (Campaign c : content.campaigns()) {
            Views.CampaignView v = views.campaign(c);
            List<String> parts = new ArrayList<>();
            if (v.summary() != null) parts.add(v.summary());
            School s = c.school() == null ? null : schools.get(c.school());
            if (s != null) parts.add(s.name() + " " + s.place());
            add(index, docs, Routes.campaign(c.slug()), c.title(), String.join(" ", parts), "Chiến dịch",
                    v.summary() == null ? "" : v.summary());
        }
        for (Page p : content.pages()) {
            if (p.translation() != null) continue; // the search speaks the site's language
            Views.PageView v = views.page(p);
            List<String> parts = new ArrayList<>();
            if (v.summary() != null) parts.add(v.summary());
            views.body(p.origin().file()).headings().forEach(h -> parts.add(h.text()));
            add(index, docs, Routes.page(p.slug()), p.title(), String.join(" ", parts), "Trang",
                    v.summary() == null ? "" : v.summary());
        }
        for (Child c : content.children()) {
            if (!c.listed()) continue; // sponsored children are found by their code only
            Views.ChildView v = views.child(c);
            List<String> parts = new ArrayList<>();
            School s = c.school() == null || v.school() == null ? null : schools.get(c.school());
            if (s != null) parts.add(s.name() + " " + s.place());
            List<String> facts = new ArrayList<>();
            facts.add(v.code());
            if (v.grade() != null) facts.add("Lớp " + v.grade());
            if (s != null) facts.add(s.name());
            add(index, docs, Routes.child(c.code()), v.name(), String.join(" ", parts), "Em đang chờ người nuôi",
                    String.join(" · ", facts));
        }
        return indexFile(index, docs, json);
    }

    /** The assistant's data: see {@link FaqIndex}. */
    private static byte[] questions(SiteContent content, ViewFactory views, ObjectMapper json) {
        FaqIndex index = new FaqIndex();
        index.synonyms(content.synonyms());
        for (vn.vungcao.ssg.content.Faq q : content.faqs()) {
            RenderedMarkdown answer = views.body(q.origin().file());
            index.add(q.slug(), q.question(), q.also(), q.tags(), answer.text(), answer.html());
        }
        try {
            return json.writeValueAsBytes(index.toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file the page loads: {@code {"index": <Lunr's serialised index>, "docs": {ref: [...]}}}. */
    private static byte[] indexFile(LunrIndex index, Map<String, List<String>> docs, ObjectMapper json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index.toJson());
        out.put("docs", docs);
        try {
            return json.writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(LunrIndex index, Map<String, List<String>> docs, String ref, String title, String body,
                            String type, String snippet) {
        index.add(ref, Map.of("title", title, "body", body));
        String s = snippet.length() > SNIPPET ? snippet.substring(0, SNIPPET).stripTrailing() + "…" : snippet;
        docs.put(ref, List.of(title, type, s));
    }

    /** The first 10 hex digits of the SHA-256 of the files, in order. */
    public static String hash(List<byte[]> files) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (byte[] f : files) {
                digest.update(f);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 5);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
