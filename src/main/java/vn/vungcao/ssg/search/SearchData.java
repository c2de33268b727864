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
import vn.vungcao.ssg.text.Fold;
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

    /**
     * Fields of the assistant's index of questions: the question, its other wordings, its tags, its
     * answer, the pairs of neighbouring syllables of the first three ({@code pairs}) and of the
     * answer ({@code answerPairs}), see {@link #pairs}, and the words of the first three
     * ({@code spelled}) and of the answer ({@code answerSpelled}) with their accents, see
     * {@link #spelled}.
     */
    public static final List<LunrIndex.Field> FAQ_FIELDS = List.of(new LunrIndex.Field("question", 10),
            new LunrIndex.Field("also", 6), new LunrIndex.Field("tags", 3), new LunrIndex.Field("answer", 1),
            new LunrIndex.Field("pairs", 4), new LunrIndex.Field("answerPairs", 1),
            new LunrIndex.Field("spelled", 1), new LunrIndex.Field("answerSpelled", 1));

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

    /** The assistant's data: an index of the questions, and each answer (safe HTML, from Markdown) by slug. */
    private static byte[] questions(SiteContent content, ViewFactory views, ObjectMapper json) {
        LunrIndex index = new LunrIndex(FAQ_FIELDS);
        Map<String, List<String>> docs = new LinkedHashMap<>();
        for (vn.vungcao.ssg.content.Faq q : content.faqs()) {
            RenderedMarkdown answer = views.body(q.origin().file());
            String lines = q.question() + "\n" + String.join("\n", q.also()) + "\n" + String.join("\n", q.tags());
            index.add(q.slug(), Map.of("question", q.question(), "also", String.join(" ", q.also()),
                    "tags", String.join(" ", q.tags()), "answer", answer.text(),
                    "pairs", pairs(lines), "answerPairs", pairs(answer.text()),
                    "spelled", spelled(lines), "answerSpelled", spelled(answer.text())));
            docs.put(q.slug(), List.of(q.question(), answer.html()));
        }
        return indexFile(index, docs, json);
    }

    /**
     * Vietnamese words are often two syllables ("tham gia", "bao nhiêu"): each pair of neighbouring
     * syllables of a line, folded and written together ("thamgia"), so that a question matches
     * words and not only syllables. A pair never spans a punctuation mark ("điện thoại, hotline"
     * gives no "thoaihotline"). The assistant makes the same pairs of a question.
     */
    static String pairs(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String previous = null;
            for (String t : LunrIndex.tokenize(line)) {
                String n = LunrIndex.normalize(t);
                if (n.isEmpty()) {
                    previous = null;
                    continue;
                }
                if (previous != null && !breaksBefore(t)) out.append(previous).append(n).append(' ');
                previous = breaksAfter(t) ? null : n;
            }
        }
        return out.toString().strip();
    }

    /**
     * Each word of each line, folded, followed by its accents as digits ({@code Fold.marks}):
     * "giá" is {@code gia1}, "gia" is {@code gia}, so a question typed with accents is not taken
     * for another word with the same letters. A line written without any accent ("co phai lua dao
     * khong") may stand for any accents: its words end in {@code 0} instead.
     */
    static String spelled(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            boolean plain = Fold.marks(line).isEmpty();
            for (String t : LunrIndex.tokenize(line)) {
                String n = LunrIndex.normalize(t);
                if (!n.isEmpty()) out.append(n).append(plain ? "0" : Fold.marks(t)).append(' ');
            }
        }
        return out.toString().strip();
    }

    private static boolean breaksBefore(String token) {
        return !wordCharacter(token.codePointAt(0));
    }

    private static boolean breaksAfter(String token) {
        return !wordCharacter(token.codePointBefore(token.length()));
    }

    /** A letter, number or mark: the page's {@code [\p{L}\p{N}\p{M}]}. */
    private static boolean wordCharacter(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
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
