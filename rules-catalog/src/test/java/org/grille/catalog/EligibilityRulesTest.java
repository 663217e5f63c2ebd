package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grille.api.Assessment;
import org.grille.api.GateFailure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("eligibility.drl")
class EligibilityRulesTest {

    private static Assessment assess(ApplicationFixture fixture) {
        return Catalog.SCORER.assess(fixture.build());
    }

    private static List<String> gates(Assessment assessment) {
        return assessment.failedGates().stream().map(GateFailure::gate).toList();
    }

    @Test
    void an_application_meeting_every_condition_fails_no_gate() {
        Assessment assessment = assess(ApplicationFixture.strong());

        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.failedGates()).isEmpty();
    }

    static List<Arguments> oneBrokenCondition() {
        return List.of(
                Arguments.of("NON_PROFIT", ApplicationFixture.strong().set("/organization/legalForm", "BUSINESS")),
                Arguments.of("NON_PROFIT", ApplicationFixture.strong().set("/organization/legalForm", "COOPERATIVE")),
                Arguments.of("REGISTERED", ApplicationFixture.strong().remove("/organization/registryNumber")),
                Arguments.of("GOOD_STANDING", ApplicationFixture.strong().set("/organization/inGoodStanding", false)),
                Arguments.of("DEMOCRATIC_BOARD", ApplicationFixture.strong().set("/organization/board/democraticallyElected", false)),
                Arguments.of("MONTREAL_BOARD_MAJORITY", ApplicationFixture.strong().set("/organization/board/montrealResidents", 3)),
                Arguments.of("ANNUAL_MEETING", ApplicationFixture.strong().set("/organization/lastAnnualGeneralMeeting", "2025-10-28")),
                Arguments.of("ANNUAL_MEETING", ApplicationFixture.strong().remove("/organization/lastAnnualGeneralMeeting")),
                Arguments.of("ACTIVE_TWO_YEARS", ApplicationFixture.strong().set("/organization/yearsActive", 1)),
                Arguments.of("LOBBYIST_COMPLIANCE", ApplicationFixture.strong().set("/organization/lobbyistStatus", "REQUIRED_NOT_REGISTERED")),
                Arguments.of("ACTIVITIES_IN_MONTREAL", ApplicationFixture.strong().list("/project/boroughsServed")),
                Arguments.of("HAS_ACTIVITIES", ApplicationFixture.strong().activities()),
                Arguments.of("WITHIN_PROJECT_CAP", ApplicationFixture.strong().set("/budget/requestedPerYear/1", 45001)),
                Arguments.of("NOT_STARTED", ApplicationFixture.strong().set("/project/start", "2027-03-31")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneBrokenCondition")
    void each_broken_condition_fails_exactly_its_gate_with_a_reason(String gate, ApplicationFixture fixture) {
        Assessment assessment = assess(fixture);

        assertThat(assessment.eligible()).isFalse();
        assertThat(assessment.fundable()).isFalse();
        assertThat(gates(assessment)).containsExactly(gate);
        GateFailure failure = assessment.failedGates().get(0);
        assertThat(failure.file()).isEqualTo("eligibility.drl");
        assertThat(failure.line()).isPositive();
        assertThat(failure.reason()).isNotBlank().isNotEqualTo(failure.reasonKey());
    }

    @Test
    void boundaries_are_inclusive_where_the_call_says_at_least() {
        Assessment assessment = assess(ApplicationFixture.strong()
                .set("/organization/yearsActive", 2)
                .set("/organization/lastAnnualGeneralMeeting", "2025-10-29")
                .set("/organization/legalForm", "NON_PROFIT_COOPERATIVE")
                .set("/budget/requestedPerYear/1", 45000)
                .set("/project/start", "2027-04-01")
                .set("/organization/board/montrealResidents", 4));

        assertThat(assessment.failedGates()).isEmpty();
    }

    @Test
    void every_failed_gate_is_listed_not_only_the_first() {
        Assessment assessment = assess(ApplicationFixture.strong()
                .set("/organization/legalForm", "BUSINESS")
                .set("/organization/yearsActive", 0)
                .set("/project/start", "2026-09-01"));

        assertThat(gates(assessment)).containsExactlyInAnyOrder("NON_PROFIT", "ACTIVE_TWO_YEARS", "NOT_STARTED");
    }

    @Test
    void an_ineligible_application_keeps_its_merit_score_but_is_never_fundable() {
        Assessment assessment = assess(ApplicationFixture.strong().set("/organization/yearsActive", 1));

        assertThat(assessment.total()).isGreaterThanOrEqualTo(60);
        assertThat(assessment.fundable()).isFalse();
    }
}
