package org.grille.api.application;

import java.util.List;
import java.util.Objects;

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
        return requestedPerYear.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    /**
     * Dollars in lines of one category.
     *
     * @param category the category to add up; null matches only lines without a category
     * @return the sum in dollars, 0 when no line has that category; lines without an amount are skipped
     */
    public long amountFor(BudgetCategory category) {
        return lines.stream()
                .filter(line -> line != null && line.category() == category && line.amount() != null)
                .mapToLong(BudgetLine::amount)
                .sum();
    }

    /**
     * Whether the budget lines add up to the total cost.
     *
     * @return true if there is at least one line and their amounts sum exactly to {@code totalCost}; false when
     *         {@code totalCost} is missing
     */
    public boolean balanced() {
        long lineTotal = lines.stream().filter(l -> l != null && l.amount() != null).mapToLong(BudgetLine::amount).sum();
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
        return otherFunding.stream()
                .filter(f -> f != null && f.status() == FundingStatus.CONFIRMED && f.amount() != null)
                .mapToLong(OtherFunding::amount)
                .sum();
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
