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

@DisplayName("objectives/immigrant-women-autonomy.drl")
class ImmigrantWomenAutonomyRulesTest {

    private static final String FILE = "objectives/immigrant-women-autonomy.drl";

    private static final String PRIMARY = "Femmes immigrantes : c'est l'objectif principal du projet";
    private static final String REACH = "Femmes immigrantes : le projet s'adresse aux femmes immigrantes";
    private static final String FINANCIAL = "Femmes immigrantes : le projet mène vers l'autonomie financière";
    private static final String ISOLATION = "Femmes immigrantes : le projet brise l'isolement par des groupes d'entraide";
    private static final String CHILDCARE = "Femmes immigrantes : une halte-garderie permet aux mères de participer";

    /** A project whose only objective is immigrant women's autonomy, for the general public, with one unrelated activity. */
    private static ApplicationFixture project() {
        return ApplicationFixture.neutralProjectFor("IMMIGRANT_WOMEN_AUTONOMY");
    }

    /** A project for hiring barriers only, which does not claim immigrant women's autonomy. */
    private static ApplicationFixture otherProject() {
        return ApplicationFixture.neutralProjectFor("HIRING_BARRIERS");
    }

    /** Everything this file rewards except the claim: immigrant women served, and every kind of activity. */
    private static ApplicationFixture everythingOfTheObjective(ApplicationFixture fixture) {
        return fixture
                .activities("JOB_SKILLS_TRAINING", "PEER_SUPPORT_GROUP", "CHILDCARE_DURING_ACTIVITIES")
                .list("/project/targetGroups", "IMMIGRANT_WOMEN");
    }

    @Test
    void the_file_declares_exactly_the_rules_tested_here() {
        assertThat(Catalog.ruleNames(FILE)).containsExactly(PRIMARY, REACH, FINANCIAL, ISOLATION, CHILDCARE);
    }

    @Test
    void the_primary_objective_earns_the_primary_bonus() {
        assertThat(award(project(), PRIMARY))
                .extracting(Contribution::file, Contribution::criterion, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Criterion.of("OBJECTIVE_FIT"), Objective.of("IMMIGRANT_WOMEN_AUTONOMY"), 4);
    }

    @Test
    void a_secondary_claim_earns_the_activity_points_but_not_the_primary_bonus() {
        List<String> fired = fired(ApplicationFixture.strong().set("/project/primaryObjective", "HIRING_BARRIERS"));

        assertThat(fired).contains(REACH, FINANCIAL, ISOLATION, CHILDCARE).doesNotContain(PRIMARY);
    }

    @Test
    void serving_immigrant_women_earns_the_reach_points() {
        assertThat(award(project().list("/project/targetGroups", "NEWCOMERS", "IMMIGRANT_WOMEN"), REACH))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("IMMIGRANT_WOMEN_AUTONOMY"), 5);
    }

    @Test
    void serving_newcomers_in_general_is_not_serving_immigrant_women() {
        List<String> fired = fired(project().list("/project/targetGroups",
                "NEWCOMERS", "REFUGEES_AND_ASYLUM_SEEKERS", "IMMIGRANT_YOUTH", "GENERAL_PUBLIC"));

        assertThat(fired).contains(PRIMARY).doesNotContain(REACH);
    }

    @Test
    void serving_immigrant_women_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().list("/project/targetGroups", "IMMIGRANT_WOMEN"))).doesNotContain(REACH);
    }

    @Test
    void an_organization_led_by_an_immigrant_woman_does_not_earn_the_reach_points_for_its_leader() {
        List<String> fired = fired(project()
                .set("/leadership/gender", "WOMAN")
                .set("/leadership/immigrantBackground", "YES")
                .set("/leadership/racialized", "YES"));

        assertThat(fired).contains(PRIMARY).doesNotContain(REACH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JOB_SKILLS_TRAINING", "ENTREPRENEURSHIP_SUPPORT", "FINANCIAL_LITERACY"})
    void training_entrepreneurship_or_financial_literacy_earns_the_financial_autonomy_points(String type) {
        assertThat(award(project().activities(type), FINANCIAL))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("IMMIGRANT_WOMEN_AUTONOMY"), 5);
    }

    @Test
    void financial_literacy_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("JOB_SKILLS_TRAINING", "ENTREPRENEURSHIP_SUPPORT", "FINANCIAL_LITERACY")))
                .doesNotContain(FINANCIAL);
    }

    @Test
    void peer_support_and_childcare_alone_do_not_lead_to_financial_autonomy() {
        assertThat(fired(project().activities("PEER_SUPPORT_GROUP", "CHILDCARE_DURING_ACTIVITIES", "MENTORING")))
                .contains(ISOLATION, CHILDCARE)
                .doesNotContain(FINANCIAL);
    }

    @Test
    void peer_support_groups_earn_the_isolation_points() {
        assertThat(award(project().activities("PEER_SUPPORT_GROUP"), ISOLATION))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("IMMIGRANT_WOMEN_AUTONOMY"), 3);
    }

    @Test
    void peer_support_groups_earn_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("PEER_SUPPORT_GROUP"))).doesNotContain(ISOLATION);
    }

    @Test
    void childcare_during_activities_earns_the_childcare_points() {
        assertThat(award(project().activities("CHILDCARE_DURING_ACTIVITIES"), CHILDCARE))
                .extracting(Contribution::file, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Objective.of("IMMIGRANT_WOMEN_AUTONOMY"), 3);
    }

    @Test
    void childcare_earns_nothing_here_when_the_project_does_not_claim_the_objective() {
        assertThat(fired(otherProject().activities("CHILDCARE_DURING_ACTIVITIES"))).doesNotContain(CHILDCARE);
    }

    @Test
    void a_project_that_does_not_claim_the_objective_gets_nothing_from_this_file() {
        Assessment assessment = assess(everythingOfTheObjective(otherProject()));

        assertThat(assessment.contributions()).extracting(Contribution::file).doesNotContain(FILE);
        assertThat(assessment.score(Objective.of("IMMIGRANT_WOMEN_AUTONOMY"))).isZero();
    }

    @Test
    void a_project_meeting_every_rule_scores_the_objective_at_its_cap_of_20() {
        Assessment assessment = assess(everythingOfTheObjective(project()));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, REACH, FINANCIAL, ISOLATION, CHILDCARE);
        assertThat(assessment.score(Objective.of("IMMIGRANT_WOMEN_AUTONOMY"))).isEqualTo(20);
    }

    @Test
    void each_rule_counts_once_however_many_activities_match_so_the_objective_stays_at_20() {
        Assessment assessment = assess(ApplicationFixture.strong()
                .activities("JOB_SKILLS_TRAINING", "ENTREPRENEURSHIP_SUPPORT", "FINANCIAL_LITERACY",
                        "PEER_SUPPORT_GROUP", "PEER_SUPPORT_GROUP", "CHILDCARE_DURING_ACTIVITIES"));

        assertThat(assessment.contributions()).filteredOn(c -> c.file().equals(FILE)).extracting(Contribution::rule)
                .containsExactly(PRIMARY, REACH, FINANCIAL, ISOLATION, CHILDCARE);
        assertThat(assessment.score(Objective.of("IMMIGRANT_WOMEN_AUTONOMY"))).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "gender, MAN", "gender, WOMAN", "gender, NON_BINARY",
        "immigrantBackground, YES", "immigrantBackground, NO",
        "racialized, YES", "racialized, NO",
        "ageGroup, UNDER_30", "ageGroup, AGE_65_AND_OVER"})
    void who_leads_the_organization_never_changes_the_objective_score(String attribute, String value) {
        Assessment undisclosed = assess(project().activities("PEER_SUPPORT_GROUP").remove("/leadership"));
        Assessment disclosed = assess(project().activities("PEER_SUPPORT_GROUP").set("/leadership/" + attribute, value));

        assertThat(undisclosed.score(Objective.of("IMMIGRANT_WOMEN_AUTONOMY"))).isBetween(1, 19);
        assertThat(disclosed.score(Objective.of("IMMIGRANT_WOMEN_AUTONOMY")))
                .isEqualTo(undisclosed.score(Objective.of("IMMIGRANT_WOMEN_AUTONOMY")));
        assertThat(disclosed.total()).isEqualTo(undisclosed.total());
    }
}
