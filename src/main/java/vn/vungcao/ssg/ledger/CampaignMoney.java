package vn.vungcao.ssg.ledger;

import java.math.BigInteger;

/**
 * A campaign's money, by the one rule that its pages, its cards and {@code check} share:
 *
 * <pre>
 *   raised = the money in that the statements link to the campaign (its keywords in the memo)
 *          + the money the club declares it received outside its account (received_elsewhere_vnd)
 *   percent = raised × 100 / goal, rounded down (it may pass 100)
 * </pre>
 *
 * Each part is published with its source. {@code raised_vnd}, the total written by hand, is the
 * figure only when there is neither part (a site without statements, or a campaign they have not
 * reached); otherwise it is a declared total that the sum must equal, and {@code check} warns when
 * it does not. Immutable; all amounts in đồng, null when absent.
 *
 * @param statements the money in the statements link to the campaign, or null when they link none
 * @param elsewhere  {@code received_elsewhere_vnd}, or null
 * @param declared   {@code raised_vnd}, or null
 * @param goal       {@code goal_vnd}, or null
 */
public record CampaignMoney(Long statements, Long elsewhere, Long declared, Long goal) {

    /** Whether the figure is {@code raised_vnd} alone: neither the statements nor an amount received elsewhere. */
    public boolean declaredOnly() {
        return statements == null && elsewhere == null;
    }

    /** The money raised by the rule, or null when nothing at all is known. */
    public Long raised() {
        if (declaredOnly()) return declared;
        return (statements == null ? 0 : statements) + (elsewhere == null ? 0 : elsewhere);
    }

    /** {@link #raised()} as a whole percentage of the goal, rounded down, maybe above 100; 0 without a goal or a figure. */
    public int percent() {
        Long raised = raised();
        if (goal == null || goal <= 0 || raised == null) return 0;
        // exact for any amounts: a few campaigns a build, so BigInteger costs nothing
        BigInteger percent = BigInteger.valueOf(raised).multiply(BigInteger.valueOf(100)).divide(BigInteger.valueOf(goal));
        return percent.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    /** Whether the statements alone hold more than the declared total: the two cannot both be true. */
    public boolean statementsExceedDeclared() {
        return declared != null && statements != null && statements > declared;
    }

    /** Whether a declared total is written and differs from the sum of the parts. */
    public boolean declaredDiffers() {
        return declared != null && !declaredOnly() && !declared.equals(raised());
    }
}
