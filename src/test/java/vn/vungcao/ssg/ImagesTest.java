package vn.vungcao.ssg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vungcao.ssg.image.ImageCache;
import vn.vungcao.ssg.pipeline.BuildResult;


/**
 * Photos: a location in any metadata block refused, damaged and oversized files refused, every
 * published image re-encoded without metadata, resized, cached, and a cache entry checked again
 * before it is published.
 */
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
        assertTrue(result.diagnostics().get(0).message().contains("vị trí GPS trong phần dữ liệu EXIF"), result.diagnostics().toString());
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
    void locationInXmpDataIsRefusedWhetherWrittenAsAttributesOrAsElements() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/thuoc-tinh.jpg", TestImages.xmpJpeg(64, 48,
                TestImages.xmp("exif:GPSLatitude=\"20,28.0N\" exif:GPSLongitude=\"104,31.0E\"", "")));
        // another prefix for the EXIF namespace, and elements instead of attributes
        site.write("content/images/phan-tu.jpg", TestImages.xmpJpeg(64, 48, TestImages.xmp("xmlns:g=\"http://ns.adobe.com/exif/1.0/\"",
                "<g:GPSLatitude>20,28.0N</g:GPSLatitude><g:GPSLongitude>104,31.0E</g:GPSLongitude>")));
        site.write("content/images/khong-gps.jpg", TestImages.xmpJpeg(64, 48, TestImages.xmp("exif:GPSVersionID=\"2.2.0.0\"",
                "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Lớp học</rdf:li></rdf:Alt></dc:title>")));
        BuildResult result = site.build();
        assertEquals(List.of("content/images/phan-tu.jpg image.gps", "content/images/thuoc-tinh.jpg image.gps"),
                TestSite.describe(result.diagnostics()));
        for (var d : result.diagnostics()) assertTrue(d.message().contains("vị trí GPS trong phần dữ liệu XMP"), d.message());
    }

    @Test
    void locationInTheExtendedPartOfAnXmpPacketIsRefused() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/anh.jpg", TestImages.extendedXmpJpeg(64, 48, TestImages.xmp("",
                "<exif:GPSLatitude>20,28.0N</exif:GPSLatitude>")));
        assertEquals(List.of("content/images/anh.jpg image.gps"), TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void coordinatesInAnIptcExtensionLocationAreRefusedAndNamedSo() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/anh.jpg", TestImages.xmpJpeg(64, 48, TestImages.xmp("", """
                <Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li rdf:parseType="Resource">
                  <Iptc4xmpExt:Sublocation>Bản Ón</Iptc4xmpExt:Sublocation>
                  <exif:GPSLatitude>20,28.0N</exif:GPSLatitude>
                </rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown>""")));
        BuildResult result = site.build();
        assertEquals(List.of("content/images/anh.jpg image.gps"), TestSite.describe(result.diagnostics()));
        assertTrue(result.diagnostics().get(0).message().contains("vị trí GPS trong phần dữ liệu vị trí IPTC"),
                result.diagnostics().get(0).message());
    }

    @Test
    void anXmpPacketThatCannotBeReadIsRefusedSinceItCannotBeChecked() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/anh.jpg", TestImages.xmpJpeg(64, 48, "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF exif:GPSLatitude="));
        BuildResult result = site.build();
        assertEquals(List.of("content/images/anh.jpg image.unreadable"), TestSite.describe(result.diagnostics()));
        assertTrue(result.diagnostics().get(0).message().contains("XMP"), result.diagnostics().get(0).message());
    }

    @Test
    void placeNamesInIptcOrXmpDataDrawAWarningAndAreNotPublished() throws Exception {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/iptc.jpg", TestImages.iptcJpeg(64, 48, "Mường Lát"));
        site.write("content/images/xmp.jpg", TestImages.xmpJpeg(64, 48, TestImages.xmp("photoshop:City=\"Mường Lát\"", "")));
        BuildResult result = site.buildOk();
        assertEquals(List.of("content/images/iptc.jpg image.place-name", "content/images/xmp.jpg image.place-name"),
                TestSite.describe(result.diagnostics()));
        assertTrue(result.diagnostics().get(0).message().contains("thành phố trong phần dữ liệu IPTC"), result.diagnostics().get(0).message());
        assertTrue(result.diagnostics().get(1).message().contains("thành phố trong phần dữ liệu XMP"), result.diagnostics().get(1).message());
        assertNoMetadata(Files.readAllBytes(site.out().resolve("images/iptc.jpg")), "iptc.jpg");
        assertNoMetadata(Files.readAllBytes(site.out().resolve("images/xmp.jpg")), "xmp.jpg");
    }

    @Test
    void locationInAnyPngChunkIsRefused() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/exif.png", TestImages.pngWith(8, 8, "eXIf", TestImages.tiffExif(true)));
        String xmp = TestImages.xmp("exif:GPSLatitude=\"20,28.0N\"", "");
        site.write("content/images/itxt.png", TestImages.pngWith(8, 8, "iTXt",
                TestImages.concat("XML:com.adobe.xmp\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1), xmp.getBytes(StandardCharsets.UTF_8))));
        // XMP in chunks the library does not read as XMP: a tEXt chunk, and a compressed one under another keyword
        site.write("content/images/text.png", TestImages.pngWith(8, 8, "tEXt",
                TestImages.concat("XML:com.adobe.xmp\0".getBytes(StandardCharsets.ISO_8859_1), xmp.getBytes(StandardCharsets.UTF_8))));
        site.write("content/images/ztxt.png", TestImages.pngWith(8, 8, "zTXt",
                TestImages.concat("xmp\0\0".getBytes(StandardCharsets.ISO_8859_1), TestImages.deflate(xmp.getBytes(StandardCharsets.UTF_8)))));
        // ImageMagick keeps a JPEG's EXIF in a PNG as hex text
        byte[] exif = TestImages.concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), TestImages.tiffExif(true));
        String raw = "\nexif\n" + String.format("%8d", exif.length) + "\n" + HexFormat.of().formatHex(exif) + "\n";
        site.write("content/images/magick.png", TestImages.pngWith(8, 8, "zTXt",
                TestImages.concat("Raw profile type exif\0\0".getBytes(StandardCharsets.ISO_8859_1), TestImages.deflate(raw.getBytes(StandardCharsets.ISO_8859_1)))));
        site.write("content/images/sach.png", TestImages.pngWith(8, 8, "tEXt", "Software\0Paint".getBytes(StandardCharsets.ISO_8859_1),
                "eXIf", TestImages.tiffExif(false)));
        BuildResult result = site.build();
        assertEquals(List.of("content/images/exif.png image.gps", "content/images/itxt.png image.gps", "content/images/magick.png image.gps",
                "content/images/text.png image.gps", "content/images/ztxt.png image.gps"), TestSite.describe(result.diagnostics()));
        List<String> messages = result.diagnostics().stream().map(d -> d.message()).toList();
        assertTrue(messages.get(0).contains("phần dữ liệu EXIF (khối eXIf của tệp PNG)"), messages.get(0));
        assertTrue(messages.get(1).contains("phần dữ liệu XMP"), messages.get(1));
        assertTrue(messages.get(2).contains("phần dữ liệu EXIF (nằm trong một khối chữ của tệp PNG (zTXt))"), messages.get(2));
        assertTrue(messages.get(3).contains("phần dữ liệu XMP (nằm trong một khối chữ của tệp PNG (tEXt))"), messages.get(3));
    }

    @Test
    void aWebpIsRefusedAsUnsupportedAndSaysSoWhenItCarriesALocation() {
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/co-gps.webp", TestImages.webp(64, 48, TestImages.tiffExif(true)));
        site.write("content/images/khong.webp", TestImages.webp(64, 48, null));
        site.write("content/images/xmp.webp", TestImages.webp(64, 48, null, TestImages.xmp("exif:GPSLongitude=\"104,31.0E\"", "")));
        BuildResult result = site.build();
        assertEquals(List.of("content/images/co-gps.webp image.gps", "content/images/co-gps.webp image.unsupported",
                "content/images/khong.webp image.unsupported", "content/images/xmp.webp image.gps",
                "content/images/xmp.webp image.unsupported"), TestSite.describe(result.diagnostics()));
        assertTrue(result.diagnostics().get(0).message().contains("khối EXIF của tệp WebP"), result.diagnostics().get(0).message());
        assertTrue(result.diagnostics().get(3).message().contains("dữ liệu XMP"), result.diagnostics().get(3).message());
    }

    @Test
    void aJpegCutShortIsRefusedRatherThanPublishedHalfGrey() {
        byte[] whole = TestImages.plainJpeg(TestImages.noise(400, 300));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/cat.jpg", half);
        // cut short and closed with an end marker: only the decoder's warning tells
        site.write("content/images/dong.jpg", TestImages.concat(half, new byte[] {(byte) 0xFF, (byte) 0xD9}));
        BuildResult result = site.build();
        assertEquals(List.of("content/images/cat.jpg image.truncated", "content/images/dong.jpg image.truncated"),
                TestSite.describe(result.diagnostics()));
        assertFalse(result.published());
        assertFalse(site.exists("images/cat.jpg"));
    }

    @Test
    void aPngCutShortIsRefused() {
        byte[] whole = TestImages.png(300, 200);
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/khong-iend.png", Arrays.copyOf(whole, whole.length - 12));
        site.write("content/images/nua.png", Arrays.copyOf(whole, whole.length / 2));
        byte[] damaged = whole.clone();
        damaged[40] ^= 0x55; // inside the IDAT: its checksum no longer matches
        site.write("content/images/hong.png", damaged);
        assertEquals(List.of("content/images/hong.png image.unreadable", "content/images/khong-iend.png image.truncated",
                "content/images/nua.png image.truncated"), TestSite.describe(site.build().diagnostics()));
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedFromItsHeader() {
        byte[] forged = TestImages.forgedPng(20000, 20000);
        TestSite site = TestSite.of(dir, "");
        site.write("content/images/lon.png", forged);
        BuildResult result = site.build();
        assertEquals(List.of("content/images/lon.png image.too-large"), TestSite.describe(result.diagnostics()));
        String message = result.diagnostics().get(0).message();
        assertTrue(message.contains("20000 × 20000 điểm ảnh") && message.contains("tối đa 50 megapixel"), message);
    }

    @Test
    void processedImagesAreCachedBetweenBuilds() throws Exception {
        TestSite site = TestSite.of(dir, SCHOOL_WITH_COVER.replace("![Lớp học mới](/images/lop.png)", ""));
        site.write("content/images/truong.jpg", TestImages.jpeg(1200, 800, 1, false));
        site.write("content/images/lop.png", TestImages.png(300, 200));
        site.write("content/images/ve.gif", TestImages.gif(300, 200));
        site.buildOk();
        Map<String, byte[]> first = TestSite.snapshot(site.out());
        List<Path> entries = cacheEntries(site, ".jpg");
        assertEquals(3, entries.size(), "the original and two sizes are cached");
        Map<String, Object> kept = fileKeys(site.options().cacheDir());
        site.buildOk();
        Map<String, byte[]> second = TestSite.snapshot(site.out());
        first.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, second.get(path)), path));
        // every entry the generator wrote passes its own checks: none was encoded and written again
        assertEquals(kept, fileKeys(site.options().cacheDir()));
        // a rebuild takes sound cached files as they are, without encoding again
        ImageCache cache = new ImageCache(site.options().cacheDir());
        Map<String, byte[]> markers = Map.of(
                "truong.jpg", TestImages.plainJpeg(TestImages.noise(1200, 800)),
                "lop.png", TestImages.encoded(TestImages.noise(300, 200), "png"),
                "ve.gif", TestImages.encoded(TestImages.noise(300, 200), "gif"));
        for (var m : markers.entrySet()) {
            String source = sha256(Files.readAllBytes(site.root().resolve("content/images/" + m.getKey())));
            String ext = m.getKey().substring(m.getKey().indexOf('.'));
            Path original = cacheEntries(site, ext).stream().filter(p -> p.getFileName().toString().startsWith(source))
                    .findFirst().orElseThrow();
            cache.put(original.getFileName().toString(), source, m.getValue());
        }
        site.buildOk();
        markers.forEach((name, marker) -> {
            try {
                assertTrue(Arrays.equals(marker, Files.readAllBytes(site.out().resolve("images/" + name))), name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aCacheEntryPlantedByAPullRequestIsNeverPublished() throws Exception {
        TestSite site = TestSite.of(dir, SCHOOL_WITH_COVER.replace("![Lớp học mới](/images/lop.png)", ""));
        site.write("content/images/truong.jpg", TestImages.jpeg(1200, 800, 1, false));
        site.buildOk();
        Map<String, byte[]> clean = TestSite.snapshot(site.out());
        List<Path> entries = cacheEntries(site, ".jpg");
        assertEquals(3, entries.size());
        byte[] gps = TestImages.jpeg(1200, 800, 1, true);
        String source = sha256(Files.readAllBytes(site.root().resolve("content/images/truong.jpg")));

        // a GPS-tagged photo and garbage at the very keys the build used
        Files.write(entries.get(0), gps);
        Files.write(entries.get(1), "garbage".getBytes(StandardCharsets.UTF_8));
        assertPublishedAsEncoded(site, clean);

        // the same with headers that match: whoever writes .cache can write those too
        ImageCache forger = new ImageCache(site.options().cacheDir());
        forger.put(entries.get(0).getFileName().toString(), source, gps);
        forger.put(entries.get(1).getFileName().toString(), source, TestImages.jpeg(480, 320, 1, true));
        assertPublishedAsEncoded(site, clean);

        // a clean picture, of the wrong size, or made by another version of the generator
        forger.put(entries.get(0).getFileName().toString(), source, TestImages.plainJpeg(1199, 800));
        assertPublishedAsEncoded(site, clean);
        new ImageCache(site.options().cacheDir(), "another generator").put(entries.get(0).getFileName().toString(), source,
                TestImages.plainJpeg(1200, 800));
        assertPublishedAsEncoded(site, clean);
    }

    /** The build publishes what it encodes itself from the source, byte for byte, with no metadata. */
    private static void assertPublishedAsEncoded(TestSite site, Map<String, byte[]> clean) throws Exception {
        site.buildOk();
        for (String path : List.of("images/truong.jpg", "images/truong.480w.jpg", "images/truong.960w.jpg")) {
            byte[] published = Files.readAllBytes(site.out().resolve(path));
            assertTrue(Arrays.equals(clean.get(path), published), path);
            assertNoMetadata(published, path);
        }
    }

    /** Each file of {@code dir} by name, with what tells it from a file written anew in its place. */
    private static Map<String, Object> fileKeys(Path dir) throws Exception {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                var attributes = Files.readAttributes(p, BasicFileAttributes.class);
                keys.put(p.getFileName().toString(), List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime()));
            }
        }
        for (String ext : List.of(".jpg", ".png", ".gif", ".meta")) {
            assertTrue(keys.keySet().stream().anyMatch(k -> k.endsWith(ext)), ext + " in " + keys.keySet());
        }
        return keys;
    }

    private static List<Path> cacheEntries(TestSite site, String suffix) throws Exception {
        try (Stream<Path> list = Files.list(site.options().cacheDir())) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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
