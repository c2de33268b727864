package vn.vungcao.ssg.vietqr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import vn.vungcao.ssg.text.XmlEscape;

/**
 * A QR code as a small inline SVG: error correction level M, a 4-module white quiet zone, one path
 * whose sub-paths are the horizontal runs of dark modules ({@code M{x} {y}h{w}v1h-{w}z}, in module
 * units). The output depends only on the arguments, so the same payload renders to the same bytes;
 * the element ids come from a hash of the payload. Pure and thread-safe.
 */
public final class QrSvg {

    /** Width and height in CSS pixels when no size is given. */
    public static final int DEFAULT_SIZE = 240;

    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /** The QR code for {@code payload}, {@value #DEFAULT_SIZE} pixels square, labelled by {@code title}. */
    public static String svg(String payload, String title) {
        return svg(payload, title, DEFAULT_SIZE);
    }

    /**
     * The QR code for {@code payload}, {@code size} CSS pixels square, labelled for screen readers by a
     * {@code <title>} holding {@code title} (XML-escaped).
     *
     * @throws IllegalArgumentException when {@code size} is not positive or the payload does not fit in a
     *     QR code
     */
    public static String svg(String payload, String title, int size) {
        if (size <= 0) throw new IllegalArgumentException("size must be positive: " + size);
        BitMatrix modules = encode(payload);
        int side = modules.getWidth() + 2 * QUIET_ZONE;
        String id = "vietqr-" + sha256(payload).substring(0, 12);
        StringBuilder out = new StringBuilder(4096);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(side).append(' ').append(side)
                .append("\" width=\"").append(size).append("\" height=\"").append(size)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("\" shape-rendering=\"crispEdges\">")
                .append("<title id=\"").append(id).append("\">").append(XmlEscape.escape(title)).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) x++;
                int run = x - start;
                out.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return out.append("\"/></svg>").toString();
    }

    /**
     * One bit per module, no margin. ZXing encodes with mask 0, and {@link QrMasks} chooses the mask
     * as ZXing would, from that one matrix; a code too wide for it is left to ZXing whole (which
     * sizes the matrix to the code when asked for 0 by 0).
     */
    static BitMatrix encode(String payload) {
        try {
            long[] rows = QrMasks.rows(Encoder.encode(payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.QR_MASK_PATTERN, 0)));
            if (rows == null) {
                return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            }
            BitMatrix modules = new BitMatrix(rows.length);
            for (int y = 0; y < rows.length; y++) {
                for (long row = rows[y]; row != 0; row &= row - 1) modules.set(Long.numberOfTrailingZeros(row), y);
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload does not fit in a QR code: " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
