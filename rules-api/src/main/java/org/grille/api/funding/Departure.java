package org.grille.api.funding;

/**
 * An application whose outcome differs from the one the rules' plan gave it: funded by the rules and not in the plan,
 * or the reverse, or set aside. Either the committee decided on it ({@code committee} is its decision) or it is a
 * consequence of the committee's decisions on others (money taken by a committee-funded application, or left by one
 * not funded), and {@code committee} is null.
 *
 * @param applicationId the application
 * @param byRules       the reason the rules' plan, without any committee decision, gave it
 * @param decided       the reason in the plan made around the committee's decisions
 * @param committee     the committee's decision on this application, or null for a consequence of decisions on others
 */
public record Departure(String applicationId, DecisionReason byRules, DecisionReason decided, CommitteeDecision committee) {

    /**
     * Checks.
     *
     * @param applicationId the application
     * @param byRules       the reason the rules' plan gave it
     * @param decided       the reason in the plan made around the committee's decisions
     * @param committee     the committee's decision on it, or null
     * @throws NullPointerException when {@code applicationId}, {@code byRules} or {@code decided} is null
     */
    public Departure {
        java.util.Objects.requireNonNull(applicationId, "applicationId");
        java.util.Objects.requireNonNull(byRules, "byRules");
        java.util.Objects.requireNonNull(decided, "decided");
    }

    /**
     * Whether the committee decided on this application itself.
     *
     * @return true when {@code committee} is not null
     */
    public boolean direct() {
        return committee != null;
    }
}
