package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code grille record} keeps one record per decision, chained so that no record can be changed quietly, and
 * {@code grille recheck} makes the decisions again and names what differs.
 */
@DisplayName("The register of decisions")
class DecisionRecordsTest {

    private static final String SAMPLES = Path.of("../examples/data/applications.json").toString();
    private static final String DECISIONS = Path.of("../examples/data/decisions.csv").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path recorded(String at) {
        Path register = temp.resolve("register.jsonl");
        GrilleCliTest.Run run = GrilleCliTest.grille("record", SAMPLES, "--records", register.toString(),
                "--decisions", DECISIONS, "--at", at);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return register;
    }

    @Test
    void holds_one_record_per_application_with_what_reproduces_its_decision() throws IOException {
        Path register = recorded("2027-03-12T15:00:00Z");

        List<String> lines = Files.readAllLines(register, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(47);
        JsonNode funded = lines.stream().map(JSON::readTree)
                .filter(r -> r.path("applicationId").asString().equals("MI-2027-040")).findFirst().orElseThrow();
        assertThat(funded.path("input").path("sha256").asString()).hasSize(64);
        assertThat(funded.path("catalog").path("fingerprint").asString()).hasSize(64);
        assertThat(funded.path("assessment").path("total").asInt()).isEqualTo(58);
        assertThat(funded.path("assessment").path("contributions")).isNotEmpty();
        assertThat(funded.path("committee").path("decision").asString()).isEqualTo("FUND");
        assertThat(funded.path("committee").path("author").asString()).isEqualTo("Comité de sélection Montréal inclusive");
        assertThat(funded.path("plan").path("policy").asString()).isEqualTo("RANK_ORDER");
        assertThat(funded.path("decision").path("reason").asString()).isEqualTo("FUNDED_BY_COMMITTEE");
        assertThat(funded.path("decision").path("departure").path("byRules").asString()).isEqualTo("BELOW_THRESHOLD");
        assertThat(funded.path("recordedAt").asString()).isEqualTo("2027-03-12T15:00:00Z");
    }

    @Test
    void a_recheck_with_the_same_applications_and_catalog_reproduces_every_decision() {
        Path register = recorded("2027-03-12T15:00:00Z");

        GrilleCliTest.Run run = GrilleCliTest.grille("recheck", register.toString(), SAMPLES, "--lang", "en");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Chain of hashes whole (47 record(s) in all)")
                .contains("All 47 decision(s) are reproduced exactly.");
    }

    @Test
    void a_record_changed_afterwards_breaks_the_chain_and_the_recheck_names_the_field() throws IOException {
        Path register = recorded("2027-03-12T15:00:00Z");
        String text = Files.readString(register, StandardCharsets.UTF_8);
        Files.writeString(register, text.replace("\"total\":58", "\"total\":68"), StandardCharsets.UTF_8);

        GrilleCliTest.Run run = GrilleCliTest.grille("recheck", register.toString(), SAMPLES, "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Chain of hashes broken at line")
                .contains("MI-2027-040: 1 difference(s)").contains("assessment.total: 68 → 58");
        GrilleCliTest.Run append = GrilleCliTest.grille("record", SAMPLES, "--records", register.toString(), "--lang", "en");
        assertThat(append.exitCode()).as("nothing is added to a register that was tampered with").isEqualTo(2);
        assertThat(Files.readString(register, StandardCharsets.UTF_8)).isEqualTo(text.replace("\"total\":58", "\"total\":68"));
    }

    @Test
    void an_application_edited_since_its_record_is_named_with_its_input_hash() throws IOException {
        Path register = recorded("2027-03-12T15:00:00Z");
        Path edited = Files.writeString(temp.resolve("edited.json"), Files.readString(Path.of(SAMPLES), StandardCharsets.UTF_8)
                .replaceFirst("\"title\": \"", "\"title\": \"Révisé : "), StandardCharsets.UTF_8);

        GrilleCliTest.Run run = GrilleCliTest.grille("recheck", register.toString(), edited.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("input.sha256").contains("1 record(s) of 47 differ");
    }

    @Test
    void a_second_run_is_appended_after_the_first_which_stays_byte_for_byte() throws IOException {
        Path register = recorded("2027-03-12T15:00:00Z");
        String first = Files.readString(register, StandardCharsets.UTF_8);

        GrilleCliTest.Run again = GrilleCliTest.grille("record", SAMPLES, "--records", register.toString(),
                "--at", "2027-04-02T09:30:00Z");

        assertThat(again.exitCode()).as(again.err()).isZero();
        String both = Files.readString(register, StandardCharsets.UTF_8);
        assertThat(both).startsWith(first);
        assertThat(both.lines()).hasSize(94);
        GrilleCliTest.Run recheck = GrilleCliTest.grille("recheck", register.toString(), SAMPLES, "--lang", "en");
        assertThat(recheck.out()).as("the last run, without committee decisions, is the one re-checked")
                .contains("47 record(s) of the run of 2027-04-02T09:30:00Z").contains("All 47 decision(s) are reproduced exactly.");
    }

    @Test
    void with_reviews_each_record_holds_the_reviews_used_and_those_excluded_for_a_conflict() throws IOException {
        Path register = temp.resolve("reviewed.jsonl");
        String reviews = Path.of("../examples/data/reviews.csv").toString();
        String reviewers = Path.of("../examples/data/reviewers.json").toString();
        GrilleCliTest.Run run = GrilleCliTest.grille("record", SAMPLES, "--records", register.toString(), "--reviews", reviews,
                "--reviewers", reviewers, "--at", "2027-03-12T15:00:00Z");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode first = Files.readAllLines(register, StandardCharsets.UTF_8).stream().map(JSON::readTree)
                .filter(r -> r.path("applicationId").asString().equals("MI-2027-001")).findFirst().orElseThrow();
        assertThat(first.path("reviews").path("used")).isNotEmpty();
        assertThat(first.path("reviews").path("excluded")).isNotEmpty().allSatisfy(x -> {
            assertThat(x.path("reviewer").asString()).isEqualTo("R-DANIEL");
            assertThat(x.path("link").asString()).isEqualTo("PARTNER");
        });
        GrilleCliTest.Run recheck = GrilleCliTest.grille("recheck", register.toString(), SAMPLES, "--reviews", reviews,
                "--reviewers", reviewers, "--lang", "en");
        assertThat(recheck.out()).contains("All 47 decision(s) are reproduced exactly.");
    }

    @Test
    void a_register_whose_settings_were_changed_by_hand_is_named_at_the_line_and_field_not_crashed_on() throws IOException {
        Path register = recorded("2027-03-12T15:00:00Z");
        String text = Files.readString(register, StandardCharsets.UTF_8);
        Files.writeString(register, text.replace("\"decision\":\"FUND\"", "\"decision\":\"MAYBE\""), StandardCharsets.UTF_8);
        int line = (int) text.substring(0, text.indexOf("\"decision\":\"FUND\"")).chars().filter(c -> c == '\n').count() + 1;

        GrilleCliTest.Run run = GrilleCliTest.grille("recheck", register.toString(), SAMPLES, "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(register + ":" + line + ": the field \"committee\" of this record cannot be read")
                .doesNotContain("Exception");
    }
}
