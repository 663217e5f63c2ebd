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

@DisplayName("objectives/newcomer-rights.drl")
class NewcomerRightsRulesTest {

    private static final String FILE = "objectives/newcomer-rights.drl";

    private static final String PRIMARY = "Droits : c'est l'objectif principal du projet";
    private static final String INFORMATION = "Droits : le projet informe les nouveaux arrivants de leurs droits";
    private static final String ACCOMPANIMENT = "Droits : le projet accompagne les personnes dans leurs démarches juridiques";
    private static final String REACH = "Droits : le projet rejoint des nouveaux arrivants, des réfugiés ou des résidents temporaires";
    private static final String SCALE = "Droits : le projet rejoint au moins cent personnes";

    /** A project whose only objective is newcomers' rights, for the general public (40 people), with one unrelated activity. */
    private static ApplicationFixture project() {
        return ApplicationFixture.neutralProjectFor("NEWCOMER_RIGHTS");
    }

    /** A project against discrimination only, which does not claim newcomers' rights. */
    private static ApplicationFixture otherProject() {
        return ApplicationFixture.neutralProjectFor("REDUCE_DISCRIMINATION");
    }

    /** Everything this file rewards except the claim: both activities, the three groups, and a large reach. */
    private static ApplicationFixture everythingOfTheObjective(ApplicationFixture fixture) {
        return fixture
                .activities("RIGHTS_INFORMATION", "LEGAL_ACCOMPANIMENT")
                .list("/project/targetGroups", "NEWCOMERS", "REFUGEES_AND_ASYLUM_SEEKERS", "TEMPORARY_RESIDENTS")
                .set("/project/expectedParticipants", 500);
    }

    @Test
    void the_file_declares_exactly_the_rules_tested_here() {
        assertThat(Catalog.ruleNames(FILE)).containsExactly(PRIMARY, INFORMATION, ACCOMPANIMENT, REACH, SCALE);
    }

    @Test
    void the_primary_objective_earns_the_primary_bonus() {
        assertThat(award(project(), PRIMARY))
                .extracting(Contribution::file, Contribution::criterion, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Criterion.of("OBJECTIVE_FIT"), Objective.of("NEWCOMER_RIGHTS"), 4);
    }

    @Test
    void a_secondary_claim_earns_the_activity_points_but_not_the_primary_bonus() {
        List<String> fired = fired(otherProject()
                .list("/project/objectives", "REDUCE_DISCRIMINATION", "NEWCOMER_RIGHTS")
                .activities("RIGHTS_INFORMATION"));

        assertThat(fired).contains(INFORMATION).doesNotContain(PRIMARY);
    }

    @Test
    void rights_information_sessions_earn_the_information_points() {
        assertThat(award(project().activities("RIGHTS_INFORMATION"), INFORMATION))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("NEWCOMER_RIGHTS"), 6);
    }

    @Test
    void rights_information_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("RIGHTS_INFORMATION"))).doesNotContain(INFORMATION);
    }

    @Test
    void general_awareness_is_not_rights_information() {
        assertThat(fired(project().activities("AWARENESS_CAMPAIGN", "LEGAL_ACCOMPANIMENT")))
                .contains(ACCOMPANIMENT)
                .doesNotContain(INFORMATION);
    }

    @Test
    void legal_accompaniment_earns_the_accompaniment_points() {
        assertThat(award(project().activities("LEGAL_ACCOMPANIMENT"), ACCOMPANIMENT))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("NEWCOMER_RIGHTS"), 4);
    }

    @Test
    void legal_accompaniment_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("LEGAL_ACCOMPANIMENT"))).doesNotContain(ACCOMPANIMENT);
    }

    @Test
    void supporting_victims_of_discrimination_is_not_legal_accompaniment() {
        assertThat(fired(project().activities("INCIDENT_SUPPORT", "RIGHTS_INFORMATION")))
                .contains(INFORMATION)
                .doesNotContain(ACCOMPANIMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEWCOMERS", "REFUGEES_AND_ASYLUM_SEEKERS", "TEMPORARY_RESIDENTS"})
    void reaching_newcomers_refugees_or_temporary_residents_earns_the_reach_points(String group) {
        assertThat(award(project().list("/project/targetGroups", "GENERAL_PUBLIC", group), REACH))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("NEWCOMER_RIGHTS"), 4);
    }

    @Test
    void reaching_only_other_groups_earns_no_reach_points() {
        List<String> fired = fired(project().list("/project/targetGroups",
                "GENERAL_PUBLIC", "RACIALIZED_PEOPLE", "EMPLOYERS"));

        assertThat(fired).contains(PRIMARY).doesNotContain(REACH);
    }

    @Test
    void reaching_newcomers_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().list("/project/targetGroups",
                "NEWCOMERS", "REFUGEES_AND_ASYLUM_SEEKERS", "TEMPORARY_RESIDENTS")))
                .doesNotContain(REACH);
    }

    @Test
    void one_hundred_expected_participants_earn_the_scale_points() {
        assertThat(award(project().set("/project/expectedParticipants", 100), SCALE))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("NEWCOMER_RIGHTS"), 2);
    }

    @Test
    void ninety_nine_expected_participants_are_below_the_scale_threshold() {
        assertThat(fired(project().set("/project/expectedParticipants", 99))).contains(PRIMARY).doesNotContain(SCALE);
    }

    @Test
    void a_large_reach_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().set("/project/expectedParticipants", 1000))).doesNotContain(SCALE);
    }

    @Test
    void a_project_that_does_not_claim_the_objective_gets_nothing_from_this_file() {
        Assessment assessment = assess(everythingOfTheObjective(otherProject()));

        assertThat(assessment.contributions()).extracting(Contribution::file).doesNotContain(FILE);
        assertThat(assessment.score(Objective.of("NEWCOMER_RIGHTS"))).isZero();
    }

    @Test
    void a_project_meeting_every_rule_scores_the_objective_at_its_cap_of_20() {
        Assessment assessment = assess(everythingOfTheObjective(project()));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, INFORMATION, ACCOMPANIMENT, REACH, SCALE);
        assertThat(assessment.score(Objective.of("NEWCOMER_RIGHTS"))).isEqualTo(20);
    }

    @Test
    void each_rule_counts_once_however_many_activities_match_so_the_objective_stays_at_20() {
        Assessment assessment = assess(everythingOfTheObjective(project())
                .activities("RIGHTS_INFORMATION", "RIGHTS_INFORMATION", "LEGAL_ACCOMPANIMENT", "LEGAL_ACCOMPANIMENT"));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, INFORMATION, ACCOMPANIMENT, REACH, SCALE);
        assertThat(assessment.score(Objective.of("NEWCOMER_RIGHTS"))).isEqualTo(20);
    }
}
