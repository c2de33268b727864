package vn.vungcao.ssg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.vungcao.ssg.publish.Staging;
import vn.vungcao.ssg.render.ThemeFiles;

/**
 * Turns a site of the generator's format (a bench site, or any site of children, schools,
 * campaigns, news, free pages and questions) into the same site for Hugo 0.111, for a like-for-like
 * comparison of build times: the same pages at the same URLs, a base template with the same head,
 * menu and footer, the theme's Vietnamese words, stylesheet, scripts and icons, and the content's
 * other files (images) as Hugo's static files. The templates ({@link HugoLayouts}) are written as a
 * competent Hugo user would write them, so that neither side is slowed by naive templates.
 *
 * <p>What it mirrors (see {@code themes/vungcao/templates/*.peb}):
 * <pre>
 *   /                      home: 6 newest news, all campaigns, all schools, 6 waiting children
 *   /tin-tuc/              news list, news_per_page a page, /tin-tuc/trang/N/
 *   /tin-tuc/&lt;slug&gt;/       one page per news post (date prefix dropped from the file name)
 *   /the/ , /the/&lt;tag&gt;/    tag index and one paginated list per tag (taxonomy "the")
 *   /truong/ , /truong/&lt;slug&gt;/      schools list, school page (its waiting children, news, campaigns)
 *   /tre-em/ , /tre-em/&lt;code&gt;/      waiting children (one unpaginated page), one page per child
 *   /chien-dich/ , /chien-dich/&lt;slug&gt;/
 *   /&lt;page&gt;/               content/pages/*.md, in the menu
 *   /tra-cuu/, /offline/, /404.html, /hoi-dap/ (only when there is a faq/ folder)
 * </pre>
 * Hugo adds a redirect page at {@code <list>/trang/1/} for every paginated list; it cannot be turned
 * off. Hugo still does less than the generator: no search index, code map, manifest, service worker,
 * VietQR codes, HTML sanitising or image re-encoding (images are copied as they are).
 *
 * <p>A port of the benchmark's first {@code scripts/hugo-site.py}, which needed Python and PyYAML.
 */
public final class HugoSite {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private HugoSite() {
    }

    /**
     * Writes the Hugo site for {@code site} into {@code hugo}, which is emptied first.
     *
     * @return the number of content files written
     */
    public static int write(Path site, Path hugo) throws IOException {
        if (Files.exists(hugo, LinkOption.NOFOLLOW_LINKS)) Staging.deleteTree(hugo);
        Files.createDirectories(hugo);
        Map<String, Object> cfg = map(YAML.readValue(Files.readString(site.resolve("site-config.yml")), Object.class));
        int[] written = {0};
        boolean hasFaq = content(site.resolve("content"), hugo.resolve("content"), cfg, written);
        write(hugo.resolve("config.toml"), config(cfg, hasFaq));
        write(hugo.resolve("i18n/vi.yaml"), i18n());
        for (Map.Entry<String, String> layout : HugoLayouts.all().entrySet()) {
            write(hugo.resolve("layouts").resolve(layout.getKey()), layout.getValue());
        }
        for (Map.Entry<String, Path> f : ThemeFiles.staticFiles(site, "vungcao").entrySet()) {
            String name = f.getKey();
            Path target = name.startsWith("css/") || name.startsWith("js/") ? hugo.resolve("assets").resolve(name)
                    : name.startsWith("icons/") ? hugo.resolve("static").resolve(name) : null;
            if (target == null) continue;
            Files.createDirectories(target.getParent());
            Files.write(target, Files.readAllBytes(f.getValue()));
        }
        // the content's other files (images, PDFs) are published as they are: Hugo's static files
        Path content = site.resolve("content");
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = content.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("ledger/") || rel.endsWith(".md") || rel.endsWith(".yml")) continue;
                Path target = hugo.resolve("static").resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return written[0];
    }

    private static boolean content(Path c, Path out, Map<String, Object> cfg, int[] written) throws IOException {
        Writer w = new Writer(written);
        w.write(out.resolve("_index.md"), ordered("title", text(cfg.get("title")), "description", text(cfg.get("description"))), "");

        // news -> /tin-tuc/<slug>/, tags -> taxonomy "the"
        w.write(out.resolve("tin-tuc/_index.md"), ordered("title", "Tin tức", "description", "Tin tức của câu lạc bộ."), "");
        for (Path md : markdown(c.resolve("news"))) {
            Source s = read(md);
            String slug = newsSlug(stem(md));
            Map<String, Object> fm = ordered("title", s.fm().get("title"), "date", s.fm().get("date"), "slug", slug);
            if (truthy(s.fm().get("summary"))) {
                fm.put("summary", s.fm().get("summary"));
                fm.put("description", s.fm().get("summary"));
            }
            fm.put("the", s.fm().get("tags") instanceof List<?> tags ? new ArrayList<Object>(tags) : new ArrayList<Object>());
            for (String k : List.of("school", "campaign", "cover")) {
                if (s.fm().get(k) != null) fm.put(k, s.fm().get(k));
            }
            fm.put("type_og", "article");
            w.write(out.resolve("tin-tuc/" + slug + ".md"), fm, s.body());
        }

        // children -> /tre-em/<code lower>/
        w.write(out.resolve("tre-em/_index.md"), ordered("title", "Các em đang chờ người nuôi",
                "description", "Mỗi em cần 160.000 ₫ mỗi tháng cho bữa trưa ở trường bán trú.", "noindex", true), "");
        for (Path md : markdown(c.resolve("children"))) {
            Source s = read(md);
            String code = truthy(s.fm().get("code")) ? text(s.fm().get("code")) : stem(md);
            String name = s.fm().get("name") == null ? "" : text(s.fm().get("name"));
            Map<String, Object> fm = ordered("title", code + " · " + name, "description", "Hồ sơ của em " + name + " (mã " + code + ").",
                    "noindex", true, "code", code);
            for (String k : List.of("name", "birth_year", "school", "grade", "status", "sponsored_since", "photo")) {
                if (s.fm().get(k) != null) fm.put(k, s.fm().get(k));
            }
            w.write(out.resolve("tre-em/" + code.toLowerCase(Locale.ROOT) + ".md"), fm, s.body());
        }

        // schools -> /truong/<slug>/
        w.write(out.resolve("truong/_index.md"), ordered("title", "Các điểm trường",
                "description", "Những điểm trường câu lạc bộ đã và đang xây ở vùng cao Thanh Hóa."), "");
        for (Path md : markdown(c.resolve("schools"))) {
            Source s = read(md);
            Map<String, Object> fm = ordered("title", s.fm().getOrDefault("name", stem(md)));
            s.fm().forEach((k, v) -> {
                if (v != null) fm.put(k, v);
            });
            w.write(out.resolve("truong/" + stem(md) + ".md"), fm, s.body());
        }

        // campaigns -> /chien-dich/<slug>/
        w.write(out.resolve("chien-dich/_index.md"), ordered("title", "Chiến dịch", "description", "Các chiến dịch gây quỹ của câu lạc bộ."), "");
        for (Path md : markdown(c.resolve("campaigns"))) {
            Source s = read(md);
            Map<String, Object> fm = new LinkedHashMap<>();
            s.fm().forEach((k, v) -> {
                if (v != null) fm.put(k, v);
            });
            w.write(out.resolve("chien-dich/" + stem(md) + ".md"), fm, s.body());
        }

        // pages -> /<slug>/ ; `menu: N` becomes a Hugo menu entry (after the fixed section entries)
        record FreePage(Object menu, String slug, Source source) {
        }
        List<FreePage> pages = new ArrayList<>();
        for (Path md : markdown(c.resolve("pages"))) {
            Source s = read(md);
            pages.add(new FreePage(s.fm().get("menu"), stem(md), s));
        }
        pages.sort(Comparator.comparingLong((FreePage p) -> p.menu() instanceof Number n ? n.longValue() : 1_000_000_000L)
                .thenComparing(FreePage::slug));
        for (int i = 0; i < pages.size(); i++) {
            FreePage p = pages.get(i);
            Map<String, Object> fm = ordered("title", p.source().fm().getOrDefault("title", p.slug()));
            if (p.menu() != null) fm.put("menu", ordered("main", ordered("weight", 100 + i)));
            if (p.slug().equals("cach-nuoi-em")) fm.put("donate", true);
            w.write(out.resolve(p.slug() + ".md"), fm, p.source().body());
        }

        // faq: one /hoi-dap/ page listing every question
        List<Path> faq = markdown(c.resolve("faq"));
        boolean hasFaq = !faq.isEmpty();
        if (hasFaq) {
            w.write(out.resolve("hoi-dap/_index.md"), ordered("title", "Hỏi đáp"), "");
            for (Path md : faq) {
                Source s = read(md);
                w.write(out.resolve("hoi-dap/" + stem(md) + ".md"), ordered("title", s.fm().getOrDefault("question", stem(md)),
                        "anchor", stem(md), "_build", ordered("render", "never", "list", "local")), s.body());
            }
        }

        w.write(out.resolve("tra-cuu.md"), ordered("title", "Tra cứu", "layout", "lookup",
                "description", "Tìm một em theo mã số, hoặc tìm tin tức, điểm trường, chiến dịch."), "");
        w.write(out.resolve("offline.md"), ordered("title", "Bạn đang ngoại tuyến", "layout", "offline", "noindex", true), "");
        w.write(out.resolve("the/_index.md"), ordered("title", "Chủ đề", "description", "Tin tức theo chủ đề."), "");
        return hasFaq;
    }

    private static String config(Map<String, Object> cfg, boolean hasFaq) {
        List<String[]> menu = new ArrayList<>(List.of(new String[] {"Tin tức", "/tin-tuc/"}, new String[] {"Trường", "/truong/"},
                new String[] {"Nuôi em", "/tre-em/"}, new String[] {"Chiến dịch", "/chien-dich/"}, new String[] {"Tra cứu", "/tra-cuu/"}));
        if (hasFaq) menu.add(new String[] {"Hỏi đáp", "/hoi-dap/"});
        Object per = cfg.getOrDefault("news_per_page", 10);
        Object nuoiEm = cfg.getOrDefault("nuoi_em_vnd", 160000);
        StringBuilder s = new StringBuilder();
        s.append("baseURL = \"").append(cfg.getOrDefault("base_url", "https://example.org/")).append("\"\n");
        s.append("title = \"").append(cfg.getOrDefault("title", "")).append("\"\n");
        s.append("languageCode = \"vi\"\ndefaultContentLanguage = \"vi\"\n");
        s.append("paginate = ").append(per).append('\n');
        s.append("""
                paginatePath = "trang"
                removePathAccents = true
                enableRobotsTXT = true
                disableHugoGeneratorInject = true
                timeZone = "Asia/Ho_Chi_Minh"

                [taxonomies]
                  tag = "the"

                [outputs]
                  home = ["HTML", "RSS"]
                  section = ["HTML"]
                  taxonomy = ["HTML"]
                  term = ["HTML"]
                  page = ["HTML"]

                [params]
                """);
        s.append("  description = \"").append(cfg.getOrDefault("description", "")).append("\"\n");
        s.append("  nuoiEmVnd = ").append(nuoiEm).append("\n\n");
        for (int i = 0; i < menu.size(); i++) {
            s.append("[[menu.main]]\n  name = \"").append(menu.get(i)[0]).append("\"\n  url = \"").append(menu.get(i)[1])
                    .append("\"\n  weight = ").append(i + 1).append("\n\n");
        }
        return s.substring(0, s.length() - 1);
    }

    /** The theme's Vietnamese words, flattened to group_key, {0}/{1} -> {{ .A }}/{{ .B }}. */
    private static String i18n() throws IOException {
        Map<String, Object> words;
        try (InputStream in = HugoSite.class.getClassLoader().getResourceAsStream("themes/vungcao/i18n/vi.yml")) {
            if (in == null) throw new IOException("the theme's words (themes/vungcao/i18n/vi.yml) are not on the class path");
            words = map(YAML.readValue(in, Object.class));
        }
        Map<String, String> flat = new TreeMap<>();
        words.forEach((group, entries) -> map(entries).forEach((key, text) -> flat.put((group + "_" + key).replace('.', '_'),
                text(text).replace("{0}", "{{ .A }}").replace("{1}", "{{ .B }}"))));
        StringBuilder s = new StringBuilder();
        flat.forEach((k, v) -> s.append(k).append(": ").append(quoted(v)).append('\n'));
        return s.toString();
    }

    // ---------- reading and writing front matter ----------

    private record Source(Map<String, Object> fm, String body) {
    }

    private static Source read(Path md) throws IOException {
        String text = Files.readString(md, StandardCharsets.UTF_8);
        if (!text.startsWith("---")) return new Source(new LinkedHashMap<>(), text);
        int start = text.indexOf('\n') + 1;
        int end = text.indexOf("\n---", start - 1);
        if (start == 0 || end < 0) return new Source(new LinkedHashMap<>(), text);
        String fm = text.substring(start, end + 1);
        int after = text.indexOf('\n', end + 1);
        String body = after < 0 ? "" : text.substring(after + 1).replaceFirst("^\n+", "");
        Object parsed = fm.isBlank() ? null : YAML.readValue(fm, Object.class);
        return new Source(parsed == null ? new LinkedHashMap<>() : map(parsed), body);
    }

    private static final class Writer {
        private final int[] written;

        Writer(int[] written) {
            this.written = written;
        }

        void write(Path file, Map<String, Object> fm, String body) throws IOException {
            StringBuilder s = new StringBuilder("---\n");
            block(s, fm, "");
            s.append("---\n").append(body);
            HugoSite.write(file, s.toString());
            written[0]++;
        }
    }

    private static void block(StringBuilder s, Map<String, Object> map, String indent) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            s.append(indent).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map<?, ?> m) {
                s.append('\n');
                block(s, map(m), indent + "  ");
            } else {
                s.append(' ').append(scalar(e.getValue())).append('\n');
            }
        }
    }

    private static String scalar(Object v) {
        if (v == null) return "null";
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object o : list) items.add(scalar(o));
            return "[" + String.join(", ", items) + "]";
        }
        String text = v.toString();
        // a date stays a YAML timestamp, as in the source (Hugo reads it as a date)
        return DATE.matcher(text).matches() ? text : quoted(text);
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) s.append(String.format("\\x%02X", (int) c)); else s.append(c);
                }
            }
        }
        return s.append('"').toString();
    }

    // ---------- small helpers ----------

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static boolean truthy(Object o) {
        return o != null && !(o instanceof String s && s.isEmpty());
    }

    private static List<Path> markdown(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    private static String stem(Path md) {
        String name = md.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static String newsSlug(String stem) {
        String[] parts = stem.split("-", 4);
        if (parts.length == 4 && parts[0].chars().allMatch(Character::isDigit) && parts[1].chars().allMatch(Character::isDigit)
                && parts[2].chars().allMatch(Character::isDigit)) {
            return parts[3];
        }
        return stem;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
