package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.ScenarioResult;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;
import org.grille.api.Scorer;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Application;
import org.grille.api.application.Leadership;
import org.grille.api.application.Objective;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.report.CommitteeReport;
import org.jsoup.Jsoup;
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
            "Hiring is primary", "Hiring: primary objective of the project",
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
                Applications.project(Objective.of("EMPLOYER_AWARENESS"), List.of(Objective.of("EMPLOYER_AWARENESS")),
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

    /** A scenario of the titled catalog that fails on purpose: the application loses its primary objective and its age. */
    private ScenarioResult failingScenario(Locale locale) throws IOException {
        Files.writeString(titled.resolve("titles.json"), """
                { "base": "base.json",
                  "scenarios": [ { "name": "Young, and hiring barriers no longer primary",
                                   "set": { "organization.yearsActive": 0, "project.primaryObjective": "EMPLOYER_AWARENESS" },
                                   "expect": { "total": 1000 } } ] }
                """, StandardCharsets.UTF_8);
        TestCatalogs.edit(titled, "manifest.json", "[\"scenarios.json\"]", "[\"scenarios.json\", \"titles.json\"]");
        List<ScenarioResult> failed = Scorer.validateCatalog(titled, locale).failedScenarios();
        assertThat(failed).hasSize(1);
        return failed.get(0);
    }

    @Test
    void a_failing_scenario_tells_its_differences_by_title_in_english_and_by_name_in_french() throws IOException {
        List<String> english = failingScenario(Locale.ENGLISH).differences();

        assertThat(english).anySatisfy(d -> assertThat(d).endsWith("  " + TITLES.get("Hiring is primary")))
                .anySatisfy(d -> assertThat(d).contains(TITLES.get("Gate: too young")))
                .noneSatisfy(d -> assertThat(d).contains("Hiring is primary"));
        List<String> french = Scorer.validateCatalog(titled, Locale.CANADA_FRENCH).failedScenarios().get(0).differences();
        assertThat(french).anySatisfy(d -> assertThat(d).endsWith("  Hiring is primary"))
                .anySatisfy(d -> assertThat(d).contains("Gate: too young"))
                .noneSatisfy(d -> assertThat(d).contains(TITLES.get("Hiring is primary")));
    }

    /** The text of the committee report of {@link #applications()}, written by {@code scorer}. */
    private static String report(Scorer scorer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scorer.reports().writeReport(CommitteeReport.of(scorer, new ApplicationBatch(applications(), List.of()),
                AllocationPolicy.RANK_ORDER, 2), out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8)).text();
    }

    @Test
    void the_committee_report_names_rules_by_title_in_english_and_by_name_in_french() {
        try (Scorer english = Scorer.builder().catalogDirectory(titled).locale(Locale.ENGLISH).build();
             Scorer french = Scorer.builder().catalogDirectory(titled).locale(Locale.CANADA_FRENCH).build()) {
            String inEnglish = report(english);
            String inFrench = report(french);

            TITLES.forEach((name, title) -> {
                assertThat(inEnglish).contains(title).doesNotContain(name);
                assertThat(inFrench).contains(name).doesNotContain(title);
            });
        }
    }
}
