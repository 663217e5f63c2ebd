package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.catalog.Catalog.assess;
import static org.grille.catalog.Catalog.award;
import static org.grille.catalog.Catalog.fired;

import java.util.ArrayList;
import java.util.List;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("quality.drl")
class QualityRulesTest {

    private static final String FILE = "quality.drl";

    private static final String NEED_DOCUMENTED = "Besoin : la demande documente le besoin auquel le projet répond";
    private static final String CO_DESIGN = "Participation : les personnes concernées ont participé à la conception du projet";
    private static final String PARTICIPATORY_EVALUATION = "Participation : les personnes concernées prennent part à l'évaluation";
    private static final String THEORY_OF_CHANGE = "Impact : une théorie du changement relie les activités aux résultats";
    private static final String TWO_OUTCOMES = "Impact : le projet vise au moins deux résultats précis";
    private static final String THREE_ACTIVITIES = "Impact : le projet comporte au moins trois activités";
    private static final String IMPACT_TRAINING = "Impact : l'organisme a suivi le module « Concevoir son impact social »";
    private static final String ONE_MEASURABLE = "Évaluation : au moins un résultat a un indicateur, une situation de départ et une cible";
    private static final String ALL_MEASURABLE = "Évaluation : tous les résultats visés sont mesurables";
    private static final String EFFECT_METHOD = "Évaluation : la méthode mesure les effets, pas seulement les activités";
    private static final String EVALUATION_BUDGET = "Évaluation : au moins 5 % du budget est consacré à l'évaluation";
    private static final String EVALUATION_TRAINING = "Évaluation : l'organisme a suivi le module « Évaluer les effets et l'impact »";
    private static final String COMMITTED_IN_WRITING = "Partenariat : au moins un partenaire s'est engagé par écrit";
    private static final String SIGNED_AGREEMENT = "Partenariat : au moins un partenaire a signé une entente de collaboration";
    private static final String COMPLEMENTARY_ROLES = "Partenariat : des partenaires engagés jouent des rôles complémentaires";
    private static final String CO_CREATION = "Partenariat : l'organisme a participé à l'atelier de cocréation";
    private static final String PARTNER_CONTRIBUTES = "Partenariat : un partenaire apporte de l'argent ou des ressources";
    private static final String ONE_PROJECT = "Capacité : l'organisme a déjà mené un projet comparable";
    private static final String THREE_PROJECTS = "Capacité : l'organisme a mené au moins trois projets comparables";
    private static final String NO_DEFICIT = "Capacité : l'organisme n'a pas de déficit accumulé";
    private static final String PROPORTIONATE = "Capacité : la demande est proportionnée aux revenus annuels de l'organisme";
    private static final String ADMINISTRATION = "Budget : les frais d'administration ne dépassent pas 15 % du coût total";
    private static final String BALANCED = "Budget : les postes budgétaires totalisent le coût du projet";
    private static final String COFUNDING = "Cofinancement : au moins 10 % du coût est financé par d'autres sources confirmées";
    private static final String STRONG_COFUNDING = "Cofinancement : au moins 25 % du coût est financé par d'autres sources confirmées";

    /** The strong application: total cost 140 000 $, 90 000 $ requested, 2 measurable outcomes, 2 partners. */
    private static ApplicationFixture strong() {
        return ApplicationFixture.strong();
    }

    @Test
    void the_file_declares_exactly_the_rules_tested_here() {
        assertThat(Catalog.ruleNames(FILE)).containsExactly(
                NEED_DOCUMENTED, CO_DESIGN, PARTICIPATORY_EVALUATION,
                THEORY_OF_CHANGE, TWO_OUTCOMES, THREE_ACTIVITIES, IMPACT_TRAINING,
                ONE_MEASURABLE, ALL_MEASURABLE, EFFECT_METHOD, EVALUATION_BUDGET, EVALUATION_TRAINING,
                COMMITTED_IN_WRITING, SIGNED_AGREEMENT, COMPLEMENTARY_ROLES, CO_CREATION, PARTNER_CONTRIBUTES,
                ONE_PROJECT, THREE_PROJECTS, NO_DEFICIT, PROPORTIONATE,
                ADMINISTRATION, BALANCED, COFUNDING, STRONG_COFUNDING);
    }

    // ---- Need and participation ----

    @Test
    void documented_need_earns_need_points() {
        assertThat(award(strong(), NEED_DOCUMENTED))
                .extracting(Contribution::file, Contribution::criterion, Contribution::objective, Contribution::points)
                .containsExactly(FILE, Criterion.of("NEED_AND_PARTICIPATION"), null, 5);
    }

    @Test
    void a_blank_need_evidence_is_not_a_documented_need() {
        assertThat(fired(strong().set("/project/needEvidence", "   "))).contains(CO_DESIGN).doesNotContain(NEED_DOCUMENTED);
    }

    @Test
    void a_missing_need_evidence_is_not_a_documented_need() {
        assertThat(fired(strong().remove("/project/needEvidence"))).doesNotContain(NEED_DOCUMENTED);
    }

    @Test
    void people_concerned_designing_the_project_earn_co_design_points() {
        assertThat(award(strong(), CO_DESIGN))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("NEED_AND_PARTICIPATION"), 3);
    }

    @Test
    void a_project_designed_without_the_people_concerned_earns_no_co_design_points() {
        assertThat(fired(strong().set("/project/participantsInvolvedInDesign", false)))
                .contains(NEED_DOCUMENTED)
                .doesNotContain(CO_DESIGN);
    }

    @Test
    void people_concerned_taking_part_in_the_evaluation_earn_participation_points() {
        assertThat(award(strong(), PARTICIPATORY_EVALUATION))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("NEED_AND_PARTICIPATION"), 2);
    }

    @Test
    void an_evaluation_without_the_people_concerned_earns_no_participation_points() {
        assertThat(fired(strong().set("/project/evaluationPlan/participantsConsulted", false)))
                .contains(EFFECT_METHOD)
                .doesNotContain(PARTICIPATORY_EVALUATION);
    }

    // ---- Impact design ----

    @Test
    void a_theory_of_change_earns_impact_points() {
        assertThat(award(strong(), THEORY_OF_CHANGE))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("IMPACT_DESIGN"), 6);
    }

    @Test
    void a_blank_theory_of_change_earns_no_impact_points() {
        assertThat(fired(strong().set("/project/theoryOfChange", " "))).contains(TWO_OUTCOMES).doesNotContain(THEORY_OF_CHANGE);
    }

    @Test
    void two_outcomes_earn_outcome_points() {
        assertThat(award(strong(), TWO_OUTCOMES))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("IMPACT_DESIGN"), 4);
    }

    @Test
    void a_single_outcome_is_not_enough_for_outcome_points() {
        assertThat(fired(strong().remove("/project/outcomes/1"))).contains(ONE_MEASURABLE).doesNotContain(TWO_OUTCOMES);
    }

    @Test
    void three_activities_earn_activity_points() {
        assertThat(award(strong().activities("PEER_SUPPORT_GROUP", "FINANCIAL_LITERACY", "MENTORING"), THREE_ACTIVITIES))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("IMPACT_DESIGN"), 3);
    }

    @Test
    void two_activities_are_not_enough_for_activity_points() {
        assertThat(fired(strong().activities("PEER_SUPPORT_GROUP", "FINANCIAL_LITERACY")))
                .contains(THEORY_OF_CHANGE)
                .doesNotContain(THREE_ACTIVITIES);
    }

    @Test
    void the_social_impact_design_module_earns_training_points() {
        assertThat(award(strong().list("/project/trainingModulesCompleted", "SOCIAL_IMPACT_DESIGN"), IMPACT_TRAINING))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("IMPACT_DESIGN"), 2);
    }

    @Test
    void the_other_modules_do_not_earn_the_social_impact_design_points() {
        assertThat(fired(strong().list("/project/trainingModulesCompleted", "IMPACT_EVALUATION", "STORYTELLING")))
                .contains(EVALUATION_TRAINING)
                .doesNotContain(IMPACT_TRAINING);
    }

    // ---- Evaluation plan ----

    @Test
    void one_measurable_outcome_earns_measurability_points() {
        assertThat(award(strong().remove("/project/outcomes/1/baseline"), ONE_MEASURABLE))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("EVALUATION_PLAN"), 5);
    }

    @Test
    void outcomes_that_each_lack_an_indicator_a_baseline_or_a_target_earn_no_measurability_points() {
        List<String> fired = fired(strong()
                .set("/project/outcomes/0/indicator", " ")
                .remove("/project/outcomes/1/target"));

        assertThat(fired).doesNotContain(ONE_MEASURABLE, ALL_MEASURABLE);
    }

    @Test
    void two_outcomes_count_as_precise_only_when_both_name_an_indicator() {
        assertThat(fired(strong().set("/project/outcomes/0/indicator", " "))).doesNotContain(TWO_OUTCOMES);
        assertThat(fired(strong().remove("/project/outcomes/0/baseline").remove("/project/outcomes/1/target")))
                .contains(TWO_OUTCOMES);
    }

    @Test
    void outcomes_that_are_all_measurable_earn_the_all_measurable_points() {
        assertThat(award(strong(), ALL_MEASURABLE))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("EVALUATION_PLAN"), 2);
    }

    @Test
    void one_outcome_without_a_baseline_loses_the_all_measurable_points() {
        assertThat(fired(strong().remove("/project/outcomes/1/baseline")))
                .contains(ONE_MEASURABLE)
                .doesNotContain(ALL_MEASURABLE);
    }

    @Test
    void a_project_with_no_outcome_earns_no_all_measurable_points() {
        assertThat(fired(strong().list("/project/outcomes"))).contains(EFFECT_METHOD).doesNotContain(ALL_MEASURABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BEFORE_AFTER_MEASURES", "MIXED_METHODS", "EXTERNAL_EVALUATION"})
    void an_evaluation_that_measures_effects_earns_method_points(String approach) {
        assertThat(award(strong().set("/project/evaluationPlan/approach", approach), EFFECT_METHOD))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("EVALUATION_PLAN"), 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NONE", "ACTIVITY_COUNTS", "SATISFACTION_SURVEY"})
    void an_evaluation_that_counts_activities_or_satisfaction_earns_no_method_points(String approach) {
        assertThat(fired(strong().set("/project/evaluationPlan/approach", approach)))
                .contains(PARTICIPATORY_EVALUATION)
                .doesNotContain(EFFECT_METHOD);
    }

    @Test
    void an_evaluation_budget_of_exactly_5_percent_earns_budget_points() {
        assertThat(award(strong().set("/project/evaluationPlan/budget", 7000), EVALUATION_BUDGET))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("EVALUATION_PLAN"), 3);
    }

    @Test
    void an_evaluation_budget_one_dollar_under_5_percent_earns_no_budget_points() {
        assertThat(fired(strong().set("/project/evaluationPlan/budget", 6999)))
                .contains(EFFECT_METHOD)
                .doesNotContain(EVALUATION_BUDGET);
    }

    @Test
    void an_evaluation_plan_without_a_budget_earns_no_budget_points() {
        assertThat(fired(strong().remove("/project/evaluationPlan/budget")))
                .contains(EFFECT_METHOD)
                .doesNotContain(EVALUATION_BUDGET);
    }

    @Test
    void the_impact_evaluation_module_earns_training_points() {
        assertThat(award(strong().list("/project/trainingModulesCompleted", "IMPACT_EVALUATION"), EVALUATION_TRAINING))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("EVALUATION_PLAN"), 1);
    }

    @Test
    void the_other_modules_do_not_earn_the_impact_evaluation_points() {
        assertThat(fired(strong().list("/project/trainingModulesCompleted", "SOCIAL_IMPACT_DESIGN", "STORYTELLING")))
                .contains(IMPACT_TRAINING)
                .doesNotContain(EVALUATION_TRAINING);
    }

    // ---- Partnerships ----

    @Test
    void a_letter_of_support_is_a_written_commitment() {
        assertThat(award(strong().partners("VENUE", "LETTER_OF_SUPPORT"), COMMITTED_IN_WRITING))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("PARTNERSHIPS"), 3);
    }

    @Test
    void a_signed_agreement_is_also_a_written_commitment() {
        assertThat(fired(strong().partners("VENUE", "SIGNED_AGREEMENT"))).contains(COMMITTED_IN_WRITING);
    }

    @Test
    void partners_named_without_any_commitment_earn_no_commitment_points() {
        assertThat(fired(strong().partners("VENUE", "NONE", "EXPERTISE", "NONE")))
                .contains(CO_CREATION)
                .doesNotContain(COMMITTED_IN_WRITING, SIGNED_AGREEMENT, COMPLEMENTARY_ROLES);
    }

    @Test
    void a_signed_agreement_earns_the_signed_agreement_points() {
        assertThat(award(strong().partners("VENUE", "SIGNED_AGREEMENT"), SIGNED_AGREEMENT))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("PARTNERSHIPS"), 6);
    }

    @Test
    void letters_of_support_alone_do_not_earn_the_signed_agreement_points() {
        assertThat(fired(strong().partners("VENUE", "LETTER_OF_SUPPORT", "EXPERTISE", "LETTER_OF_SUPPORT")))
                .contains(COMMITTED_IN_WRITING)
                .doesNotContain(SIGNED_AGREEMENT);
    }

    @Test
    void two_committed_partners_with_different_roles_earn_complementarity_points() {
        assertThat(award(strong().partners("VENUE", "LETTER_OF_SUPPORT", "EXPERTISE", "LETTER_OF_SUPPORT"), COMPLEMENTARY_ROLES))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("PARTNERSHIPS"), 3);
    }

    @Test
    void two_committed_partners_with_the_same_role_are_not_complementary() {
        assertThat(fired(strong().partners("DELIVERY", "SIGNED_AGREEMENT", "DELIVERY", "SIGNED_AGREEMENT")))
                .contains(SIGNED_AGREEMENT)
                .doesNotContain(COMPLEMENTARY_ROLES);
    }

    @Test
    void a_partner_without_commitment_does_not_make_the_roles_complementary() {
        assertThat(fired(strong().partners("DELIVERY", "SIGNED_AGREEMENT", "EXPERTISE", "NONE")))
                .contains(SIGNED_AGREEMENT)
                .doesNotContain(COMPLEMENTARY_ROLES);
    }

    @Test
    void the_co_creation_workshop_earns_partnership_points() {
        assertThat(award(strong(), CO_CREATION))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("PARTNERSHIPS"), 2);
    }

    @Test
    void skipping_the_co_creation_workshop_earns_no_workshop_points() {
        assertThat(fired(strong().set("/project/coCreationWorkshopAttended", false)))
                .contains(SIGNED_AGREEMENT)
                .doesNotContain(CO_CREATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cashContribution", "inKindContribution"})
    void a_partner_contributing_one_dollar_in_cash_or_in_kind_earns_contribution_points(String field) {
        assertThat(award(strong().partners("VENUE", "LETTER_OF_SUPPORT").set("/partners/0/" + field, 1), PARTNER_CONTRIBUTES))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("PARTNERSHIPS"), 1);
    }

    @Test
    void a_contribution_from_a_partner_that_committed_to_nothing_earns_no_points() {
        assertThat(fired(strong().partners("VENUE", "NONE").set("/partners/0/inKindContribution", 5_000)))
                .doesNotContain(PARTNER_CONTRIBUTES);
    }

    @Test
    void partners_contributing_nothing_earn_no_contribution_points() {
        assertThat(fired(strong().partners("VENUE", "SIGNED_AGREEMENT", "EXPERTISE", "SIGNED_AGREEMENT")))
                .contains(SIGNED_AGREEMENT)
                .doesNotContain(PARTNER_CONTRIBUTES);
    }

    // ---- Organizational capacity ----

    @Test
    void one_comparable_project_earns_the_first_capacity_points_only() {
        ApplicationFixture fixture = strong().set("/organization/projectsCompleted", 1);

        assertThat(award(fixture, ONE_PROJECT))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("ORGANIZATIONAL_CAPACITY"), 2);
        assertThat(fired(fixture)).doesNotContain(THREE_PROJECTS);
    }

    @Test
    void no_comparable_project_earns_no_experience_points() {
        assertThat(fired(strong().set("/organization/projectsCompleted", 0)))
                .contains(NO_DEFICIT)
                .doesNotContain(ONE_PROJECT, THREE_PROJECTS);
    }

    @Test
    void three_comparable_projects_earn_the_second_capacity_points() {
        assertThat(award(strong().set("/organization/projectsCompleted", 3), THREE_PROJECTS))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("ORGANIZATIONAL_CAPACITY"), 2);
    }

    @Test
    void two_comparable_projects_are_not_three() {
        assertThat(fired(strong().set("/organization/projectsCompleted", 2))).contains(ONE_PROJECT).doesNotContain(THREE_PROJECTS);
    }

    @Test
    void no_accumulated_deficit_earns_capacity_points() {
        assertThat(award(strong(), NO_DEFICIT))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("ORGANIZATIONAL_CAPACITY"), 3);
    }

    @Test
    void a_one_dollar_deficit_loses_the_no_deficit_points() {
        assertThat(fired(strong().set("/organization/accumulatedDeficit", 1))).contains(ONE_PROJECT).doesNotContain(NO_DEFICIT);
    }

    @Test
    void a_request_of_exactly_three_years_of_revenue_is_proportionate() {
        assertThat(award(strong().set("/organization/annualRevenue", 30000), PROPORTIONATE))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("ORGANIZATIONAL_CAPACITY"), 3);
    }

    @Test
    void a_request_just_above_three_years_of_revenue_is_not_proportionate() {
        assertThat(fired(strong().set("/organization/annualRevenue", 29999))).contains(NO_DEFICIT).doesNotContain(PROPORTIONATE);
    }

    // ---- Budget realism and co-funding ----

    /** The strong budget (140 000 $) with administration at this amount, staff adjusted so the lines still balance. */
    private static ApplicationFixture administration(long amount) {
        return strong()
                .set("/budget/lines/4/amount", amount)
                .set("/budget/lines/0/amount", 78000 + 13000 - amount);
    }

    @Test
    void administration_of_exactly_15_percent_earns_budget_points() {
        assertThat(award(administration(21000), ADMINISTRATION))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("BUDGET_REALISM"), 4);
    }

    @Test
    void administration_one_dollar_above_15_percent_earns_no_administration_points() {
        assertThat(fired(administration(21001))).contains(BALANCED).doesNotContain(ADMINISTRATION);
    }

    @Test
    void budget_lines_adding_up_to_the_total_cost_earn_budget_points() {
        assertThat(award(strong(), BALANCED))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("BUDGET_REALISM"), 2);
    }

    @Test
    void budget_lines_one_dollar_off_the_total_cost_are_not_balanced() {
        assertThat(fired(strong().set("/budget/lines/0/amount", 78001))).contains(ADMINISTRATION).doesNotContain(BALANCED);
    }

    @Test
    void confirmed_co_funding_of_exactly_10_percent_earns_co_funding_points_only() {
        ApplicationFixture fixture = strong().set("/budget/otherFunding/0/amount", 14000);

        assertThat(award(fixture, COFUNDING))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("BUDGET_REALISM"), 3);
        assertThat(fired(fixture)).doesNotContain(STRONG_COFUNDING);
    }

    @Test
    void confirmed_co_funding_one_dollar_under_10_percent_earns_no_co_funding_points() {
        assertThat(fired(strong().set("/budget/otherFunding/0/amount", 13999))).contains(BALANCED).doesNotContain(COFUNDING);
    }

    @Test
    void pending_co_funding_does_not_count() {
        assertThat(fired(strong().set("/budget/otherFunding/0/status", "PENDING"))).contains(BALANCED).doesNotContain(COFUNDING);
    }

    @Test
    void confirmed_co_funding_of_exactly_25_percent_earns_the_strong_co_funding_points() {
        assertThat(award(strong().set("/budget/otherFunding/0/amount", 35000), STRONG_COFUNDING))
                .extracting(Contribution::file, Contribution::criterion, Contribution::points)
                .containsExactly(FILE, Criterion.of("BUDGET_REALISM"), 1);
    }

    @Test
    void confirmed_co_funding_one_dollar_under_25_percent_earns_no_strong_co_funding_points() {
        assertThat(fired(strong().set("/budget/otherFunding/0/amount", 34999))).contains(COFUNDING).doesNotContain(STRONG_COFUNDING);
    }

    // ---- Doing better never loses points (the file header's promise) ----

    private static final String[] ROLES = {"EXPERTISE", "EMPLOYER_HOST", "VENUE"};
    private static final String[] COMMITMENTS = {"NONE", "LETTER_OF_SUPPORT", "SIGNED_AGREEMENT"};

    /**
     * Every list of one or two partners (three roles, three commitments), each with every letter of support in turn
     * replaced by a signed agreement. The project claims hiring barriers as primary objective, so the host-employer
     * rule, which also reads commitments, is in play.
     */
    static List<Arguments> letterReplacedBySignedAgreement() {
        List<String[]> lists = new ArrayList<>();
        for (String role : ROLES) {
            for (String commitment : COMMITMENTS) {
                lists.add(new String[] {role, commitment});
                for (String otherRole : ROLES) {
                    for (String otherCommitment : COMMITMENTS) {
                        lists.add(new String[] {role, commitment, otherRole, otherCommitment});
                    }
                }
            }
        }
        List<Arguments> cases = new ArrayList<>();
        for (String[] partners : lists) {
            for (int i = 1; i < partners.length; i += 2) {
                if (partners[i].equals("LETTER_OF_SUPPORT")) {
                    String[] upgraded = partners.clone();
                    upgraded[i] = "SIGNED_AGREEMENT";
                    cases.add(Arguments.of(String.join(" ", partners) + " -> partner " + (i / 2 + 1) + " signs",
                            hiringProject().partners(partners), hiringProject().partners(upgraded)));
                }
            }
        }
        return cases;
    }

    private static ApplicationFixture hiringProject() {
        return ApplicationFixture.neutralProjectFor("HIRING_BARRIERS");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letterReplacedBySignedAgreement")
    void replacing_a_letter_of_support_with_a_signed_agreement_never_lowers_the_score(
            String scenario, ApplicationFixture letter, ApplicationFixture signed) {
        assertNeverLower(assess(letter), assess(signed));
    }

    /** What an outcome of the strong application may lack, and how each lack is written. */
    private enum Lack {
        NOTHING, INDICATOR, BASELINE, TARGET;

        ApplicationFixture applyTo(ApplicationFixture fixture, int outcome) {
            String pointer = "/project/outcomes/" + outcome;
            return switch (this) {
                case NOTHING -> fixture;
                case INDICATOR -> fixture.set(pointer + "/indicator", " ");
                case BASELINE -> fixture.remove(pointer + "/baseline");
                case TARGET -> fixture.set(pointer + "/target", null);
            };
        }
    }

    /** Every combination of lacks in the strong application's two outcomes (and in a single outcome), each lack fixed in turn. */
    static List<Arguments> outcomeMadeMeasurable() {
        List<Arguments> cases = new ArrayList<>();
        for (Lack first : Lack.values()) {
            for (Lack second : Lack.values()) {
                Lack[] lacks = {first, second};
                for (int fixed = 0; fixed < 2; fixed++) {
                    if (lacks[fixed] != Lack.NOTHING) {
                        Lack[] after = lacks.clone();
                        after[fixed] = Lack.NOTHING;
                        cases.add(Arguments.of(first + " " + second + " -> outcome " + (fixed + 1) + " measurable",
                                withLacks(lacks), withLacks(after)));
                    }
                }
            }
            if (first != Lack.NOTHING) {
                cases.add(Arguments.of(first + " (single outcome) -> measurable",
                        first.applyTo(strong().remove("/project/outcomes/1"), 0), strong().remove("/project/outcomes/1")));
            }
        }
        return cases;
    }

    private static ApplicationFixture withLacks(Lack[] lacks) {
        ApplicationFixture fixture = strong();
        for (int i = 0; i < lacks.length; i++) {
            fixture = lacks[i].applyTo(fixture, i);
        }
        return fixture;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomeMadeMeasurable")
    void making_an_outcome_measurable_never_lowers_the_score(
            String scenario, ApplicationFixture vague, ApplicationFixture measurable) {
        assertNeverLower(assess(vague), assess(measurable));
    }

    /**
     * The strong application (140 000 $) with a confirmed source and a pending one at amounts around the 10 % and 25 %
     * thresholds, before and after the pending source is confirmed.
     */
    static List<Arguments> pendingCoFundingConfirmed() {
        List<Arguments> cases = new ArrayList<>();
        for (long confirmed : new long[] {0, 13999, 14000, 20000, 34999, 35000, 60000}) {
            for (long pending : new long[] {1, 7000, 15000, 21000}) {
                cases.add(Arguments.of(confirmed + " $ confirmed, " + pending + " $ pending -> confirmed",
                        coFunding(confirmed, pending, "PENDING"), coFunding(confirmed, pending, "CONFIRMED")));
            }
        }
        return cases;
    }

    private static ApplicationFixture coFunding(long confirmed, long pending, String pendingStatus) {
        return strong()
                .set("/budget/otherFunding/0/amount", confirmed)
                .set("/budget/otherFunding/1/amount", pending)
                .set("/budget/otherFunding/1/status", pendingStatus);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pendingCoFundingConfirmed")
    void confirming_pending_co_funding_never_lowers_the_score(
            String scenario, ApplicationFixture pending, ApplicationFixture confirmed) {
        assertNeverLower(assess(pending), assess(confirmed));
    }

    /** Neither the total nor any criterion goes down, and no rule that fired before stops firing. */
    private static void assertNeverLower(Assessment before, Assessment after) {
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        for (Criterion criterion : after.criterionScores().keySet()) {
            assertThat(after.score(criterion)).as(criterion.id()).isGreaterThanOrEqualTo(before.score(criterion));
        }
        assertThat(after.firedRules()).containsAll(before.firedRules());
    }

    @Test
    void each_improvement_can_raise_the_score() {
        Assessment letter = assess(strong().partners("VENUE", "LETTER_OF_SUPPORT"));
        Assessment signed = assess(strong().partners("VENUE", "SIGNED_AGREEMENT"));
        Assessment vague = assess(strong().remove("/project/outcomes/0/target").remove("/project/outcomes/1/target"));
        Assessment measurable = assess(strong());
        Assessment pending = assess(coFunding(0, 14000, "PENDING"));
        Assessment confirmed = assess(coFunding(0, 14000, "CONFIRMED"));

        assertThat(signed.total() - letter.total()).isEqualTo(6);
        assertThat(measurable.total() - vague.total()).isEqualTo(7);
        assertThat(confirmed.total() - pending.total()).isEqualTo(3);
    }
}
