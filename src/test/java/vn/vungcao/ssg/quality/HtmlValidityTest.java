package vn.vungcao.ssg.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;


/**
 * Every HTML page of the example site passes the Nu HTML Checker (the W3C's validator), run
 * in-process with its bundled schema: no errors, no warnings.
 */
class HtmlValidityTest {

    static Map<String, byte[]> site;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleOutput.site();
    }

    private static final List<String> problems = new ArrayList<>();
    private static SimpleDocumentValidator validator;

    /** The checker's messages for one document, as {@code line:column: message}. */
    static synchronized List<String> check(byte[] html) throws Exception {
        problems.clear();
        if (validator == null) validator = validator();
        InputSource in = new InputSource(new ByteArrayInputStream(html));
        in.setEncoding("UTF-8");
        validator.checkHtmlInputSource(in);
        return List.copyOf(problems);
    }

    /** The checker with the HTML schema it bundles (no network); loading it costs seconds, so once. */
    private static SimpleDocumentValidator validator() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
        return validator;
    }

    @Test
    void theCheckerCatchesABrokenPage() throws Exception {
        List<String> problems = check("<!doctype html><html lang=vi><title>x</title><p><div>a</p></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(problems.stream().anyMatch(p -> p.contains("No “p” element in scope")), problems.toString());
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> pages = site.keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList();
        assertTrue(pages.size() > 80, "the example should have its pages: " + pages.size());
        List<String> report = new ArrayList<>();
        for (String page : pages) {
            for (String problem : check(site.get(page))) report.add(page + ":" + problem);
        }
        assertEquals("", String.join("\n", report), report.size() + " problems in " + pages.size() + " pages");
    }
}
