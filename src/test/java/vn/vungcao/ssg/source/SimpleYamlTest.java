package vn.vungcao.ssg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.diag.Diagnostics;

/** The fast path for simple front matter gives exactly what Jackson and SnakeYAML give, or steps aside. */
class SimpleYamlTest {

    private final YamlReader reader = new YamlReader();

    private Document document(String yaml) {
        return new Document(new SourceFile("content/children/x.md", Path.of("x.md"), "---\n" + yaml + "---\n"), yaml, 2, "", 1);
    }

    @Test
    void agreesWithSnakeYamlOnRandomFrontMatter() {
        List<String> keys = List.of("code", "name", "birth_year", "school", "grade", "status", "sponsored_since", "title",
                "date", "summary", "tags", "cover", "goal_vnd", "keywords", "draft", "a-b", "_x", "true", "null", "on", "K2");
        List<String> values = List.of("ML-0007", "Páo", "2016", "ban-on", "4", "waiting", "2021-09-06", "2016-08-20",
                "Câu lạc bộ “Vì trẻ em” ra đời", "Tin số 1 - chuyến đi", "/images/a.svg", "180000000", "true", "false",
                "True", "yes", "no", "on", "off", "~", "null", "0", "0123", "-5", "+5", "1_000", "0x1F", "1.5", "1e3", ".5",
                "12:30", "1,000", "a, b", "a:b", "a: b", "a #b", "a#b", "a  b", "a:", "\"q\"", "'q'", "\"a 'b'\"", "'a \"b\"'",
                "\"a\\nb\"", "'it''s'", "\"\"", "''", "[a, b]", "[Quan Sơn, cảm ơn]", "[]", "[ a ]", "[a,b]", "[a, , b]",
                "[a, [b]]", "[a: b]", "[1, 2]", "[\"a\", 'b']", "{a: b}", "&x a", "*x", "!tag a", "|", ">", "-", "- a", "@a",
                "%a", "`a`", "?a", ":a", ",a", "#a", "a\tb", "đ", "Đắk Lắk", "100%", "(c)", "a/b", "1.000 đ", "2030-01-01 10:00",
                "0.5", "-0", "NULL", "Null", "TRUE", "a ", "ML-\u00850", "x\u2028y", "\uFEFFa", "😀", "Em's", "a\"b", "a@b.c",
                "a [b]", "a {b}", "a, b: c", "a,b", "a - b", "a -b", "a ? b", "a & b", "a * b", "a ! b", "a | b", "a > b",
                "http://a.b/c", "a: ", "a:b:c", "'a' b", "\"a\" b", "[a] b", "'a", "\"a", "a'", "a\"");
        List<String> common = List.of("ML-0007", "Páo", "2016", "ban-on", "4", "waiting", "2021-09-06", "Tin số 1 - chuyến đi",
                "/images/a.svg", "true", "[Quan Sơn, cảm ơn]", "[]", "Câu lạc bộ “Vì trẻ em” ra đời", "\"q\"", "'q'");
        Random random = new Random(29);
        int simple = 0;
        int lists = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder yaml = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                if (random.nextInt(25) == 0) yaml.append(random.nextBoolean() ? "\n" : "# note\n");
                String key = keys.get(random.nextInt(keys.size()));
                int shape = random.nextInt(12);
                if (shape == 0) {
                    String indent = List.of(" ", "  ", "    ", "").get(random.nextInt(4));
                    yaml.append(key).append(":").append(random.nextInt(6) == 0 ? " " : "").append('\n');
                    for (int n = random.nextInt(4); n > 0; n--) {
                        List<String> from = random.nextInt(3) == 0 ? values : common;
                        yaml.append(indent).append(random.nextInt(10) == 0 ? "-" : "- ")
                                .append(from.get(random.nextInt(from.size()))).append('\n');
                    }
                } else if (shape == 1) {
                    yaml.append(key).append(":\n  sub: ").append(values.get(random.nextInt(values.size()))).append('\n');
                } else {
                    List<String> from = random.nextInt(4) == 0 ? values : common;
                    yaml.append(key).append(random.nextInt(15) == 0 ? ":" : ": ").append(random.nextInt(10) == 0 ? "  " : "")
                            .append(from.get(random.nextInt(from.size()))).append(random.nextInt(10) == 0 ? "  " : "")
                            .append('\n');
                }
            }
            String text = yaml.toString();
            Document doc = document(text);
            Diagnostics expectedProblems = new Diagnostics();
            Optional<YamlNode.Mapping> expected = reader.parsed(doc, expectedProblems, null);
            YamlNode.Mapping fast = SimpleYaml.read(text, doc.file().path(), 1);
            if (fast != null) {
                simple++;
                String context = "for:\n" + text;
                assertTrue(expectedProblems.sorted().isEmpty(), "the fast path read text with problems " + expectedProblems.sorted() + " " + context);
                assertEquals(expected, Optional.of(fast), context);
                // a list of "- item" lines under its key
                if (fast.entries().stream().anyMatch(e -> e.value() instanceof YamlNode.Sequence q && !q.items().isEmpty()
                        && q.position().line() > e.keyPosition().line())) {
                    lists++;
                }
            }
            Diagnostics problems = new Diagnostics();
            assertEquals(expected, reader.readMapping(doc, problems), text);
            assertEquals(expectedProblems.sorted(), problems.sorted(), text);
        }
        assertTrue(simple > 3_000 && lists > 200, "the test exercised the fast path only " + simple + " times, " + lists + " with lists");
    }

    @Test
    void readsTheExampleSitesShapesAndLeavesTheRest() {
        assertNotNull(SimpleYaml.read("code: ML-0007\nname: Páo\nbirth_year: 2016\nstatus: waiting\n", "x.md", 1));
        assertNotNull(SimpleYaml.read("title: Khởi công\ndate: 2016-10-15\ntags:\n  - xây trường\n  - bản Ón\n", "x.md", 1));
        assertNotNull(SimpleYaml.read("keywords: [AO AM 2025]\ngoal_vnd: 180000000\n", "x.md", 1));
        assertNull(SimpleYaml.read("a: 1\n# note\n", "x.md", 1), "a comment");
        assertNull(SimpleYaml.read("a: yes\n", "x.md", 1), "YAML 1.1's yes");
        assertNull(SimpleYaml.read("a:\n  b: c\n", "x.md", 1), "a nested group");
        assertNull(SimpleYaml.read("a: 1\na: 2\n", "x.md", 1), "a key written twice");
    }
}
