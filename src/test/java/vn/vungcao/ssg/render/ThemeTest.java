package vn.vungcao.ssg.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.route.Routes;


/**
 * A page's fingerprint and its bytes come from the same text of its templates, even when a
 * template is saved while a build runs: otherwise the build would store the page rendered from
 * the old text under the new text's fingerprint, and the next builds would keep the stale page.
 */
class ThemeTest {

    @TempDir
    Path site;

    private Path template(String name, String text) throws Exception {
        Path file = site.resolve("themes/vungcao/templates/" + name + ".peb");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Theme theme() {
        return new Theme(site, "vungcao", new Routes("https://example.org/"), Assets.collect(site, "vungcao"), Map.of(), "vi");
    }

    @Test
    void aTemplateSavedAfterItsFingerprintIsNotRenderedUntilTheNextBuild() throws Exception {
        Path page = template("page", "{% include \"part\" %} one");
        Path part = template("part", "A");
        Theme during = theme();
        String fingerprint = during.fingerprint("page");
        Files.writeString(page, "{% include \"part\" %} two");
        Files.writeString(part, "B");
        assertEquals("A one", during.render("page", Map.of()), "the text that was fingerprinted");

        Theme next = theme();
        assertNotEquals(fingerprint, next.fingerprint("page"));
        assertEquals("B two", next.render("page", Map.of()));
    }

    @Test
    void aTemplateSavedAfterItWasRenderedIsNotFingerprintedUntilTheNextBuild() throws Exception {
        Path page = template("page", "{% include \"part\" %} one");
        template("part", "A");
        Theme during = theme();
        assertEquals("A one", during.render("page", Map.of()));
        String fingerprint = theme().fingerprint("page");
        Files.writeString(page, "{% include \"part\" %} two");
        assertEquals(fingerprint, during.fingerprint("page"), "the fingerprint of the text that was rendered");
    }

    @Test
    void aPartialNamedRelativelyOrAMacroFileImportedWithFromIsPartOfTheFingerprint() throws Exception {
        template("page", "{% include \"partials/card\" %}{% from \"macros\" import hello %}{{ hello() }}");
        template("partials/card", "[{% include \"./title\" %}]");
        Path title = template("partials/title", "T");
        Path macros = template("macros", "{% macro hello() %}hi{% endmacro %}");
        Theme before = theme();
        assertEquals("[T]hi", before.render("page", Map.of()));
        String fingerprint = before.fingerprint("page");

        Files.writeString(title, "U");
        Theme titleChanged = theme();
        assertEquals("[U]hi", titleChanged.render("page", Map.of()));
        assertNotEquals(fingerprint, titleChanged.fingerprint("page"), "partials/title, included as ./title");

        Files.writeString(title, "T");
        Files.writeString(macros, "{% macro hello() %}xin chào{% endmacro %}");
        Theme macroChanged = theme();
        assertEquals("[T]xin chào", macroChanged.render("page", Map.of()));
        assertNotEquals(fingerprint, macroChanged.fingerprint("page"), "macros, imported with from");
    }

    @Test
    void aTemplateNameWithABackslashOrThatIsNoPathIsFoundOrNamedAsMissing() throws Exception {
        template("partials/own", "own");
        template("page", "{% include \"partials\\\\own\" %}");
        assertEquals("own", theme().render("page", Map.of()), "either slash separates folders, as in Pebble's file loader");
        template("broken", "{% include \"a\u0000b\" %}");
        Theme.TemplateProblem missing = assertThrows(Theme.TemplateProblem.class, () -> theme().render("broken", Map.of()));
        assertTrue(missing.getMessage().contains("Could not find template"), missing.getMessage());
    }

    @Test
    void theSitesTemplateComesBeforeTheThemesAndAMissingOneIsNamed() throws Exception {
        Theme carried = theme();
        String base = carried.fingerprint("base");
        template("base", "own base");
        Theme own = theme();
        assertNotEquals(base, own.fingerprint("base"));
        assertEquals("own base", own.render("base", Map.of()));
        Files.write(site.resolve("themes/vungcao/templates/latin1.peb"), "caf\u00e9 \u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("caf\ufffd \ufffd", own.render("latin1", Map.of()), "bytes that are not UTF-8 are replaced, as before");
        Theme.TemplateProblem missing = assertThrows(Theme.TemplateProblem.class, () -> own.render("nowhere", Map.of()));
        assertTrue(missing.getMessage().contains("Could not find template \"nowhere\""), missing.getMessage());
    }

    @Test
    void findsTheTemplatesATemplateUsesAsTheRegularExpressionDid() {
        Pattern uses = Pattern.compile(
                "\\{%-?\\s*(?:extends|include|import|embed|from)\\s+[\"']([^\"']+)[\"']");
        List<String> pieces = List.of("{%", "{%-", "{{", "%}", " ", "\t", "\n", "extends", "include",
                "includes", "import", "embed", "from", "\"", "'", "base", "partials/card", "./x", "{% block a %}", "-", "x",
                "{% include \"partials/donate\" %}", "{% extends 'base' %}", "{%- import \"m\" %}");
        Random random = new Random(31);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder source = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) source.append(pieces.get(random.nextInt(pieces.size())));
            List<String> expected = new ArrayList<>();
            Matcher m = uses.matcher(source);
            while (m.find()) expected.add(m.group(1));
            assertEquals(expected, Theme.usedNames(source.toString()), source.toString());
            found += expected.size();
        }
        assertTrue(found > 5_000, "found only " + found);
    }
}
