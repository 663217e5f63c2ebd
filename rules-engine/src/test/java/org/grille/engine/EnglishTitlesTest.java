package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;
import org.grille.api.Scorer;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Application;
import org.grille.api.application.Leadership;
import org.grille.api.application.Objective;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English output names a rule by its English title when the catalog gives one ({@code @title_en}), and by its name
 * otherwise; French output always names it by its name, and the name stays the rule's identity everywhere.
 */
@DisplayName("English rule titles")
class EnglishTitlesTest {

    /** The mini catalog's rules that get a title here, by name; the others keep none. */
    private static final Map<String, String> TITLES = Map.of(
            "Gate: too young", "Ineligible: active for too short a time",
            "Hiring is primary", "Hiring: the project's primary objective",
            "Rights claimed", "Rights: the project claims the newcomer rights objective");

    @TempDir
    Path temp;

    private Path titled;

    @BeforeEach
    void titledCatalog() {
        titled = TestCatalogs.copy("mini", temp);
        TestCatalogs.edit(titled, "gates.drl", "@reason(\"gate.young\")",
                "@reason(\"gate.young\") @title_en(\"" + TITLES.get("Gate: too young") + "\")");
        TestCatalogs.edit(titled, "points.drl", "@reason(\"fit.hiring\")",
                "@reason(\"fit.hiring\") @title_en(\"" + TITLES.get("Hiring is primary") + "\")");
        TestCatalogs.edit(titled, "points.drl", "@reason(\"fit.rights\")",
                "@reason(\"fit.rights\") @title_en(\"" + TITLES.get("Rights claimed") + "\")");
    }

    /** A valid application, one too young for the gate, and one whose objectives leave most rules open. */
    private static List<Application> applications() {
        Application valid = Applications.valid("T-1");
        Application young = new Application("T-2", valid.language(), Applications.organization(1), valid.project(),
                valid.budget(), valid.partners(), Leadership.UNDISCLOSED);
        Application employers = new Application("T-3", valid.language(), valid.organization(),
                Applications.project(Objective.EMPLOYER_AWARENESS, List.of(Objective.EMPLOYER_AWARENESS),
                        ActivityType.MENTORING), valid.budget(),
                valid.partners(), Leadership.UNDISCLOSED);
        return List.of(valid, young, employers);
    }

    /** Each rule named in the assessments and their explanations, as {rule, title}. */
    private static List<String[]> named(Scorer scorer) {
        List<String[]> named = new ArrayList<>();
        for (Application application : applications()) {
            Assessment assessment = scorer.assess(application);
            assessment.contributions().forEach(c -> named.add(new String[] {c.rule(), c.title()}));
            assessment.failedGates().forEach(g -> named.add(new String[] {g.rule(), g.title()}));
            for (OpenPoints criterion : scorer.explain(assessment).criteria()) {
                for (OpenRule rule : criterion.rules()) {
                    named.add(new String[] {rule.rule(), rule.title()});
                }
            }
        }
        return named;
    }

    @Test
    void english_output_names_each_titled_rule_by_its_title_and_the_others_by_their_name() {
        try (Scorer english = Scorer.builder().catalogDirectory(titled).locale(Locale.ENGLISH).build()) {
            List<String[]> named = named(english);

            assertThat(named).extracting(n -> n[0]).containsAll(TITLES.keySet());
            assertThat(named).allSatisfy(n -> assertThat(n[1]).as(n[0]).isEqualTo(TITLES.getOrDefault(n[0], n[0])));
        }
    }

    @Test
    void french_output_names_each_rule_by_its_name() {
        try (Scorer french = Scorer.builder().catalogDirectory(titled).locale(Locale.CANADA_FRENCH).build()) {
            List<String[]> named = named(french);

            assertThat(named).extracting(n -> n[0]).containsAll(TITLES.keySet());
            assertThat(named).allSatisfy(n -> assertThat(n[1]).isEqualTo(n[0]));
        }
    }

    @Test
    void a_catalog_without_titles_still_works_and_english_output_falls_back_to_the_names() {
        try (Scorer english = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).locale(Locale.ENGLISH).build()) {
            List<String[]> named = named(english);

            assertThat(named).isNotEmpty().allSatisfy(n -> assertThat(n[1]).isEqualTo(n[0]));
        }
    }
}
