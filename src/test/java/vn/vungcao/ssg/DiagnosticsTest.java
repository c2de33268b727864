package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.diag.Position;
import vn.vungcao.ssg.pipeline.BuildResult;


/** Every diagnostic code, at its file, line and column. */
class DiagnosticsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a typo in a field name", """
                        -- content/news/2021-07-15-khanh-thanh.md --
                        ---
                        title: Khánh thành
                        date: 2021-07-15
                        sumary: Tóm tắt
                        ---
                        """, "content/news/2021-07-15-khanh-thanh.md:4:1 field.unknown", "Có phải bạn định viết 'summary'?"),
                Arguments.of("a missing required field", """
                        -- content/news/2021-07-15-khanh-thanh.md --
                        ---
                        date: 2021-07-15
                        ---
                        """, "content/news/2021-07-15-khanh-thanh.md:1:1 field.required", "'title'"),
                Arguments.of("a number that is text", """
                        -- content/schools/ban-on.md --
                        ---
                        name: Bản Ón
                        district: Mường Lát
                        classrooms: ba phòng
                        ---
                        """, "content/schools/ban-on.md:4:13 field.wrong-type", "số nguyên"),
                Arguments.of("a list where text is expected", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title:
                          - Giới thiệu
                        ---
                        """, "content/pages/gioi-thieu.md:3:3 field.wrong-type", "phải là chữ"),
                Arguments.of("a number out of range", """
                        -- content/children/ML-0001.md --
                        ---
                        code: ML-0001
                        name: Mai
                        birth_year: 1066
                        status: waiting
                        ---
                        """, "content/children/ML-0001.md:4:13 field.out-of-range", "từ 1990 đến 2100"),
                Arguments.of("an impossible date", """
                        -- content/news/2021-07-15-khanh-thanh.md --
                        ---
                        title: Khánh thành
                        date: 2021-02-30
                        ---
                        """, "content/news/2021-07-15-khanh-thanh.md:3:7 field.bad-date", "tháng 2 năm 2021 có 28 ngày"),
                Arguments.of("a date in another format", """
                        -- content/news/2021-07-15-khanh-thanh.md --
                        ---
                        title: Khánh thành
                        date: 15/07/2021
                        ---
                        """, "content/news/2021-07-15-khanh-thanh.md:3:7 field.bad-date", "YYYY-MM-DD"),
                Arguments.of("a status that does not exist", """
                        -- content/schools/ban-on.md --
                        ---
                        name: Bản Ón
                        district: Mường Lát
                        status: complete
                        ---
                        """, "content/schools/ban-on.md:4:9 field.not-allowed-value", "Có phải bạn định viết 'completed'?"),
                Arguments.of("a tab in the YAML", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title: Giới thiệu
                        menu:
                        \t- 1
                        ---
                        """, "content/pages/gioi-thieu.md:4:1 yaml.syntax", "Tab"),
                Arguments.of("an unclosed quote", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title: "Giới thiệu
                        menu: 1
                        ---
                        """, "content/pages/gioi-thieu.md:2:8 yaml.syntax", "không được đóng lại"),
                Arguments.of("a field written twice", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title: Giới thiệu
                        menu: 1
                        title: Về chúng tôi
                        ---
                        """, "content/pages/gioi-thieu.md:4:1 yaml.duplicate-key", "viết hai lần"),
                Arguments.of("an alias bomb", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        a: &a ["x","x","x","x","x","x","x","x","x"]
                        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                        title: Giới thiệu
                        ---
                        """, "content/pages/gioi-thieu.md:3:8 yaml.alias", "bí danh YAML"),
                Arguments.of("front matter that is a list", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        - title
                        - menu
                        ---
                        """, "content/pages/gioi-thieu.md:2:1 yaml.not-fields", "tên: giá trị"),
                Arguments.of("no front matter", """
                        -- content/pages/gioi-thieu.md --
                        Giới thiệu
                        """, "content/pages/gioi-thieu.md:1:1 front-matter.missing", "'---'"),
                Arguments.of("front matter never closed", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title: Giới thiệu
                        Về chúng tôi.
                        """, "content/pages/gioi-thieu.md:1:1 front-matter.unclosed", "để đóng lại"),
                Arguments.of("a child code unlike its file name", """
                        -- content/children/ML-0001.md --
                        ---
                        code: ML-0003
                        name: Mai
                        status: waiting
                        ---
                        """, "content/children/ML-0001.md:2:7 child.code-mismatch", "ML-0001.md"),
                Arguments.of("a child code with the wrong form", """
                        -- content/children/ML-0001.md --
                        ---
                        code: ml-1
                        name: Mai
                        status: waiting
                        ---
                        """, "content/children/ML-0001.md:2:7 child.code-pattern", "như ML-0000"),
                Arguments.of("a refused child field", """
                        -- content/children/ML-0001.md --
                        ---
                        code: ML-0001
                        name: Mai
                        status: waiting
                        dia_chi: bản Ón
                        ---
                        """, "content/children/ML-0001.md:5:1 child.field-refused", "người lạ tìm được em"),
                Arguments.of("parents' names", """
                        -- content/children/ML-0001.md --
                        ---
                        code: ML-0001
                        name: Mai
                        parents: Giàng A Páo
                        ---
                        """, "content/children/ML-0001.md:4:1 child.field-refused", "gia đình"),
                Arguments.of("a child field the config does not allow", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          allowed_fields: [code, name, school, status]
                        -- content/children/ML-0001.md --
                        ---
                        code: ML-0001
                        name: Mai
                        status: waiting
                        birth_year: 2014
                        ---
                        """, "content/children/ML-0001.md:5:1 child.field-not-allowed", "allowed_fields"),
                Arguments.of("a full name", """
                        -- content/children/ML-0001.md --
                        ---
                        code: ML-0001
                        name: Giàng Thị Mai
                        status: waiting
                        ---
                        """, "content/children/ML-0001.md:3:7 child.full-name", "tên gọi của em"),
                Arguments.of("a school that does not exist", """
                        -- content/children/ML-0001.md --
                        ---
                        code: ML-0001
                        name: Mai
                        school: ban-onn
                        status: waiting
                        ---
                        """, "content/children/ML-0001.md:4:9 ref.school-missing", "Có phải bạn định viết 'ban-on'?"),
                Arguments.of("a campaign that does not exist", """
                        -- content/news/2021-08-01-tin-hai.md --
                        ---
                        title: Tin thứ hai
                        date: 2021-08-01
                        campaign: ao-lanh
                        ---
                        """, "content/news/2021-08-01-tin-hai.md:4:11 ref.campaign-missing", "không có tệp content/campaigns/ao-lanh.md"),
                Arguments.of("a cover that does not exist", """
                        -- content/campaigns/ao-am.md --
                        ---
                        title: Áo ấm
                        cover: /images/khong-co.jpg
                        ---
                        """, "content/campaigns/ao-am.md:3:8 ref.file-missing", "content/images/khong-co.jpg"),
                Arguments.of("a gallery image that does not exist", """
                        -- content/schools/pu-nhi.md --
                        ---
                        name: Pù Nhi
                        district: Mường Lát
                        gallery:
                          - /images/khong-co.jpg
                        ---
                        """, "content/schools/pu-nhi.md:5:3 ref.file-missing", "content/images/khong-co.jpg"),
                Arguments.of("two news files with one address", """
                        -- content/news/2021-09-02-tin-ba.md --
                        ---
                        title: Tin ba lần nữa
                        date: 2021-09-02
                        ---
                        """, "content/news/2021-09-02-tin-ba.md route.duplicate", "/tin-tuc/tin-ba/"),
                Arguments.of("a page taking a section's address", """
                        -- content/pages/tin-tuc.md --
                        ---
                        title: Tin tức
                        ---
                        """, "content/pages/tin-tuc.md route.conflict", "/tin-tuc/"),
                Arguments.of("a Markdown file outside the known folders", """
                        -- content/new/2021-07-16-tin.md --
                        ---
                        title: Tin
                        date: 2021-07-16
                        ---
                        """, "content/new/2021-07-16-tin.md content.unknown-location", "content/news/"),
                Arguments.of("a campaign ending before it starts", """
                        -- content/campaigns/ao-am.md --
                        ---
                        title: Áo ấm
                        start: 2021-10-01
                        end: 2021-09-01
                        ---
                        """, "content/campaigns/ao-am.md:4:6 campaign.end-before-start", "trước khi bắt đầu"),
                Arguments.of("a school completed before it started", """
                        -- content/schools/ban-on.md --
                        ---
                        name: Bản Ón
                        district: Mường Lát
                        started: 2017-01-01
                        completed: 2016-01-01
                        ---
                        """, "content/schools/ban-on.md:5:12 school.completed-before-started", "trước khi khởi công"),
                Arguments.of("a theme name that is not a folder name", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        theme: ../../etc
                        """, "site-config.yml:3:8 config.bad-theme", "không phải một tên thư mục"),
                Arguments.of("an example code unlike the pattern", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          code_example: ML0123
                        """, "site-config.yml:4:17 config.bad-code-example", "không khớp"),
                Arguments.of("an allow-list without the name", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          allowed_fields: [code, school]
                        """, "site-config.yml:4:19 config.child-field-needed", "'name'"),
                Arguments.of("fields nested too deeply", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title: Giới thiệu
                        summary: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
                        ---
                        """, "content/pages/gioi-thieu.md:3:50 yaml.too-deep", "lồng nhau"),
                Arguments.of("binary data in a field", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title: Giới thiệu
                        summary: !!binary aGVsbG8=
                        ---
                        """, "content/pages/gioi-thieu.md:3:10 yaml.unsupported", "không được dùng"),
                Arguments.of("two children with one code when the pattern allows lower case", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          code_pattern: '[A-Za-z]{2}-\\d{4}'
                        -- content/children/ml-0001.md --
                        ---
                        code: ml-0001
                        name: Lan
                        status: waiting
                        ---
                        """, "content/children/ml-0001.md:2:7 child.code-duplicate", "đã được dùng cho content/children/ML-0001.md"),
                Arguments.of("a file where a page is published", """
                        -- content/robots.txt --
                        User-agent: *
                        """, "content/robots.txt route.file-conflict", "/robots.txt"),
                Arguments.of("a typo in the config", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        timezon: Asia/Ho_Chi_Minh
                        """, "site-config.yml:3:1 field.unknown", "Có phải bạn định viết 'timezone'?"),
                Arguments.of("a base URL that is not a URL", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: example.org
                        """, "site-config.yml:2:11 config.bad-base-url", "đầy đủ"),
                Arguments.of("a bad time zone", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        timezone: Hanoi
                        """, "site-config.yml:3:11 config.bad-timezone", "Asia/Ho_Chi_Minh"),
                Arguments.of("a bad code pattern", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          code_pattern: '[A-Z{2}'
                        """, "site-config.yml:4:17 config.bad-code-pattern", "biểu thức chính quy"),
                Arguments.of("an unknown child field in the allow-list", """
                        -- site-config.yml --
                        title: Vùng cao
                        base_url: https://example.org/
                        children:
                          allowed_fields: [code, name, address]
                        """, "site-config.yml:4:32 config.unknown-child-field", "address"),
                Arguments.of("a broken template override", """
                        -- themes/vungcao/templates/page.peb --
                        {% extends "base" %}{% block content %}
                        <h1>{{ content.titel }}</h1>
                        {% endblock %}
                        """, "themes/vungcao/templates/page.peb:2 template.error", "titel"),
                Arguments.of("an English version of a news post", """
                        -- content/news/2021-09-01-tin-ba.en.md --
                        ---
                        title: Third news
                        date: 2021-09-01
                        ---
                        Text.
                        """, "content/news/2021-09-01-tin-ba.en.md:1:1 content.translation-unsupported", "Chỉ các trang tự do"),
                Arguments.of("a script in the text", """
                        -- content/pages/gioi-thieu.md --
                        ---
                        title: Giới thiệu
                        ---
                        Về chúng tôi.

                        Xin chào <script>alert(1)</script>
                        """, "content/pages/gioi-thieu.md:6:10 markdown.unsafe-html-removed", "không an toàn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeAtItsPlace(String name, String files, String expected, String wording) {
        TestSite site = TestSite.of(dir, files);
        BuildResult result = site.build();
        List<String> described = TestSite.describe(result.diagnostics());
        assertEquals(1, described.stream().filter(x -> x.equals(expected)).count(),
                "expected " + expected + " once in " + described);
        Diagnostic d = result.diagnostics().stream()
                .filter(x -> (x.position() + " " + x.code()).equals(expected)).findFirst().orElseThrow();
        assertTrue((d.message() + " " + d.hint()).contains(wording),
                "message should say '" + wording + "': " + d.message() + " / " + d.hint());
        assertFalse(d.message().contains("Exception") || d.message().contains("at vn."), d.message());
    }

    @Test
    void eachMistakeIsListedOnceInTheOrderOfFilesLinesAndColumns() {
        Diagnostics collected = new Diagnostics();
        Position b = new Position("content/news/b.md", 3, 1);
        collected.add(Diagnostic.error("ref.file-missing", b, "Không thấy tệp", "Tải ảnh lên"));
        collected.add(Diagnostic.warning("child.full-name", new Position("content/children/A-2.md", 2, 7), "Tên đầy đủ", ""));
        collected.add(Diagnostic.error("ref.file-missing", b, "Không thấy tệp", "gợi ý khác"));
        collected.add(Diagnostic.warning("child.full-name", new Position("content/children/A-2.md", 2, 1), "Tên đầy đủ", ""));
        // the same mistake found twice (two stages, or a kept verdict and a new one) is said once
        collected.add(Diagnostic.error("ref.file-missing", b, "Không thấy tệp", "Tải ảnh lên"));
        collected.add(Diagnostic.warning("child.full-name", new Position("content/children/A-10.md", 9, 1), "Tên đầy đủ", ""));
        collected.add(Diagnostic.error("child.full-name", new Position("content/children/A-2.md", 2, 1), "Tên đầy đủ", ""));
        assertEquals(List.of(
                "content/children/A-10.md:9:1: warning [child.full-name] Tên đầy đủ",
                "content/children/A-2.md:2:1: error [child.full-name] Tên đầy đủ",
                "content/children/A-2.md:2:1: warning [child.full-name] Tên đầy đủ",
                "content/children/A-2.md:2:7: warning [child.full-name] Tên đầy đủ",
                "content/news/b.md:3:1: error [ref.file-missing] Không thấy tệp Tải ảnh lên",
                "content/news/b.md:3:1: error [ref.file-missing] Không thấy tệp gợi ý khác"),
                collected.sorted().stream().map(d -> d + " " + d.hint()).map(String::strip).toList());
    }

    @Test
    void invalidUtf8IsReportedWithTheFile() {
        TestSite site = TestSite.of(dir, "");
        byte[] bytes = "---\ntitle: Gi\u1EDBi thi\u1EC7u\n---\nXin ch".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xE0;
        bad[bytes.length + 1] = (byte) 0x28;
        site.write("content/pages/gioi-thieu.md", bad);
        BuildResult result = site.build();
        assertTrue(TestSite.describe(result.diagnostics()).contains("content/pages/gioi-thieu.md:4:7 file.invalid-utf8"),
                TestSite.describe(result.diagnostics()).toString());
    }

    @Test
    void anOversizedFileIsRefusedNotRead() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/pages/lon.md", "---\ntitle: Lớn\n---\n" + "a".repeat(2 * 1024 * 1024));
        BuildResult result = site.build();
        assertTrue(TestSite.describe(result.diagnostics()).contains("content/pages/lon.md file.too-large"),
                TestSite.describe(result.diagnostics()).toString());
    }

    @Test
    void aMissingContentFolderIsReported() {
        TestSite site = TestSite.exactly(dir, """
                -- site-config.yml --
                title: Vùng cao
                base_url: https://example.org/
                """);
        assertEquals(List.of("content content.missing"), TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void aLinkInContentIsRefused() throws IOException {
        TestSite site = TestSite.of(dir, "");
        Files.createSymbolicLink(site.root().resolve("content/images.svg"), Path.of("/etc/hostname"));
        BuildResult result = site.build();
        assertEquals(List.of("content/images.svg file.link"), TestSite.describe(result.diagnostics()));
        assertFalse(result.published());
        assertFalse(site.exists("images.svg"), "a link never brings a file from outside the site into the output");
    }

    @Test
    void aMissingConfigIsReported() {
        TestSite site = TestSite.of(dir, "-- site-config.yml --\n!delete\n");
        BuildResult result = site.build();
        assertEquals(List.of("site-config.yml config.missing"), TestSite.describe(result.diagnostics()));
    }

    @Test
    void aDuplicateCodeIsReportedAtTheSecondFile() {
        TestSite site = TestSite.of(dir, """
                -- content/children/ML-0003.md --
                ---
                code: ML-0001
                name: Lan
                status: waiting
                ---
                """);
        List<String> d = TestSite.describe(site.build().diagnostics());
        assertTrue(d.contains("content/children/ML-0003.md:2:7 child.code-mismatch"), d.toString());
    }

    @Test
    void everyMistakeIsReportedInOneRun() {
        TestSite site = TestSite.of(dir, """
                -- content/news/2021-07-15-khanh-thanh.md --
                ---
                titel: Khánh thành
                date: 2021-13-01
                ---
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: Mai
                phone: 0900
                school: khong-co
                ---
                -- content/pages/gioi-thieu.md --
                ---
                title: "unclosed
                ---
                -- content/campaigns/ao-am.md --
                ---
                title: Áo ấm
                goal_vnd: nhiều
                ---
                """);
        List<String> d = TestSite.describe(site.build().diagnostics());
        for (String expected : List.of(
                "content/news/2021-07-15-khanh-thanh.md:2:1 field.unknown",
                "content/news/2021-07-15-khanh-thanh.md:3:7 field.bad-date",
                "content/children/ML-0001.md:4:1 child.field-refused",
                "content/campaigns/ao-am.md:3:11 field.wrong-type")) {
            assertTrue(d.contains(expected), "missing " + expected + " in " + d);
        }
        assertTrue(d.stream().anyMatch(s -> s.startsWith("content/pages/gioi-thieu.md:") && s.endsWith("yaml.syntax")), d.toString());
        // one mistake, one message: 'titel' is not also reported as a missing title, and the news post
        // that refers to the broken campaign is not reported as referring to a missing one
        assertFalse(d.contains("content/news/2021-07-15-khanh-thanh.md:1:1 field.required"), d.toString());
        assertFalse(d.stream().anyMatch(s -> s.endsWith("ref.campaign-missing")), d.toString());
    }
}
