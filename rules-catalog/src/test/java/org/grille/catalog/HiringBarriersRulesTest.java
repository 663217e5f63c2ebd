package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.catalog.Catalog.assess;
import static org.grille.catalog.Catalog.award;
import static org.grille.catalog.Catalog.fired;

import java.util.List;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("objectives/hiring-barriers.drl")
class HiringBarriersRulesTest {

    private static final String FILE = "objectives/hiring-barriers.drl";

    private static final String PRIMARY = "Embauche : c'est l'objectif principal du projet";
    private static final String READINESS = "Embauche : le projet aide à faire reconnaître les compétences ou offre du mentorat";
    private static final String PLACEMENT = "Embauche : le projet mène directement à un emploi ou à un stage rémunéré";
    private static final String REACH = "Embauche : le projet rejoint des personnes immigrantes en recherche d'emploi";
    private static final String EMPLOYER = "Embauche : un employeur partenaire s'engage à accueillir des participants";

    /**
     * A project whose only objective is hiring barriers, for the general public, with one unrelated activity; its
     * partners are the strong application's (expertise, signed; venue, letter), neither of them an employer.
     */
    private static ApplicationFixture project() {
        return ApplicationFixture.neutralProjectFor("HIRING_BARRIERS");
    }

    /** A project for employer awareness only, which does not claim hiring barriers. */
    private static ApplicationFixture otherProject() {
        return ApplicationFixture.neutralProjectFor("EMPLOYER_AWARENESS");
    }

    /** Everything this file rewards except the claim: every kind of activity, job seekers reached, a host employer. */
    private static ApplicationFixture everythingOfTheObjective(ApplicationFixture fixture) {
        return fixture
                .activities("CREDENTIAL_RECOGNITION", "PAID_INTERNSHIP")
                .list("/project/targetGroups", "SKILLED_IMMIGRANTS")
                .partners("EMPLOYER_HOST", "SIGNED_AGREEMENT");
    }

    @Test
    void the_file_declares_exactly_the_rules_tested_here() {
        assertThat(Catalog.ruleNames(FILE)).containsExactly(PRIMARY, READINESS, PLACEMENT, REACH, EMPLOYER);
    }

    @Test
    void the_primary_objective_earns_the_primary_bonus() {
        assertThat(award(project(), PRIMARY))
                .extracting(Contribution::file, Contribution::criterion, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Criterion.of("OBJECTIVE_FIT"), Objective.of("HIRING_BARRIERS"), 4);
    }

    @Test
    void a_secondary_claim_earns_the_activity_points_but_not_the_primary_bonus() {
        List<String> fired = fired(ApplicationFixture.strong());

        assertThat(fired).contains(READINESS).doesNotContain(PRIMARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREDENTIAL_RECOGNITION", "MENTORING"})
    void credential_recognition_or_mentoring_earns_the_readiness_points(String type) {
        assertThat(award(project().activities(type), READINESS))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("HIRING_BARRIERS"), 5);
    }

    @Test
    void mentoring_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("CREDENTIAL_RECOGNITION", "MENTORING"))).doesNotContain(READINESS);
    }

    @Test
    void general_job_skills_training_is_not_credential_recognition_or_mentoring() {
        assertThat(fired(project().activities("JOB_SKILLS_TRAINING", "JOB_MATCHING")))
                .contains(PLACEMENT)
                .doesNotContain(READINESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JOB_MATCHING", "PAID_INTERNSHIP"})
    void job_matching_or_a_paid_internship_earns_the_placement_points(String type) {
        assertThat(award(project().activities(type), PLACEMENT))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("HIRING_BARRIERS"), 5);
    }

    @Test
    void training_that_does_not_lead_to_a_job_earns_no_placement_points() {
        assertThat(fired(project().activities("JOB_SKILLS_TRAINING", "MENTORING")))
                .contains(READINESS)
                .doesNotContain(PLACEMENT);
    }

    @Test
    void a_paid_internship_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("JOB_MATCHING", "PAID_INTERNSHIP"))).doesNotContain(PLACEMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SKILLED_IMMIGRANTS", "NEWCOMERS", "IMMIGRANT_YOUTH"})
    void reaching_immigrant_job_seekers_earns_the_reach_points(String group) {
        assertThat(award(project().list("/project/targetGroups", "EMPLOYERS", group), REACH))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("HIRING_BARRIERS"), 3);
    }

    @Test
    void reaching_only_employers_and_the_public_earns_no_reach_points() {
        List<String> fired = fired(project().list("/project/targetGroups", "EMPLOYERS", "GENERAL_PUBLIC"));

        assertThat(fired).contains(PRIMARY).doesNotContain(REACH);
    }

    @Test
    void reaching_skilled_immigrants_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().list("/project/targetGroups", "SKILLED_IMMIGRANTS", "NEWCOMERS", "IMMIGRANT_YOUTH")))
                .doesNotContain(REACH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LETTER_OF_SUPPORT", "SIGNED_AGREEMENT"})
    void a_committed_host_employer_earns_the_employer_points(String commitment) {
        assertThat(award(project().partners("VENUE", "SIGNED_AGREEMENT", "EMPLOYER_HOST", commitment), EMPLOYER))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("HIRING_BARRIERS"), 3);
    }

    @Test
    void a_host_employer_named_without_any_commitment_earns_no_employer_points() {
        assertThat(fired(project().partners("EMPLOYER_HOST", "NONE"))).contains(PRIMARY).doesNotContain(EMPLOYER);
    }

    @Test
    void a_committed_partner_that_is_not_a_host_employer_earns_no_employer_points() {
        assertThat(fired(project().partners("EXPERTISE", "SIGNED_AGREEMENT", "REFERRAL", "SIGNED_AGREEMENT")))
                .doesNotContain(EMPLOYER);
    }

    @Test
    void a_host_employer_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().partners("EMPLOYER_HOST", "SIGNED_AGREEMENT"))).doesNotContain(EMPLOYER);
    }

    @Test
    void a_project_that_does_not_claim_the_objective_gets_nothing_from_this_file() {
        Assessment assessment = assess(everythingOfTheObjective(otherProject()));

        assertThat(assessment.contributions()).extracting(Contribution::file).doesNotContain(FILE);
        assertThat(assessment.score(Objective.of("HIRING_BARRIERS"))).isZero();
    }

    @Test
    void a_project_meeting_every_rule_scores_the_objective_at_its_cap_of_20() {
        Assessment assessment = assess(everythingOfTheObjective(project()));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, READINESS, PLACEMENT, REACH, EMPLOYER);
        assertThat(assessment.score(Objective.of("HIRING_BARRIERS"))).isEqualTo(20);
    }

    @Test
    void each_rule_counts_once_however_many_activities_and_employers_match_so_the_objective_stays_at_20() {
        Assessment assessment = assess(everythingOfTheObjective(project())
                .activities("CREDENTIAL_RECOGNITION", "MENTORING", "JOB_MATCHING", "PAID_INTERNSHIP")
                .partners("EMPLOYER_HOST", "SIGNED_AGREEMENT", "EMPLOYER_HOST", "LETTER_OF_SUPPORT"));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, READINESS, PLACEMENT, REACH, EMPLOYER);
        assertThat(assessment.score(Objective.of("HIRING_BARRIERS"))).isEqualTo(20);
    }
}
