package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: its packages form a pipeline, each depending only on those below it
 * (no package reaches, directly or through others, back to itself), and the code names the
 * classes it uses by their imports, not by fully qualified names written inline.
 */
class ArchitectureTest {

    private static final Path MAIN = ExampleSite.REPO.resolve("src/main/java/vn/vungcao/ssg");
    private static final Pattern USE = Pattern.compile("vn\\.vungcao\\.ssg\\.([a-z]+)\\.[A-Z]");
    private static final Pattern INLINE = Pattern.compile("(?<![\\w.])(?:java|javax|vn|com|org|io)\\.(?:[a-z][a-z0-9_]*\\.)+[A-Z]");

    /** Each package's source files with comments and strings taken out. */
    private static Map<String, List<String>> packages() throws IOException {
        Map<String, List<String>> code = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = code(Files.readString(f, StandardCharsets.UTF_8));
                code.computeIfAbsent(MAIN.relativize(f).getName(0).toString(), k -> new ArrayList<>()).add(text);
            }
        }
        return code;
    }

    /** {@code source} without its comments, and with its strings, text blocks and characters emptied. */
    private static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') i++;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') j += source.charAt(j) == '\\' ? 2 : 1;
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        packages().forEach((pkg, files) -> {
            Set<String> to = new TreeSet<>();
            for (String text : files) {
                Matcher m = USE.matcher(text);
                while (m.find()) if (!m.group(1).equals(pkg)) to.add(m.group(1));
            }
            uses.put(pkg, to);
        });
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            // a path from start back to start, if any (breadth first, shortest)
            Map<String, String> from = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>(uses.get(start));
            uses.get(start).forEach(n -> from.putIfAbsent(n, start));
            while (!queue.isEmpty()) {
                String p = queue.poll();
                if (p.equals(start)) {
                    List<String> loop = new ArrayList<>(List.of(start));
                    for (String q = from.get(start); !q.equals(start); q = from.get(q)) loop.add(0, q);
                    loop.add(0, start);
                    cycles.add(String.join(" -> ", loop));
                    break;
                }
                for (String n : uses.getOrDefault(p, Set.of())) {
                    if (from.putIfAbsent(n, p) == null) queue.add(n);
                }
            }
        }
        assertEquals(List.of(), cycles, "package cycles");
        assertTrue(uses.containsKey("pipeline") && uses.get("pipeline").containsAll(List.of("content", "render", "publish")));
    }

    @Test
    void classesAreImportedNotWrittenInFull() throws IOException {
        List<String> inline = new ArrayList<>();
        packages().forEach((pkg, files) -> {
            for (String text : files) {
                for (String line : text.split("\n")) {
                    if (line.startsWith("import ") || line.startsWith("package ")) continue;
                    Matcher m = INLINE.matcher(line);
                    if (m.find()) inline.add(pkg + ": " + line.strip());
                }
            }
        });
        assertEquals(List.of(), inline);
    }
}
