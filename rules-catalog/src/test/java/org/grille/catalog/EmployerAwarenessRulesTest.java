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

@DisplayName("objectives/employer-awareness.drl")
class EmployerAwarenessRulesTest {

    private static final String FILE = "objectives/employer-awareness.drl";

    private static final String PRIMARY = "Employeurs : c'est l'objectif principal du projet";
    private static final String WORKSHOPS = "Employeurs : le projet offre des ateliers aux employeurs";
    private static final String COACHING = "Employeurs : le projet accompagne les employeurs vers un recrutement inclusif";
    private static final String REACH = "Employeurs : le projet s'adresse directement aux employeurs";
    private static final String SHOWCASE = "Employeurs : le projet fait connaître des réussites de la diversité en entreprise";

    /** A project whose only objective is employer awareness, for the general public, with one unrelated activity. */
    private static ApplicationFixture project() {
        return ApplicationFixture.neutralProjectFor("EMPLOYER_AWARENESS");
    }

    /** A project for hiring barriers only, which does not claim employer awareness. */
    private static ApplicationFixture otherProject() {
        return ApplicationFixture.neutralProjectFor("HIRING_BARRIERS");
    }

    /** Everything this file rewards except the claim: every kind of activity, and employers reached. */
    private static ApplicationFixture everythingOfTheObjective(ApplicationFixture fixture) {
        return fixture
                .activities("EMPLOYER_WORKSHOP", "INCLUSIVE_HIRING_COACHING", "DIVERSITY_SHOWCASE")
                .list("/project/targetGroups", "EMPLOYERS");
    }

    @Test
    void the_file_declares_exactly_the_rules_tested_here() {
        assertThat(Catalog.ruleNames(FILE)).containsExactly(PRIMARY, WORKSHOPS, COACHING, REACH, SHOWCASE);
    }

    @Test
    void the_primary_objective_earns_the_primary_bonus() {
        assertThat(award(project(), PRIMARY))
                .extracting(Contribution::file, Contribution::criterion, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Criterion.of("OBJECTIVE_FIT"), Objective.of("EMPLOYER_AWARENESS"), 4);
    }

    @Test
    void a_secondary_claim_earns_the_activity_points_but_not_the_primary_bonus() {
        List<String> fired = fired(otherProject()
                .list("/project/objectives", "HIRING_BARRIERS", "EMPLOYER_AWARENESS")
                .activities("EMPLOYER_WORKSHOP"));

        assertThat(fired).contains(WORKSHOPS).doesNotContain(PRIMARY);
    }

    @Test
    void workshops_for_employers_earn_the_workshop_points() {
        assertThat(award(project().activities("EMPLOYER_WORKSHOP"), WORKSHOPS))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("EMPLOYER_AWARENESS"), 6);
    }

    @Test
    void workshops_for_employers_earn_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("EMPLOYER_WORKSHOP"))).doesNotContain(WORKSHOPS);
    }

    @Test
    void a_public_awareness_campaign_is_not_a_workshop_for_employers() {
        assertThat(fired(project().activities("AWARENESS_CAMPAIGN", "ANTI_RACISM_TRAINING", "DIVERSITY_SHOWCASE")))
                .contains(SHOWCASE)
                .doesNotContain(WORKSHOPS);
    }

    @Test
    void coaching_employers_towards_inclusive_hiring_earns_the_coaching_points() {
        assertThat(award(project().activities("INCLUSIVE_HIRING_COACHING"), COACHING))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("EMPLOYER_AWARENESS"), 4);
    }

    @Test
    void coaching_employers_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("INCLUSIVE_HIRING_COACHING"))).doesNotContain(COACHING);
    }

    @Test
    void matching_job_seekers_with_employers_is_not_coaching_employers() {
        assertThat(fired(project().activities("JOB_MATCHING", "EMPLOYER_WORKSHOP")))
                .contains(WORKSHOPS)
                .doesNotContain(COACHING);
    }

    @Test
    void addressing_employers_directly_earns_the_reach_points() {
        assertThat(award(project().list("/project/targetGroups", "GENERAL_PUBLIC", "EMPLOYERS"), REACH))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("EMPLOYER_AWARENESS"), 4);
    }

    @Test
    void a_host_employer_partner_is_not_reaching_employers_as_a_target_group() {
        List<String> fired = fired(project()
                .list("/project/targetGroups", "GENERAL_PUBLIC", "SKILLED_IMMIGRANTS")
                .partners("EMPLOYER_HOST", "SIGNED_AGREEMENT"));

        assertThat(fired).contains(PRIMARY).doesNotContain(REACH);
    }

    @Test
    void addressing_employers_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().list("/project/targetGroups", "EMPLOYERS"))).doesNotContain(REACH);
    }

    @Test
    void showcasing_diversity_successes_earns_the_showcase_points() {
        assertThat(award(project().activities("DIVERSITY_SHOWCASE"), SHOWCASE))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("EMPLOYER_AWARENESS"), 2);
    }

    @Test
    void showcasing_diversity_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("DIVERSITY_SHOWCASE"))).doesNotContain(SHOWCASE);
    }

    @Test
    void a_project_that_does_not_claim_the_objective_gets_nothing_from_this_file() {
        Assessment assessment = assess(everythingOfTheObjective(otherProject()));

        assertThat(assessment.contributions()).extracting(Contribution::file).doesNotContain(FILE);
        assertThat(assessment.score(Objective.of("EMPLOYER_AWARENESS"))).isZero();
    }

    @Test
    void a_project_meeting_every_rule_scores_the_objective_at_its_cap_of_20() {
        Assessment assessment = assess(everythingOfTheObjective(project()));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, WORKSHOPS, COACHING, REACH, SHOWCASE);
        assertThat(assessment.score(Objective.of("EMPLOYER_AWARENESS"))).isEqualTo(20);
    }

    @Test
    void each_rule_counts_once_however_many_activities_match_so_the_objective_stays_at_20() {
        Assessment assessment = assess(everythingOfTheObjective(project())
                .activities("EMPLOYER_WORKSHOP", "EMPLOYER_WORKSHOP", "INCLUSIVE_HIRING_COACHING",
                        "INCLUSIVE_HIRING_COACHING", "DIVERSITY_SHOWCASE", "DIVERSITY_SHOWCASE"));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, WORKSHOPS, COACHING, REACH, SHOWCASE);
        assertThat(assessment.score(Objective.of("EMPLOYER_AWARENESS"))).isEqualTo(20);
    }
}
