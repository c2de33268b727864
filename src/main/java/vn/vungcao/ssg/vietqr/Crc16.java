package vn.vungcao.ssg.vietqr;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE, the checksum that closes an EMVCo QR payload (tag {@code 63}): polynomial
 * 0x1021, initial value 0xFFFF, no reflection, no final xor. The check value of {@code 123456789}
 * is {@code 29B1}. Pure and thread-safe.
 */
public final class Crc16 {

    private Crc16() {
    }

    /** The checksum of {@code data}, between 0 and 0xFFFF. */
    public static int ccittFalse(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }

    /** The checksum of the UTF-8 bytes of {@code text} as four upper-case hex digits, e.g. {@code 0A3F}. */
    public static String hex(String text) {
        return String.format("%04X", ccittFalse(text.getBytes(StandardCharsets.UTF_8)));
    }
}
