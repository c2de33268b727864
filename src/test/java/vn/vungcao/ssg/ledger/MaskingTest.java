package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vungcao.ssg.text.Fold;


class MaskingTest {

    private static final LedgerSettings MASK = LedgerSettings.defaults();

    @Test
    void namesKeepTheFamilyNameAndInitials() {
        assertEquals("NGUYEN V** A", Masking.name("NGUYEN VAN AN"));
        assertEquals("Nguyễn V** A", Masking.name("Nguyễn Văn An"));
        assertEquals("Đỗ T** T** H", Masking.name("Đỗ Thị Thanh Hương"));
        assertEquals("Trần M", Masking.name("Trần  Mai"));
        assertEquals("H**", Masking.name("HOA"));
        assertEquals("Ư**", Masking.name("Ưng"));
        assertEquals("", Masking.name("  "));
    }

    @Test
    void accountsKeepTheirLastFourDigits() {
        assertEquals("****4567", Masking.account("0011001234567"));
        assertEquals("****4567", Masking.account("0011 0012 34567"));
        assertEquals("****", Masking.account("1234"));
        assertEquals("", Masking.account(""));
    }

    @Test
    void memoHidesTheCounterpartyInAnyCaseAccentsOrSpacing() {
        assertEquals("NGUYEN V** A CHUYEN TIEN NUOI EM ML0123",
                Masking.memo("NGUYEN VAN AN CHUYEN TIEN NUOI EM ML0123", "Nguyễn Văn An", null, MASK));
        assertEquals("Nguyễn V** A chuyển tiền", Masking.memo("Nguyễn Văn An chuyển tiền", "NGUYEN VAN AN", null, MASK));
        assertEquals("NGUYEN V** A CK", Masking.memo("NGUYENVANAN CK", "Nguyễn Văn An", null, MASK));
        assertEquals("nguyen v** a ck", Masking.memo("nguyen.van.an ck", "NGUYEN VAN AN", null, MASK));
        assertEquals("CHI TIEN AN BAN TRU", Masking.memo("CHI TIEN AN BAN TRU", "NGUYEN VAN AN", null, MASK));
    }

    @Test
    void memoHidesTheSenderVietcombankWritesAfterCtTu() {
        String memo = "MBVCB.8123456789.084391.LY VAN TOI chuyen tien.CT tu 0071000123456 LY VAN TOI toi "
                + "000000000000 CLB VI TRE EM VUNG CAO";
        assertEquals("MBVCB.****6789.****4391.LY V** T chuyen tien.CT tu ****3456 LY V** T toi ****0000 "
                + "CLB VI TRE EM VUNG CAO", Masking.memo(memo, null, null, MASK));
    }

    @Test
    void memoHidesANameItOpensWithAsPeopleWriteIt() {
        assertEquals("NGUYEN V** A chuyen tien UNG HO CLB",
                Masking.memo("NGUYEN VAN AN chuyen tien UNG HO CLB", null, null, MASK));
        assertEquals("TRAN T** B NUOI EM ML0002 6 THANG", Masking.memo("TRAN THI BINH NUOI EM ML0002 6 THANG", null, null, MASK));
        assertEquals("LE V** C AO AM 2025", Masking.memo("LE VAN CUONG AO AM 2025", null, null, MASK));
        assertEquals("PHAM V** D ****4321 NUOI EM ML-0002",
                Masking.memo("PHAM VAN DUNG 0987654321 NUOI EM ML-0002", null, null, MASK));
        assertEquals("Tran T** M ung ho CLB", Masking.memo("Tran Thi Mai ung ho CLB", null, null, MASK));
        assertEquals("MBVCB.****2821.****6618.DO T** T** H chuyen tien",
                Masking.memo("MBVCB.3440352821.866618.DO THI THANH HUONG chuyen tien", null, null, MASK));
        assertEquals("ung ho tu Nguyễn V** A", Masking.memo("ung ho tu Nguyễn Văn An", null, null, MASK));
    }

    @Test
    void memoWordsThatAreNoNamesStayAsWritten() {
        for (String memo : List.of("UNG HO CLB", "IBFT NUOI EM ML0123", "NA-MEO - Ma GD ACSP/ 2507", "XAY TRUONG TRUNG-LY",
                "CHI TIEN AN BAN TRU THANG 1 DIEM TRUONG PU NHI", "CONG TY TNHH THUONG MAI HONG PHAT UNG HO CLB",
                "CHI MUA VAT LIEU XAY DUNG (XI MANG, THEP) DIEM TRUONG NA MEO", "Tra lai tien gui thang 01/2025",
                "Thu phi dich vu VCB Digibank thang 01/2025", "NUOI EM QS0003 VA UNG HO TRUNG LY")) {
            assertEquals(memo, Masking.memo(memo, null, null, MASK));
        }
    }

    @Test
    void memoHidesLongNumbersAndPhonesButKeepsChildCodesAndAmounts() {
        assertEquals("IBFT NUOI EM ML0123 SDT ****5678 TK ****4567 UNG HO 1.600.000",
                Masking.memo("IBFT NUOI EM ML0123 SDT 0912 345 678 TK 0011001234567 UNG HO 1.600.000", null, null, MASK));
        assertEquals("NUOI EM ML-0123 TU TK ****", Masking.memo("NUOI EM ML-0123 TU TK 4321", null, "4321", MASK));
    }

    @Test
    void settingsCanLeaveNamesOrAccountsVisible() {
        String memo = "NGUYEN VAN AN 0011001234567";
        assertEquals("NGUYEN VAN AN ****4567", Masking.memo(memo, "NGUYEN VAN AN", null, MASK.withMasking(false, true)));
        assertEquals("NGUYEN V** A 0011001234567", Masking.memo(memo, "NGUYEN VAN AN", null, MASK.withMasking(true, false)));
    }

    @Test
    void nothingOfTheDonorsNameOrAccountRemains() {
        List<String> family = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô");
        List<String> given = List.of("Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Hồng", "Quang", "Thanh", "Hải", "Yến");
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            StringBuilder name = new StringBuilder(family.get(random.nextInt(family.size())));
            for (int k = 1 + random.nextInt(3); k > 0; k--) name.append(' ').append(given.get(random.nextInt(given.size())));
            String account = String.format("%013d", Math.abs(random.nextLong()) % 10_000_000_000_000L);
            String written = switch (i % 4) {
                case 0 -> name.toString();
                case 1 -> Fold.fold(name.toString()).toUpperCase(Locale.ROOT);
                case 2 -> Fold.fold(name.toString()).replace(" ", "");
                default -> Fold.fold(name.toString()).toUpperCase(Locale.ROOT).replace(' ', '.');
            };
            String memo = "MBVCB." + account.substring(3) + "." + written + " chuyen tien NUOI EM ML0123.CT tu " + account
                    + " " + written + " toi 000000000000";
            String masked = Masking.memo(memo, i % 2 == 0 ? name.toString() : null, i % 3 == 0 ? account : null, MASK);
            String foldedMasked = Fold.fold(masked).replaceAll("[^a-z0-9*]", "");
            assertFalse(foldedMasked.contains(Fold.fold(name.toString()).replaceAll("[^a-z0-9]", "")), masked);
            assertFalse(masked.contains(account) || masked.contains(account.substring(3)), masked);
            assertTrue(masked.contains("ML0123"), masked);
        }
    }
}
