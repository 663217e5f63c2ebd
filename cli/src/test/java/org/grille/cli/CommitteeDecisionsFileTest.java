package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code grille allocate --decisions FILE}: the committee's decisions, read as strictly as applications. */
@DisplayName("The committee's decisions file")
class CommitteeDecisionsFileTest {

    private static final String SAMPLES = Path.of("../examples/data/applications.json").toString();
    private static final Path DECISIONS = Path.of("../examples/data/decisions.csv");

    @TempDir
    Path temp;

    @Test
    void makes_the_plan_around_the_decisions_and_lists_each_departure_with_its_author_and_reason() {
        GrilleCliTest.Run run = GrilleCliTest.grille("allocate", SAMPLES, "--decisions", DECISIONS.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Committee decisions: 3, 3 of them departing from the rules' plan")
                .contains("MI-2027-040: BELOW_THRESHOLD by the rules, FUNDED_BY_COMMITTEE by the committee's decision "
                        + "(Comité de sélection Montréal inclusive): Seul projet");
    }

    @Test
    void in_json_the_same_decisions_give_the_same_plan_as_in_csv() throws IOException {
        Path json = Files.writeString(temp.resolve("decisions.json"), """
                [
                  {"applicationId": "MI-2027-040", "decision": "financer", "author": "Comité de sélection Montréal inclusive",
                   "reason": "Seul projet qui rejoint les aînés immigrants de Montréal-Nord ; le comité juge l'écart de 2 points mineur devant ce besoin non couvert.",
                   "date": "2027-03-12"},
                  {"applicationId": "MI-2027-024", "decision": "ne-pas-financer", "author": "Comité de sélection Montréal inclusive",
                   "reason": "Le même volet est déjà financé par le programme fédéral du partenaire principal pour 2027-2029 (double financement).",
                   "date": "2027-03-12"},
                  {"applicationId": "MI-2027-026", "decision": "mettre-de-cote", "author": "Comité de sélection Montréal inclusive",
                   "reason": "En attente de la lettre d'engagement du partenaire municipal annoncée pour avril.", "date": "2027-03-12"}
                ]
                """, StandardCharsets.UTF_8);

        GrilleCliTest.Run fromJson = GrilleCliTest.grille("allocate", SAMPLES, "--decisions", json.toString(), "--format", "json");
        GrilleCliTest.Run fromCsv = GrilleCliTest.grille("allocate", SAMPLES, "--decisions", DECISIONS.toString(), "--format", "json");

        assertThat(fromJson.exitCode()).as(fromJson.err()).isZero();
        assertThat(fromJson.out()).isEqualTo(fromCsv.out());
        JsonNode plan = new ObjectMapper().readTree(fromJson.out());
        assertThat(plan.path("committeeDecisions")).hasSize(3);
        assertThat(plan.path("departures").valueStream().map(d -> d.path("applicationId").asString()))
                .containsExactlyInAnyOrder("MI-2027-040", "MI-2027-024", "MI-2027-026");
    }

    @Test
    void a_file_with_mistakes_is_refused_whole_with_each_mistake_at_its_line() throws IOException {
        Path bad = Files.writeString(temp.resolve("decisions.csv"), """
                applicationId,decision,reason,author,date
                MI-2027-040,fund,Besoin non couvert,Comité,2027-03-12
                MI-2027-024,maybe,Double financement,Comité,2027-03-12
                MI-2027-026,set-aside,,Comité,12/03/2027
                """, StandardCharsets.UTF_8);

        GrilleCliTest.Run run = GrilleCliTest.grille("allocate", SAMPLES, "--decisions", bad.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).as("no plan is printed from part of the decisions").isEmpty();
        assertThat(run.err()).contains("3 problem(s)")
                .contains(bad + ":3:1: unknown decision \"maybe\"")
                .contains(bad + ":4:1: \"reason\" is required")
                .contains(bad + ":4:1: unreadable date \"12/03/2027\"")
                .doesNotContain("Exception");
    }

    @Test
    void a_decision_on_an_application_not_in_the_batch_or_funding_an_ineligible_one_is_refused() throws IOException {
        Path unknown = Files.writeString(temp.resolve("unknown.csv"),
                "applicationId,decision,reason,author\nMI-2099-999,fund,Pourquoi pas,Comité\n", StandardCharsets.UTF_8);
        Path ineligible = Files.writeString(temp.resolve("ineligible.csv"),
                "applicationId,decision,reason,author\nMI-2027-013,fund,Projet phare,Comité\n", StandardCharsets.UTF_8);

        GrilleCliTest.Run first = GrilleCliTest.grille("allocate", SAMPLES, "--decisions", unknown.toString(), "--lang", "en");
        GrilleCliTest.Run second = GrilleCliTest.grille("allocate", SAMPLES, "--decisions", ineligible.toString(), "--lang", "en");

        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(first.err()).contains("MI-2099-999").contains("not in this batch");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("MI-2027-013").contains("ineligible");
    }

    @Test
    void hostile_text_in_a_reason_cannot_act_on_the_terminal() throws IOException {
        Path hostile = Files.writeString(temp.resolve("hostile.csv"), "applicationId,decision,reason,author\n"
                + "MI-2027-024,not-fund,\"Refus\u001b[2J\nMI-2027-999 : FUNDED\",Comité\u202e\n", StandardCharsets.UTF_8);

        GrilleCliTest.Run run = GrilleCliTest.grille("allocate", SAMPLES, "--decisions", hostile.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\nMI-2027-999");
    }
}
