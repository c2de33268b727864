package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


class MemoLinkerTest {

    private static final MemoLinker LINKER = new MemoLinker(
            Map.of("ML123", "ML-0123", "ML7", "ML-0007", "QS3", "QS-0003"),
            Map.of("xay-truong-trung-ly", List.of("TRUNG LY"), "ao-am-mua-dong-2025", List.of("Áo ấm 2025"),
                    "xay-truong-na-meo", List.of("NA MEO")));

    private static final Link ML0123 = new Link.ToChild("ML-0123");
    private static final Link GENERAL = new Link.GeneralFund();

    @ParameterizedTest
    @ValueSource(strings = {"NUOI EM ML0123", "NUOI EM ML-0123", "nuoi em ml 123", "NUOI EM ML-123", "NUOI EM ML 0123",
            "NUOI EM ML.0123", "NUOI EM ML_0123", "Nuôi em Ml0123", "ML0123 NUOI EM", "NUOI EM ML0123 6 THANG",
            "MBVCB.1234567.NUOI EM ML0123.CT tu 0011001234567 NGUYEN VAN AN toi 1023456789",
            "IBFT ML-123", "020097042201151234567890 NUOI EM ML0123 - Ma GD ACSP/ 612345",
            "TKThe :0123456789, tai MB. NUOI EM ML 123 -CTLNHIDI0001234567-1/1-CRE-002",
            "NUOI EM ML0123 VA UNG HO TRUNG LY", "UNG HO TRUNG LY, NUOI EM ML0123"})
    void findsAKnownChildCodeInAnySpellingAnywhere(String memo) {
        assertEquals(ML0123, LINKER.link(memo), memo);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NUOI EM XML0123", "NUOI EM ML01234", "NUOI EM ML0123A", "NUOIEMML0123", "NUOI EM ML0124",
            "NUOI EM 0123", "NUOI EM ML", "CT tu 0011001234567", ""})
    void linksNothingButAKnownCodeStandingAlone(String memo) {
        assertEquals(GENERAL, LINKER.link(memo), memo);
    }

    @Test
    void aCodeAfterAnUnknownOneIsStillFound() {
        assertEquals(new Link.ToChild("QS-0003"), LINKER.link("MBVCB.8123456789.NUOI EM QS 3"));
        assertEquals(new Link.ToChild("ML-0007"), LINKER.link("NUOI EM TT9 HOAC ML7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNG HO TRUNG LY", "TRUNG LY", "trung ly", "Trung Lý", "XAY TRUONG TRUNG-LY",
            "UNG HO TRUNG.LY", "TRUNGLY", "MBVCB.123.TRUNG  LY.CT tu 0011001234567 A toi 1"})
    void findsACampaignKeywordWithAnySeparators(String memo) {
        assertEquals(new Link.ToCampaign("xay-truong-trung-ly"), LINKER.link(memo), memo);
    }

    @Test
    void keywordsAreFoldedAndTheFirstOneWrittenWins() {
        assertEquals(new Link.ToCampaign("ao-am-mua-dong-2025"), LINKER.link("UNG HO AO AM 2025"));
        assertEquals(new Link.ToCampaign("ao-am-mua-dong-2025"), LINKER.link("AO-AM-2025 cho cac em"));
        assertEquals(GENERAL, LINKER.link("CHI MUA AO AM CHO HOC SINH"));
        assertEquals(new Link.ToCampaign("xay-truong-na-meo"), LINKER.link("NA MEO VA TRUNG LY"));
        assertEquals(new Link.ToCampaign("xay-truong-trung-ly"), LINKER.link("TRUNG LY VA NA MEO"));
        assertEquals(GENERAL, LINKER.link("BANANA MEOW"));
        assertEquals(GENERAL, LINKER.link("UNG HO CLB"));
    }

    @Test
    void refusesKeysThatAreNotCodesAndEmptyKeywords() {
        assertThrows(IllegalArgumentException.class, () -> new MemoLinker(Map.of("123", "123"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new MemoLinker(Map.of(), Map.of("x", List.of(" - "))));
    }
}
