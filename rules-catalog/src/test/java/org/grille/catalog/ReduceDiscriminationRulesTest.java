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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("objectives/reduce-discrimination.drl")
class ReduceDiscriminationRulesTest {

    private static final String FILE = "objectives/reduce-discrimination.drl";

    private static final String PRIMARY = "Discrimination : c'est l'objectif principal du projet";
    private static final String AWARENESS = "Discrimination : le projet sensibilise ou forme contre le racisme et la discrimination";
    private static final String SUPPORT = "Discrimination : le projet accompagne les personnes qui vivent de la discrimination";
    private static final String REACH = "Discrimination : le projet rejoint le grand public ou les personnes racisées";
    private static final String REPEATED = "Discrimination : une activité de sensibilisation est répétée au moins cinq fois";

    /** A project whose only objective is reducing discrimination, for the general public, with one unrelated activity. */
    private static ApplicationFixture project() {
        return ApplicationFixture.neutralProjectFor("REDUCE_DISCRIMINATION");
    }

    /** A project for newcomers' rights only, which does not claim reducing discrimination. */
    private static ApplicationFixture otherProject() {
        return ApplicationFixture.neutralProjectFor("NEWCOMER_RIGHTS");
    }

    /** Everything this file rewards except the claim: every activity, held often, and both groups reached. */
    private static ApplicationFixture everythingOfTheObjective(ApplicationFixture fixture) {
        return fixture
                .activities(10, "AWARENESS_CAMPAIGN", "ANTI_RACISM_TRAINING", "INCIDENT_SUPPORT")
                .list("/project/targetGroups", "GENERAL_PUBLIC", "RACIALIZED_PEOPLE");
    }

    @Test
    void the_file_declares_exactly_the_rules_tested_here() {
        assertThat(Catalog.ruleNames(FILE)).containsExactly(PRIMARY, AWARENESS, SUPPORT, REACH, REPEATED);
    }

    @Test
    void the_primary_objective_earns_the_primary_bonus() {
        assertThat(award(project(), PRIMARY))
                .extracting(Contribution::file, Contribution::criterion, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Criterion.of("OBJECTIVE_FIT"), Objective.of("REDUCE_DISCRIMINATION"), 4);
    }

    @Test
    void a_secondary_claim_earns_the_activity_points_but_not_the_primary_bonus() {
        List<String> fired = fired(otherProject()
                .list("/project/objectives", "NEWCOMER_RIGHTS", "REDUCE_DISCRIMINATION")
                .activities("AWARENESS_CAMPAIGN"));

        assertThat(fired).contains(AWARENESS).doesNotContain(PRIMARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWARENESS_CAMPAIGN", "ANTI_RACISM_TRAINING"})
    void an_awareness_campaign_or_an_anti_racism_training_earns_the_awareness_points(String type) {
        assertThat(award(project().activities(type), AWARENESS))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("REDUCE_DISCRIMINATION"), 6);
    }

    @Test
    void an_awareness_campaign_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("AWARENESS_CAMPAIGN", "ANTI_RACISM_TRAINING")))
                .doesNotContain(AWARENESS);
    }

    @Test
    void supporting_people_through_incidents_is_not_awareness() {
        assertThat(fired(project().activities("INCIDENT_SUPPORT"))).contains(SUPPORT).doesNotContain(AWARENESS);
    }

    @Test
    void incident_support_earns_the_support_points() {
        assertThat(award(project().activities("INCIDENT_SUPPORT"), SUPPORT))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("REDUCE_DISCRIMINATION"), 4);
    }

    @Test
    void incident_support_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("INCIDENT_SUPPORT"))).doesNotContain(SUPPORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GENERAL_PUBLIC", "RACIALIZED_PEOPLE"})
    void reaching_the_general_public_or_racialized_people_earns_the_reach_points(String group) {
        assertThat(award(project().list("/project/targetGroups", "NEWCOMERS", group), REACH))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("REDUCE_DISCRIMINATION"), 4);
    }

    @Test
    void reaching_only_other_groups_earns_no_reach_points() {
        List<String> fired = fired(project().list("/project/targetGroups",
                "NEWCOMERS", "REFUGEES_AND_ASYLUM_SEEKERS", "IMMIGRANT_WOMEN", "EMPLOYERS"));

        assertThat(fired).contains(PRIMARY).doesNotContain(REACH);
    }

    @Test
    void reaching_the_general_public_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().list("/project/targetGroups", "GENERAL_PUBLIC", "RACIALIZED_PEOPLE")))
                .doesNotContain(REACH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWARENESS_CAMPAIGN", "ANTI_RACISM_TRAINING"})
    void an_awareness_activity_held_five_times_earns_the_repetition_points(String type) {
        assertThat(award(project().activities(5, type), REPEATED))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("REDUCE_DISCRIMINATION"), 2);
    }

    @Test
    void an_awareness_activity_held_four_times_is_not_repeated_enough() {
        assertThat(fired(project().activities(4, "AWARENESS_CAMPAIGN"))).contains(AWARENESS).doesNotContain(REPEATED);
    }

    @Test
    void sessions_of_two_awareness_activities_are_not_added_up() {
        assertThat(fired(project().activities(4, "AWARENESS_CAMPAIGN", "ANTI_RACISM_TRAINING")))
                .contains(AWARENESS)
                .doesNotContain(REPEATED);
    }

    @Test
    void an_awareness_activity_with_no_session_count_is_not_counted_as_repeated() {
        assertThat(fired(project().activities("AWARENESS_CAMPAIGN").remove("/project/activities/0/sessions")))
                .contains(AWARENESS)
                .doesNotContain(REPEATED);
    }

    @Test
    void a_frequent_activity_that_is_not_awareness_is_not_repeated_awareness() {
        assertThat(fired(project().activities(20, "INCIDENT_SUPPORT", "OTHER"))).doesNotContain(REPEATED);
    }

    @Test
    void a_frequent_awareness_activity_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities(20, "AWARENESS_CAMPAIGN"))).doesNotContain(REPEATED);
    }

    @Test
    void a_project_that_does_not_claim_the_objective_gets_nothing_from_this_file() {
        Assessment assessment = assess(everythingOfTheObjective(otherProject()));

        assertThat(assessment.contributions()).extracting(Contribution::file).doesNotContain(FILE);
        assertThat(assessment.score(Objective.of("REDUCE_DISCRIMINATION"))).isZero();
    }

    @Test
    void a_project_meeting_every_rule_scores_the_objective_at_its_cap_of_20() {
        Assessment assessment = assess(everythingOfTheObjective(project()));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, AWARENESS, SUPPORT, REACH, REPEATED);
        assertThat(assessment.score(Objective.of("REDUCE_DISCRIMINATION"))).isEqualTo(20);
    }

    @Test
    void each_rule_counts_once_however_many_activities_match_so_the_objective_stays_at_20() {
        Assessment assessment = assess(everythingOfTheObjective(project())
                .activities(10, "AWARENESS_CAMPAIGN", "AWARENESS_CAMPAIGN", "ANTI_RACISM_TRAINING",
                        "INCIDENT_SUPPORT", "INCIDENT_SUPPORT"));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, AWARENESS, SUPPORT, REACH, REPEATED);
        assertThat(assessment.score(Objective.of("REDUCE_DISCRIMINATION"))).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "gender, MAN", "gender, WOMAN", "gender, NON_BINARY",
        "racialized, YES", "racialized, NO",
        "immigrantBackground, YES", "immigrantBackground, NO",
        "ageGroup, UNDER_30", "ageGroup, AGE_65_AND_OVER"})
    void who_leads_the_organization_never_changes_the_objective_score(String attribute, String value) {
        Assessment undisclosed = assess(project().activities("INCIDENT_SUPPORT").remove("/leadership"));
        Assessment disclosed = assess(project().activities("INCIDENT_SUPPORT").set("/leadership/" + attribute, value));

        assertThat(undisclosed.score(Objective.of("REDUCE_DISCRIMINATION"))).isBetween(1, 19);
        assertThat(disclosed.score(Objective.of("REDUCE_DISCRIMINATION")))
                .isEqualTo(undisclosed.score(Objective.of("REDUCE_DISCRIMINATION")));
        assertThat(disclosed.total()).isEqualTo(undisclosed.total());
    }
}
