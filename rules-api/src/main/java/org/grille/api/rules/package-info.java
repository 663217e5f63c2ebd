/**
 * The rule vocabulary: every fact a rule can read, and nothing else. The engine inserts, for each application,
 * the call's {@link org.grille.api.rules.CallTerms}, one {@link org.grille.api.rules.OrganizationFact},
 * {@link org.grille.api.rules.ProjectFact} and {@link org.grille.api.rules.BudgetFact}, each
 * {@link org.grille.api.rules.PartnerFact}, {@link org.grille.api.rules.ActivityFact} and {@link org.grille.api.rules.OutcomeFact},
 * and the project's {@link org.grille.api.application.EvaluationPlan} when there is one; rules may add
 * {@link org.grille.api.rules.Finding}s.
 *
 * <p>These are projections of the application that carry nothing protected: no application id or language, nothing
 * about who leads the organization, no organization name or head-office borough, and free text (titles, summaries,
 * descriptions, names) only as "present or not". So no rule can read a protected attribute or single out one
 * application, by any path. The application itself stays outside the rules, for the audit and the reasons.
 *
 * <p>A rule file names these types without an import of its own: the catalog compiler always compiles it against
 * exactly this vocabulary and the enums of {@link org.grille.api.application} that it uses. See the catalog guide,
 * "what a rule can say".
 */
package org.grille.api.rules;
