package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.cli.GrilleCliTest.grille;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Policy staff own the whole grid: a copy of the bundled catalog gains a criterion (accessibility, 5 points taken from
 * budget realism) and a sixth objective (learning French) by editing catalog files only. Nothing in Java knows either;
 * the copy validates, scores, and every output shows the new criterion and objective by the manifest's labels (JSON and
 * CSV by their ids).
 */
@DisplayName("A criterion and an objective added by editing catalog files only")
class RubricAsDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SAMPLES = Path.of("../examples/data/applications.json");

    @TempDir
    static Path temp;
    private static Path catalog;
    private static Path applications;

    @BeforeAll
    static void editTheGrid() throws Exception {
        catalog = GrilleCliTest.PolicyStaff.copy(temp, "grille-2028");
        ObjectNode manifest = (ObjectNode) JSON.readTree(catalog.resolve("manifest.json").toFile());
        ArrayNode criteria = (ArrayNode) manifest.get("criteria");
        for (JsonNode criterion : criteria) {
            if (criterion.get("id").asString().equals("BUDGET_REALISM")) {
                ((ObjectNode) criterion).put("maximum", 5);
            }
        }
        criteria.addObject().put("id", "ACCESSIBILITY").put("maximum", 5)
                .<ObjectNode>set("label", labels("Accessibilité", "Accessibility"))
                .set("shortLabel", labels("Access.", "Access."));
        ((ArrayNode) manifest.get("objectives")).addObject().put("id", "FRENCH_LEARNING")
                .<ObjectNode>set("label", labels("Apprentissage du français", "Learning French"))
                .set("shortLabel", labels("Français", "French"));
        ((ArrayNode) manifest.get("ruleFiles")).add("objectives/french-learning.drl").add("accessibility.drl");
        // A lower budget-realism maximum and a new criterion change the totals and scores the bundled scenarios pin, as
        // any grid change does (guide, 2.5): the new grid keeps what they say about eligibility and the rules that fire,
        // and pins scores of its own.
        manifest.putArray("scenarioFiles").add("scenarios/scenarios.json").add("scenarios/scenarios-partenariats.json")
                .add("scenarios/grille-2028.json");
        for (String file : new String[] {"scenarios/scenarios.json", "scenarios/scenarios-partenariats.json"}) {
            ObjectNode scenarios = (ObjectNode) JSON.readTree(catalog.resolve(file).toFile());
            for (JsonNode scenario : scenarios.get("scenarios")) {
                ((ObjectNode) scenario.get("expect")).remove(java.util.List.of("total", "fundable", "scores"));
            }
            Files.writeString(catalog.resolve(file), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenarios));
        }
        Files.writeString(catalog.resolve("manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));

        Files.writeString(catalog.resolve("objectives/french-learning.drl"), """
                package org.grille.catalog.montrealinclusive.objectives;

                import org.grille.api.rules.*;
                import org.grille.api.application.Objective;
                import org.grille.api.application.TargetGroup;

                rule "Français : c'est l'objectif principal du projet"
                    @criterion(OBJECTIVE_FIT) @objective(FRENCH_LEARNING) @points(4) @reason("fit.french.primary") @title_en("French: this is the project's primary objective")
                when
                    Project( primaryObjective == Objective.FRENCH_LEARNING )
                then
                end

                rule "Français : le projet rejoint des nouveaux arrivants"
                    @criterion(OBJECTIVE_FIT) @objective(FRENCH_LEARNING) @points(6) @reason("fit.french.newcomers") @title_en("French: the project reaches newcomers")
                when
                    Project( objectives contains Objective.FRENCH_LEARNING, targetGroups contains TargetGroup.NEWCOMERS )
                then
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(catalog.resolve("accessibility.drl"), """
                package org.grille.catalog.montrealinclusive;

                import org.grille.api.rules.*;
                import org.grille.api.application.ActivityType;

                rule "Accessibilité : une halte-garderie permet aux parents de participer"
                    @criterion(ACCESSIBILITY) @points(5) @reason("accessibility.childcare") @title_en("Accessibility: childcare lets parents take part")
                when
                    exists Activity( type == ActivityType.CHILDCARE_DURING_ACTIVITIES )
                then
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(catalog.resolve("reasons.properties"), """

                fit.french.primary=L'apprentissage du français est l'objectif principal du projet.
                fit.french.newcomers=Le projet offre l'apprentissage du français à des nouveaux arrivants.
                accessibility.childcare=Une halte-garderie permet aux parents de participer.
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(catalog.resolve("reasons_en.properties"), """

                fit.french.primary=Learning French is the project's primary objective.
                fit.french.newcomers=The project offers French lessons to newcomers.
                accessibility.childcare=Childcare lets parents take part.
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(catalog.resolve("scenarios/grille-2028.json"), """
                {
                  "base": "base-femmes-autonomie.json",
                  "scenarios": [
                    {
                      "name": "La halte-garderie donne les cinq points d'accessibilité",
                      "expect": { "eligible": true, "scores": { "ACCESSIBILITY": 5, "FRENCH_LEARNING": 0, "BUDGET_REALISM": 5 } }
                    },
                    {
                      "name": "Un projet qui déclare aussi l'apprentissage du français et rejoint des nouveaux arrivants",
                      "set": { "project.objectives": ["IMMIGRANT_WOMEN_AUTONOMY", "FRENCH_LEARNING"] },
                      "expect": { "eligible": true, "scores": { "FRENCH_LEARNING": 6, "ACCESSIBILITY": 5 } }
                    }
                  ]
                }
                """, StandardCharsets.UTF_8);

        ArrayNode samples = (ArrayNode) JSON.readTree(SAMPLES.toFile());
        ObjectNode project = (ObjectNode) samples.get(0).get("project");
        project.put("primaryObjective", "FRENCH_LEARNING");
        project.putArray("objectives").add("FRENCH_LEARNING").add("HIRING_BARRIERS");
        applications = temp.resolve("applications-2028.json");
        Files.writeString(applications, JSON.writeValueAsString(samples));
    }

    private static ObjectNode labels(String french, String english) {
        return JSON.createObjectNode().put("fr", french).put("en", english);
    }

    private static String id() {
        return "MI-2027-001";
    }

    @Test
    void validates_with_its_own_scenarios() {
        GrilleCliTest.Run run = grille("validate", catalog.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("VALID");
        assertThat(grille("test", catalog.toString(), "--lang", "en").out()).contains("grille-2028.json");
    }

    @Test
    void scores_and_shows_both_in_the_table_the_csv_and_the_json() throws Exception {
        GrilleCliTest.Run table = grille("score", applications.toString(), "--catalog", catalog.toString(), "--lang", "en");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("French");

        GrilleCliTest.Run csv = grille("score", applications.toString(), "--catalog", catalog.toString(), "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).contains("ACCESSIBILITY").contains("FRENCH_LEARNING");

        GrilleCliTest.Run json = grille("score", applications.toString(), "--catalog", catalog.toString(), "--format", "json");
        JsonNode first = null;
        for (JsonNode entry : JSON.readTree(json.out()).get("ranking")) {
            if (entry.get("assessment").get("applicationId").asString().equals(id())) {
                first = entry.get("assessment");
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("criterionScores").has("ACCESSIBILITY")).isTrue();
        assertThat(first.get("objectiveScores").get("FRENCH_LEARNING").asInt()).as("primary + newcomers").isEqualTo(10);
    }

    @Test
    void explain_names_the_new_criterion_and_objective_by_their_labels() {
        GrilleCliTest.Run english = grille("explain", applications.toString(), id(), "--catalog", catalog.toString(),
                "--lang", "en");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).contains("Accessibility").contains("French: the project reaches newcomers");

        GrilleCliTest.Run french = grille("explain", applications.toString(), id(), "--catalog", catalog.toString());
        assertThat(french.out()).contains("Accessibilité").contains("Français");
    }

    @Test
    void a_funding_plan_gives_the_new_objective_its_line() {
        GrilleCliTest.Run run = grille("allocate", applications.toString(), "--catalog", catalog.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Learning French");
    }

    @Test
    void the_committee_report_and_the_letters_show_the_labels() throws Exception {
        Path page = temp.resolve("report.html");
        GrilleCliTest.Run report = grille("report", applications.toString(), "--catalog", catalog.toString(),
                "-o", page.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String text = Jsoup.parse(page.toFile(), "UTF-8").text();
        assertThat(text).contains("Accessibilité").contains("Apprentissage du français");

        Path letters = temp.resolve("letters");
        GrilleCliTest.Run run = grille("letters", applications.toString(), "--catalog", catalog.toString(),
                "--date", "2027-03-15", "-o", letters.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the letter is in the applicant's language, English for this one
        assertThat(Jsoup.parse(letters.resolve(id() + ".html").toFile(), "UTF-8").text()).contains("Accessibility 0 / 5");
    }

    @Test
    void an_application_claiming_an_objective_the_manifest_does_not_declare_is_refused_with_its_path() throws Exception {
        GrilleCliTest.Run run = grille("score", applications.toString(), "--lang", "en");

        assertThat(run.out() + run.err()).contains("$.project.primaryObjective")
                .contains("FRENCH_LEARNING is not an objective of this program");
    }
}
