package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.pipeline.BuildResult;


/**
 * SVG drawings from a pull request: read as XML whatever their encoding, held against an
 * allow-list, refused with the line and the element or attribute named, and published as the
 * bytes that were checked (or, for UTF-16, as a clean UTF-8 copy).
 */
class SvgImagesTest {

    @TempDir
    Path dir;

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">\n";

    /** The diagnostics of a site whose only extra file is {@code content/images/<name>}. */
    private BuildResult build(String name, byte[] svg) {
        TestSite site = TestSite.of(dir.resolve(name), "");
        site.write("content/images/" + name, svg);
        return site.build();
    }

    private List<String> refused(String name, String svg) {
        return TestSite.describe(build(name, svg.getBytes(StandardCharsets.UTF_8)).diagnostics());
    }

    @Test
    void theExampleSitesDrawingsPassAndArePublishedByteForByte() throws Exception {
        TestSite site = TestSite.of(dir, "");
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(ExampleSite.ROOT.resolve("content/images"))) {
            for (Path p : list.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                names.add(p.getFileName().toString());
                site.write("content/images/" + p.getFileName(), Files.readAllBytes(p));
            }
        }
        assertEquals(11, names.size(), names.toString());
        site.buildOk();
        for (String name : names) {
            byte[] published = Files.readAllBytes(site.out().resolve("images/" + name));
            assertArrayEquals(Files.readAllBytes(ExampleSite.ROOT.resolve("content/images").resolve(name)), published, name);
            assertArrayEquals(Files.readAllBytes(Path.of("src/test/resources/golden/example/images", name)), published, name);
        }
    }

    @Test
    void aScriptIsRefusedWhateverPrefixItsNamespaceIsGiven() {
        assertEquals(List.of("content/images/a.svg:2 image.svg-unsafe"), refused("a.svg",
                "<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\">\n<svg:script>alert(1)</svg:script>\n</svg:svg>\n"));
        BuildResult prefixed = build("b.svg", (OPEN + "<x:script xmlns:x=\"http://www.w3.org/2000/svg\">alert(1)</x:script>\n</svg>\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("content/images/b.svg:2 image.svg-unsafe"), TestSite.describe(prefixed.diagnostics()));
        assertTrue(prefixed.diagnostics().get(0).message().contains("phần tử <x:script>"), prefixed.diagnostics().get(0).message());
        // an XHTML script inside a drawing runs too
        assertEquals(List.of("content/images/c.svg:2 image.svg-unsafe"), refused("c.svg",
                OPEN + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>\n</svg>\n"));
    }

    @Test
    void aScriptIsRefusedInUtf16WithOrWithoutAByteOrderMark() {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + OPEN + "<script>alert(1)</script>\n</svg>\n";
        assertEquals(List.of("content/images/bom.svg:3 image.svg-unsafe"),
                TestSite.describe(build("bom.svg", svg.getBytes(StandardCharsets.UTF_16)).diagnostics()));
        assertEquals(List.of("content/images/le.svg:3 image.svg-unsafe"),
                TestSite.describe(build("le.svg", svg.getBytes(StandardCharsets.UTF_16LE)).diagnostics()));
    }

    @Test
    void characterReferencesCannotHideAJavascriptLink() {
        BuildResult hex = build("hex.svg", (OPEN + "<use href=\"jav&#x61;script:alert(1)\"/>\n</svg>\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("content/images/hex.svg:2 image.svg-unsafe"), TestSite.describe(hex.diagnostics()));
        assertTrue(hex.diagnostics().get(0).message().contains("liên kết href trên <use>"), hex.diagnostics().get(0).message());
        assertEquals(List.of("content/images/dec.svg:3 image.svg-unsafe"), refused("dec.svg",
                OPEN + "<rect id=\"r\" width=\"1\" height=\"1\"/>\n<use xlink:href=\"&#106;avascript:alert(1)\"/>\n</svg>\n"));
        assertEquals(List.of("content/images/a.svg:2 image.svg-unsafe"), refused("a.svg",
                OPEN + "<a href=\"jav&#x61;script:alert(1)\"><text>x</text></a>\n</svg>\n"));
    }

    @Test
    void aDoctypeIsRefusedOutrightBeforeItsEntitiesAreRead() {
        BuildResult entity = build("dtd.svg", ("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [
                  <!ENTITY js "javascript">
                ]>
                <svg xmlns="http://www.w3.org/2000/svg"><use href="&js;:alert(1)"/></svg>
                """).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("content/images/dtd.svg:2 image.svg-unsafe"), TestSite.describe(entity.diagnostics()));
        assertTrue(entity.diagnostics().get(0).message().contains("DOCTYPE"), entity.diagnostics().get(0).message());
        // an external DTD is never fetched: the file is refused as it is read
        assertEquals(List.of("content/images/ext.svg:1 image.svg-unsafe"), refused("ext.svg",
                "<!DOCTYPE svg SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"));
    }

    @Test
    void handlersEmbeddedContentStylesAndOutsideLinksAreRefusedAtTheirLine() {
        String[][] cases = {
                {"onload.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">\n</svg>\n", "1", "trình xử lý sự kiện onload trên <svg>"},
                {"foreign.svg", OPEN + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>\n</svg>\n", "2", "<foreignObject>"},
                {"a.svg", OPEN + "<a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a>\n</svg>\n", "2", "phần tử <a>"},
                {"use.svg", OPEN + "\n<use href=\"https://example.org/icons.svg#child\"/>\n</svg>\n", "3", "liên kết href trên <use>"},
                {"image.svg", OPEN + "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/>\n</svg>\n", "2", "phần tử <image>"},
                {"style.svg", OPEN + "<style>@import url(https://example.org/a.css);</style>\n</svg>\n", "2", "một bảng kiểu"},
                {"css.svg", OPEN + "<rect style=\"fill:url(https://example.org/p.svg#a)\" width=\"1\" height=\"1\"/>\n</svg>\n", "2", "kiểu trình bày style trên <rect>"},
                {"escape.svg", OPEN + "<rect fill=\"\\75 rl(https://example.org/p.svg#a)\" width=\"1\" height=\"1\"/>\n</svg>\n", "2", "fill trên <rect>"},
                {"set.svg", OPEN + "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>\n</svg>\n", "2", "phần tử <set>"},
                {"pi.svg", "<?xml-stylesheet href=\"https://example.org/a.css\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "1", "<?xml-stylesheet?>"},
                {"base.svg", OPEN.replace(">\n", " xml:base=\"https://example.org/\">\n") + "</svg>\n", "1", "xml:base trên <svg>"},
                {"html.svg", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>\n", "1", "phần tử gốc <html>"},
        };
        for (String[] c : cases) {
            BuildResult result = build(c[0], c[1].getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("content/images/" + c[0] + ":" + c[2] + " image.svg-unsafe"), TestSite.describe(result.diagnostics()), c[0]);
            Diagnostic d = result.diagnostics().get(0);
            assertTrue(d.message().contains(c[3]), c[0] + ": " + d.message());
            assertFalse(d.hint().isBlank());
        }
    }

    @Test
    void presentationStylesAndLinksWithinTheDrawingPass() throws Exception {
        String svg = OPEN + """
                <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
                <clipPath id="c"><circle r="4"/></clipPath><filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs>
                <!-- a comment -->
                <rect id="r" width="4" height="4" fill="url(#g)" clip-path="url('#c')" filter="url(#f)" transform="rotate(45 5 5)"
                      style="fill:#fff; stroke:rgb(0,0,0);stroke-width:2" data-name="Layer 1"/>
                <use href="#r"/><use xlink:href="#r" x="2"/>
                <text x="1" y="9" font-family="'Noto Sans', sans-serif" xml:space="preserve">Lớp học &amp; bản Ón</text>
                </svg>
                """;
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/ve.svg", svg);
        site.buildOk();
        assertArrayEquals(svg.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(site.out().resolve("images/ve.svg")));
    }

    @Test
    void aCleanDrawingInUtf16IsPublishedAsACleanUtf8Copy() throws Exception {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + OPEN
                + "<!-- drawn by hand -->\n<title>Lớp học &amp; bản Ón</title>\n<rect width=\"4\" height=\"4\" fill=\"#c0392b\"/>\n</svg>\n";
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/ve.svg", svg.getBytes(StandardCharsets.UTF_16));
        site.buildOk();
        String published = Files.readString(site.out().resolve("images/ve.svg"), StandardCharsets.UTF_8);
        assertTrue(published.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"), published);
        assertFalse(published.contains("drawn by hand"), published);
        Document doc = Jsoup.parse(published, "", Parser.xmlParser());
        assertEquals("Lớp học & bản Ón", doc.selectFirst("title").text());
        assertEquals("#c0392b", doc.selectFirst("rect").attr("fill"));
        assertEquals("http://www.w3.org/2000/svg", doc.selectFirst("svg").attr("xmlns"));
    }

    @Test
    void anSvgThatIsNotWellFormedIsUnreadable() {
        assertEquals(List.of("content/images/hong.svg:3 image.unreadable"), refused("hong.svg", OPEN + "<rect>\n</svg>\n"));
        // bytes that are not the UTF-8 the file claims
        assertEquals(List.of("content/images/byte.svg:2 image.unreadable"), TestSite.describe(build("byte.svg",
                TestImages.concat(OPEN.getBytes(StandardCharsets.UTF_8), new byte[] {'<', 't', 'e', 'x', 't', '>', (byte) 0xC3, '(', '<', '/', 't', 'e', 'x', 't', '>'},
                        "</svg>".getBytes(StandardCharsets.UTF_8))).diagnostics()));
    }

    @Test
    void anUnsafeDrawingInTheSitesOwnThemeIsRefusedToo() {
        TestSite site = TestSite.of(dir, "");
        site.write("themes/vungcao/static/icons/icon-192.png", TestImages.png(8, 8));
        site.write("themes/vungcao/static/logo.svg", OPEN + "<script>alert(1)</script>\n</svg>\n");
        assertEquals(List.of("themes/vungcao/static/logo.svg:2 image.svg-unsafe"), TestSite.describe(site.build().diagnostics()));
    }
}
