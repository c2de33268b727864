package vn.vungcao.ssg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a site's content looks like, read from its files: how many of each kind, the children by
 * status, the lengths of the bodies (UTF-8 bytes after the front matter), how many bodies are
 * shared by several files, and the children's names. For the benchmark's report and its tests.
 *
 * @param files        content files by folder ({@code news}, {@code children}, …, {@code images})
 * @param statuses     children by {@code status}
 * @param bodyBytes    each folder's body lengths, sorted
 * @param distinctBodies bodies that differ, over all Markdown files
 * @param markdownFiles Markdown files, for comparison with {@code distinctBodies}
 * @param names        children's display names, in file order
 * @param totalBytes   bytes of every file of the site
 */
public record SiteProfile(Map<String, Integer> files, Map<String, Integer> statuses, Map<String, List<Integer>> bodyBytes,
                          int distinctBodies, int markdownFiles, List<String> names, long totalBytes) {

    /** Reads the site in {@code site}. */
    public static SiteProfile of(Path site) throws IOException {
        Path content = site.resolve("content");
        Map<String, Integer> files = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, List<Integer>> bodies = new TreeMap<>();
        Set<String> distinct = new HashSet<>();
        List<String> names = new ArrayList<>();
        int markdown = 0;
        long total = 0;
        List<Path> all;
        try (Stream<Path> walk = Files.walk(site)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : all) {
            total += Files.size(p);
            if (!p.startsWith(content)) continue;
            Path rel = content.relativize(p);
            String kind = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
            files.merge(kind, 1, Integer::sum);
            if (!p.getFileName().toString().endsWith(".md")) continue;
            markdown++;
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String fm = "";
            String body = text;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 3);
                if (end >= 0) {
                    fm = text.substring(4, end + 1);
                    body = text.substring(end + 5);
                }
            }
            distinct.add(body);
            bodies.computeIfAbsent(kind, k -> new ArrayList<>()).add(body.getBytes(StandardCharsets.UTF_8).length);
            if (kind.equals("children")) {
                String status = field(fm, "status");
                statuses.merge(status == null ? "(none)" : status, 1, Integer::sum);
                String name = field(fm, "name");
                if (name != null) names.add(name.startsWith("\"") ? name.substring(1, name.length() - 1) : name);
            }
        }
        bodies.values().forEach(Collections::sort);
        return new SiteProfile(files, statuses, bodies, distinct.size(), markdown, List.copyOf(names), total);
    }

    private static String field(String frontMatter, String key) {
        for (String line : frontMatter.split("\n")) {
            if (line.startsWith(key + ":")) return line.substring(key.length() + 1).strip();
        }
        return null;
    }

    /** Children whose display name has three words or more (the {@code child.full-name} warning). */
    public long fullNames() {
        return names.stream().filter(n -> n.strip().split("\\s+").length >= 3).count();
    }

    /** "min / median / max" of a folder's body lengths in KB, or "-" when it has none. */
    public String lengths(String kind) {
        List<Integer> b = bodyBytes.getOrDefault(kind, List.of());
        if (b.isEmpty()) return "-";
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f KB", b.get(0) / 1024.0, b.get(b.size() / 2) / 1024.0,
                b.get(b.size() - 1) / 1024.0);
    }

    /** A few lines for the terminal. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        Map<String, Integer> f = new LinkedHashMap<>(files);
        lines.add("content: " + String.join(", ", f.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())
                + String.format(Locale.ROOT, "; %.1f MB in all", totalBytes / 1e6));
        if (!statuses.isEmpty()) {
            lines.add("children by status: " + String.join(", ", statuses.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())
                    + "; " + fullNames() + " names of three words or more (child.full-name warnings)");
        }
        for (String kind : bodyBytes.keySet()) {
            lines.add("bodies of " + kind + " (min / median / max): " + lengths(kind));
        }
        lines.add(distinctBodies + " different bodies in " + markdownFiles + " Markdown files");
        if (!names.isEmpty()) {
            List<String> sample = new ArrayList<>();
            for (int i = 0; i < Math.min(12, names.size()); i++) sample.add(names.get(i * names.size() / Math.min(12, names.size())));
            lines.add("names, for example: " + String.join(", ", sample));
        }
        return lines;
    }
}
