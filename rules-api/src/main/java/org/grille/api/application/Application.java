package org.grille.api.application;

import java.util.List;

/**
 * A grant application: the organization, the project, its budget and partners.
 *
 * <p>Build it from JSON with {@link org.grille.api.JsonCodec}, or with the canonical constructors. Nothing
 * is checked here: {@link org.grille.api.Scorer#assess} validates every field and reports each problem with
 * its JSON path.
 *
 * @param id           the applicant's file number, unique within a call
 * @param language     the language the application is written in (protected: audits only)
 * @param organization the applicant organization
 * @param project      the project
 * @param budget       the budget
 * @param partners     the partners
 * @param leadership   self-declared attributes of the organization's leader (protected: audits only)
 */
public record Application(
        String id,
        Language language,
        Organization organization,
        Project project,
        Budget budget,
        List<Partner> partners,
        Leadership leadership) {

    /**
     * Copies {@code partners} (null becomes an empty list; null elements are kept so validation can report them
     * by position) and reads a null {@code leadership} as {@link Leadership#UNDISCLOSED}.
     *
     * @param id the applicant's file number, unique within a call
     * @param language the language the application is written in (protected: audits only)
     * @param organization the applicant organization
     * @param project the project
     * @param budget the budget
     * @param partners the partners
     * @param leadership self-declared attributes of the organization's leader (protected: audits only)
     */
    public Application {
        partners = Lists.copy(partners);
        leadership = leadership == null ? Leadership.UNDISCLOSED : leadership;
    }

    /**
     * The same application with other leadership attributes: what a counterfactual fairness check needs.
     *
     * @param other the leadership attributes to put in; null means {@link Leadership#UNDISCLOSED}
     * @return a new application, this one unchanged
     */
    public Application withLeadership(Leadership other) {
        return new Application(id, language, organization, project, budget, partners, other);
    }

    /**
     * The same application written in another language.
     *
     * @param other the language to put in
     * @return a new application, this one unchanged
     */
    public Application withLanguage(Language other) {
        return new Application(id, other, organization, project, budget, partners, leadership);
    }

    /**
     * The same application under another id.
     *
     * @param other the id to put in
     * @return a new application, this one unchanged
     */
    public Application withId(String other) {
        return new Application(other, language, organization, project, budget, partners, leadership);
    }
}
