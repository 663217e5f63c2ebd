package org.grille.engine;

import org.grille.engine.scoring.Facts;
import org.grille.engine.messages.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grille.api.application.Activity;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Application;
import org.grille.api.application.Outcome;
import org.grille.api.application.Project;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.grille.engine.catalog.JoinBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * A spent budget stops a rule at the pair it is on, not after its join: Drools' {@code halt()} cannot, the guard the
 * printer puts in every joined pattern does. Counted in pairs, not timed, so it holds on any machine.
 */
class JoinBudgetTest {

    private static final Messages FRENCH = new Messages(Locale.CANADA_FRENCH);
    /** A join that never matches: no firing, no tuple, only 200 × 200 pairs tried. */
    private static final String JOIN = """

            rule "Joins every activity with every outcome"
                @criterion(BUDGET_REALISM) @points(1) @reason("fit.rights")
            when
                Activity( sessions != null, $a : sessions )
                Outcome( target != null, target < $a - 100000 )
            then
            end
            """;

    @TempDir
    Path temp;

    @Test
    void a_spent_budget_stops_the_join_at_its_first_pair() {
        CompiledCatalog catalog = catalogWithTheJoin();
        Application wide = withActivitiesAndOutcomes(200);

        long whole;
        try (JoinBudget.Deadline ample = JoinBudget.start(Duration.ofHours(1))) {
            fire(catalog, wide);
            whole = ample.checks();
        }
        assertThat(whole).as("pairs the join tries when nothing stops it").isGreaterThanOrEqualTo(200 * 200);

        try (JoinBudget.Deadline spent = JoinBudget.start(Duration.ZERO)) {
            assertThatThrownBy(() -> fire(catalog, wide)).satisfies(e -> assertThat(JoinBudget.Exceeded.among(e)).isTrue());
            assertThat(spent.checks()).as("pairs tried once the budget was spent").isEqualTo(1);
        }
    }

    @Test
    void without_a_budget_the_guard_only_lets_pairs_through() {
        CompiledCatalog catalog = catalogWithTheJoin();

        assertThat(fire(catalog, withActivitiesAndOutcomes(20))).isNotEmpty().doesNotContain("Joins every activity with every outcome");
        assertThat(JoinBudget.within(new Object())).isTrue();
    }

    @Test
    void a_deadline_closed_restores_the_one_around_it() {
        try (JoinBudget.Deadline outer = JoinBudget.start(Duration.ZERO)) {
            try (JoinBudget.Deadline inner = JoinBudget.start(Duration.ofHours(1))) {
                assertThat(JoinBudget.within(this)).isTrue();
                assertThat(inner.checks()).isEqualTo(1);
            }
            assertThatThrownBy(() -> JoinBudget.within(this)).isInstanceOf(JoinBudget.Exceeded.class);
            assertThat(outer.checks()).isEqualTo(1);
        }
        for (int i = 0; i < 3 * 256; i++) {
            assertThat(JoinBudget.within(this)).as("no budget left once the last one is closed").isTrue();
        }
    }

    @Test
    void a_budget_spent_during_a_join_stops_it_within_the_next_256_pairs() throws InterruptedException {
        try (JoinBudget.Deadline deadline = JoinBudget.start(Duration.ofMillis(20))) {
            assertThat(JoinBudget.within(this)).isTrue();
            Thread.sleep(40);
            int pairs = 1;
            try {
                while (pairs < 10_000) {
                    JoinBudget.within(this);
                    pairs++;
                }
            } catch (JoinBudget.Exceeded spent) {
                // expected: the clock is read again at the 257th pair
            }
            assertThat(pairs).isEqualTo(256);
            assertThat(deadline.checks()).isEqualTo(257);
        }
    }

    @Test
    void tells_a_spent_budget_from_any_other_failure() {
        assertThat(JoinBudget.Exceeded.among(new RuntimeException(new IllegalStateException("a rule's own fault")))).isFalse();
        assertThat(JoinBudget.Exceeded.among(null)).isFalse();
    }

    private CompiledCatalog catalogWithTheJoin() {
        Path copy = TestCatalogs.copy("mini", temp);
        TestCatalogs.append(copy, "points.drl", JOIN);
        return new CatalogCompiler(FRENCH).compileOrThrow(new DirectoryCatalogSource(copy));
    }

    /** Fires every rule on the application's facts; returns the names of the rules that fired. */
    private static List<String> fire(CompiledCatalog catalog, Application application) {
        KieSession session = catalog.kieBase().newKieSession();
        List<String> fired = new ArrayList<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            Facts.of(catalog.callTerms(), application).forEach(session::insert);
            session.fireAllRules();
            return fired;
        } finally {
            session.dispose();
        }
    }

    private static Application withActivitiesAndOutcomes(int n) {
        Application base = Applications.valid("WIDE");
        Project p = base.project();
        List<Activity> activities = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            activities.add(new Activity(ActivityType.MENTORING, "Séance " + i, 1 + i % 3));
            outcomes.add(new Outcome("Emplois " + i, "Personnes en emploi", 0.0, 20.0));
        }
        return new Application("WIDE", base.language(), base.organization(), new Project(p.title(), p.summary(),
                p.primaryObjective(), p.objectives(), p.targetGroups(), p.boroughsServed(), p.start(), p.end(),
                p.expectedParticipants(), p.needEvidence(), p.participantsInvolvedInDesign(), p.theoryOfChange(), activities,
                outcomes, p.evaluationPlan(), p.trainingModulesCompleted(), p.coCreationWorkshopAttended()),
                base.budget(), base.partners(), base.leadership());
    }
}
