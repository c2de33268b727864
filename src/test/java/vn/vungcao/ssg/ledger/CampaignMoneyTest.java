package vn.vungcao.ssg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rule of a campaign's figure: statements plus what was received elsewhere; raised_vnd only when neither is known. */
class CampaignMoneyTest {

    @Test
    void theFigureIsTheSumOfItsPartsAndTheDeclaredTotalOnlyChecksIt() {
        CampaignMoney both = new CampaignMoney(79_800_000L, 116_600_000L, 196_400_000L, 180_000_000L);
        assertEquals(196_400_000L, both.raised());
        assertEquals(109, both.percent(), "the percent may pass 100");
        assertFalse(both.declaredDiffers());
        assertFalse(both.statementsExceedDeclared());

        CampaignMoney stale = new CampaignMoney(79_800_000L, null, 196_400_000L, 180_000_000L);
        assertEquals(79_800_000L, stale.raised(), "a declared total never stands in for the statements");
        assertTrue(stale.declaredDiffers());
        assertFalse(stale.statementsExceedDeclared());

        CampaignMoney behind = new CampaignMoney(1_500_000L, null, 900_000L, 1_000_000L);
        assertTrue(behind.statementsExceedDeclared());
        assertEquals(150, behind.percent());
    }

    @Test
    void withNeitherPartTheDeclaredTotalIsTheFigure() {
        CampaignMoney declared = new CampaignMoney(null, null, 250_000L, 1_000_000L);
        assertTrue(declared.declaredOnly());
        assertEquals(250_000L, declared.raised());
        assertEquals(25, declared.percent());
        assertFalse(declared.declaredDiffers(), "nothing to check it against");

        CampaignMoney nothing = new CampaignMoney(null, null, null, 1_000_000L);
        assertNull(nothing.raised());
        assertEquals(0, nothing.percent());
        assertEquals(0, new CampaignMoney(5L, null, null, null).percent(), "no goal, no percent");
        assertEquals(0, new CampaignMoney(5L, null, null, 0L).percent());
    }

    @Test
    void thePercentIsRoundedDownAndNeverOverflows() {
        Random random = new Random(21);
        for (int i = 0; i < 10_000; i++) {
            long goal = 1 + Math.floorMod(random.nextLong(), 1_000_000_000_000L);
            long raised = Math.floorMod(random.nextLong(), 1_000_000_000_000L);
            long exact = BigInteger.valueOf(raised).multiply(BigInteger.valueOf(100))
                    .divide(BigInteger.valueOf(goal)).longValueExact();
            assertEquals(Math.min(exact, Integer.MAX_VALUE), new CampaignMoney(raised, null, null, goal).percent(), raised + " of " + goal);
        }
        assertEquals(Integer.MAX_VALUE, new CampaignMoney(Long.MAX_VALUE, null, null, 1L).percent());
    }
}
