package vn.vungcao.ssg.vietqr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The mask chosen from one matrix is ZXing's own choice, and so is every masked matrix on the way. */
class QrMasksTest {

    /** Donation payloads of every memo length, and texts of every length up to the widest code QrMasks takes. */
    private static List<String> payloads() {
        Random random = new Random(20261208);
        List<String> payloads = new ArrayList<>();
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -";
        for (int i = 0; i < 300; i++) {
            StringBuilder memo = new StringBuilder();
            int length = random.nextInt(VietQr.MEMO_MAX + 1);
            for (int j = 0; j < length; j++) memo.append(letters.charAt(random.nextInt(letters.length())));
            String account = String.valueOf(1_000_000L + random.nextInt(900_000_000));
            Long amount = random.nextBoolean() ? null : (long) (1 + random.nextInt(5_000_000));
            payloads.add(VietQr.payload("9704" + (10 + random.nextInt(80)), account, VietQr.memo(memo.toString()), amount));
        }
        for (int length = 1; length <= 280; length += 1 + random.nextInt(3)) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < length; j++) text.append((char) (' ' + random.nextInt(95)));
            payloads.add(text.toString());
            payloads.add("9".repeat(length));
        }
        return payloads;
    }

    @Test
    void everyMaskedMatrixIsZxingsMatrixWithThatMask() throws Exception {
        TreeSet<Integer> versions = new TreeSet<>();
        for (String payload : payloads()) {
            QRCode maskZero = Encoder.encode(payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.QR_MASK_PATTERN, 0));
            if (maskZero.getMatrix().getWidth() > QrMasks.MAX_WIDTH) continue;
            versions.add(maskZero.getVersion().getVersionNumber());
            for (int mask = 0; mask < 8; mask++) {
                ByteMatrix zxing = Encoder.encode(payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.QR_MASK_PATTERN, mask)).getMatrix();
                assertArrayEquals(rows(zxing), QrMasks.rows(maskZero, mask), "mask " + mask + " of " + payload);
            }
        }
        assertEquals(11, versions.size(), "versions 1 to 11 are all tried: " + versions);
    }

    @Test
    void theChosenCodeIsZxingsChoiceModuleForModule() throws Exception {
        int[] chosen = new int[8];
        for (String payload : payloads()) {
            QRCode zxing = Encoder.encode(payload, ErrorCorrectionLevel.M);
            BitMatrix ours = QrSvg.encode(payload);
            BitMatrix theirs = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            assertEquals(theirs, ours, payload);
            chosen[zxing.getMaskPattern()]++;
        }
        for (int mask = 0; mask < 8; mask++) {
            assertEquals(true, chosen[mask] > 0, "some payload gets mask " + mask + ": " + java.util.Arrays.toString(chosen));
        }
    }

    @Test
    void aCodeWiderThanALongIsLeftToZxing() throws Exception {
        QRCode wide = Encoder.encode("x".repeat(400), ErrorCorrectionLevel.M, Map.of(EncodeHintType.QR_MASK_PATTERN, 0));
        assertEquals(true, wide.getMatrix().getWidth() > QrMasks.MAX_WIDTH);
        assertNull(QrMasks.rows(wide));
    }

    private static long[] rows(ByteMatrix matrix) {
        long[] rows = new long[matrix.getHeight()];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) == 1) rows[y] |= 1L << x;
            }
        }
        return rows;
    }
}
