package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.application.Budget;
import org.grille.api.application.Commitment;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.CommitteeDecision.Kind;
import org.grille.api.funding.DecisionReason;
import org.grille.api.funding.Departure;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.FundingRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committee decides against the plan: the plan is made around its decisions, and every difference from the rules'
 * plan is listed, the committee's own and their consequences on the other applications.
 */
@DisplayName("A plan around the committee's decisions")
class CommitteeDecisionsTest {

    @TempDir
    static Path temp;

    private static Scorer scorer;
    private static List<FundingRequest> requests;

    /**
     * Eight eligible, fundable applications asking more than the envelope holds, and one too young to be eligible. The
     * test catalog's threshold is lowered below their scores so that the envelope, not the threshold, decides.
     */
    @BeforeAll
    static void scoreOnce() throws java.io.IOException {
        Path catalog = TestCatalogs.copy("mini", temp);
        Path manifest = catalog.resolve("manifest.json");
        java.nio.file.Files.writeString(manifest, java.nio.file.Files.readString(manifest)
                .replaceFirst("\"fundableThreshold\": \\d+", "\"fundableThreshold\": 10"));
        scorer = Scorer.builder().catalogDirectory(catalog).build();
        List<Application> applications = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Application base = Applications.valid("C-" + i);
            Budget b = base.budget();
            long perYear = 20_000L + 5_000L * i;
            applications.add(new Application(base.id(), base.language(), base.organization(), base.project(),
                    new Budget(List.of(perYear, perYear), b.totalCost(), b.lines(), b.otherFunding()),
                    i % 3 == 0 ? List.of() : List.of(Applications.partner(Commitment.SIGNED_AGREEMENT)), base.leadership()));
        }
        Application base = Applications.valid("C-young");
        applications.add(new Application(base.id(), base.language(), Applications.organization(0), base.project(),
                base.budget(), base.partners(), base.leadership()));
        requests = applications.stream().map(a -> FundingRequest.of(a, scorer.assess(a))).toList();
    }

    private static FundingPlan plan(AllocationPolicy policy, CommitteeDecision... decisions) {
        return scorer.planner().plan(requests, policy, List.of(decisions));
    }

    private static CommitteeDecision decision(String id, Kind kind) {
        return new CommitteeDecision(id, kind, "Reason given in committee for " + id, "Comité de sélection", null);
    }

    private static FundingDecision firstFunded(FundingPlan plan) {
        return plan.decisions().stream().filter(FundingDecision::funded).findFirst().orElseThrow();
    }

    private static FundingDecision firstFundableNotFunded(FundingPlan plan) {
        return plan.decisions().stream().filter(d -> !d.funded() && d.reason() != DecisionReason.INELIGIBLE).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(AllocationPolicy.class)
    void without_decisions_is_the_rules_plan(AllocationPolicy policy) {
        FundingPlan plan = plan(policy);

        assertThat(plan).isEqualTo(scorer.planner().plan(requests, policy));
        assertThat(plan.departures()).isEmpty();
        assertThat(plan.committeeDecisions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AllocationPolicy.class)
    void not_funding_a_funded_application_frees_its_money_for_the_next_ones(AllocationPolicy policy) {
        FundingPlan rules = plan(policy);
        FundingDecision best = firstFunded(rules);

        FundingPlan plan = plan(policy, decision(best.applicationId(), Kind.NOT_FUND));

        FundingDecision now = plan.decision(best.applicationId());
        assertThat(now.reason()).isEqualTo(DecisionReason.NOT_FUNDED_BY_COMMITTEE);
        assertThat(now.granted()).containsOnly(0L);
        assertThat(now.explanation()).contains("Reason given in committee for " + best.applicationId(), "Comité de sélection");
        assertThat(plan.departures()).filteredOn(Departure::direct).singleElement().satisfies(d -> {
            assertThat(d.applicationId()).isEqualTo(best.applicationId());
            assertThat(d.byRules()).isEqualTo(best.reason());
            assertThat(d.decided()).isEqualTo(DecisionReason.NOT_FUNDED_BY_COMMITTEE);
        });
        List<Departure> consequences = plan.departures().stream().filter(d -> !d.direct()).toList();
        assertThat(consequences).as("the freed money funds someone the rules left out").isNotEmpty()
                .allSatisfy(d -> assertThat(plan.decision(d.applicationId()).funded()).isTrue());
        withinEnvelope(plan);
    }

    @ParameterizedTest
    @EnumSource(AllocationPolicy.class)
    void funding_an_application_the_rules_left_out_pays_it_first_and_the_others_share_the_rest(AllocationPolicy policy) {
        FundingPlan rules = plan(policy);
        FundingDecision left = firstFundableNotFunded(rules);

        FundingPlan plan = plan(policy, decision(left.applicationId(), Kind.FUND));

        FundingDecision now = plan.decision(left.applicationId());
        assertThat(now.reason()).isEqualTo(DecisionReason.FUNDED_BY_COMMITTEE);
        assertThat(now.funded()).isTrue();
        assertThat(now.granted()).isEqualTo(now.requested());
        assertThat(plan.departures()).anySatisfy(d -> {
            assertThat(d.applicationId()).isEqualTo(left.applicationId());
            assertThat(d.committee().kind()).isEqualTo(Kind.FUND);
        });
        assertThat(plan.departures()).as("someone the rules funded pays for it").anySatisfy(d -> {
            assertThat(d.direct()).isFalse();
            assertThat(rules.decision(d.applicationId()).funded()).isTrue();
        });
        withinEnvelope(plan);
    }

    @ParameterizedTest
    @EnumSource(AllocationPolicy.class)
    void a_set_aside_application_takes_nothing_and_is_always_a_departure(AllocationPolicy policy) {
        FundingDecision ineligible = plan(policy).decision("C-young");

        FundingPlan plan = plan(policy, decision("C-young", Kind.SET_ASIDE));

        assertThat(plan.decision("C-young").reason()).isEqualTo(DecisionReason.SET_ASIDE_BY_COMMITTEE);
        assertThat(plan.departures()).singleElement().satisfies(d -> {
            assertThat(d.byRules()).isEqualTo(ineligible.reason());
            assertThat(d.decided()).isEqualTo(DecisionReason.SET_ASIDE_BY_COMMITTEE);
        });
    }

    @ParameterizedTest
    @EnumSource(AllocationPolicy.class)
    void a_decision_that_changes_nothing_is_kept_but_is_no_departure(AllocationPolicy policy) {
        CommitteeDecision agree = decision("C-young", Kind.NOT_FUND);

        FundingPlan plan = plan(policy, agree);

        assertThat(plan.committeeDecisions()).containsExactly(agree);
        assertThat(plan.departures()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AllocationPolicy.class)
    void the_order_of_the_decisions_does_not_change_the_plan(AllocationPolicy policy) {
        FundingPlan rules = plan(policy);
        List<CommitteeDecision> decisions = new ArrayList<>(List.of(decision(firstFunded(rules).applicationId(), Kind.NOT_FUND),
                decision(firstFundableNotFunded(rules).applicationId(), Kind.FUND), decision("C-young", Kind.SET_ASIDE)));
        FundingPlan first = scorer.planner().plan(requests, policy, decisions);
        Collections.reverse(decisions);

        FundingPlan second = scorer.planner().plan(requests, policy, decisions);

        assertThat(second.decisions()).isEqualTo(first.decisions());
        assertThat(second.departures()).isEqualTo(first.departures());
    }

    @ParameterizedTest
    @EnumSource(AllocationPolicy.class)
    void refuses_a_decision_it_cannot_carry_out_and_names_the_application(AllocationPolicy policy) {
        assertThatThrownBy(() -> plan(policy, decision("C-99", Kind.FUND)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-99");
        assertThatThrownBy(() -> plan(policy, decision("C-1", Kind.FUND), decision("C-1", Kind.NOT_FUND)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-1");
        assertThatThrownBy(() -> plan(policy, decision("C-young", Kind.FUND)))
                .as("eligibility is the program's rule, not a vote")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-young");
        CommitteeDecision[] everyone = requests.stream().map(FundingRequest::applicationId).filter(id -> !id.equals("C-young"))
                .map(id -> decision(id, Kind.FUND)).toArray(CommitteeDecision[]::new);
        assertThatThrownBy(() -> plan(policy, everyone))
                .as("more than a year's envelope").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$");
    }

    @org.junit.jupiter.api.Test
    void a_decision_without_a_reason_or_an_author_cannot_be_made() {
        assertThatThrownBy(() -> new CommitteeDecision("C-1", Kind.FUND, " ", "Comité", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new CommitteeDecision("C-1", Kind.FUND, "Projet pilote", "", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("author");
    }

    private static void withinEnvelope(FundingPlan plan) {
        for (int year = 0; year < plan.envelopePerYear().size(); year++) {
            assertThat(plan.grantedPerYear().get(year)).isLessThanOrEqualTo(plan.envelopePerYear().get(year));
        }
        long granted = plan.decisions().stream().mapToLong(FundingDecision::totalGranted).sum();
        assertThat(plan.totalGranted()).isEqualTo(granted);
    }
}
