package org.grille.engine;

import org.grille.engine.scoring.Facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grille.api.application.Activity;
import org.grille.api.application.ActivityType;
import org.grille.api.application.AgeGroup;
import org.grille.api.application.Application;
import org.grille.api.application.Budget;
import org.grille.api.application.BudgetCategory;
import org.grille.api.application.BudgetLine;
import org.grille.api.application.Commitment;
import org.grille.api.application.Disclosure;
import org.grille.api.application.FundingStatus;
import org.grille.api.application.Gender;
import org.grille.api.application.Language;
import org.grille.api.application.Leadership;
import org.grille.api.application.Objective;
import org.grille.api.application.Organization;
import org.grille.api.application.OtherFunding;
import org.grille.api.application.Outcome;
import org.grille.api.application.Partner;
import org.grille.api.application.PartnerRole;
import org.grille.api.application.Project;
import org.grille.api.rules.CallTerms;

/**
 * No fact a session receives exposes a protected value, an identifying value or free text: not through any accessor,
 * nested value or list element, and not through {@code toString}. Every text of the application is a unique marker,
 * and every protected attribute takes every value; none of it may come out of the facts.
 */
class FactProjectionProperties {

    private static final CallTerms TERMS = new CallTerms(LocalDate.of(2027, 1, 29), 100_000, 2, LocalDate.of(2027, 4, 1),
            36, LocalDate.of(2025, 10, 1));

    @Property(tries = 200)
    void no_fact_exposes_what_the_projection_leaves_out(@ForAll("applications") Application application) throws Exception {
        List<String> markers = markers(application);
        List<Object> reachable = new ArrayList<>();
        for (Object fact : Facts.of(TERMS, application)) {
            collect(fact, reachable, new IdentityHashMap<>());
        }

        assertThat(reachable).noneMatch(value -> value instanceof Application || value instanceof Leadership
                || value instanceof Gender || value instanceof AgeGroup || value instanceof Disclosure || value instanceof Language);
        for (Object value : reachable) {
            String text = String.valueOf(value);
            assertThat(markers).as("%s exposes application text", value.getClass().getSimpleName())
                    .noneMatch(text::contains);
        }
    }

    /** The fact, every value its public no-argument methods return (toString included), and theirs, recursively. */
    private static void collect(Object value, List<Object> out, Map<Object, Boolean> seen) throws Exception {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        out.add(value);
        out.add(value.toString());
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                collect(element, out, seen);
            }
            return;
        }
        if (value instanceof Enum<?> || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate || value.getClass().getPackageName().startsWith("java.")) {
            return;
        }
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class && method.getReturnType() != void.class) {
                collect(method.invoke(value), out, seen);
            }
        }
    }

    private static List<String> markers(Application a) {
        List<String> markers = new ArrayList<>(List.of(a.id(), a.organization().name(), a.organization().borough(),
                a.organization().registryNumber(), a.project().title(), a.project().summary(), a.project().needEvidence(),
                a.project().theoryOfChange()));
        a.partners().forEach(p -> markers.add(p.name()));
        a.project().activities().forEach(x -> markers.add(x.description()));
        a.project().outcomes().forEach(o -> {
            markers.add(o.description());
            markers.add(o.indicator());
        });
        a.budget().otherFunding().forEach(f -> markers.add(f.source()));
        return markers;
    }

    @Provide
    Arbitrary<Application> applications() {
        Arbitrary<Leadership> leadership = Combinators.combine(Arbitraries.of(Gender.class), Arbitraries.of(Disclosure.class),
                Arbitraries.of(Disclosure.class), Arbitraries.of(AgeGroup.class)).as(Leadership::new);
        Arbitrary<String> tag = Arbitraries.strings().withCharRange('a', 'z').ofLength(8);
        return Combinators.combine(leadership, Arbitraries.of(Language.class), tag, Arbitraries.integers().between(0, 4))
                .as((lead, language, t, n) -> application(lead, language, t, n));
    }

    private static Application application(Leadership leadership, Language language, String tag, int n) {
        Application base = Applications.valid("ID-" + tag);
        Organization o = base.organization();
        Organization organization = new Organization("NAME-" + tag, o.legalForm(), "98765" + Math.abs(tag.hashCode() % 10000) + "0",
                o.inGoodStanding(), o.board(), o.lastAnnualGeneralMeeting(), o.yearsActive(), o.annualRevenue(),
                o.accumulatedDeficit(), o.lobbyistStatus(), "BOROUGH-" + tag, o.projectsCompleted());
        Project p = base.project();
        List<Activity> activities = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            activities.add(new Activity(ActivityType.values()[i], "ACTIVITY-" + tag + i, i + 1));
            outcomes.add(new Outcome("OUTCOME-" + tag + i, "INDICATOR-" + tag + i, 1.0, 2.0));
            partners.add(new Partner("PARTNER-" + tag + i, PartnerRole.values()[i % PartnerRole.values().length],
                    Commitment.SIGNED_AGREEMENT, 10L, 10L));
        }
        Project project = new Project("TITLE-" + tag, "SUMMARY-" + tag, p.primaryObjective(), List.of(Objective.of("HIRING_BARRIERS")),
                p.targetGroups(), p.boroughsServed(), p.start(), p.end(), p.expectedParticipants(), "NEED-" + tag,
                p.participantsInvolvedInDesign(), "THEORY-" + tag, activities, outcomes, p.evaluationPlan(),
                p.trainingModulesCompleted(), p.coCreationWorkshopAttended());
        Budget budget = new Budget(List.of(40_000L), 100_000L, List.of(new BudgetLine(BudgetCategory.STAFF, 100_000L)),
                List.of(new OtherFunding("FUNDER-" + tag, 10_000L, FundingStatus.CONFIRMED)));
        return new Application(base.id(), language, organization, project, budget, partners, leadership);
    }
}
