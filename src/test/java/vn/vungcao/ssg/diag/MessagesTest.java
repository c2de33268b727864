package vn.vungcao.ssg.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;


/** The words of the diagnostics: one catalog per language, the same keys in each, every key the code uses. */
class MessagesTest {

    private static final Messages VI = Messages.of("vi");
    private static final Messages EN = Messages.of("en");

    @Test
    void bothLanguagesHaveTheSameMessagesAndHints() {
        Set<String> onlyVi = new TreeSet<>(VI.keys());
        onlyVi.removeAll(EN.keys());
        Set<String> onlyEn = new TreeSet<>(EN.keys());
        onlyEn.removeAll(VI.keys());
        assertEquals(Set.of(), onlyVi, "in vi.properties only");
        assertEquals(Set.of(), onlyEn, "in en.properties only");
        for (String key : VI.keys()) {
            assertFalse(VI.message(key).isBlank(), key);
            assertEquals(placeholders(EN.message(key)), placeholders(VI.message(key)), "the same arguments in both: " + key);
        }
    }

    /** Every key written in the generator's code, as the first argument of a report or as a term, has its words. */
    @Test
    void everyKeyTheCodeUsesIsInTheCatalog() throws IOException {
        Pattern reported = Pattern.compile("\\.(?:error|warning)\\(\\s*\"([a-z][a-z0-9.-]*(?:/[a-z0-9-]+)?)\"");
        Pattern term = Pattern.compile("\"((?:term|yaml\\.kind|yaml\\.problem|field\\.expected|ledger\\.bad-setting|config\\.bad-code-pattern)[a-z0-9./-]*)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Pattern p : List.of(reported, term)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        String key = m.group(1);
                        if (key.endsWith("/") || key.endsWith(".")) continue; // a key completed at run time
                        found++;
                        if (!VI.has(key)) missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(found > 150, "found " + found + " keys");
    }

    /** The editors' guide (in Vietnamese) explains every code a check can give, so an annotation can be looked up there. */
    @Test
    void theEditorsGuideExplainsEveryCode() throws IOException {
        String guide = Files.readString(Path.of(".github/CONTRIBUTING.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String key : VI.keys()) {
            if (key.endsWith(".hint") || key.equals("internal") || key.matches("(term|report|yaml\\.kind|yaml\\.problem|field\\.expected)\\..*")) continue;
            String code = key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
            if (!guide.contains("`" + code + "`") && !missing.contains(code)) missing.add(code);
        }
        assertEquals(List.of(), missing, "codes the guide does not explain");
    }

    @Test
    void argumentsTermsAndListsAreWordedInTheLanguage() {
        assertEquals("'ttile' không phải là một trường của một bài tin.",
                VI.message("field.unknown", "ttile", new Messages.Term("term.news"), "title"));
        assertEquals("'ttile' is not a field of a news post.", EN.message("field.unknown", "ttile", new Messages.Term("term.news"), "title"));
        assertEquals("The fields are: date, title.", EN.hint("field.unknown/list", "x", new Messages.Term("term.news"), List.of("date", "title")));
        assertEquals("", EN.hint("term.news"));
    }

    @Test
    void aCollectorWordsItsMessagesInTheLanguageItIsGiven() {
        Diagnostics d = new Diagnostics();
        d.error("field.required", Position.ofFile("a.md"), "title", "Tin mới");
        d.language("en");
        d.error("field.required", Position.ofFile("b.md"), "title", "Tin mới");
        Diagnostics forked = d.fork();
        forked.warning("child.full-name", Position.ofFile("c.md"), "Lò Thị Mai");
        assertEquals("Thiếu trường bắt buộc 'title'.", d.sorted().get(0).message());
        assertEquals("The required field 'title' is missing.", d.sorted().get(1).message());
        assertEquals("child.full-name", forked.sorted().get(0).code());
        assertTrue(forked.sorted().get(0).message().startsWith("The name 'Lò Thị Mai'"));
    }

    private static List<String> placeholders(String template) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(template);
        while (m.find()) out.add(m.group());
        return out.stream().distinct().sorted().toList();
    }
}
