package org.grille.benchmarks.keyed;

/** {@link org.grille.api.rules.BudgetFact} with the key of its application in a batch session. */
public record KeyedBudget(
        int key,
        java.util.List<Long> requestedPerYear,
        Long totalCost,
        java.util.List<org.grille.api.application.BudgetLine> lines,
        long totalRequested,
        boolean balanced,
        double administrationShare,
        long confirmedCoFunding,
        double confirmedCoFundingShare) {

    public static KeyedBudget of(int key, org.grille.api.rules.BudgetFact o) {
        return new KeyedBudget(key, o.requestedPerYear(), o.totalCost(), o.lines(), o.totalRequested(), o.balanced(),
                o.administrationShare(), o.confirmedCoFunding(), o.confirmedCoFundingShare());
    }
}
