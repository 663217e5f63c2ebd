package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grille letters}: one letter per applicant, in their language, that explains the decision and the way to a review. */
@DisplayName("The letters to applicants")
class LettersCommandTest {

    private static final String SAMPLES = SampleCall.SAMPLES.toString();
    private static final String DECISIONS = Path.of("../examples/data/decisions.csv").toString();

    @TempDir
    static Path temp;
    private static Path letters;
    private static GrilleCliTest.Run run;

    @BeforeAll
    static void write() {
        letters = temp.resolve("letters");
        run = GrilleCliTest.grille("letters", SAMPLES, "--decisions", DECISIONS, "--date", "2027-03-15", "-o", letters.toString());
    }

    private static Document letter(String id) throws IOException {
        return Jsoup.parse(Files.readString(letters.resolve(id + ".html"), StandardCharsets.UTF_8));
    }

    @Test
    void writes_one_letter_per_application_in_its_language() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(letters)) {
            assertThat(files.filter(f -> f.toString().endsWith(".html"))).hasSize(47);
        }
        assertThat(letter("MI-2027-040").select("html").attr("lang")).isEqualTo("fr");
        assertThat(letter("MI-2027-013").select("html").attr("lang")).isEqualTo("en");
        assertThat(run.err()).contains("47");
    }

    @Test
    void a_committee_decision_gives_its_reason_and_says_people_decided_the_funding() throws IOException {
        String text = letter("MI-2027-040").text();

        assertThat(text).contains("Le comité de sélection a décidé de financer votre projet")
                .contains("Motif du comité : Seul projet qui rejoint les aînés immigrants de Montréal-Nord")
                .contains("La décision de financement a été prise par le comité de sélection")
                .doesNotContain("uniquement par un traitement automatisé");
    }

    @Test
    void a_decision_of_the_rules_alone_says_so_and_how_to_ask_a_staff_member_for_a_review_in_time() throws IOException {
        String text = letter("MI-2027-013").text();

        assertThat(text).contains("made solely by automated processing", "s. 65.2")
                .contains("reviewed by a staff member", "until April 14, 2027 (30 days after the date of this letter)")
                .contains("MI-2027-013");
    }

    @Test
    void an_ineligible_application_gets_each_failed_condition_in_plain_words_and_no_gap_in_points() throws IOException {
        Document page = letter("MI-2027-013");

        assertThat(page.select("#h-gates + ul li").eachText()).containsExactly(
                "The requested amount is above the call's cap for one project ($100,000).");
        assertThat(page.text()).contains("not from points").doesNotContain("What was missing");
    }

    @Test
    void an_application_below_the_threshold_gets_the_gap_and_the_points_still_open() throws IOException {
        String text = letter("MI-2027-030").text();

        assertThat(text).contains("57").contains("Ce qui a manqué").contains("Il manquait 3 point(s) pour atteindre le seuil de financement de 60")
                .contains("point(s) encore possible(s)");
    }

    @Test
    void the_same_call_and_date_give_the_same_letters_byte_for_byte() throws IOException {
        Path again = temp.resolve("again");
        GrilleCliTest.grille("letters", SAMPLES, "--decisions", DECISIONS, "--date", "2027-03-15", "-o", again.toString());

        assertThat(again.resolve("MI-2027-024.html")).hasSameBinaryContentAs(letters.resolve("MI-2027-024.html"));
    }

    @Test
    void an_id_that_is_not_a_safe_file_name_never_becomes_a_path() {
        assertThat(LettersCommand.fileName("../../etc/passwd", 3)).matches("application-4-[0-9a-f]{12}\\.html");
        assertThat(LettersCommand.fileName(".hidden", 0)).startsWith("application-1-");
        assertThat(LettersCommand.fileName("MI-2027-001", 0)).isEqualTo("MI-2027-001.html");
    }

    @Test
    void with_reviews_a_letter_says_what_the_reviewers_scored_beside_the_rules_points() throws IOException {
        Path reviewed = temp.resolve("reviewed");
        GrilleCliTest.Run again = GrilleCliTest.grille("letters", SAMPLES, "--reviews", "../examples/data/reviews.csv",
                "--reviewers", "../examples/data/reviewers.json", "--date", "2027-03-15", "-o", reviewed.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Jsoup.parse(Files.readString(reviewed.resolve("MI-2027-013.html"), StandardCharsets.UTF_8)).text())
                .contains("The committee's reviewers also scored: Need and participation, Impact design, Partnerships.")
                .contains("the funding plan follows the rules' points");
        assertThat(letter("MI-2027-013").text()).as("without --reviews nothing is said of reviews").doesNotContain("reviewers");
    }
}
