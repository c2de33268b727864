package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.build.BuildResult;

/** Photos: GPS refused, every published image re-encoded without metadata, resized, cached. */
class ImagesTest {

    @TempDir
    Path dir;

    private static final String SCHOOL_WITH_COVER = """
            -- content/schools/ban-on.md --
            ---
            name: Điểm trường bản Ón
            district: Mường Lát
            cover: /images/truong.jpg
            ---
            Ba phòng học.

            ![Lớp học mới](/images/lop.png)
            """;

    @Test
    void aPhotoWithGpsLocationIsRefused() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/anh.jpg", TestImages.jpeg(64, 48, 1, true));
        BuildResult result = site.build();
        assertEquals(List.of("content/images/anh.jpg image.gps"), TestSite.describe(result.diagnostics()));
        assertTrue(result.diagnostics().get(0).message().contains("GPS"));
        assertFalse(result.published());
    }

    @Test
    void aGpsTaggedImageInTheSitesOwnThemeIsRefusedToo() {
        TestSite site = TestSite.of(dir, "");
        site.write("themes/vungcao/static/icons/icon-192.png", TestImages.png(8, 8));
        site.write("themes/vungcao/static/nen.jpg", TestImages.jpeg(64, 48, 1, true));
        assertEquals(List.of("themes/vungcao/static/nen.jpg image.gps"), TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void everyPublishedImageIsReencodedWithoutMetadataAndResized() throws Exception {
        TestSite site = TestSite.of(dir, SCHOOL_WITH_COVER);
        site.write("content/images/truong.jpg", TestImages.jpeg(1200, 800, 1, false));
        site.write("content/images/lop.png", TestImages.png(1000, 500));
        site.buildOk();
        for (String path : List.of("images/truong.jpg", "images/truong.480w.jpg", "images/truong.960w.jpg",
                "images/lop.png", "images/lop.480w.png", "images/lop.960w.png")) {
            assertTrue(site.exists(path), path);
        }
        try (Stream<Path> all = Files.walk(site.out())) {
            for (Path p : all.filter(p -> p.toString().matches(".*\\.(jpg|png)$")).toList()) {
                assertNoMetadata(Files.readAllBytes(p), p.toString());
            }
        }
        BufferedImage small = ImageIO.read(site.out().resolve("images/truong.480w.jpg").toFile());
        assertEquals(480, small.getWidth());
        assertEquals(320, small.getHeight());

        Element cover = Jsoup.parse(site.file("truong/ban-on/index.html")).selectFirst("img.cover");
        assertEquals("/images/truong.jpg", cover.attr("src"));
        assertEquals("/images/truong.480w.jpg 480w, /images/truong.960w.jpg 960w, /images/truong.jpg 1200w", cover.attr("srcset"));
        assertEquals("1200", cover.attr("width"));
        assertEquals("800", cover.attr("height"));
        assertTrue(cover.hasAttr("sizes"));
        Element inText = Jsoup.parse(site.file("truong/ban-on/index.html")).selectFirst(".prose img");
        assertEquals("Lớp học mới", inText.attr("alt"));
        assertEquals("1000", inText.attr("width"));
        assertEquals("lazy", inText.attr("loading"));
        assertTrue(inText.attr("srcset").contains("/images/lop.480w.png 480w"), inText.toString());
        Element card = Jsoup.parse(site.file("truong/index.html")).selectFirst("img.card-image");
        assertEquals("lazy", card.attr("loading"));
    }

    @Test
    void theOrientationIsAppliedToThePixels() throws Exception {
        TestSite site = TestSite.of(dir, SCHOOL_WITH_COVER.replace("![Lớp học mới](/images/lop.png)", ""));
        site.write("content/images/truong.jpg", TestImages.jpeg(300, 200, 6, false));
        site.buildOk();
        BufferedImage out = ImageIO.read(site.out().resolve("images/truong.jpg").toFile());
        assertEquals(200, out.getWidth(), "turned a quarter: the landscape photo stands upright");
        assertEquals(300, out.getHeight());
        // the red quarter was top-left; after turning 90° clockwise it is top-right
        int topRight = out.getRGB(out.getWidth() - 10, 10);
        assertTrue(((topRight >> 16) & 0xFF) > 200 && (topRight & 0xFF) < 80, Integer.toHexString(topRight));
    }

    @Test
    void aChildPhotoGetsASquareThumbnailForTheLookUpCard() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/children/ML-0001.md --
                ---
                code: ML-0001
                name: Mai
                status: waiting
                photo: /images/tre-em/ml-0001.jpg
                ---
                """);
        site.write("content/images/tre-em/ml-0001.jpg", TestImages.jpeg(600, 800, 1, false));
        site.buildOk();
        BufferedImage thumb = ImageIO.read(site.out().resolve("images/tre-em/ml-0001.thumb.jpg").toFile());
        assertEquals(160, thumb.getWidth());
        assertEquals(160, thumb.getHeight());
        assertTrue(site.file("tre-em/index.html").contains("src=\"/images/tre-em/ml-0001.thumb.jpg\""));
    }

    @Test
    void anImageWithoutDescriptionDrawsAWarningAtItsLine() {
        TestSite site = TestSite.of(dir, SCHOOL_WITH_COVER.replace("![Lớp học mới]", "![]"));
        site.write("content/images/truong.jpg", TestImages.jpeg(64, 48, 1, false));
        site.write("content/images/lop.png", TestImages.png(64, 48));
        BuildResult result = site.buildOk();
        assertEquals(List.of("content/schools/ban-on.md:8:1 image.missing-alt"), TestSite.describe(result.diagnostics()));
    }

    @Test
    void anSvgWithAScriptIsRefused() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/ve.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script>\n</svg>\n");
        site.write("content/images/nut.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>\n");
        List<String> d = TestSite.describe(site.build().diagnostics());
        assertTrue(d.contains("content/images/ve.svg:2 image.svg-unsafe"), d.toString());
        assertTrue(d.contains("content/images/nut.svg:1 image.svg-unsafe"), d.toString());
    }

    @Test
    void imagesACameraMakesButBrowsersCannotShowAreRefused() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/iphone.heic", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        site.write("content/images/hong.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        List<String> d = TestSite.describe(site.build().diagnostics());
        assertTrue(d.contains("content/images/iphone.heic image.unsupported"), d.toString());
        assertTrue(d.contains("content/images/hong.jpg image.unreadable"), d.toString());
    }

    @Test
    void processedImagesAreCachedBetweenBuilds() throws Exception {
        TestSite site = TestSite.of(dir, SCHOOL_WITH_COVER.replace("![Lớp học mới](/images/lop.png)", ""));
        site.write("content/images/truong.jpg", TestImages.jpeg(1200, 800, 1, false));
        site.buildOk();
        Map<String, byte[]> first = TestSite.snapshot(site.out());
        Path cache = site.options().cacheDir();
        List<Path> entries;
        try (Stream<Path> list = Files.list(cache)) {
            entries = list.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        assertEquals(3, entries.size(), "the original and two sizes are cached");
        site.buildOk();
        Map<String, byte[]> second = TestSite.snapshot(site.out());
        first.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, second.get(path)), path));
        // a rebuild takes the cached files as they are, without encoding again
        byte[] marker = TestImages.jpeg(10, 10, 1, false);
        for (Path e : entries) Files.write(e, marker);
        site.buildOk();
        assertTrue(java.util.Arrays.equals(marker, Files.readAllBytes(site.out().resolve("images/truong.jpg"))));
    }

    static void assertNoMetadata(byte[] bytes, String where) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
        for (Directory d : metadata.getDirectories()) {
            String name = d.getName();
            assertFalse(name.contains("Exif") || name.contains("GPS") || name.contains("XMP") || name.contains("IPTC")
                    || name.contains("ICC") || name.contains("Photoshop"), where + " still has " + name);
        }
    }
}
