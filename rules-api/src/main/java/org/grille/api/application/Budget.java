package org.grille.api.application;

import java.util.List;

/**
 * The project budget. Amounts are whole Canadian dollars.
 *
 * @param requestedPerYear the amount asked of the program for each project year (one to three years)
 * @param totalCost        the whole project's cost, every source included
 * @param lines            the budget lines; together they should equal {@code totalCost}
 * @param otherFunding     funding from other sources
 */
public record Budget(List<Long> requestedPerYear, Long totalCost, List<BudgetLine> lines, List<OtherFunding> otherFunding) {

    /**
     * Copies the three lists; a null list becomes empty, null elements are kept so validation can report them.
     *
     * @param requestedPerYear the amount asked of the program for each project year (one to three years)
     * @param totalCost the whole project's cost, every source included
     * @param lines the budget lines; together they should equal {@code totalCost}
     * @param otherFunding funding from other sources
     */
    public Budget {
        requestedPerYear = Lists.copy(requestedPerYear);
        lines = Lists.copy(lines);
        otherFunding = Lists.copy(otherFunding);
    }

    /**
     * The whole amount asked of the program.
     *
     * @return the sum of {@code requestedPerYear} in dollars, null years skipped
     */
    public long totalRequested() {
        // loops, not streams, here and below: the engine reads these sums for every application it assesses
        long total = 0;
        for (Long amount : requestedPerYear) {
            if (amount != null) {
                total += amount;
            }
        }
        return total;
    }

    /**
     * Dollars in lines of one category.
     *
     * @param category the category to add up; null matches only lines without a category
     * @return the sum in dollars, 0 when no line has that category; lines without an amount are skipped
     */
    public long amountFor(BudgetCategory category) {
        long total = 0;
        for (BudgetLine line : lines) {
            if (line != null && line.category() == category && line.amount() != null) {
                total += line.amount();
            }
        }
        return total;
    }

    /**
     * Whether the budget lines add up to the total cost.
     *
     * @return true if there is at least one line and their amounts sum exactly to {@code totalCost}; false when
     *         {@code totalCost} is missing
     */
    public boolean balanced() {
        long lineTotal = 0;
        for (BudgetLine line : lines) {
            if (line != null && line.amount() != null) {
                lineTotal += line.amount();
            }
        }
        return totalCost != null && !lines.isEmpty() && lineTotal == totalCost;
    }

    /**
     * Administration as a share of the total cost.
     *
     * @return the {@link BudgetCategory#ADMINISTRATION} amount divided by the total cost, normally from 0 to 1;
     *         0 when the total cost is missing or zero
     */
    public double administrationShare() {
        return share(amountFor(BudgetCategory.ADMINISTRATION));
    }

    /**
     * Dollars of other funding already confirmed.
     *
     * @return the sum of {@link FundingStatus#CONFIRMED} amounts in dollars; 0 when none
     */
    public long confirmedCoFunding() {
        long total = 0;
        for (OtherFunding funding : otherFunding) {
            if (funding != null && funding.status() == FundingStatus.CONFIRMED && funding.amount() != null) {
                total += funding.amount();
            }
        }
        return total;
    }

    /**
     * Confirmed other funding as a share of the total cost.
     *
     * @return {@link #confirmedCoFunding()} divided by the total cost, normally from 0 to 1; 0 when the total
     *         cost is missing or zero
     */
    public double confirmedCoFundingShare() {
        return share(confirmedCoFunding());
    }

    /**
     * A dollar amount as a share of the total cost.
     *
     * @param amount whole Canadian dollars
     * @return {@code amount / totalCost}; 0 when the total cost is missing or zero
     */
    public double share(long amount) {
        return totalCost == null || totalCost <= 0 ? 0.0 : (double) amount / totalCost;
    }
}
