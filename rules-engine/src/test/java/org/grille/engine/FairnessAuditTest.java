package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.grille.api.Scorer;
import org.grille.api.application.AgeGroup;
import org.grille.api.application.Application;
import org.grille.api.application.Commitment;
import org.grille.api.application.Disclosure;
import org.grille.api.application.Gender;
import org.grille.api.application.Leadership;
import org.grille.api.application.Objective;
import org.grille.api.application.Organization;
import org.grille.api.fairness.AttributeAudit;
import org.grille.api.fairness.FairnessAudit;
import org.grille.api.fairness.GroupOutcome;
import org.grille.api.fairness.RuleGap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit of a batch small enough to compute by hand (mini catalog, threshold lowered to 30):
 * <pre>
 *  id  gender  partners  total  eligible  fundable  funded
 *  W1  WOMAN   signed      40     yes       yes      yes   asks 40k + 40k
 *  W2  WOMAN   signed      40     yes       yes      yes   asks 40k + 40k
 *  W3  WOMAN   none        25     yes       no       no
 *  W4  WOMAN   signed      40     no (1 year active)
 *  M1  MAN     signed      40     yes       yes      yes   asks 20k + 20k (all three fit in 100k a year)
 *  M2  MAN     none        25     yes       no       no
 *  M3  MAN     none        25     yes       no       no
 *  M4  MAN     none        25     yes       no       no
 * </pre>
 * Funded rate: women 2/4 = 0.5, men 1/4 = 0.25, overall 3/8 = 0.375.
 */
@DisplayName("The fairness audit")
class FairnessAuditTest {

    @TempDir
    static Path temp;

    private static FairnessAudit audit;

    @BeforeAll
    static void auditTheBatch() {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.edit(catalog, "manifest.json", "\"fundableThreshold\": 50", "\"fundableThreshold\": 30");
        Scorer scorer = Scorer.builder().catalogDirectory(catalog).build();
        audit = scorer.fairness().audit(List.of(
                app("W1", Gender.WOMAN, true, 5, 40_000L), app("W2", Gender.WOMAN, true, 5, 40_000L),
                app("W3", Gender.WOMAN, false, 5, 40_000L), app("W4", Gender.WOMAN, true, 1, 40_000L),
                app("M1", Gender.MAN, true, 5, 20_000L), app("M2", Gender.MAN, false, 5, 40_000L),
                app("M3", Gender.MAN, false, 5, 40_000L), app("M4", Gender.MAN, false, 5, 40_000L)), 2);
    }

    private static Application app(String id, Gender gender, boolean signedPartner, int yearsActive, long perYear) {
        Application base = Applications.valid(id);
        Organization o = base.organization();
        Organization organization = new Organization(o.name(), o.legalForm(), o.registryNumber(), o.inGoodStanding(),
                o.board(), o.lastAnnualGeneralMeeting(), yearsActive, o.annualRevenue(), o.accumulatedDeficit(),
                o.lobbyistStatus(), o.borough(), o.projectsCompleted());
        var b = base.budget();
        var budget = new org.grille.api.application.Budget(List.of(perYear, perYear), b.totalCost(), b.lines(), b.otherFunding());
        return new Application(id, base.language(), organization, base.project(), budget,
                signedPartner ? List.of(Applications.partner(Commitment.SIGNED_AGREEMENT)) : List.of(),
                new Leadership(gender, Disclosure.PREFER_NOT_TO_SAY, Disclosure.PREFER_NOT_TO_SAY, AgeGroup.PREFER_NOT_TO_SAY));
    }

    private static AttributeAudit gender() {
        return audit.attributes().stream().filter(a -> a.attribute().equals("leadership.gender")).findFirst().orElseThrow();
    }

    private static GroupOutcome group(AttributeAudit attribute, String value) {
        return attribute.groups().stream().filter(g -> g.group().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void counts_rates_means_and_medians_per_group() {
        GroupOutcome women = group(gender(), "WOMAN");
        GroupOutcome men = group(gender(), "MAN");

        assertThat(audit.assessed()).isEqualTo(8);
        assertThat(women.count()).isEqualTo(4);
        assertThat(women.eligibilityRate()).isEqualTo(0.75);
        assertThat(women.meanScore()).isEqualTo(36.25);
        assertThat(women.medianScore()).isEqualTo(40.0);
        assertThat(women.fundableRate()).isEqualTo(0.5);
        assertThat(women.fundedRate()).isEqualTo(0.5);
        assertThat(men.eligibilityRate()).isEqualTo(1.0);
        assertThat(men.meanScore()).isEqualTo(28.75);
        assertThat(men.medianScore()).isEqualTo(25.0);
        assertThat(men.fundedRate()).isEqualTo(0.25);
    }

    @Test
    void applies_the_four_fifths_rule_and_its_mirror() {
        GroupOutcome women = group(gender(), "WOMAN");
        GroupOutcome men = group(gender(), "MAN");

        assertThat(men.ratioToBest()).isEqualTo(0.5);
        assertThat(women.ratioToBest()).isEqualTo(1.0);
        assertThat(women.reference()).isTrue();
        assertThat(women.ratioToOverall()).isCloseTo(0.5 / 0.375, within(1e-9));
        // 1 of 4 against 2 of 4: beyond four-fifths, but chance explains it easily (Fisher p = 1): not a finding
        assertThat(men.pValue()).isCloseTo(1.0, within(1e-9));
        assertThat(men.flag()).isEqualTo(GroupOutcome.Flag.WITHIN_CHANCE);
        assertThat(women.flag()).isEqualTo(GroupOutcome.Flag.WITHIN_CHANCE);
        assertThat(men.difference()).isEqualTo(-0.25);
        assertThat(men.differenceLow()).isNegative();
        assertThat(men.differenceHigh()).isPositive();
        assertThat(gender().flagged()).isEmpty();
    }

    @Test
    void never_takes_those_who_chose_not_to_answer_as_the_reference() {
        AttributeAudit age = audit.attributes().stream().filter(a -> a.attribute().equals("leadership.ageGroup"))
                .findFirst().orElseThrow();
        GroupOutcome notAnswered = group(age, "PREFER_NOT_TO_SAY");

        assertThat(notAnswered.count()).isEqualTo(8);
        assertThat(notAnswered.reference()).isFalse();
        assertThat(notAnswered.ratioToBest()).isNull();
        assertThat(notAnswered.flag()).isEqualTo(GroupOutcome.Flag.OK);
    }

    @Test
    void flags_a_gap_beyond_four_fifths_that_chance_does_not_explain_with_its_interval() {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("clear-gap"));
        TestCatalogs.edit(catalog, "manifest.json", "\"fundableThreshold\": 50", "\"fundableThreshold\": 30");
        List<Application> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // the envelope funds ten requests of 10 000 $ a year: the ten best, all led by women with a signed partner
            batch.add(app("CW" + i, Gender.WOMAN, true, 5, 10_000L));
            batch.add(app("CM" + i, Gender.MAN, false, 5, 10_000L));
        }
        AttributeAudit gender = Scorer.builder().catalogDirectory(catalog).build().fairness().audit(batch, 5).attributes().stream()
                .filter(a -> a.attribute().equals("leadership.gender")).findFirst().orElseThrow();
        GroupOutcome women = group(gender, "WOMAN");
        GroupOutcome men = group(gender, "MAN");

        assertThat(women.fundedRate()).isEqualTo(0.5);
        assertThat(men.fundedRate()).isZero();
        assertThat(men.pValue()).isLessThan(GroupOutcome.SIGNIFICANCE);
        assertThat(men.flag()).isEqualTo(GroupOutcome.Flag.BELOW_FOUR_FIFTHS);
        assertThat(women.flag()).isEqualTo(GroupOutcome.Flag.ABOVE_FIVE_FOURTHS);
        assertThat(men.differenceHigh()).as("the whole interval below zero").isNegative();
        assertThat(men.differenceLow()).isGreaterThan(-1.0);
    }

    @Test
    void reports_small_groups_as_too_few_to_judge() {
        GroupOutcome nonBinary = group(gender(), "NON_BINARY");

        assertThat(nonBinary.count()).isZero();
        assertThat(nonBinary.flag()).isEqualTo(GroupOutcome.Flag.TOO_FEW_TO_JUDGE);
        assertThat(nonBinary.ratioToBest()).isNull();
        AttributeAudit age = audit.attributes().stream().filter(a -> a.attribute().equals("leadership.ageGroup")).findFirst().orElseThrow();
        assertThat(group(age, "PREFER_NOT_TO_SAY").count()).isEqualTo(8);
        assertThat(group(age, "PREFER_NOT_TO_SAY").flag()).isEqualTo(GroupOutcome.Flag.OK);
    }

    @Test
    void shows_which_rules_drive_the_gap() {
        List<RuleGap> gaps = gender().ruleGaps();

        assertThat(gaps).extracting(RuleGap::rule).containsExactly("Signed partner", "Any partner");
        assertThat(gaps.get(0).meanPointsByGroup()).containsEntry("WOMAN", 9.0).containsEntry("MAN", 3.0);
        assertThat(gaps.get(0).gap()).isEqualTo(6.0);
        assertThat(gaps.get(1).gap()).isEqualTo(1.5);
        assertThat(gaps.get(0).file()).isEqualTo("points.drl");
    }

    @Test
    void breaks_the_figures_down_by_objective_and_states_the_attributes_serve_the_audit_only() {
        assertThat(gender().byObjective().get(Objective.of("HIRING_BARRIERS"))).filteredOn(g -> g.group().equals("WOMAN"))
                .singleElement().satisfies(g -> assertThat(g.fundedRate()).isEqualTo(0.5));
        assertThat(gender().byObjective().get(Objective.of("NEWCOMER_RIGHTS"))).allSatisfy(g -> assertThat(g.count()).isZero());
        assertThat(audit.notice()).contains("uniquement à cet audit");
    }
}
