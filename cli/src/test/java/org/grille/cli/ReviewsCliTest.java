package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the committee gets from {@code --reviews} and {@code --reviewers}, and what nobody gets without them. */
class ReviewsCliTest {

    private static final String SAMPLES = "../examples/data/applications.json";
    private static final String REVIEWS = "../examples/data/reviews.csv";
    private static final String REVIEWERS = "../examples/data/reviewers.json";
    private static final Path BUNDLED = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");

    /** The bundled manifest's setting, read rather than repeated. */
    private static final double MAXIMUM_SPREAD = maximumSpread();

    record Run(int exitCode, String out, String err) {
    }

    private static double maximumSpread() {
        try {
            return tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(Files.readString(BUNDLED.resolve("manifest.json"))).get("reviews").get("maximumSpread").asDouble();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Wide enough that no line wraps: these tests check what is said; OutputWidthTest checks the layout. */
    static Run grille(String... args) {
        GrilleCliTest.Run run = GrilleCliTest.grille(args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    /** The bundled catalog without its reviews section: what scoring was before reviews existed. */
    private static Path withoutReviews(Path temp) throws Exception {
        Path copy = GrilleCliTest.PolicyStaff.copy(temp, "sans-evaluations");
        Path manifest = copy.resolve("manifest.json");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(?s)\\s*\"reviews\": \\{.*?\"maximumSpread\": \\d+\\s*},", "");
        assertThat(changed).isNotEqualTo(text).doesNotContain("\"reviews\"");
        Files.writeString(manifest, changed, StandardCharsets.UTF_8);
        return copy;
    }

    private static String withoutFingerprint(String output) {
        return output.replaceAll("[0-9a-f]{64}", "FINGERPRINT").replaceAll("\\([0-9a-f]{12}\\)", "(FINGERPRINT)");
    }

    @ParameterizedTest(name = "score --format {0}")
    @ValueSource(strings = {"table", "json", "csv"})
    void withoutReviewsTheOutputIsTheRulesAloneByteForByte(String format, @TempDir Path temp) throws Exception {
        Run bundled = grille("score", SAMPLES, "--format", format);
        Run rulesOnly = grille("score", SAMPLES, "--format", format, "--catalog", withoutReviews(temp).toString());
        assertThat(bundled.exitCode()).isZero();
        // the catalog's fingerprint covers the manifest, so it differs; not one other byte does
        assertThat(withoutFingerprint(bundled.out())).isEqualTo(withoutFingerprint(rulesOnly.out()));
        assertThat(bundled.out()).doesNotContain("committee").doesNotContain("finalScore").doesNotContain("Évaluations du comité");
    }

    @Test
    void explainWithoutReviewsIsTheRulesAlone(@TempDir Path temp) throws Exception {
        Run bundled = grille("explain", SAMPLES, "MI-2027-010");
        Run rulesOnly = grille("explain", SAMPLES, "MI-2027-010", "--catalog", withoutReviews(temp).toString());
        assertThat(withoutFingerprint(bundled.out())).isEqualTo(withoutFingerprint(rulesOnly.out()));
    }

    @Test
    void theRulesTableStaysAsItIsAndTheFinalScoreComesAfterIt() {
        Run plain = grille("score", SAMPLES);
        Run reviewed = grille("score", SAMPLES, "--reviews", REVIEWS, "--reviewers", REVIEWERS);
        assertThat(reviewed.exitCode()).isZero();
        assertThat(reviewed.out()).startsWith(plain.out().stripTrailing());
        String committee = reviewed.out().substring(plain.out().stripTrailing().length());
        assertThat(committee).contains("Évaluations du comité : 423 lues", "6 exclues pour conflit d'intérêts",
                "Rang sans calibration", "Accord entre évaluateurs", "alpha de Krippendorff");
        assertThat(committee).containsPattern("R-DANIEL\\s+MI-2027-001\\s+partenaire\\s+Studio Pixelrive\\s+Studio Pixelrive inc\\.\\s+3");
        assertThat(committee).containsPattern("R-CAMILLE\\s+MI-2027-004\\s+organisme demandeur \\(NEQ\\)");
        // the sample's wide disagreement: 9.5 and 5 on IMPACT_DESIGN, above the manifest's maximumSpread
        assertThat(9.5 - 5).isGreaterThan(MAXIMUM_SPREAD);
        assertThat(committee).contains("MI-2027-010 IMPACT_DESIGN : les notes s'écartent de 4,5 points, plus que les "
                + CommitteeSection.number(MAXIMUM_SPREAD, java.util.Locale.CANADA_FRENCH) + " admis.");
    }

    @Test
    void inEnglishToo() {
        Run run = grille("score", SAMPLES, "--reviews", REVIEWS, "--reviewers", REVIEWERS, "--lang", "en");
        assertThat(run.out()).contains("Committee reviews: 423 read", "Reviews excluded for a conflict of interest (6)",
                "MI-2027-010 IMPACT_DESIGN: the scores are 4.5 points apart, more than the 4 allowed.");
    }

    @Test
    void jsonAndCsvCarryTheFinalScoresOnlyWithReviews() {
        Run json = grille("score", SAMPLES, "--format", "json", "--reviews", REVIEWS, "--reviewers", REVIEWERS);
        assertThat(json.out()).contains("\"committee\"", "\"calibratedScore\"", "\"rankingAsGiven\"", "\"excluded\"",
                "\"link\" : \"PARTNER\"");
        Run csv = grille("score", SAMPLES, "--format", "csv", "--reviews", REVIEWS);
        assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",rejection,finalScore,calibratedFinalScore,toDiscuss");
    }

    @Test
    void explainShowsEachReviewTheExclusionAndTheFinalScore() {
        Run run = grille("explain", SAMPLES, "MI-2027-001", "--reviews", REVIEWS, "--reviewers", REVIEWERS, "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Committee reviews (" + REVIEWS + "):", "excluded (conflict)",
                "Conflict of interest: R-DANIEL — partner: \"Studio Pixelrive\" declared, \"Studio Pixelrive inc.\"",
                "Rules' score: 67/100. Final score:");
        long excludedRows = run.out().lines().filter(l -> l.contains("R-DANIEL") && l.contains("excluded (conflict)")).count();
        assertThat(excludedRows).isEqualTo(3);
    }

    @Test
    void conflictsListsEveryLinkFound() {
        Run run = grille("conflicts", SAMPLES, "--reviewers", REVIEWERS, "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("R-DANIEL\\s+Daniel Nguyen\\s+MI-2027-001\\s+partner")
                .containsPattern("R-CAMILLE\\s+Camille Roy\\s+MI-2027-004\\s+applicant organisation \\(NEQ\\)");
    }

    @Test
    void aBadRowCostsThatRowAndExitsThreeAndABrokenFileIsNamedWithItsPlace(@TempDir Path temp) throws Exception {
        Path reviews = temp.resolve("reviews.csv");
        Files.writeString(reviews, "applicationId,reviewer,criterion,score,comment\n"
                + "MI-2027-001,R1,IMPACT_DESIGN,8,ok\nMI-2027-001,R2,IMPACT_DESIGN,huit,\n", StandardCharsets.UTF_8);
        Run run = grille("score", SAMPLES, "--reviews", reviews.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("La ligne 3 du fichier d'évaluations est illisible.", "score (3:30)");

        Files.writeString(reviews, "applicationId;reviewer;criterion;score\n", StandardCharsets.UTF_8);
        Run broken = grille("score", SAMPLES, "--reviews", reviews.toString());
        assertThat(broken.exitCode()).isEqualTo(4);
        assertThat(broken.err()).contains(reviews.toString()).contains("(1:1)").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aReviewerMissingFromTheReviewersFileIsNamedSinceTheirConflictsWereNotChecked(@TempDir Path temp) throws Exception {
        Path reviews = temp.resolve("reviews.csv");
        Files.writeString(reviews, Files.readString(Path.of(REVIEWS), StandardCharsets.UTF_8)
                + "MI-2027-002,R-ZOE,IMPACT_DESIGN,5,\n", StandardCharsets.UTF_8);
        Run run = grille("score", SAMPLES, "--reviews", reviews.toString(), "--reviewers", REVIEWERS, "--lang", "en");
        assertThat(run.out()).contains("Warning: 1 reviewer(s) scored without being in the reviewers file, so their "
                + "conflicts of interest could not be checked: R-ZOE.");
        assertThat(grille("score", SAMPLES, "--reviews", REVIEWS, "--reviewers", REVIEWERS).out()).doesNotContain("Attention");
    }

    @Test
    void textAReviewerTypedCannotActOnTheTerminal(@TempDir Path temp) throws Exception {
        Path reviews = temp.resolve("reviews.csv");
        Files.writeString(reviews, "applicationId,reviewer,criterion,score,comment\n"
                + "MI-2027-001,R\u001b[2J,IMPACT_DESIGN,8,\"bien\u202Eenob\"\n", StandardCharsets.UTF_8);
        Run run = grille("explain", SAMPLES, "MI-2027-001", "--reviews", reviews.toString());
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u202E").contains("R<U+001B>[2J", "bien<U+202E>enob");
    }

    @Test
    void allocateAndAuditKeepTheirOwnTablesAndShowTheFinalScoresAfterThem() {
        for (String command : List.of("allocate", "audit")) {
            Run plain = grille(command, SAMPLES, "--lang", "en");
            Run reviewed = grille(command, SAMPLES, "--reviews", REVIEWS, "--reviewers", REVIEWERS, "--lang", "en");
            assertThat(reviewed.exitCode()).as(command).isEqualTo(plain.exitCode());
            assertThat(reviewed.out()).as(command).startsWith(plain.out().stripTrailing())
                    .contains("Reviews excluded for a conflict of interest (6)", "To discuss in committee (1 applications)");
            assertThat(grille(command, SAMPLES, "--reviews", REVIEWS, "--format", "json").exitCode()).as(command).isEqualTo(2);
        }
    }

    @Test
    void theReportGainsAReviewsSectionOnlyWithReviews(@TempDir Path temp) throws Exception {
        Path plain = temp.resolve("plain.html");
        Path rulesOnly = temp.resolve("rules-only.html");
        Path reviewed = temp.resolve("reviewed.html");
        assertThat(grille("report", SAMPLES, "-o", plain.toString()).exitCode()).isZero();
        assertThat(grille("report", SAMPLES, "-o", rulesOnly.toString(), "--catalog", withoutReviews(temp).toString())
                .exitCode()).isZero();
        assertThat(withoutFingerprint(Files.readString(plain))).isEqualTo(withoutFingerprint(Files.readString(rulesOnly)));
        assertThat(Files.readString(plain)).doesNotContain("id=\"reviews\"");

        Run run = grille("report", SAMPLES, "-o", reviewed.toString(), "--reviews", REVIEWS, "--reviewers", REVIEWERS,
                "--lang", "en");
        assertThat(run.exitCode()).isZero();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(reviewed.toFile(), "UTF-8");
        org.jsoup.nodes.Element section = page.getElementById("reviews");
        assertThat(section).isNotNull();
        assertThat(page.select("nav a[href=#reviews]")).hasSize(1);
        assertThat(section.text()).contains("Committee reviews", "Krippendorff's alpha",
                "MI-2027-010, Impact design: the scores are 4.50 points apart.", "R-DANIEL", "Studio Pixelrive inc.",
                "applicant organisation (NEQ)");
        assertThat(section.select("tbody tr th a[href]")).allSatisfy(a ->
                assertThat(page.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull());
    }

    @Test
    void reviewersAloneOrReviewsWithStreamIsAUsageError() {
        assertThat(grille("score", SAMPLES, "--reviewers", REVIEWERS).exitCode()).isEqualTo(2);
        assertThat(grille("score", "--stream", SAMPLES, "--reviews", REVIEWS).exitCode()).isEqualTo(2);
        assertThat(List.of(grille("conflicts", SAMPLES).exitCode())).containsExactly(2);
    }
}
