package vn.vungcao.ssg.vietqr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;


public class QrSvgTest {

    private static final int PIXELS_PER_MODULE = 4;
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"/>");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    @Test
    void renderedCodeDecodesToThePayload() throws Exception {
        for (String payload : new String[] {
                VietQr.payload("970436", "1234567890", VietQr.childMemo("ML-0123"), null),
                VietQr.payload("970422", "0023457923442", "test text string", 40123L),
                VietQr.payload("970405", "1234567890123456789", VietQr.campaignMemo("Xây trường Trung Lý"), 500_000L)}) {
            assertEquals(payload, decode(rasterize(QrSvg.svg(payload, "Mã QR chuyển khoản"))));
        }
    }

    @Test
    void outputIsCompactAndDeterministic() {
        String payload = VietQr.payload("970436", "1234567890", "NUOI EM ML0123", null);
        String svg = QrSvg.svg(payload, "Chuyển khoản <Vietcombank> & \"nuôi em\"");
        assertEquals(svg, QrSvg.svg(payload, "Chuyển khoản <Vietcombank> & \"nuôi em\""));
        Matcher head = Pattern.compile("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 (\\d+) \\1\" width=\"240\""
                + " height=\"240\" role=\"img\" aria-labelledby=\"(vietqr-[0-9a-f]{12})\" shape-rendering=\"crispEdges\">"
                + "<title id=\"\\2\">Chuyển khoản &lt;Vietcombank&gt; &amp; &quot;nuôi em&quot;</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"(M\\d+ \\d+h\\d+v1h-\\d+z)+\"/></svg>")
                .matcher(svg);
        assertTrue(head.matches(), svg);
        int side = Integer.parseInt(head.group(1));
        assertEquals(0, (side - 8 - 21) % 4, "a QR code is 21 + 4k modules wide, plus two 4-module quiet zones");
        assertTrue(QrSvg.svg(payload, "x", 160).contains("width=\"160\" height=\"160\""));
        assertTrue(QrSvg.svg(payload, "x").contains("aria-labelledby=\"" + head.group(2) + "\""));
        String other = QrSvg.svg(VietQr.payload("970436", "1234567890", "NUOI EM ML0124", null), "x");
        assertFalse(other.contains(head.group(2)), "the id follows the payload");
        assertThrows(IllegalArgumentException.class, () -> QrSvg.svg(payload, "x", 0));
    }

    @Test
    void quietZoneIsFourModulesAndRunsAreMaximal() {
        String svg = QrSvg.svg(VietQr.payload("970418", "42", "", null), "x");
        int side = viewBoxSide(svg);
        boolean[][] dark = modules(svg, side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (x < 4 || y < 4 || x >= side - 4 || y >= side - 4) assertFalse(dark[y][x], x + "," + y);
            }
        }
        // finder pattern: the top-left corner of the code is a 7-module dark row
        assertTrue(svg.contains("M4 4h7v1h-7z"), svg);
        Matcher run = RUN.matcher(path(svg));
        int previousY = -1;
        int previousEnd = -1;
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            assertEquals(run.group(3), run.group(4));
            assertTrue(y > previousY || x > previousEnd, "runs never touch: " + run.group());
            previousY = y;
            previousEnd = x + Integer.parseInt(run.group(3));
        }
    }

    /** Decodes the QR code of an SVG made by {@link QrSvg}, as a phone would read it (for other tests). */
    public static String decodeSvg(String svg) throws Exception {
        return decode(rasterize(svg));
    }

    private static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    /** Paints the SVG's runs, {@value #PIXELS_PER_MODULE} pixels per module, on a white image. */
    private static BufferedImage rasterize(String svg) {
        int side = viewBoxSide(svg);
        boolean[][] dark = modules(svg, side);
        int pixels = side * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < pixels; py++) {
            for (int px = 0; px < pixels; px++) {
                image.setRGB(px, py, dark[py / PIXELS_PER_MODULE][px / PIXELS_PER_MODULE] ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    private static boolean[][] modules(String svg, int side) {
        boolean[][] dark = new boolean[side][side];
        Matcher run = RUN.matcher(path(svg));
        int covered = 0;
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int width = Integer.parseInt(run.group(3));
            for (int i = x; i < x + width; i++) dark[y][i] = true;
            covered += run.group().length();
        }
        assertEquals(path(svg).length(), covered, "the path is nothing but runs");
        return dark;
    }

    private static String path(String svg) {
        Matcher path = PATH.matcher(svg);
        assertTrue(path.find(), svg);
        return path.group(1);
    }

    private static int viewBoxSide(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), svg);
        assertEquals(box.group(1), box.group(2));
        return Integer.parseInt(box.group(1));
    }
}
