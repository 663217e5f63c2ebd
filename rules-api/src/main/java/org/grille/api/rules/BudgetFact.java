package org.grille.api.rules;

import java.util.List;
import org.grille.api.application.BudgetCategory;
import org.grille.api.application.BudgetLine;

/**
 * The project's budget, as rules see it. Where the other funding comes from is not here, only how much of it is
 * confirmed.
 *
 * @param requestedPerYear        amounts asked of the program, one per project year
 * @param totalCost               the project's whole cost, in dollars, or null
 * @param lines                   the budget lines, by category
 * @param totalRequested          the whole amount asked of the program
 * @param balanced                the budget lines add up to the total cost
 * @param administrationShare     administration as a share of the total cost, from 0 to 1
 * @param confirmedCoFunding      dollars of other funding already confirmed
 * @param confirmedCoFundingShare confirmed other funding as a share of the total cost, from 0 to 1
 */
public record BudgetFact(
        List<Long> requestedPerYear,
        Long totalCost,
        List<BudgetLine> lines,
        long totalRequested,
        boolean balanced,
        double administrationShare,
        long confirmedCoFunding,
        double confirmedCoFundingShare) {

    /**
     * Copies the lists; neither a list nor an element may be null.
     *
     * @param requestedPerYear amounts asked of the program, one per project year
     * @param totalCost the project's whole cost, in dollars, or null
     * @param lines the budget lines, by category
     * @param totalRequested the whole amount asked of the program
     * @param balanced the budget lines add up to the total cost
     * @param administrationShare administration as a share of the total cost, from 0 to 1
     * @param confirmedCoFunding dollars of other funding already confirmed
     * @param confirmedCoFundingShare confirmed other funding as a share of the total cost, from 0 to 1
     */
    public BudgetFact {
        requestedPerYear = List.copyOf(requestedPerYear);
        lines = List.copyOf(lines);
    }

    /**
     * Dollars in lines of one category: {@code Budget( amountFor(BudgetCategory.EVALUATION) > 0 )}.
     *
     * @param category the category to add up
     * @return the sum in whole dollars; 0 when no line has that category (lines without an amount are skipped)
     */
    public long amountFor(BudgetCategory category) {
        long sum = 0;
        for (BudgetLine line : lines) {
            if (line.category() == category && line.amount() != null) {
                sum += line.amount();
            }
        }
        return sum;
    }
}
