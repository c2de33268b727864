package vn.vungcao.ssg.vietqr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;


class VietQrTest {

    /** The published MB Bank vector from RECIPES.md. */
    private static final String VECTOR = "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA"
            + "53037045405401235802VN62200816test text string6304D9C6";

    @Test
    void crcCheckValue() {
        assertEquals(0x29B1, Crc16.ccittFalse("123456789".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("29B1", Crc16.hex("123456789"));
        assertEquals("FFFF", Crc16.hex(""));
        assertEquals(4, Crc16.hex("A").length());
    }

    @Test
    void publishedVectorDecodesFieldByField() {
        Map<String, String> top = VietQr.parse(VECTOR);
        assertEquals(List.of("00", "01", "38", "53", "54", "58", "62", "63"), List.copyOf(top.keySet()));
        assertEquals("01", top.get("00"));
        assertEquals("12", top.get("01"));
        assertEquals("704", top.get("53"));
        assertEquals("40123", top.get("54"));
        assertEquals("VN", top.get("58"));
        assertEquals("D9C6", top.get("63"));
        Map<String, String> account = VietQr.fields(top.get("38"));
        assertEquals(List.of("00", "01", "02"), List.copyOf(account.keySet()));
        assertEquals("A000000727", account.get("00"));
        assertEquals("QRIBFTTA", account.get("02"));
        assertEquals(Map.of("00", "970422", "01", "0023457923442"), VietQr.fields(account.get("01")));
        assertEquals(Map.of("08", "test text string"), VietQr.fields(top.get("62")));
    }

    @Test
    void publishedVectorRebuiltFromItsParts() {
        assertEquals(VECTOR, VietQr.payload("970422", "0023457923442", "test text string", 40123L));
    }

    @Test
    void staticPayloadWithMemoFieldByField() {
        String payload = VietQr.payload("970436", "1234567890", VietQr.childMemo("ML-0123"), null);
        assertEquals("000201" + "010211"
                + "3854" + "0010A000000727" + "0124" + "0006970436" + "01101234567890" + "0208QRIBFTTA"
                + "5303704" + "5802VN" + "6218" + "0814NUOI EM ML0123" + "6304",
                payload.substring(0, payload.length() - 4));
        assertEquals(Crc16.hex(payload.substring(0, payload.length() - 4)), payload.substring(payload.length() - 4));
        Map<String, String> top = VietQr.parse(payload);
        assertEquals(List.of("00", "01", "38", "53", "58", "62", "63"), List.copyOf(top.keySet()));
        assertEquals("11", top.get("01"));
        assertFalse(top.containsKey("54"));
        assertEquals("NUOI EM ML0123", VietQr.fields(top.get("62")).get("08"));
        assertEquals(Map.of("00", "970436", "01", "1234567890"),
                VietQr.fields(VietQr.fields(top.get("38")).get("01")));
    }

    @Test
    void emptyMemoLeavesOutAdditionalData() {
        Map<String, String> top = VietQr.parse(VietQr.payload("970418", "1", "", 160_000L));
        assertEquals(List.of("00", "01", "38", "53", "54", "58", "63"), List.copyOf(top.keySet()));
        assertEquals("12", top.get("01"));
        assertEquals("160000", top.get("54"));
    }

    @Test
    void parseRejectsBadCrcAndBrokenFields() {
        String wrongCrc = VECTOR.substring(0, VECTOR.length() - 4) + "D9C7";
        assertThrows(IllegalArgumentException.class, () -> VietQr.parse(wrongCrc));
        String tampered = VECTOR.replace("40123", "90123");
        assertThrows(IllegalArgumentException.class, () -> VietQr.parse(tampered));
        assertThrows(IllegalArgumentException.class, () -> VietQr.parse("000201"));
        assertThrows(IllegalArgumentException.class, () -> VietQr.parse(""));
        String minimal = "0002016304";
        assertEquals(Map.of("00", "01", "63", Crc16.hex(minimal)), VietQr.parse(minimal + Crc16.hex(minimal)));
        String overrun = "000901" + "6304";
        assertThrows(IllegalArgumentException.class, () -> VietQr.parse(overrun + Crc16.hex(overrun)));
        String repeated = "000201000201" + "6304";
        assertThrows(IllegalArgumentException.class, () -> VietQr.parse(repeated + Crc16.hex(repeated)));
        assertEquals("d9c6", VietQr.parse(VECTOR.replace("D9C6", "d9c6")).get("63"));
    }

    @Test
    void invalidInputsRejected() {
        String memo = "NUOI EM ML0123";
        for (String bin : List.of("", "97042", "9704221", "97042a", "９７０４２２")) {
            assertThrows(IllegalArgumentException.class, () -> VietQr.payload(bin, "123", memo, null), bin);
        }
        for (String account : List.of("", "12345678901234567890", "1234-5678", " 123", "12 34")) {
            assertThrows(IllegalArgumentException.class, () -> VietQr.payload("970436", account, memo, null), account);
        }
        for (String bad : List.of("Nuôi em", "NUOI  EM", " NUOI EM", "NUOI EM ", "NUOI_EM", "NUOI EM ML0123 THANG 10 2024",
                "ĐÌNH", "A\nB")) {
            assertThrows(IllegalArgumentException.class, () -> VietQr.payload("970436", "123", bad, null), bad);
        }
        for (long amount : new long[] {0, -1, 10_000_000_000_000L}) {
            assertThrows(IllegalArgumentException.class, () -> VietQr.payload("970436", "123", memo, amount),
                    Long.toString(amount));
        }
        VietQr.payload("970436", "1234567890123456789", "A.B-C 9", 9_999_999_999_999L);
    }

    @Test
    void memoStripsAccentsAndKeepsOnlySafeCharacters() {
        assertEquals("NUOI EM ML-0123", VietQr.memo("Nuôi em ML-0123"));
        assertEquals("XAY TRUONG TRUNG LY", VietQr.memo("Xây trường Trung Lý"));
        assertEquals("DINH DUONG", VietQr.memo("Đình đường"));
        assertEquals("MUONG LAT", VietQr.memo(Normalizer.normalize("Mường Lát", Normalizer.Form.NFD)));
        assertEquals("UNG HO 50 TRIEU", VietQr.memo("  Ủng hộ: 50% (triệu)!!  "));
        assertEquals("A.B-C D", VietQr.memo("a.b-c_d"));
        assertEquals("AO AM TRUNG LY", VietQr.memo("Áo ấm 🧥 Trung Lý ❤️"));
        assertEquals("", VietQr.memo(""));
        assertEquals("", VietQr.memo("🎉 !!! ❤️"));
        assertEquals("NUOI EM ML0123", VietQr.childMemo("ML-0123"));
        assertEquals("AO AM MUA DONG", VietQr.campaignMemo("Áo ấm mùa đông"));
    }

    @Test
    void memoCutsToTwentyFiveCharactersAtAWordBoundary() {
        assertEquals("UNG HO XAY TRUONG MUONG", VietQr.memo("Ủng hộ xây trường Mường Lát năm 2024"));
        String exact = "ABCDEFGHIJ KLMNOPQRST UVW";
        assertEquals(25, exact.length());
        assertEquals(exact, VietQr.memo(exact + " XYZ"));
        assertEquals(exact, VietQr.memo(exact));
        assertEquals("ABCDEFGHIJKLMNOPQRSTUVWXY", VietQr.memo("abcdefghijklmnopqrstuvwxyz0123"));
        assertEquals("A", VietQr.memo("A BCDEFGHIJKLMNOPQRSTUVWXYZ"), "a word boundary wins over length");
    }

    @Test
    void everyMemoIsValidAndStable() {
        for (String text : List.of("Nuôi em ML-0123", "Xây trường Trung Lý", "Ủng hộ xây trường Mường Lát năm 2024",
                "a.b-c_d", "Áo ấm 🧥 Trung Lý", "abcdefghijklmnopqrstuvwxyz0123", "  x  ")) {
            String memo = VietQr.memo(text);
            assertTrue(VietQr.isValidMemo(memo), memo);
            assertTrue(memo.length() <= VietQr.MEMO_MAX, memo);
            assertEquals(memo, VietQr.memo(memo));
        }
        assertFalse(VietQr.isValidMemo(""));
    }
}
