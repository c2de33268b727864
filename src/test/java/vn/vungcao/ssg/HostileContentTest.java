package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vungcao.ssg.config.CodePattern;
import vn.vungcao.ssg.pipeline.BuildResult;


/**
 * Hostile content, replayed: each case is a pull request's files (over {@link TestSite#BASE}),
 * and what the build or the check must answer, as {@code file:line:col code}. Nothing is
 * published when there is an error, and no case may end in an internal error. Add every case
 * that once got past us. (Links and file names, which a text cannot write, are in
 * {@link HostileInputTest}.)
 */
class HostileContentTest {

    @TempDir
    Path dir;

    /** The statements of {@link LedgerPagesTest}, whose ML-0002 is a sponsored child. */
    private static final String MEMO_HEADER = """
            -- content/ledger/2025-01.csv --
            Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Số dư,Nội dung chi tiết
            """;

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a javascript: contact link on every page", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        contact:
                          zalo: javascript:alert(document.domain)
                          messenger: " JaVaScRiPt:alert(1)"
                          facebook: data:text/html,<script>alert(1)</script>
                          email: "a@b.c?subject=<script>"
                          phone: "0900<script>"
                        """, List.of("site-config.yml:4:9 config.bad-url", "site-config.yml:5:14 config.bad-url",
                        "site-config.yml:6:13 config.bad-url", "site-config.yml:7:10 config.bad-email",
                        "site-config.yml:8:10 config.bad-phone")),
                Arguments.of("an HTML page under content/", """
                        -- content/images/trang.html --
                        <script>alert(document.cookie)</script>
                        -- content/xss.xhtml --
                        <html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>
                        -- content/tai-lieu/a.js --
                        alert(1)
                        """, List.of("content/images/trang.html content.file-type-refused",
                        "content/tai-lieu/a.js content.file-type-refused", "content/xss.xhtml content.file-type-refused")),
                Arguments.of("a child-code pattern that backtracks for minutes", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          code_pattern: '(([A-Z0-9-])+)+$'
                          code_example: ML-0001
                        """, List.of("site-config.yml:4:17 config.bad-code-pattern")),
                Arguments.of("a child-code pattern with a backreference", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          code_pattern: '([A-Z])\\1-\\d{4}'
                          code_example: MM-0001
                        """, List.of("site-config.yml:4:17 config.bad-code-pattern")),
                Arguments.of("a child code that would be an address with markup", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          code_pattern: '.{2,40}'
                          code_example: ML-0000
                        -- content/children/x"><b>.md --
                        ---
                        code: x"><b>
                        name: Lan
                        status: waiting
                        ---
                        """, List.of("content/children/x\"><b>.md:2:7 child.code-pattern")),
                Arguments.of("a script URL in Markdown, however it is spelled", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title: Giới thiệu
                        ---
                        [a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](&#106;avascript:x) [d](vbscript:x) [e](data:text/html,x)
                        """, List.of("content/pages/gioi-thieu.md:4:5 markdown.unsafe-url",
                        "content/pages/gioi-thieu.md:4:30 markdown.unsafe-url", "content/pages/gioi-thieu.md:4:48 markdown.unsafe-url",
                        "content/pages/gioi-thieu.md:4:71 markdown.unsafe-url", "content/pages/gioi-thieu.md:4:87 markdown.unsafe-url")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithItsPlace(String what, String files, List<String> expected) {
        TestSite site = TestSite.of(dir, files);
        BuildResult result = site.build();
        assertEquals(expected, TestSite.describe(result.diagnostics().stream().filter(d -> d.isError()).toList()), what);
        assertFalse(result.published(), what);
        for (var d : result.diagnostics()) assertFalse(d.code().equals("internal") || d.message().contains("Exception"), d.toString());
    }

    static Stream<Arguments> refusedByCheck() {
        return Stream.of(
                Arguments.of("a sponsored child's code with an en dash", "Cảm ơn các anh chị nuôi em ML–0002 từ năm 2020.",
                        "content/pages/gioi-thieu.md:4:28 check.unlisted-child-shown"),
                Arguments.of("spaces around the dash", "Em ML - 0002 đã vào lớp 5.", "content/pages/gioi-thieu.md:4:4 check.unlisted-child-shown"),
                Arguments.of("two separators", "Mã ML--0002.", "content/pages/gioi-thieu.md:4:4 check.unlisted-child-shown"),
                Arguments.of("full-width letters", "Mã ＭＬ０００２.", "content/pages/gioi-thieu.md:4:4 check.unlisted-child-shown"),
                Arguments.of("run into the word before it", "CK NUOIEMML0002 nhé.", "content/pages/gioi-thieu.md:4:10 check.unlisted-child-shown"),
                Arguments.of("in alt text", "![Em ML 2 ở lớp](/images/a.png)", "content/pages/gioi-thieu.md:4:6 check.unlisted-child-shown"),
                Arguments.of("in a link title", "[ảnh](/truong/ban-on/ \"em ML.0002\")", "content/pages/gioi-thieu.md:4:27 check.unlisted-child-shown"),
                Arguments.of("a link to the page's index.html", "[em](/tre-em/ml-0002/index.html)",
                        "content/pages/gioi-thieu.md:4:1 check.unlisted-child-link"),
                Arguments.of("a link that names the code", "[em](/tra-cuu/?ma=ML-0002)", "content/pages/gioi-thieu.md:4:1 check.unlisted-child-link"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByCheck")
    void aSponsoredChildsCodeIsRefusedByTheCheckInAnySpelling(String what, String body, String expected) {
        TestSite site = TestSite.of(dir, """
                -- content/pages/gioi-thieu.md --
                ---
                title: Giới thiệu
                ---
                """ + body + "\n");
        site.write("content/images/a.png", TestImages.png(40, 30));
        BuildResult result = site.build(site.options().withCheck(true));
        assertEquals(List.of(expected), TestSite.describe(result.diagnostics()), what);
    }

    @Test
    void aSponsoredChildsCodeIsMaskedInStatementsAndTheirCsvInAnySpelling() {
        TestSite site = TestSite.of(dir, MEMO_HEADER + """
                02/01/2025,,"100,000","100,000",NUOI EM ML - 0002 THANG 1
                03/01/2025,,"100,000","200,000",NUOI EM ML--0002
                04/01/2025,,"100,000","300,000",NUOI EM ML–0002 (en dash)
                05/01/2025,,"100,000","400,000",NUOIEMML0002
                06/01/2025,,"100,000","500,000",NUOI EM ML 2
                """);
        site.buildOk();
        String page = Jsoup.parse(site.file("sao-ke/2025-01/index.html")).text();
        String csv = site.file("sao-ke/sao-ke.csv");
        for (String shown : List.of(page, csv)) {
            for (String spelling : List.of("0002", "ML 2", "ML - 0002", "ML–0002")) {
                assertFalse(shown.contains(spelling), spelling + " in " + shown);
            }
            assertTrue(shown.contains("[mã em]"), shown);
        }
        for (String line : csv.split("\r\n")) {
            if (line.startsWith("2025-")) assertTrue(line.split(",", 5)[4].contains("[mã em]"), line);
        }
    }

    @Test
    void aDonorsMemoNeverBecomesASpreadsheetFormula() {
        TestSite site = TestSite.of(dir, MEMO_HEADER + """
                02/01/2025,,"100,000","100,000","=HYPERLINK(""https://x.invalid"",""bam"")"
                03/01/2025,,"100,000","200,000",+1+cmd|' /C calc'!A0
                04/01/2025,,"100,000","300,000",-2+3
                05/01/2025,,"100,000","400,000",@SUM(1+1)
                """);
        site.buildOk();
        for (String line : site.file("sao-ke/sao-ke.csv").split("\r\n")) {
            if (!line.startsWith("2025-")) continue;
            String memo = line.split(",", 5)[4].replaceFirst("^\"", "");
            assertTrue(memo.startsWith("'"), line);
        }
    }

    @Test
    void noTitleCanEndTheStructuredDataOrHideThePage() {
        TestSite site = TestSite.of(dir, """
                -- site-config.yml --
                title: "Vùng cao <!--<script>"
                description: "</script><script>alert(1)</script> \u2028 & >"
                base_url: https://example.org/
                -- content/news/2021-07-15-khanh-thanh.md --
                ---
                title: "<!--<script> Khánh thành </script><script>alert(1)</script>"
                date: 2021-07-15
                ---
                Nội dung.
                """);
        site.buildOk();
        for (String file : List.of("index.html", "tin-tuc/khanh-thanh/index.html")) {
            String html = site.file(file);
            Document doc = Jsoup.parse(html);
            for (Element script : doc.select("script[type=application/ld+json], script[type=application/json]")) {
                String data = script.data();
                assertFalse(data.contains("<") || data.contains(">") || data.contains("&") || data.contains("\u2028"), data);
            }
            SafetyTest.assertOnlyOurScripts(doc, file);
            assertTrue(doc.select("footer").size() == 1, "the page is whole after its structured data: " + file);
        }
    }

    @Test
    void codePatternsThatCannotBacktrackAreAcceptedAndOthersRefused() {
        for (String ok : List.of("[A-Z]{2}-\\d{4}", "^[A-Z]{2}-\\d{4}$", "(ML|QS)-\\d{4}", "(ML|QS)?-?\\d{3,4}", "[A-Z]{2}-?\\d+",
                "\\p{Lu}{2}-\\d{4}", "[A-Z&&[^IO]]{2}-\\d{4}")) {
            assertTrue(CodePattern.compile(ok).pattern() != null, ok);
        }
        for (String bad : List.of("(a+)+", "(a|aa)*", "(a*)*b", "(?:[A-Z]+)+", "((ab)*c)+", "(x+x+)+y", "([A-Z])\\1",
                "(?<l>[A-Z])\\k<l>", "(?=A)[A-Z]", "[A-Z", "A".repeat(101))) {
            CodePattern.Result r = CodePattern.compile(bad);
            assertTrue(r.pattern() == null && !r.problem().isBlank(), bad);
        }
    }
}
